/*
 * entry.c - logging progress entries and reading them back.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "ops.h"
#include "storage.h"

/* The largest value one entry may carry, either way: enough for any
 * count or amount, and a million of them still sum to a finite total. */
#define ENTRY_MAX 1e15

void goals_entry_clear(goals_entry *e)
{
	if (!e)
		return;
	free(e->note);
	e->note = NULL;
	goals_void_clear(&e->v);
}

void goals_entry_list_free(goals_entry_list *l)
{
	size_t i;
	if (!l)
		return;
	for (i = 0; i < l->count; i++)
		goals_entry_clear(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/* Resolve inside the open transaction and read the row. */
static int load(goals_store *s, const char *prefix, store_row *row)
{
	goals_id id;
	int rc = goals_resolve(&id, s, prefix);
	if (rc)
		return rc;
	return store_goal_read(s, &id, row);
}

int goals_entry_add(goals_entry *out, goals_store *s, const char *goal,
		    double value, goals_time at, const char *note)
{
	goals_entry e;
	store_row row;
	int own, rc;
	memset(&e, 0, sizeof(e));
	if (!isfinite(value))
		return goals_error(GOALS_EINVAL, "the value is not a finite "
						 "number");
	if (fabs(value) > ENTRY_MAX)
		return goals_error(GOALS_EINVAL,
				   "the value %g is too large: expected at most "
				   "%g either way",
				   value, ENTRY_MAX);
	if (note && (rc = goals_check_text(note, "note", GOALS_TEXT_NEWLINES)))
		return rc;
	if ((rc = id_random(&e.id)))
		return rc;
	if ((rc = ops_txn_enter(s, 1, &own)))
		return rc;
	if ((rc = load(s, goal, &row)))
		goto out;
	goals_fields_clear(&row.g.f);
	if (row.g.status != GOALS_STATUS_ACTIVE) {
		rc = goals_error(GOALS_EINVAL,
				 "goal %.7s is %s: reopen it to log progress",
				 row.g.id.hex, goals_status_name(row.g.status));
		goto out;
	}
	e.goal = row.g.id;
	e.at = at;
	e.day = goals_local_date(at);
	e.value = value == 0 ? 0 : value;
	e.note = (char *)note;
	if (!(rc = store_entry_insert(s, row.gid, &e)))
		rc = ops_entry_short_len(s, &e);
out:
	rc = ops_txn_leave(s, own, rc);
	if (!rc && out) {
		*out = e;
		out->note = NULL;
		if (note && !(out->note = strdup(note)))
			return goals_error_oom();
	}
	return rc;
}

int goals_entries_recent(goals_entry_list *out, goals_store *s,
			 const goals_id *goal, size_t limit)
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
		rc = limit ? store_entries_recent(s, row.gid, goal, limit, 0, out)
			   : GOALS_OK;
	}
	for (i = 0; !rc && i < out->count; i++)
		rc = ops_entry_short_len(s, &out->items[i]);
	if (rc)
		goals_entry_list_free(out);
	return ops_txn_leave(s, own, rc);
}
