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
#include "num.h"
#include "period.h"
#include "store-int.h"
#include "vec.h"

/* The sum of the values of a group of entries, rounded to the largest
 * scale among them (see num.h). */
#define SUM_AS_DECIMALS                                                      \
	"CASE WHEN max(scale) > 15 THEN total(value)"                        \
	" ELSE round(total(value), max(scale)) END"

/* Append (first, sum) to the growing array *v of *n (capacity *cap). */
static int push_period(store_period **v, size_t *n, size_t *cap,
		       goals_date first, double sum)
{
	int rc = vec_grow(v, *n, cap, sizeof(**v));
	if (rc)
		return rc;
	(*v)[*n].first = first;
	(*v)[*n].sum = sum;
	(*n)++;
	return GOALS_OK;
}

/*
 * Run a query of (first day, sum) rows with the goal, and two bounds, as
 * parameters 1-3 and append its rows.
 */
static int query_periods(goals_store *s, const char *sql, int64_t gid,
			 goals_date a, goals_date b, store_period **v,
			 size_t *n, size_t *cap)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, sql);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sq_bind_date(st, 2, a);
	sq_bind_date(st, 3, b);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (sqlite3_column_type(st, 0) != SQLITE_NULL &&
		    (rc = push_period(v, n, cap, sq_col_date(st, 0),
				      sqlite3_column_double(st, 1)))) {
			sq_release(s, st);
			return rc;
		}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "sum progress by period");
	return GOALS_OK;
}

/* The sum of the entries of days a..b, as one period starting at first
 * (appended when there are entries). */
static int edge_period(goals_store *s, int64_t gid, goals_date first,
		       goals_date a, goals_date b, store_period **v, size_t *n,
		       size_t *cap)
{
	size_t before = *n;
	int rc = query_periods(s,
			       "SELECT min(day), " SUM_AS_DECIMALS " FROM entries"
			       " WHERE goal = ?1 AND day >= ?2 AND day <= ?3"
			       " AND voided = 0",
			       gid, a, b, v, n, cap);
	if (!rc && *n > before)
		(*v)[*n - 1].first = first;
	return rc;
}

int store_period_sums(goals_store *s, int64_t gid, goals_every every,
		      goals_date from, goals_date to, store_period **out,
		      size_t *n)
{
	static const char *const whole[] = {
		[GOALS_EVERY_WEEK] = "SELECT first, sum FROM periods"
				     " WHERE goal = ?1 AND every = 'week'"
				     " AND first > ?2 AND first < ?3"
				     " ORDER BY first",
		[GOALS_EVERY_MONTH] = "SELECT first, sum FROM periods"
				      " WHERE goal = ?1 AND every = 'month'"
				      " AND first > ?2 AND first < ?3"
				      " ORDER BY first",
	};
	store_period *v = NULL;
	size_t cap = 0;
	goals_date first_p, last_p, first_end;
	int rc;
	*out = NULL;
	*n = 0;
	if (every < GOALS_EVERY_DAY || every > GOALS_EVERY_MONTH)
		return goals_error(GOALS_EINVAL, "not a habit period");
	if (from > to)
		return GOALS_OK;
	if (every == GOALS_EVERY_DAY) {
		rc = query_periods(s,
				   "SELECT day, " SUM_AS_DECIMALS " FROM entries"
				   " WHERE goal = ?1 AND day >= ?2 AND day <= ?3"
				   " AND voided = 0"
				   " GROUP BY day ORDER BY day",
				   gid, from, to, &v, n, &cap);
	} else {
		/* whole periods from the sums the triggers keep; the first
		 * and last, which may be cut by from and to, from the
		 * entries themselves */
		first_p = period_start(every, from);
		last_p = period_start(every, to);
		first_end = period_start(
				    every, every == GOALS_EVERY_WEEK
						   ? first_p + 7
						   : first_p + 31) -
			    1;
		rc = edge_period(s, gid, first_p, from,
				 first_end < to ? first_end : to, &v, n, &cap);
		if (!rc && last_p > first_p)
			rc = query_periods(s, whole[every], gid, first_p, last_p,
					   &v, n, &cap);
		if (!rc && last_p > first_p)
			rc = edge_period(s, gid, last_p, last_p, to, &v, n,
					 &cap);
	}
	if (rc) {
		free(v);
		*n = 0;
		return rc;
	}
	*out = v;
	return GOALS_OK;
}

