/*
 * ops.c - the verbs of the public API over the store: add, resolve, get
 * and list goals.  Each verb is one transaction of its own unless the
 * caller opened one with goals_store_begin.  The rules that a revision's
 * fields must satisfy live here too.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "progress.h"
#include "ops.h"
#include "smart/read.h"
#include "storage.h"
#include "vec.h"

/* How many candidates an ambiguous id lists. */
#define MAX_CANDIDATES 10

int ops_txn_enter(goals_store *s, int write, int *own)
{
	*own = !store_in_txn(s);
	return *own ? store_begin(s, write) : GOALS_OK;
}

int ops_txn_leave(goals_store *s, int own, int rc)
{
	if (!own)
		return rc;
	if (rc) {
		store_rollback(s);
		return rc;
	}
	return store_commit(s);
}

/* Check a text field if present. */
static int check_str(const goals_fields *f, unsigned bit, const char *v,
		     const char *what)
{
	if (!(f->set & bit))
		return GOALS_OK;
	if (!v)
		return goals_error(GOALS_EINVAL, "%s has no value", what);
	return goals_check_text(v, what, 0);
}

/* Write v as people type it, as it reads back exactly (buf: 32 bytes). */
static const char *number_text(char *buf, double v)
{
	snprintf(buf, 32, "%.15g", v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, 32, "%.17g", v);
	return buf;
}

/* Check a number field if present. */
static int check_num(const goals_fields *f, unsigned bit, double v,
		     const char *what)
{
	char n[32];
	if ((f->set & bit) && !isfinite(v))
		return goals_error(GOALS_EINVAL,
				   "invalid %s '%s': expected a finite number",
				   what, number_text(n, v));
	return GOALS_OK;
}

