/*
 * history.c - how goals change: refine (a new revision), close and
 * reopen (status events), remove, the history read back, and the parent
 * tree (children, and no goal its own ancestor).
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "ops.h"
#include "storage.h"

/* How deep a chain of parents may go before it is taken for a loop. */
#define MAX_DEPTH 1000

void goals_history_free(goals_history *h)
{
	size_t i;
	if (!h)
		return;
	for (i = 0; i < h->n_revisions; i++) {
		free(h->revisions[i].message);
		goals_fields_clear(&h->revisions[i].f);
	}
	for (i = 0; i < h->n_events; i++)
		free(h->events[i].message);
	for (i = 0; i < h->n_voids; i++)
		goals_void_clear(&h->voids[i]);
	free(h->revisions);
	free(h->events);
	free(h->voids);
	memset(h, 0, sizeof(*h));
}

const char *goals_event_name(goals_event_type t)
{
	switch (t) {
	case GOALS_EVENT_ACHIEVED:
		return "achieved";
	case GOALS_EVENT_ABANDONED:
		return "abandoned";
	case GOALS_EVENT_REOPENED:
		return "reopened";
	default:
		return NULL;
	}
}

/* 1 when two strings differ (NULL counts as ""). */
static int str_differ(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") != 0;
}

unsigned goals_fields_diff(const goals_fields *a, const goals_fields *b)
{
	unsigned diff = (a->set ^ b->set) & GOALS_F_ALL;
	unsigned both = a->set & b->set;
	if ((both & GOALS_F_TEXT) && str_differ(a->text, b->text))
		diff |= GOALS_F_TEXT;
	if ((both & GOALS_F_AREA) && str_differ(a->area, b->area))
		diff |= GOALS_F_AREA;
	if ((both & GOALS_F_KIND) && a->kind != b->kind)
		diff |= GOALS_F_KIND;
	if ((both & GOALS_F_METRIC) && str_differ(a->metric, b->metric))
		diff |= GOALS_F_METRIC;
	if ((both & GOALS_F_UNIT) && str_differ(a->unit, b->unit))
		diff |= GOALS_F_UNIT;
	if ((both & GOALS_F_BASELINE) && a->baseline != b->baseline)
		diff |= GOALS_F_BASELINE;
	if ((both & GOALS_F_TARGET) && a->target != b->target)
		diff |= GOALS_F_TARGET;
	if ((both & GOALS_F_EVERY) && a->every != b->every)
		diff |= GOALS_F_EVERY;
	if ((both & GOALS_F_START) && a->start != b->start)
		diff |= GOALS_F_START;
	if ((both & GOALS_F_DEADLINE) && a->deadline != b->deadline)
		diff |= GOALS_F_DEADLINE;
	if ((both & GOALS_F_WHY) && str_differ(a->why, b->why))
		diff |= GOALS_F_WHY;
	if ((both & GOALS_F_PARENT) && strcmp(a->parent.hex, b->parent.hex))
		diff |= GOALS_F_PARENT;
	if ((both & GOALS_F_CONFIDENCE) && a->confidence != b->confidence)
		diff |= GOALS_F_CONFIDENCE;
	if ((both & GOALS_F_REVIEW) && (a->review.n != b->review.n ||
					a->review.unit != b->review.unit))
		diff |= GOALS_F_REVIEW;
	if ((both & GOALS_F_OVER) && a->over != b->over)
		diff |= GOALS_F_OVER;
	return diff;
}

/* Clear the fields in bits from f. */
static void fields_unset(goals_fields *f, unsigned bits)
{
	char **strs[] = {&f->text, &f->area, &f->metric, &f->unit, &f->why};
	const unsigned sbits[] = {GOALS_F_TEXT, GOALS_F_AREA, GOALS_F_METRIC,
				  GOALS_F_UNIT, GOALS_F_WHY};
	size_t i;
	for (i = 0; i < sizeof(sbits) / sizeof(sbits[0]); i++)
		if (bits & sbits[i]) {
			free(*strs[i]);
			*strs[i] = NULL;
		}
	if (bits & GOALS_F_START)
		f->start = GOALS_DATE_NONE;
	if (bits & GOALS_F_DEADLINE) {
		f->deadline = GOALS_DATE_NONE;
		f->deadline_from_text = 0;
	}
	if (bits & GOALS_F_CONFIDENCE)
		f->confidence = -1;
	if (bits & GOALS_F_EVERY)
		f->every = GOALS_EVERY_NONE;
	if (bits & GOALS_F_REVIEW)
		f->review.n = 0;
	if (bits & GOALS_F_OVER)
		f->over = 0;
	f->set &= ~bits;
}

