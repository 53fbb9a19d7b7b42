/*
 * store-sync.c - the store's verbs for export and import (part of the
 * store module: SQL lives only in store*.c): walking goals by id and a
 * goal's entries in order, finding a record by its id, adding a goal as
 * an export gives it, and settling a goal after records were merged into
 * it (its revisions in order, its current revision, status and time).
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "error.h"
#include "goals/parse.h"
#include "store-int.h"

int store_bulk(goals_store *s)
{
	/* and statement journals (each insert's, for its triggers) in
	 * memory, not written to a temporary file a few pages at a time */
	return sq_exec(s, "PRAGMA cache_size = -16384; PRAGMA temp_store = 2",
		       "prepare an import");
}

int store_goal_lookup(goals_store *s, const goals_id *id, int64_t *gid,
		      goals_time *created, int *found)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT gid, created FROM goals WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found) {
		*gid = sqlite3_column_int64(st, 0);
		*created = sq_col_time(st, 1);
	}
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up a goal");
	return GOALS_OK;
}

int store_goal_ids(goals_store *s, goals_id **out, size_t *n,
		   size_t *cap, const goals_id *after, size_t limit)
{
	sqlite3_stmt *st;
	/* in order of creation, then of id: the order the goals were
	 * written in, which is mostly where their rows are in the file */
	int rc = sq_prepare(s, &st,
			    "SELECT uuid FROM goals WHERE (created, uuid) >"
			    " (coalesce((SELECT created FROM goals"
			    " WHERE uuid = ?1), ''), ?1)"
			    " ORDER BY created, uuid LIMIT ?2");
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, after ? after->hex : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n >= *cap) {
			size_t c = *cap ? *cap * 2 : 64;
			goals_id *v = realloc(*out, c * sizeof(*v));
			if (!v) {
				sq_release(s, st);
				return goals_error_oom();
			}
			*out = v;
			*cap = c;
		}
		sq_col_id(st, 0, &(*out)[(*n)++]);
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "read goal ids");
	return GOALS_OK;
}

int store_goal_put(goals_store *s, const goals_id *id, goals_time created,
		   int64_t *gid)
{
	return store_goal_insert(s, id, GOALS_STATUS_ACTIVE, created, gid);
}

int store_revision_find(goals_store *s, const goals_id *id, int64_t *gid,
			goals_revision *out, int *found)
{
	goals_revision *all = NULL;
	sqlite3_stmt *st;
	size_t n = 0, i;
	int rc = sq_prepare(s, &st,
			    "SELECT goal FROM revisions WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		*gid = sqlite3_column_int64(st, 0);
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up a revision");
	if (!*found)
		return GOALS_OK;
	/* a goal has a few revisions: read them, and keep the one */
	if ((rc = store_revisions(s, *gid, &all, &n)))
		return rc;
	*found = 0;
	for (i = 0; i < n; i++) {
		if (!*found && !strcmp(all[i].id.hex, id->hex)) {
			*out = all[i];
			*found = 1;
			continue;
		}
		free(all[i].message);
		goals_fields_clear(&all[i].f);
	}
	free(all);
	return GOALS_OK;
}

int store_event_find(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_event *out, int *found)
{
	sqlite3_stmt *st;
	const char *txt;
	int rc = sq_prepare(s, &st,
			    "SELECT goal, at, type, message FROM events"
			    " WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	memset(out, 0, sizeof(*out));
	if (*found) {
		*gid = sqlite3_column_int64(st, 0);
		out->id = *id;
		out->at = sq_col_time(st, 1);
		txt = (const char *)sqlite3_column_text(st, 2);
		out->type = !txt                        ? 0
			    : !strcmp(txt, "achieved")  ? GOALS_EVENT_ACHIEVED
			    : !strcmp(txt, "abandoned") ? GOALS_EVENT_ABANDONED
							: GOALS_EVENT_REOPENED;
		txt = (const char *)sqlite3_column_text(st, 3);
		if (txt && !(out->message = strdup(txt)))
			rc = SQLITE_NOMEM;
	}
	sq_release(s, st);
	if (rc == SQLITE_NOMEM)
		return goals_error_oom();
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up an event");
	return GOALS_OK;
}

int store_void_find(goals_store *s, const goals_id *id, int64_t *gid,
		    goals_void *out, int *found)
{
	sqlite3_stmt *st;
	const char *txt;
	int rc = sq_prepare(s, &st,
			    "SELECT goal, entry, at, reason FROM voids"
			    " WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	memset(out, 0, sizeof(*out));
	if (*found) {
		*gid = sqlite3_column_int64(st, 0);
		out->id = *id;
		sq_col_id(st, 1, &out->entry);
		out->at = sq_col_time(st, 2);
		txt = (const char *)sqlite3_column_text(st, 3);
		if (txt && !(out->reason = strdup(txt)))
			rc = SQLITE_NOMEM;
	}
	sq_release(s, st);
	if (rc == SQLITE_NOMEM)
		return goals_error_oom();
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up a void");
	return GOALS_OK;
}

int store_entry_find(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_entry *out, int *found)
{
	int rc = store_entry_read(s, id, gid, out);
	*found = rc == GOALS_OK;
	return rc == GOALS_ENOTFOUND ? GOALS_OK : rc;
}

/* Run a statement of one goal parameter (?1). */
static int run_gid(goals_store *s, const char *sql, int64_t gid,
		   const char *doing)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, sql);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	return sq_run(s, st, doing);
}

int store_revision_max(goals_store *s, int64_t gid, int *max)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT coalesce(max(number), 0) FROM revisions"
			    " WHERE goal = ?1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	rc = sqlite3_step(st);
	*max = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sq_release(s, st);
	if (rc != SQLITE_ROW)
		return sq_fail(s, rc, "read the history");
	return GOALS_OK;
}