int goals_fields_check(goals_fields *f)
{
	char area[GOALS_AREA_MAX + 1];
	char d1[GOALS_DATE_BUFSZ], d2[GOALS_DATE_BUFSZ], n[32];
	int rc;

	if (!(f->set & GOALS_F_TEXT))
		return goals_error(GOALS_EINVAL, "a goal needs its text");
	if ((rc = check_str(f, GOALS_F_TEXT, f->text, "text")) ||
	    (rc = check_str(f, GOALS_F_METRIC, f->metric, "metric")) ||
	    (rc = check_str(f, GOALS_F_UNIT, f->unit, "unit")) ||
	    (rc = check_str(f, GOALS_F_WHY, f->why, "why")) ||
	    (rc = check_num(f, GOALS_F_BASELINE, f->baseline, "baseline")) ||
	    (rc = check_num(f, GOALS_F_TARGET, f->target, "target")))
		return rc;
	if (f->set & GOALS_F_AREA) {
		if (!f->area || (rc = goals_parse_area(area, f->area)))
			return f->area ? rc
				       : goals_error(GOALS_EINVAL,
						     "area has no value");
		if (strcmp(area, f->area) != 0)
			return goals_error(GOALS_EINVAL,
					   "area '%s' is not in lower case",
					   f->area);
	}
	if (!(f->set & GOALS_F_KIND)) {
		if (f->set & GOALS_F_EVERY)
			f->kind = GOALS_KIND_HABIT;
		else if (f->set & (GOALS_F_TARGET | GOALS_F_BASELINE))
			f->kind = GOALS_KIND_TOTAL;
		else
			f->kind = GOALS_KIND_DONE;
		f->set |= GOALS_F_KIND;
	}
	if (!goals_kind_name(f->kind))
		return goals_error(GOALS_EINVAL, "unknown kind %d", f->kind);
	if (f->kind == GOALS_KIND_HABIT) {
		if (!(f->set & GOALS_F_EVERY) || !goals_every_name(f->every))
			return goals_error(GOALS_EINVAL,
					   "a habit needs a period: add "
					   "--every day, week or month");
		if (!(f->set & GOALS_F_TARGET))
			return goals_error(GOALS_EINVAL,
					   "a habit needs a target: add "
					   "--target N (times per %s)",
					   goals_every_name(f->every));
		if (f->target <= 0)
			return goals_error(GOALS_EINVAL,
					   "invalid target '%s': a habit's "
					   "target is how many times per %s, "
					   "expected a number above 0",
					   number_text(n, f->target),
					   goals_every_name(f->every));
	} else if (f->set & GOALS_F_EVERY) {
		return goals_error(GOALS_EINVAL,
				   "--every %s is for habits, not %s goals: "
				   "use --kind habit",
				   goals_every_name(f->every)
					   ? goals_every_name(f->every)
					   : "?",
				   goals_kind_name(f->kind));
	}
	if (f->kind == GOALS_KIND_DONE &&
	    (f->set & (GOALS_F_TARGET | GOALS_F_BASELINE)))
		return goals_error(GOALS_EINVAL,
				   "a done goal is a milestone with no target "
				   "or baseline, got %s %s: use --kind total "
				   "or level",
				   (f->set & GOALS_F_TARGET) ? "target"
							     : "baseline",
				   number_text(n, (f->set & GOALS_F_TARGET)
							  ? f->target
							  : f->baseline));
	if ((f->set & GOALS_F_START) && (f->set & GOALS_F_DEADLINE) &&
	    f->deadline < f->start) {
		goals_date_format(d1, f->deadline);
		goals_date_format(d2, f->start);
		return goals_error(GOALS_EINVAL,
				   "the deadline %s is before the start %s", d1,
				   d2);
	}
	if ((f->set & GOALS_F_CONFIDENCE) &&
	    (f->confidence < 0 || f->confidence > 10))
		return goals_error(GOALS_EINVAL,
				   "confidence %d is out of range: expected "
				   "0 to 10",
				   f->confidence);
	if ((f->set & GOALS_F_REVIEW) &&
	    (f->review.n < 1 || f->review.n > 999 ||
	     !strchr("dwm", f->review.unit) || !f->review.unit))
		return goals_error(GOALS_EINVAL,
				   "invalid review cadence %d%c: expected 1 to "
				   "999 days (d), weeks (w) or months (m)",
				   f->review.n,
				   f->review.unit > ' ' && f->review.unit < 0x7f
					   ? f->review.unit
					   : '?');
	if ((f->set & GOALS_F_OVER) && f->kind != GOALS_KIND_LEVEL)
		return goals_error(GOALS_EINVAL,
				   "a mean over days is for level goals, not "
				   "%s goals",
				   goals_kind_name(f->kind));
	if ((f->set & GOALS_F_OVER) && (f->over < 1 || f->over > 366))
		return goals_error(GOALS_EINVAL,
				   "a mean over %d days is out of range: "
				   "expected 1 to 366",
				   f->over);
	if ((f->set & GOALS_F_PARENT) && !id_hex_valid(f->parent.hex))
		return goals_error(GOALS_EINVAL,
				   "invalid parent id: expected %d lowercase "
				   "hex digits",
				   GOALS_ID_HEXLEN);
	return GOALS_OK;
}

int ops_text_deadline(goals_fields *f, goals_date written, goals_date created)
{
	goals_date d;
	int rc;
	if ((f->set & GOALS_F_DEADLINE) || !(f->set & GOALS_F_TEXT) || !f->text)
		return GOALS_OK;
	rc = sr_text_deadline(&d, f->text, written,
			      (f->set & GOALS_F_START) ? f->start : created);
	if (rc)
		return rc;
	if (d != GOALS_DATE_NONE) {
		f->deadline = d;
		f->set |= GOALS_F_DEADLINE;
		f->deadline_from_text = 1;
	}
	return GOALS_OK;
}

int ops_fields_copy(goals_fields *dst, const goals_fields *src)
{
	static const unsigned strs[] = {GOALS_F_TEXT, GOALS_F_AREA,
					GOALS_F_METRIC, GOALS_F_UNIT,
					GOALS_F_WHY};
	const char *vals[] = {src->text, src->area, src->metric, src->unit,
			      src->why};
	size_t i;
	*dst = *src;
	dst->text = dst->area = dst->metric = dst->unit = dst->why = NULL;
	for (i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		if (!(src->set & strs[i]) || !vals[i])
			continue;
		if (goals_fields_set_str(dst, strs[i], vals[i])) {
			goals_fields_clear(dst);
			return GOALS_ENOMEM;
		}
	}
	return GOALS_OK;
}