int store_entry_mean(goals_store *s, int64_t gid, goals_date from,
		     double *mean, int *has)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT count(*), total(value), max(scale) FROM entries"
			    " WHERE goal = ?1 AND day >= ?2 AND voided = 0");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sq_bind_date(st, 2, from);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0;
	if (*has) {
		/* a decimal more than the values have: 7, 8 and 8 make
		 * 7.7, not 7.666666666666667 */
		int scale = sqlite3_column_int(st, 2);
		*mean = num_round(sqlite3_column_double(st, 1) /
					  (double)sqlite3_column_int64(st, 0),
				  scale < 15 ? scale + 1 : NUM_BINARY);
	}
	sq_release(s, st);
	if (rc != SQLITE_ROW)
		return sq_fail(s, rc, "read progress");
	return GOALS_OK;
}

int store_first_value(goals_store *s, int64_t gid, double *value, int *has)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "SELECT value FROM entries WHERE goal = ?1"
			 " AND voided = 0 ORDER BY at, eid LIMIT 1");
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
			 "INSERT INTO entries (uuid, goal, at, day, value, note,"
			 " scale, voided) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
			 " EXISTS (SELECT 1 FROM voids WHERE entry = ?1))");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, e->id.hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, gid);
	sq_bind_time(st, 3, e->at);
	sq_bind_date(st, 4, e->day);
	sqlite3_bind_double(st, 5, e->value);
	if (e->note)
		sqlite3_bind_text(st, 6, e->note, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, num_scale(e->value));
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
			 " AND day >= ?2 AND voided = 0 ORDER BY day, at, eid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sq_bind_date(st, 2, from);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (vec_grow(&v, *n, &cap, sizeof(*v))) {
			free(v);
			sq_release(s, st);
			*n = 0;
			return GOALS_ENOMEM;
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

/* The columns of an entry with its void, as read_entry reads them. */
#define ENTRY_COLUMNS                                                        \
	"e.uuid, e.at, e.day, e.value, e.note, e.voided, v.uuid, v.at,"      \
	" v.reason"
#define ENTRY_FROM " FROM entries e LEFT JOIN voids v ON v.entry = e.uuid"

/* Fill e (of goal goal) from a row of ENTRY_COLUMNS. */
static int read_entry(sqlite3_stmt *st, const goals_id *goal, goals_entry *e)
{
	const char *note = (const char *)sqlite3_column_text(st, 4);
	const char *reason = (const char *)sqlite3_column_text(st, 8);
	memset(e, 0, sizeof(*e));
	sq_col_id(st, 0, &e->id);
	e->goal = *goal;
	e->at = sq_col_time(st, 1);
	e->day = sq_col_date(st, 2);
	e->value = sqlite3_column_double(st, 3);
	e->voided = sqlite3_column_int(st, 5) != 0;
	if (e->voided) {
		sq_col_id(st, 6, &e->v.id);
		e->v.entry = e->id;
		e->v.goal = *goal;
		e->v.at = sq_col_time(st, 7);
		e->v.has_entry = 1;
		e->v.day = e->day;
		e->v.value = e->value;
		if (reason && !(e->v.reason = strdup(reason)))
			return goals_error_oom();
	}
	if (note && !(e->note = strdup(note))) {
		goals_entry_clear(e);
		return goals_error_oom();
	}
	return GOALS_OK;
}