int store_goal_settle(goals_store *s, int64_t gid)
{
	static const char *const steps[] = {
		/* the revisions in order of time, then of their number
		 * where they came from (a merged one was put at
		 * REVISION_MERGED + its number), then of id; renumbered
		 * from 1 when that is not already their order */
		"DELETE FROM temp.settle",
		"INSERT INTO temp.settle SELECT * FROM revisions"
		" WHERE goal = ?1 AND EXISTS (SELECT 1 FROM (SELECT number,"
		"  row_number() OVER (ORDER BY at, number % 1000000, uuid) AS k"
		"  FROM revisions WHERE goal = ?1) WHERE number <> k)",
		"DELETE FROM revisions WHERE goal = ?1"
		" AND EXISTS (SELECT 1 FROM temp.settle)",
		"INSERT INTO revisions (goal, number, at, message, text, area,"
		" kind, metric, unit, baseline, target, every, start, deadline,"
		" why, parent, confidence, review, deadline_from_text, over,"
		" uuid) SELECT goal, row_number() OVER (ORDER BY at,"
		" number % 1000000, uuid), at, message, text, area, kind,"
		" metric, unit, baseline, target, every, start, deadline, why,"
		" parent, confidence, review, deadline_from_text, over, uuid"
		" FROM temp.settle ORDER BY at, number % 1000000, uuid",
		/* the current revision, the status of the newest change of
		 * status, and the time of the last change */
		"UPDATE goals SET"
		" revision = (SELECT count(*) FROM revisions WHERE goal = ?1),"
		" status = coalesce((SELECT CASE type WHEN 'reopened'"
		"  THEN 'active' ELSE type END FROM events WHERE goal = ?1"
		"  ORDER BY at DESC, evid DESC LIMIT 1), 'active'),"
		" updated = max(created,"
		"  coalesce((SELECT max(at) FROM revisions WHERE goal = ?1),"
		"   created),"
		"  coalesce((SELECT max(at) FROM events WHERE goal = ?1),"
		"   created))"
		" WHERE gid = ?1",
	};
	size_t i;
	int rc = sq_exec(s,
			 "CREATE TEMP TABLE IF NOT EXISTS settle AS"
			 " SELECT * FROM revisions WHERE 0",
			 "merge the history");
	for (i = 0; !rc && i < sizeof(steps) / sizeof(steps[0]); i++)
		rc = run_gid(s, steps[i], gid, "merge the history");
	return rc;
}