/* Set g->short_len from the ids next to it in the store. */
static int short_len_one(goals_store *s, goals_goal *g)
{
	goals_id prev, next;
	int has_prev, has_next, rc;
	size_t len = 0, c;
	rc = store_id_neighbours(s, &g->id, &prev, &has_prev, &next, &has_next);
	if (rc)
		return rc;
	if (has_prev)
		len = id_common_len(&g->id, &prev);
	if (has_next && (c = id_common_len(&g->id, &next)) > len)
		len = c;
	len++;
	g->short_len = len < GOALS_SHORT_MIN ? GOALS_SHORT_MIN
		       : len > GOALS_ID_HEXLEN ? GOALS_ID_HEXLEN
					       : (int)len;
	return GOALS_OK;
}

int ops_read_goal(goals_goal **out, goals_store *s, const goals_id *id,
		     goals_time now)
{
	store_row row;
	goals_goal *g;
	int rc = store_goal_read(s, id, &row);
	if (rc)
		return rc;
	if ((rc = progress_compute(s, &row, goals_local_date(now))) ||
	    (rc = short_len_one(s, &row.g))) {
		goals_fields_clear(&row.g.f);
		return rc;
	}
	if (!(g = malloc(sizeof(*g)))) {
		goals_fields_clear(&row.g.f);
		return goals_error_oom();
	}
	*g = row.g;
	*out = g;
	return GOALS_OK;
}

int goals_add(goals_goal **out, goals_store *s, const goals_fields *in,
	      goals_time now)
{
	return goals_add_with_message(out, s, in, NULL, now);
}

int goals_add_with_message(goals_goal **out, goals_store *s,
			   const goals_fields *in, const char *message,
			   goals_time now)
{
	goals_fields f;
	goals_id id;
	int64_t gid;
	int own, rc, exists;

	if (out)
		*out = NULL;
	if (message && (rc = goals_check_text(message, "message",
					      GOALS_TEXT_NEWLINES)))
		return rc;
	if ((rc = ops_fields_copy(&f, in)))
		return goals_error_oom();
	if ((rc = goals_fields_check(&f)))
		goto done;
	f.deadline_from_text = 0; /* a deadline given is the user's */
	if ((rc = ops_text_deadline(&f, goals_local_date(now),
				    goals_local_date(now))))
		goto done;
	if ((rc = id_random(&id)))
		goto done;
	if ((rc = ops_txn_enter(s, 1, &own)))
		goto done;
	if (f.set & GOALS_F_PARENT) {
		rc = store_goal_exists(s, &f.parent, &exists);
		if (!rc && !exists)
			rc = goals_error(GOALS_ENOTFOUND,
					 "the parent goal '%.7s' does not exist",
					 f.parent.hex);
	}
	if (!rc)
		rc = store_goal_insert(s, &id, GOALS_STATUS_ACTIVE, now, &gid);
	if (!rc)
		rc = store_revision_insert(s, gid, 1, now, message, &f);
	if (!rc && out)
		rc = ops_read_goal(out, s, &id, now);
	rc = ops_txn_leave(s, own, rc);
	if (rc && out) {
		goals_goal_free(*out);
		*out = NULL;
	}
done:
	goals_fields_clear(&f);
	return rc;
}