int store_entries_recent(goals_store *s, int64_t gid, const goals_id *goal,
			 size_t limit, int voided, goals_entry_list *out)
{
	static const char *const sql[] = {
		"SELECT " ENTRY_COLUMNS ENTRY_FROM " WHERE e.goal = ?1"
		" AND e.voided = 0 ORDER BY e.at DESC, e.eid DESC LIMIT ?2",
		"SELECT " ENTRY_COLUMNS ENTRY_FROM " WHERE e.goal = ?1"
		" ORDER BY e.at DESC, e.eid DESC LIMIT ?2",
	};
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc = sq_prepare(s, &st, sql[voided != 0]);
	out->items = NULL;
	out->count = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((rc = vec_grow(&out->items, out->count, &cap,
				   sizeof(*out->items))) ||
		    (rc = read_entry(st, goal, &out->items[out->count]))) {
			sq_release(s, st);
			goals_entry_list_free(out);
			return rc;
		}
		out->count++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		goals_entry_list_free(out);
		return sq_fail(s, rc, "read progress");
	}
	return GOALS_OK;
}

int store_entry_match(goals_store *s, const char *prefix, goals_id *ids,
		      goals_date *days, double *values, size_t max,
		      size_t *count)
{
	sqlite3_stmt *st;
	char hi[GOALS_ID_HEXLEN + 2];
	int rc;
	*count = 0;
	id_prefix_upper(hi, prefix);
	rc = sq_prepare(s, &st,
			"SELECT uuid, day, value FROM entries"
			" WHERE uuid >= ?1 AND uuid < ?2 ORDER BY uuid LIMIT ?3");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, prefix, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)max + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*count < max) {
			sq_col_id(st, 0, &ids[*count]);
			days[*count] = sq_col_date(st, 1);
			values[*count] = sqlite3_column_double(st, 2);
		}
		(*count)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up an entry");
	return GOALS_OK;
}

int store_entry_read(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_entry *out)
{
	sqlite3_stmt *st;
	goals_id goal;
	int rc = sq_prepare(s, &st,
			    "SELECT " ENTRY_COLUMNS ", e.goal, g.uuid" ENTRY_FROM
			    " JOIN goals g ON g.gid = e.goal WHERE e.uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*gid = sqlite3_column_int64(st, 9);
		sq_col_id(st, 10, &goal);
		rc = read_entry(st, &goal, out);
		sq_release(s, st);
		return rc;
	}
	sq_release(s, st);
	if (rc == SQLITE_DONE)
		return goals_error(GOALS_ENOTFOUND, "no entry has id '%s'",
				   id->hex);
	return sq_fail(s, rc, "read progress");
}

int store_entry_newest_live(goals_store *s, int64_t gid, goals_id *out,
			    int *has)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT uuid FROM entries WHERE goal = ?1"
			    " AND voided = 0 ORDER BY eid DESC LIMIT 1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	if (*has)
		sq_col_id(st, 0, out);
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "read progress");
	return GOALS_OK;
}

int store_void_insert(goals_store *s, int64_t gid, const goals_void *v)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "INSERT INTO voids (uuid, entry, goal, at, reason)"
			    " VALUES (?1, ?2, ?3, ?4, ?5)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, v->id.hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v->entry.hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, gid);
	sq_bind_time(st, 4, v->at);
	if (v->reason)
		sqlite3_bind_text(st, 5, v->reason, -1, SQLITE_STATIC);
	return sq_run(s, st, "void an entry");
}