/* Set into dst the fields of src named by src->set. */
static int fields_apply(goals_fields *dst, const goals_fields *src)
{
	goals_fields copy;
	unsigned strs = GOALS_F_TEXT | GOALS_F_AREA | GOALS_F_METRIC |
			GOALS_F_UNIT | GOALS_F_WHY;
	int rc = ops_fields_copy(&copy, src);
	if (rc)
		return rc;
	fields_unset(dst, src->set & strs);
	if (src->set & GOALS_F_TEXT)
		dst->text = copy.text, copy.text = NULL;
	if (src->set & GOALS_F_AREA)
		dst->area = copy.area, copy.area = NULL;
	if (src->set & GOALS_F_METRIC)
		dst->metric = copy.metric, copy.metric = NULL;
	if (src->set & GOALS_F_UNIT)
		dst->unit = copy.unit, copy.unit = NULL;
	if (src->set & GOALS_F_WHY)
		dst->why = copy.why, copy.why = NULL;
	if (src->set & GOALS_F_KIND)
		dst->kind = src->kind;
	if (src->set & GOALS_F_BASELINE)
		dst->baseline = src->baseline;
	if (src->set & GOALS_F_TARGET)
		dst->target = src->target;
	if (src->set & GOALS_F_EVERY)
		dst->every = src->every;
	if (src->set & GOALS_F_START)
		dst->start = src->start;
	if (src->set & GOALS_F_DEADLINE)
		dst->deadline = src->deadline;
	if (src->set & GOALS_F_PARENT)
		dst->parent = src->parent;
	if (src->set & GOALS_F_CONFIDENCE)
		dst->confidence = src->confidence;
	if (src->set & GOALS_F_REVIEW)
		dst->review = src->review;
	if (src->set & GOALS_F_OVER)
		dst->over = src->over;
	dst->set |= src->set;
	goals_fields_clear(&copy);
	return GOALS_OK;
}

/*
 * Check that parent can be the parent of goal id: it exists, it is not
 * id, and id is not among its ancestors.
 */
static int check_parent(goals_store *s, const goals_id *id,
			const goals_id *parent)
{
	goals_id at = *parent;
	int depth, rc;
	for (depth = 0; depth < MAX_DEPTH; depth++) {
		store_row row;
		int has_parent;
		if (!strcmp(at.hex, id->hex))
			return goals_error(GOALS_EINVAL,
					   depth ? "goal %.7s cannot have %.7s "
						   "as parent: %.7s is under it"
						 : "goal %.7s cannot be its own "
						   "parent",
					   id->hex, parent->hex, parent->hex);
		int exists;
		/* ask first: a successful check leaves no error message */
		if ((rc = store_goal_exists(s, &at, &exists)))
			return rc;
		if (!exists)
			return depth ? GOALS_OK /* a parent deleted long ago */
				     : goals_error(GOALS_ENOTFOUND,
						   "the parent goal '%.7s' does "
						   "not exist",
						   parent->hex);
		if ((rc = store_goal_read(s, &at, &row)))
			return rc;
		has_parent = (row.g.f.set & GOALS_F_PARENT) != 0;
		at = row.g.f.parent;
		goals_fields_clear(&row.g.f);
		if (!has_parent)
			return GOALS_OK;
	}
	return goals_error(GOALS_EINVAL, "the parents of goal %.7s go %d deep: "
					 "is there a loop?",
			   id->hex, MAX_DEPTH);
}

int goals_refine(goals_goal **out, goals_store *s, const goals_id *id,
		 const goals_fields *changes, unsigned clear,
		 const char *message, goals_time now)
{
	store_row row;
	goals_fields next;
	int own, rc, have_row = 0, have_next = 0;
	if (out)
		*out = NULL;
	if (clear & (GOALS_F_TEXT | GOALS_F_KIND))
		return goals_error(GOALS_EINVAL, "a goal always has %s; give a "
						 "new one instead of clearing "
						 "it",
				   clear & GOALS_F_TEXT ? "a text" : "a kind");
	if (message && (rc = goals_check_text(message, "message",
					      GOALS_TEXT_NEWLINES)))
		return rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if ((rc = store_goal_read(s, id, &row)))
		goto done;
	have_row = 1;
	if ((rc = ops_fields_copy(&next, &row.g.f)))
		goto done;
	have_next = 1;
	fields_unset(&next, clear);
	if ((rc = fields_apply(&next, changes)))
		goto done;
	if (changes->set & GOALS_F_DEADLINE)
		next.deadline_from_text = 0; /* given: the user's */
	else if (!(clear & GOALS_F_DEADLINE) &&
		 (goals_fields_diff(&row.g.f, &next) &
		  (GOALS_F_TEXT | GOALS_F_START)) &&
		 (!(next.set & GOALS_F_DEADLINE) || next.deadline_from_text)) {
		/* new words (or a new start) and no deadline of the user's:
		 * the deadline is what the new text says, as of now */
		fields_unset(&next, GOALS_F_DEADLINE);
		if ((rc = ops_text_deadline(&next, goals_local_date(now),
					    goals_local_date(row.g.created))))
			goto done;
	}
	if (!goals_fields_diff(&row.g.f, &next)) {
		rc = goals_error(GOALS_EINVAL,
				 "nothing to refine: the goal would be the "
				 "same as revision %d",
				 row.g.revision);
		goto done;
	}
	if ((rc = goals_fields_check(&next)))
		goto done;
	if ((next.set & GOALS_F_PARENT) &&
	    (goals_fields_diff(&row.g.f, &next) & GOALS_F_PARENT) &&
	    (rc = check_parent(s, id, &next.parent)))
		goto done;
	if ((rc = store_revision_insert(s, row.gid, row.g.revision + 1, now,
					message, &next)))
		goto done;
	if (out)
		rc = ops_read_goal(out, s, id, now);
done:
	if (have_row)
		goals_fields_clear(&row.g.f);
	if (have_next)
		goals_fields_clear(&next);
	rc = ops_txn_leave(s, own, rc);
	if (rc && out) {
		goals_goal_free(*out);
		*out = NULL;
	}
	return rc;
}