/* Resolve inside a transaction: see goals_resolve. */
static int resolve(goals_id *out, goals_store *s, const char *prefix)
{
	char norm[GOALS_ID_HEXLEN + 1];
	goals_id ids[MAX_CANDIDATES];
	char *texts[MAX_CANDIDATES];
	size_t n, i;
	int rc = id_prefix_normalise(norm, prefix);
	if (rc)
		return rc;
	rc = store_goal_match(s, norm, ids, texts, MAX_CANDIDATES, &n);
	if (rc) {
		for (i = 0; i < n && i < MAX_CANDIDATES; i++)
			free(texts[i]);
		return rc;
	}
	if (n == 0)
		rc = goals_error(GOALS_ENOTFOUND, "no goal matches '%s'",
				 prefix);
	else if (n == 1)
		*out = ids[0];
	else {
		rc = goals_error(GOALS_EAMBIGUOUS,
				 "goal id '%s' is ambiguous; it matches:",
				 prefix);
		size_t shown = n < MAX_CANDIDATES ? n : MAX_CANDIDATES;
		for (i = 0; i < shown; i++) {
			/* as many digits as tell it from its neighbours */
			size_t w = 0, c;
			if (i > 0)
				w = id_common_len(&ids[i], &ids[i - 1]);
			if (i + 1 < shown &&
			    (c = id_common_len(&ids[i], &ids[i + 1])) > w)
				w = c;
			w = w + 1 < GOALS_SHORT_MIN ? GOALS_SHORT_MIN : w + 1;
			goals_error_append("  %.*s  %.60s", (int)w, ids[i].hex,
					   texts[i]);
		}
		if (n > MAX_CANDIDATES)
			goals_error_append("  ... and more");
	}
	for (i = 0; i < n && i < MAX_CANDIDATES; i++)
		free(texts[i]);
	return rc;
}

int goals_resolve(goals_id *out, goals_store *s, const char *prefix)
{
	int own, rc = ops_txn_enter(s, 0, &own);
	if (rc)
		return rc;
	return ops_txn_leave(s, own, resolve(out, s, prefix));
}

int goals_get(goals_goal **out, goals_store *s, const char *prefix,
	      goals_time now)
{
	goals_id id;
	int own, rc;
	*out = NULL;
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = resolve(&id, s, prefix);
	if (!rc)
		rc = ops_read_goal(out, s, &id, now);
	rc = ops_txn_leave(s, own, rc);
	if (rc) {
		goals_goal_free(*out);
		*out = NULL;
	}
	return rc;
}

/* State of a goals_list walk. */
struct list_ctx {
	goals_store *s;
	goals_goal_list *out;
	size_t cap;
	goals_id *ids; /* every id in the store, sorted */
	size_t n_ids;
	goals_date today;
};

/* Shortest unique prefix of id among the sorted ids. */
static int short_len_sorted(const goals_id *ids, size_t n, const goals_id *id)
{
	size_t lo = 0, hi = n, len = 0, c;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ids[mid].hex, id->hex) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* ids[lo] is id itself */
	if (lo > 0)
		len = id_common_len(id, &ids[lo - 1]);
	if (lo + 1 < n && (c = id_common_len(id, &ids[lo + 1])) > len)
		len = c;
	len++;
	return len < GOALS_SHORT_MIN ? GOALS_SHORT_MIN : (int)len;
}

/* Append one walked goal to the list. */
static int list_add(void *vctx, store_row *row)
{
	struct list_ctx *ctx = vctx;
	int rc = progress_compute(ctx->s, row, ctx->today);
	if (rc) {
		goals_fields_clear(&row->g.f);
		return rc;
	}
	row->g.short_len = short_len_sorted(ctx->ids, ctx->n_ids, &row->g.id);
	if ((rc = vec_grow(&ctx->out->items, ctx->out->count, &ctx->cap,
			   sizeof(*ctx->out->items)))) {
		goals_fields_clear(&row->g.f);
		return rc;
	}
	ctx->out->items[ctx->out->count++] = row->g;
	return GOALS_OK;
}

int goals_list(goals_goal_list *out, goals_store *s, const goals_filter *filter,
	       goals_time now)
{
	struct list_ctx ctx;
	int own, rc;
	out->items = NULL;
	out->count = 0;
	memset(&ctx, 0, sizeof(ctx));
	ctx.s = s;
	ctx.out = out;
	ctx.today = goals_local_date(now);
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = store_id_all(s, &ctx.ids, &ctx.n_ids);
	if (!rc)
		rc = store_goal_walk(s, filter, list_add, &ctx);
	free(ctx.ids);
	rc = ops_txn_leave(s, own, rc);
	if (rc)
		goals_goal_list_free(out);
	return rc;
}
