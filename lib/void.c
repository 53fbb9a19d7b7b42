/*
 * void.c - correcting progress: entry ids as people type them (prefixes,
 * shortest unique forms), voiding an entry or a goal's newest one, and
 * listing every entry with its void.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "ops.h"
#include "storage.h"

/* How many candidates an ambiguous entry id lists. */
#define MAX_CANDIDATES 10

void goals_void_clear(goals_void *v)
{
	if (!v)
		return;
	free(v->reason);
	v->reason = NULL;
}

int ops_entry_id_len(goals_store *s, const goals_id *id, int *out)
{
	goals_id prev, next;
	int has_prev, has_next, rc;
	size_t len = 0, c;
	rc = store_entry_neighbours(s, id, &prev, &has_prev, &next, &has_next);
	if (rc)
		return rc;
	if (has_prev)
		len = id_common_len(id, &prev);
	if (has_next && (c = id_common_len(id, &next)) > len)
		len = c;
	len++;
	*out = len < GOALS_SHORT_MIN ? GOALS_SHORT_MIN
	       : len > GOALS_ID_HEXLEN ? GOALS_ID_HEXLEN
				       : (int)len;
	return GOALS_OK;
}

int ops_entry_short_len(goals_store *s, goals_entry *e)
{
	return ops_entry_id_len(s, &e->id, &e->short_len);
}

/* Resolve inside a transaction: see goals_entry_resolve. */
static int resolve(goals_id *out, goals_store *s, const char *prefix)
{
	char norm[GOALS_ID_HEXLEN + 1], d[GOALS_DATE_BUFSZ];
	goals_id ids[MAX_CANDIDATES];
	goals_date days[MAX_CANDIDATES];
	double values[MAX_CANDIDATES];
	size_t n, i, shown;
	int rc = id_prefix_normalise(norm, prefix);
	if (rc)
		return goals_error(GOALS_EINVAL,
				   "invalid entry id '%.40s': expected 4 to 32 "
				   "hex digits",
				   prefix);
	if ((rc = store_entry_match(s, norm, ids, days, values, MAX_CANDIDATES,
				    &n)))
		return rc;
	if (n == 0)
		return goals_error(GOALS_ENOTFOUND, "no entry matches '%s'",
				   prefix);
	if (n == 1) {
		*out = ids[0];
		return GOALS_OK;
	}
	rc = goals_error(GOALS_EAMBIGUOUS,
			 "entry id '%s' is ambiguous; it matches:", prefix);
	shown = n < MAX_CANDIDATES ? n : MAX_CANDIDATES;
	for (i = 0; i < shown; i++) {
		size_t w = 0, c;
		if (i > 0)
			w = id_common_len(&ids[i], &ids[i - 1]);
		if (i + 1 < shown && (c = id_common_len(&ids[i], &ids[i + 1])) > w)
			w = c;
		w = w + 1 < GOALS_SHORT_MIN ? GOALS_SHORT_MIN : w + 1;
		goals_date_format(d, days[i]);
		goals_error_append("  %.*s  %s  %.15g", (int)w, ids[i].hex, d,
				   values[i]);
	}
	if (n > MAX_CANDIDATES)
		goals_error_append("  ... and more");
	return rc;
}

int goals_entry_resolve(goals_id *out, goals_store *s, const char *prefix)
{
	int own, rc = ops_txn_enter(s, 0, &own);
	if (rc)
		return rc;
	return ops_txn_leave(s, own, resolve(out, s, prefix));
}

/* Void entry e (of goal gid) now, unless it is void already. */
static int void_entry(goals_void *out, goals_store *s, int64_t gid,
		      const goals_entry *e, const char *reason, goals_time now)
{
	goals_void v;
	int rc, len;
	if ((rc = ops_entry_id_len(s, &e->id, &len)))
		return rc;
	if (e->voided)
		return goals_error(GOALS_EINVAL,
				   "entry %.*s is void already", len,
				   e->id.hex);
	memset(&v, 0, sizeof(v));
	v.short_len = len;
	if ((rc = id_random(&v.id)))
		return rc;
	v.entry = e->id;
	v.goal = e->goal;
	v.at = now;
	v.reason = (char *)reason;
	v.has_entry = 1;
	v.day = e->day;
	v.value = e->value;
	if ((rc = store_void_insert(s, gid, &v)))
		return rc;
	if (out) {
		*out = v;
		out->reason = NULL;
		if (reason && !(out->reason = strdup(reason)))
			return goals_error_oom();
	}
	return GOALS_OK;
}

int goals_entry_void(goals_void *out, goals_store *s, const char *entry,
		     const char *reason, goals_time now)
{
	goals_entry e;
	goals_id id;
	int64_t gid;
	int own, rc;
	if (out)
		memset(out, 0, sizeof(*out));
	if (reason &&
	    (rc = goals_check_text(reason, "reason", GOALS_TEXT_NEWLINES)))
		return rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if (!(rc = resolve(&id, s, entry)) &&
	    !(rc = store_entry_read(s, &id, &gid, &e))) {
		rc = void_entry(out, s, gid, &e, reason, now);
		goals_entry_clear(&e);
	}
	rc = ops_txn_leave(s, own, rc);
	if (rc && out)
		goals_void_clear(out);
	return rc;
}

int goals_entry_undo(goals_void *out, goals_store *s, const char *goal,
		     const char *reason, goals_time now)
{
	goals_entry e;
	goals_id gid_hex, id;
	store_row row;
	int64_t gid;
	int own, rc, has;
	if (out)
		memset(out, 0, sizeof(*out));
	if (reason &&
	    (rc = goals_check_text(reason, "reason", GOALS_TEXT_NEWLINES)))
		return rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if ((rc = goals_resolve(&gid_hex, s, goal)) ||
	    (rc = store_goal_read(s, &gid_hex, &row)))
		goto out;
	goals_fields_clear(&row.g.f);
	if ((rc = store_entry_newest_live(s, row.gid, &id, &has)))
		goto out;
	if (!has) {
		rc = goals_error(GOALS_EINVAL,
				 "goal %.7s has no entry to undo", gid_hex.hex);
		goto out;
	}
	if (!(rc = store_entry_read(s, &id, &gid, &e))) {
		rc = void_entry(out, s, gid, &e, reason, now);
		goals_entry_clear(&e);
	}
out:
	rc = ops_txn_leave(s, own, rc);
	if (rc && out)
		goals_void_clear(out);
	return rc;
}

int goals_entries_all(goals_entry_list *out, goals_store *s,
		      const goals_id *goal)
{
	store_row row;
	size_t i;
	int own, rc;
	out->items = NULL;
	out->count = 0;
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = store_goal_read(s, goal, &row);
	if (!rc) {
		goals_fields_clear(&row.g.f);
		rc = store_entries_recent(s, row.gid, goal, 0, 1, out);
	}
	for (i = 0; !rc && i < out->count; i++)
		rc = ops_entry_short_len(s, &out->items[i]);
	if (rc)
		goals_entry_list_free(out);
	return ops_txn_leave(s, own, rc);
}