int store_voids(goals_store *s, int64_t gid, goals_void **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_void *v = NULL;
	size_t cap = 0, i;
	int rc = sq_prepare(s, &st,
			    "SELECT v.uuid, v.entry, v.at, v.reason, e.day,"
			    " e.value, g.uuid FROM voids v"
			    " JOIN goals g ON g.gid = v.goal"
			    " LEFT JOIN entries e ON e.uuid = v.entry"
			    " WHERE v.goal = ?1 ORDER BY v.at, v.vid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *reason = (const char *)sqlite3_column_text(st, 3);
		goals_void *x;
		if ((rc = vec_grow(&v, *n, &cap, sizeof(*v))))
			break;
		x = &v[*n];
		memset(x, 0, sizeof(*x));
		sq_col_id(st, 0, &x->id);
		sq_col_id(st, 1, &x->entry);
		x->at = sq_col_time(st, 2);
		sq_col_id(st, 6, &x->goal);
		x->has_entry = sqlite3_column_type(st, 4) != SQLITE_NULL;
		x->day = x->has_entry ? sq_col_date(st, 4) : GOALS_DATE_NONE;
		x->value = sqlite3_column_double(st, 5);
		(*n)++;
		if (reason && !(x->reason = strdup(reason))) {
			rc = goals_error_oom();
			break;
		}
	}
	sq_release(s, st);
	if (rc == SQLITE_DONE) {
		*out = v;
		return GOALS_OK;
	}
	for (i = 0; i < *n; i++)
		goals_void_clear(&v[i]);
	free(v);
	*n = 0;
	return rc < 0 ? rc : sq_fail(s, rc, "read the history");
}

/* Read the single id that a neighbour query returns, if any. */
static int one_entry_id(goals_store *s, const char *sql, const goals_id *id,
			goals_id *out, int *has)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, sql);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	if (*has)
		sq_col_id(st, 0, out);
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "read entry ids");
	return GOALS_OK;
}

int store_entry_neighbours(goals_store *s, const goals_id *id, goals_id *prev,
			   int *has_prev, goals_id *next, int *has_next)
{
	int rc = one_entry_id(s,
			      "SELECT uuid FROM entries WHERE uuid < ?1"
			      " ORDER BY uuid DESC LIMIT 1",
			      id, prev, has_prev);
	if (rc)
		return rc;
	return one_entry_id(s,
			    "SELECT uuid FROM entries WHERE uuid > ?1"
			    " ORDER BY uuid LIMIT 1",
			    id, next, has_next);
}

int store_entries_walk(goals_store *s, int64_t gid, const goals_id *goal,
		       goals_time since, store_entry_cb cb, void *ctx)
{
	sqlite3_stmt *st;
	goals_entry e;
	int rc = sq_prepare(s, &st,
			    "SELECT " ENTRY_COLUMNS ENTRY_FROM
			    " WHERE e.goal = ?1 AND e.at >= ?2"
			    " ORDER BY e.at, e.eid");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	if (since)
		sq_bind_time(st, 2, since);
	else
		sqlite3_bind_text(st, 2, "", -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop;
		if ((rc = read_entry(st, goal, &e))) {
			sq_release(s, st);
			return rc;
		}
		stop = cb(ctx, &e);
		goals_entry_clear(&e);
		if (stop) {
			sq_release(s, st);
			return stop;
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "read progress");
	return GOALS_OK;
}

int store_entries_texts(goals_store *s, int64_t gid, goals_time since,
			store_entry_text_cb cb, void *ctx)
{
	struct store_entry_text e;
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT uuid, at, day, note, value, voided"
			    " FROM entries WHERE goal = ?1 AND at >= ?2"
			    " ORDER BY at, eid");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	if (since)
		sq_bind_time(st, 2, since);
	else
		sqlite3_bind_text(st, 2, "", -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop;
		e.uuid = (const char *)sqlite3_column_text(st, 0);
		e.at = (const char *)sqlite3_column_text(st, 1);
		e.day = (const char *)sqlite3_column_text(st, 2);
		e.note = (const char *)sqlite3_column_text(st, 3);
		e.value = sqlite3_column_double(st, 4);
		e.voided = sqlite3_column_int(st, 5);
		if (!e.uuid || !e.at || !e.day) {
			sq_release(s, st);
			return goals_error_oom();
		}
		if ((stop = cb(ctx, &e))) {
			sq_release(s, st);
			return stop;
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "read progress");
	return GOALS_OK;
}