int goals_history_get(goals_history *out, goals_store *s, const goals_id *id)
{
	size_t i;
	store_row row;
	int own, rc;
	memset(out, 0, sizeof(*out));
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = store_goal_read(s, id, &row);
	if (!rc) {
		goals_fields_clear(&row.g.f);
		rc = store_revisions(s, row.gid, &out->revisions,
				     &out->n_revisions);
	}
	if (!rc)
		rc = store_events(s, row.gid, &out->events, &out->n_events);
	if (!rc)
		rc = store_voids(s, row.gid, &out->voids, &out->n_voids);
	for (i = 0; !rc && i < out->n_voids; i++)
		rc = ops_entry_id_len(s, &out->voids[i].entry,
				      &out->voids[i].short_len);
	rc = ops_txn_leave(s, own, rc);
	if (rc)
		goals_history_free(out);
	return rc;
}

int goals_set_status(goals_store *s, const goals_id *id, goals_status to,
		     const char *message, goals_time now)
{
	store_row row;
	goals_event e;
	int own, rc;
	if (!goals_status_name(to))
		return goals_error(GOALS_EINVAL, "unknown status %d", to);
	if (message && (rc = goals_check_text(message, "message",
					      GOALS_TEXT_NEWLINES)))
		return rc;
	memset(&e, 0, sizeof(e));
	if ((rc = id_random(&e.id)))
		return rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if ((rc = store_goal_read(s, id, &row)))
		return ops_txn_leave(s, own, rc);
	goals_fields_clear(&row.g.f);
	if (row.g.status == to) {
		rc = goals_error(GOALS_EINVAL, "goal %.7s is already %s",
				 id->hex, goals_status_name(to));
		return ops_txn_leave(s, own, rc);
	}
	if (to != GOALS_STATUS_ACTIVE && row.g.status != GOALS_STATUS_ACTIVE) {
		rc = goals_error(GOALS_EINVAL,
				 "goal %.7s is already closed (%s): reopen it "
				 "first",
				 id->hex, goals_status_name(row.g.status));
		return ops_txn_leave(s, own, rc);
	}
	e.type = to == GOALS_STATUS_ACHIEVED	? GOALS_EVENT_ACHIEVED
		 : to == GOALS_STATUS_ABANDONED ? GOALS_EVENT_ABANDONED
						: GOALS_EVENT_REOPENED;
	e.at = now;
	e.message = (char *)message;
	rc = store_event_insert(s, row.gid, &e);
	if (!rc)
		rc = store_goal_set_status(s, row.gid, to, now);
	return ops_txn_leave(s, own, rc);
}

/* Give child a new revision without a parent. */
static int orphan(goals_store *s, const goals_id *child, goals_time now)
{
	store_row row;
	int rc = store_goal_read(s, child, &row);
	if (rc)
		return rc;
	row.g.f.set &= ~GOALS_F_PARENT;
	rc = store_revision_insert(s, row.gid, row.g.revision + 1, now,
				   "parent goal deleted", &row.g.f);
	goals_fields_clear(&row.g.f);
	return rc;
}

int goals_remove(goals_store *s, const goals_id *id, int force,
		 goals_time now)
{
	store_row row;
	goals_id *kids = NULL;
	size_t n = 0, i;
	int own, rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if ((rc = store_goal_read(s, id, &row)))
		return ops_txn_leave(s, own, rc);
	goals_fields_clear(&row.g.f);
	rc = store_children(s, id, &kids, &n);
	if (!rc && n && !force) {
		rc = goals_error(GOALS_EINVAL,
				 "goal %.7s is the parent of %zu other goal%s; "
				 "use -f to delete it and leave %s without a "
				 "parent",
				 id->hex, n, n == 1 ? "" : "s",
				 n == 1 ? "it" : "them");
		for (i = 0; i < n && i < 10; i++)
			goals_error_append("child: %.7s", kids[i].hex);
	}
	for (i = 0; !rc && i < n; i++)
		rc = orphan(s, &kids[i], now);
	free(kids);
	if (!rc)
		rc = store_goal_delete(s, row.gid);
	return ops_txn_leave(s, own, rc);
}

int goals_children(goals_id **out, size_t *n, goals_store *s,
		   const goals_id *id)
{
	int own, rc = ops_txn_enter(s, 0, &own);
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	return ops_txn_leave(s, own, store_children(s, id, out, n));
}
