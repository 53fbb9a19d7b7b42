/*
 * store-entries.c - the store's verbs on progress entries: inserting
 * them, and the sums and points that progress and pace read (part of the
 * store module: SQL lives only in store*.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "store-int.h"

int store_period_sums(goals_store *s, int64_t gid, goals_every every,
		      goals_date from, goals_date to, store_period **out,
		      size_t *n)
{
	static const char *const sql[] = {
		[GOALS_EVERY_DAY] =
			"SELECT day, total(value) FROM entries"
			" WHERE goal = ?1 AND day >= ?2 AND day <= ?3"
			" GROUP BY day ORDER BY day",
		[GOALS_EVERY_WEEK] =
			"SELECT date(day, '-6 days', 'weekday 1') AS p,"
			" total(value) FROM entries"
			" WHERE goal = ?1 AND day >= ?2 AND day <= ?3"
			" GROUP BY p ORDER BY p",
		[GOALS_EVERY_MONTH] =
			"SELECT substr(day, 1, 7) || '-01' AS p, total(value)"
			" FROM entries"
			" WHERE goal = ?1 AND day >= ?2 AND day <= ?3"
			" GROUP BY p ORDER BY p",
	};
	sqlite3_stmt *st;
	store_period *v = NULL;
	size_t cap = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (every < GOALS_EVERY_DAY || every > GOALS_EVERY_MONTH)
		return goals_error(GOALS_EINVAL, "not a habit period");
	if ((rc = sq_prepare(s, &st, sql[every])))
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sq_bind_date(st, 2, from);
	sq_bind_date(st, 3, to);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			store_period *grown = realloc(v, ncap * sizeof(*v));
			if (!grown) {
				free(v);
				sq_release(s, st);
				*n = 0;
				return goals_error_oom();
			}
			v = grown;
			cap = ncap;
		}
		v[*n].first = sq_col_date(st, 0);
		v[*n].sum = sqlite3_column_double(st, 1);
		(*n)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return sq_fail(s, rc, "sum progress by period");
	}
	*out = v;
	return GOALS_OK;
}

int store_first_value(goals_store *s, int64_t gid, double *value, int *has)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "SELECT value FROM entries WHERE goal = ?1"
			 " ORDER BY at, eid LIMIT 1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	if (*has)
		*value = sqlite3_column_double(st, 0);
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "read progress");
	return GOALS_OK;
}

/* Entries ---------------------------------------------------------------- */

int store_entry_insert(goals_store *s, int64_t gid, const goals_entry *e)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "INSERT INTO entries (uuid, goal, at, day, value, note)"
			 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, e->id.hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, gid);
	sq_bind_time(st, 3, e->at);
	sq_bind_date(st, 4, e->day);
	sqlite3_bind_double(st, 5, e->value);
	if (e->note)
		sqlite3_bind_text(st, 6, e->note, -1, SQLITE_STATIC);
	return sq_run(s, st, "log progress");
}

int store_entry_points(goals_store *s, int64_t gid, goals_date from,
		       goals_point **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_point *v = NULL;
	size_t cap = 0;
	int rc = sq_prepare(s, &st,
			 "SELECT day, value FROM entries WHERE goal = ?1"
			 " AND day >= ?2 ORDER BY day, at, eid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sq_bind_date(st, 2, from);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 32;
			goals_point *grown = realloc(v, ncap * sizeof(*v));
			if (!grown) {
				free(v);
				sq_release(s, st);
				*n = 0;
				return goals_error_oom();
			}
			v = grown;
			cap = ncap;
		}
		v[*n].day = sq_col_date(st, 0);
		v[*n].value = sqlite3_column_double(st, 1);
		(*n)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return sq_fail(s, rc, "read progress");
	}
	*out = v;
	return GOALS_OK;
}

int store_entries_recent(goals_store *s, int64_t gid, const goals_id *goal,
			 size_t limit, goals_entry_list *out)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "SELECT uuid, at, day, value, note FROM entries"
			 " WHERE goal = ?1 ORDER BY at DESC, eid DESC LIMIT ?2");
	out->items = NULL;
	out->count = 0;
	if (rc)
		return rc;
	if (limit && !(out->items = calloc(limit, sizeof(*out->items)))) {
		sq_release(s, st);
		return goals_error_oom();
	}
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && out->count < limit) {
		goals_entry *e = &out->items[out->count];
		const char *note = (const char *)sqlite3_column_text(st, 4);
		sq_col_id(st, 0, &e->id);
		e->goal = *goal;
		e->at = sq_col_time(st, 1);
		e->day = sq_col_date(st, 2);
		e->value = sqlite3_column_double(st, 3);
		out->count++;
		if (note && !(e->note = strdup(note))) {
			sq_release(s, st);
			goals_entry_list_free(out);
			return goals_error_oom();
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		goals_entry_list_free(out);
		return sq_fail(s, rc, "read progress");
	}
	return GOALS_OK;
}
