/*
 * store-goals.c - the store's verbs on goals, their revisions and their
 * status events (part of the store module: SQL lives only in store*.c).
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
#include "vec.h"

/* Goals ------------------------------------------------------------------ */

int store_goal_insert(goals_store *s, const goals_id *id, goals_status status,
		      goals_time created, int64_t *gid)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "INSERT INTO goals (uuid, status, created, updated)"
			 " VALUES (?1, ?2, ?3, ?3)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, goals_status_name(status), -1, SQLITE_STATIC);
	sq_bind_time(st, 3, created);
	if ((rc = sq_run(s, st, "add a goal")))
		return rc;
	*gid = sqlite3_last_insert_rowid(s->db);
	return GOALS_OK;
}

/* Insert a revision row: id (NULL: a new random one), number, time,
 * message and fields. */
static int revision_row(goals_store *s, int64_t gid, const goals_id *id,
			int number, goals_time at, const char *message,
			const goals_fields *f)
{
	sqlite3_stmt *st;
	char review[8];
	goals_id fresh;
	int rc;
	if (!id) {
		if ((rc = id_random(&fresh)))
			return rc;
		id = &fresh;
	}
	rc = sq_prepare(
		s, &st,
		"INSERT INTO revisions (goal, number, at, message, text, area,"
		" kind, metric, unit, baseline, target, every, start, deadline,"
		" why, parent, confidence, review, deadline_from_text, over,"
		" uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
		" ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int(st, 2, number);
	sq_bind_time(st, 3, at);
	if (message)
		sqlite3_bind_text(st, 4, message, -1, SQLITE_STATIC);
	sq_bind_str(st, 5, f, GOALS_F_TEXT, f->text);
	sq_bind_str(st, 6, f, GOALS_F_AREA, f->area);
	sqlite3_bind_text(st, 7, goals_kind_name(f->kind), -1, SQLITE_STATIC);
	sq_bind_str(st, 8, f, GOALS_F_METRIC, f->metric);
	sq_bind_str(st, 9, f, GOALS_F_UNIT, f->unit);
	sq_bind_double(st, 10, f, GOALS_F_BASELINE, f->baseline);
	sq_bind_double(st, 11, f, GOALS_F_TARGET, f->target);
	if ((f->set & GOALS_F_EVERY) && f->every != GOALS_EVERY_NONE)
		sqlite3_bind_text(st, 12, goals_every_name(f->every), -1,
				  SQLITE_STATIC);
	sq_bind_date(st, 13, (f->set & GOALS_F_START) ? f->start : GOALS_DATE_NONE);
	sq_bind_date(st, 14,
		  (f->set & GOALS_F_DEADLINE) ? f->deadline : GOALS_DATE_NONE);
	sq_bind_str(st, 15, f, GOALS_F_WHY, f->why);
	if (f->set & GOALS_F_PARENT)
		sqlite3_bind_text(st, 16, f->parent.hex, -1, SQLITE_STATIC);
	if (f->set & GOALS_F_CONFIDENCE)
		sqlite3_bind_int(st, 17, f->confidence);
	if ((f->set & GOALS_F_REVIEW) && f->review.n > 0) {
		goals_review_format(review, f->review);
		sqlite3_bind_text(st, 18, review, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int(st, 19, (f->set & GOALS_F_DEADLINE) &&
					 f->deadline_from_text);
	if ((f->set & GOALS_F_OVER) && f->over > 0)
		sqlite3_bind_int(st, 20, f->over);
	sqlite3_bind_text(st, 21, id->hex, -1, SQLITE_TRANSIENT);
	return sq_run(s, st, "save a revision");
}

int store_revision_put(goals_store *s, int64_t gid, const goals_revision *r)
{
	return revision_row(s, gid, &r->id, r->number, r->at, r->message,
			    &r->f);
}

int store_revision_insert(goals_store *s, int64_t gid, int number,
			  goals_time at, const char *message,
			  const goals_fields *f)
{
	sqlite3_stmt *st;
	int rc = revision_row(s, gid, NULL, number, at, message, f);
	if (rc)
		return rc;
	if ((rc = sq_prepare(s, &st,
			  "UPDATE goals SET revision = ?2, updated = ?3"
			  " WHERE gid = ?1")))
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int(st, 2, number);
	sq_bind_time(st, 3, at);
	return sq_run(s, st, "save a revision");
}

int store_goal_exists(goals_store *s, const goals_id *id, int *exists)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, "SELECT 1 FROM goals WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*exists = rc == SQLITE_ROW;
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up a goal");
	return GOALS_OK;
}

int store_goal_match(goals_store *s, const char *prefix, goals_id *ids,
		     char **texts, size_t max, size_t *count)
{
	sqlite3_stmt *st;
	char hi[GOALS_ID_HEXLEN + 2];
	int rc;
	*count = 0;
	id_prefix_upper(hi, prefix);
	rc = sq_prepare(s, &st,
		     "SELECT g.uuid, r.text FROM goals g JOIN revisions r"
		     " ON r.goal = g.gid AND r.number = g.revision"
		     " WHERE g.uuid >= ?1 AND g.uuid < ?2 ORDER BY g.uuid"
		     " LIMIT ?3");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, prefix, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)max + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*count < max) {
			sq_col_id(st, 0, &ids[*count]);
			if (texts) {
				const char *t =
					(const char *)sqlite3_column_text(st, 1);
				texts[*count] = strdup(t ? t : "");
				if (!texts[*count]) {
					sq_release(s, st);
					return goals_error_oom();
				}
			}
		}
		(*count)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "look up a goal");
	return GOALS_OK;
}

/* The columns of a revision's fields, in the order read_fields expects,
 * and how many they are. */
#define FIELD_NCOLUMNS 16
#define FIELD_COLUMNS                                                        \
	"r.text, r.area, r.kind, r.metric, r.unit, r.baseline, r.target,"    \
	" r.every, r.start, r.deadline, r.why, r.parent, r.confidence,"      \
	" r.review, r.deadline_from_text, r.over"

/* The columns of a goal with its current revision, in the order that
 * read_row expects. */
#define GOAL_COLUMNS                                                         \
	"g.gid, g.uuid, g.status, g.created, g.updated, g.revision,"         \
	" g.n_entries, g.sum_value, g.last_at, g.last_value, r.at, "         \
	FIELD_COLUMNS
#define GOAL_FROM                                                            \
	" FROM goals g JOIN revisions r"                                     \
	" ON r.goal = g.gid AND r.number = g.revision"

/* Fill f from the FIELD_COLUMNS that start at column c. */
static int read_fields(sqlite3_stmt *st, int c, goals_fields *f)
{
	const char *txt;
	int rc;
	goals_fields_init(f);
	if ((rc = sq_col_str(st, c, f, GOALS_F_TEXT)) ||
	    (rc = sq_col_str(st, c + 1, f, GOALS_F_AREA)))
		goto out;
	txt = (const char *)sqlite3_column_text(st, c + 2);
	if (txt && goals_parse_kind(&f->kind, txt) == GOALS_OK)
		f->set |= GOALS_F_KIND;
	else
		f->kind = GOALS_KIND_DONE;
	if ((rc = sq_col_str(st, c + 3, f, GOALS_F_METRIC)) ||
	    (rc = sq_col_str(st, c + 4, f, GOALS_F_UNIT)))
		goto out;
	if (sqlite3_column_type(st, c + 5) != SQLITE_NULL) {
		f->baseline = sqlite3_column_double(st, c + 5);
		f->set |= GOALS_F_BASELINE;
	}
	if (sqlite3_column_type(st, c + 6) != SQLITE_NULL) {
		f->target = sqlite3_column_double(st, c + 6);
		f->set |= GOALS_F_TARGET;
	}
	txt = (const char *)sqlite3_column_text(st, c + 7);
	if (txt && goals_parse_every(&f->every, txt) == GOALS_OK)
		f->set |= GOALS_F_EVERY;
	if ((f->start = sq_col_date(st, c + 8)) != GOALS_DATE_NONE)
		f->set |= GOALS_F_START;
	if ((f->deadline = sq_col_date(st, c + 9)) != GOALS_DATE_NONE) {
		f->set |= GOALS_F_DEADLINE;
		f->deadline_from_text = sqlite3_column_int(st, c + 14) != 0;
	}
	if ((rc = sq_col_str(st, c + 10, f, GOALS_F_WHY)))
		goto out;
	txt = (const char *)sqlite3_column_text(st, c + 11);
	if (txt && id_hex_valid(txt)) {
		sq_col_id(st, c + 11, &f->parent);
		f->set |= GOALS_F_PARENT;
	}
	if (sqlite3_column_type(st, c + 12) != SQLITE_NULL) {
		f->confidence = sqlite3_column_int(st, c + 12);
		f->set |= GOALS_F_CONFIDENCE;
	}
	txt = (const char *)sqlite3_column_text(st, c + 13);
	if (txt && goals_parse_review(&f->review, txt) == GOALS_OK)
		f->set |= GOALS_F_REVIEW;
	if (sqlite3_column_type(st, c + 15) != SQLITE_NULL) {
		f->over = sqlite3_column_int(st, c + 15);
		f->set |= GOALS_F_OVER;
	}
	return GOALS_OK;
out:
	goals_fields_clear(f);
	return rc;
}

/* Fill row from the current result of a GOAL_COLUMNS query. */
static int read_row(sqlite3_stmt *st, store_row *row)
{
	goals_goal *g = &row->g;
	const char *txt;
	memset(row, 0, sizeof(*row));
	row->gid = sqlite3_column_int64(st, 0);
	sq_col_id(st, 1, &g->id);
	txt = (const char *)sqlite3_column_text(st, 2);
	if (!txt || goals_parse_status(&g->status, txt))
		g->status = GOALS_STATUS_ACTIVE;
	g->created = sq_col_time(st, 3);
	g->updated = sq_col_time(st, 4);
	g->revision = sqlite3_column_int(st, 5);
	row->agg.n = sqlite3_column_int64(st, 6);
	row->agg.sum = sqlite3_column_double(st, 7);
	row->agg.last_at = sq_col_time(st, 8);
	row->agg.last_value = sqlite3_column_double(st, 9);
	g->revised = sq_col_time(st, 10);
	return read_fields(st, 11, &g->f);
}

int store_goal_read(goals_store *s, const goals_id *id, store_row *out)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			 "SELECT " GOAL_COLUMNS GOAL_FROM " WHERE g.uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rc = read_row(st, out);
		sq_release(s, st);
		return rc;
	}
	sq_release(s, st);
	if (rc == SQLITE_DONE)
		return goals_error(GOALS_ENOTFOUND, "no goal has id '%s'",
				   id->hex);
	return sq_fail(s, rc, "read a goal");
}

int store_goal_walk(goals_store *s, const goals_filter *filter,
		    store_row_cb cb, void *ctx)
{
	sqlite3_stmt *st;
	unsigned statuses = filter && filter->statuses
				    ? filter->statuses
				    : 1u << GOALS_STATUS_ACTIVE;
	int rc, i;
	rc = sq_prepare(s, &st,
		     "SELECT " GOAL_COLUMNS GOAL_FROM
		     " WHERE g.status IN (?1, ?2, ?3)"
		     " AND (?4 IS NULL OR r.area = ?4)"
		     " AND (?5 IS NULL OR r.deadline < ?5)"
		     " ORDER BY r.deadline IS NULL, r.deadline, g.created,"
		     " g.gid");
	if (rc)
		return rc;
	for (i = GOALS_STATUS_ACTIVE; i <= GOALS_STATUS_ABANDONED; i++)
		if (statuses & (1u << i))
			sqlite3_bind_text(st, i, goals_status_name(i), -1,
					  SQLITE_STATIC);
	if (filter && filter->area)
		sqlite3_bind_text(st, 4, filter->area, -1, SQLITE_STATIC);
	if (filter)
		sq_bind_date(st, 5, filter->due_before);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_row row;
		int stop;
		if ((rc = read_row(st, &row))) {
			sq_release(s, st);
			return rc;
		}
		if ((stop = cb(ctx, &row))) {
			sq_release(s, st);
			return stop;
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "list goals");
	return GOALS_OK;
}

/* Read the single id that a neighbour query returns, if any. */
static int one_id(goals_store *s, const char *sql, const goals_id *id,
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
		return sq_fail(s, rc, "read goal ids");
	return GOALS_OK;
}

int store_id_neighbours(goals_store *s, const goals_id *id, goals_id *prev,
			int *has_prev, goals_id *next, int *has_next)
{
	int rc = one_id(s,
			"SELECT uuid FROM goals WHERE uuid < ?1"
			" ORDER BY uuid DESC LIMIT 1",
			id, prev, has_prev);
	if (rc)
		return rc;
	return one_id(s,
		      "SELECT uuid FROM goals WHERE uuid > ?1"
		      " ORDER BY uuid LIMIT 1",
		      id, next, has_next);
}

/*
 * The ids (column 0) of a query, with hex (when not NULL) bound to its
 * parameter 1; *out is malloc'd (NULL when none).
 */
static int query_ids(goals_store *s, const char *sql, const char *hex,
		     goals_id **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_id *ids = NULL;
	size_t cap = 0;
	int rc = sq_prepare(s, &st, sql);
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	if (hex)
		sqlite3_bind_text(st, 1, hex, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (vec_grow(&ids, *n, &cap, sizeof(*ids))) {
			rc = SQLITE_NOMEM;
			break;
		}
		sq_col_id(st, 0, &ids[(*n)++]);
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		free(ids);
		*n = 0;
		return rc == SQLITE_NOMEM ? GOALS_ENOMEM
					  : sq_fail(s, rc, "read goal ids");
	}
	*out = ids;
	return GOALS_OK;
}

int store_id_all(goals_store *s, goals_id **out, size_t *n)
{
	return query_ids(s, "SELECT uuid FROM goals ORDER BY uuid", NULL, out,
			 n);
}

int store_goal_briefs(goals_store *s, const char *lo, const char *hi,
		      store_brief_cb cb, void *ctx)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "SELECT g.uuid, g.status, CASE WHEN g.uuid >= ?1"
			    " AND g.uuid < ?2 THEN (SELECT r.text FROM"
			    " revisions r WHERE r.goal = g.gid AND r.number ="
			    " g.revision) END FROM goals g ORDER BY g.uuid");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, lo, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		goals_id id;
		goals_status status;
		const char *txt = (const char *)sqlite3_column_text(st, 1);
		int crc;
		sq_col_id(st, 0, &id);
		if (!txt || goals_parse_status(&status, txt))
			status = GOALS_STATUS_ACTIVE;
		crc = cb(ctx, &id, status,
			 (const char *)sqlite3_column_text(st, 2));
		if (crc) {
			sq_release(s, st);
			return crc;
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "read goal ids");
	return GOALS_OK;
}

/* History -------------------------------------------------------------- */

int store_revisions(goals_store *s, int64_t gid, goals_revision **out,
		    size_t *n)
{
	sqlite3_stmt *st;
	goals_revision *v = NULL;
	size_t cap = 0;
	int rc = sq_prepare(s, &st,
			    "SELECT r.number, r.at, r.message, " FIELD_COLUMNS
			    ", r.uuid FROM revisions r WHERE r.goal = ?1"
			    " ORDER BY r.number");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		goals_revision *r;
		const char *msg = (const char *)sqlite3_column_text(st, 2);
		if (vec_grow(&v, *n, &cap, sizeof(*v))) {
			rc = SQLITE_NOMEM;
			break;
		}
		r = &v[*n];
		memset(r, 0, sizeof(*r));
		r->number = sqlite3_column_int(st, 0);
		r->at = sq_col_time(st, 1);
		if (msg && !(r->message = strdup(msg))) {
			rc = SQLITE_NOMEM;
			break;
		}
		if (read_fields(st, 3, &r->f)) {
			free(r->message);
			rc = SQLITE_NOMEM;
			break;
		}
		sq_col_id(st, 3 + FIELD_NCOLUMNS, &r->id);
		(*n)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		size_t i;
		for (i = 0; i < *n; i++) {
			free(v[i].message);
			goals_fields_clear(&v[i].f);
		}
		free(v);
		*n = 0;
		return rc == SQLITE_NOMEM ? goals_error_oom()
					  : sq_fail(s, rc, "read the history");
	}
	*out = v;
	return GOALS_OK;
}

int store_event_insert(goals_store *s, int64_t gid, const goals_event *e)
{
	static const char *const types[] = {NULL, "achieved", "abandoned",
					    "reopened"};
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "INSERT INTO events (uuid, goal, at, type, message)"
			    " VALUES (?1, ?2, ?3, ?4, ?5)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, e->id.hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, gid);
	sq_bind_time(st, 3, e->at);
	sqlite3_bind_text(st, 4, types[e->type], -1, SQLITE_STATIC);
	if (e->message)
		sqlite3_bind_text(st, 5, e->message, -1, SQLITE_STATIC);
	return sq_run(s, st, "record the change of status");
}

int store_events(goals_store *s, int64_t gid, goals_event **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_event *v = NULL;
	size_t cap = 0;
	int rc = sq_prepare(s, &st,
			    "SELECT uuid, at, type, message FROM events"
			    " WHERE goal = ?1 ORDER BY at, evid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(st, 2);
		const char *msg = (const char *)sqlite3_column_text(st, 3);
		goals_event *e;
		if (vec_grow(&v, *n, &cap, sizeof(*v))) {
			rc = SQLITE_NOMEM;
			break;
		}
		e = &v[*n];
		memset(e, 0, sizeof(*e));
		sq_col_id(st, 0, &e->id);
		e->at = sq_col_time(st, 1);
		e->type = !type ? GOALS_EVENT_REOPENED
			  : !strcmp(type, "achieved")  ? GOALS_EVENT_ACHIEVED
			  : !strcmp(type, "abandoned") ? GOALS_EVENT_ABANDONED
						       : GOALS_EVENT_REOPENED;
		if (msg && !(e->message = strdup(msg))) {
			rc = SQLITE_NOMEM;
			break;
		}
		(*n)++;
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE) {
		size_t i;
		for (i = 0; i < *n; i++)
			free(v[i].message);
		free(v);
		*n = 0;
		return rc == SQLITE_NOMEM ? goals_error_oom()
					  : sq_fail(s, rc, "read the history");
	}
	*out = v;
	return GOALS_OK;
}

int store_goal_set_status(goals_store *s, int64_t gid, goals_status status,
			  goals_time at)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st,
			    "UPDATE goals SET status = ?2, updated = ?3"
			    " WHERE gid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_text(st, 2, goals_status_name(status), -1, SQLITE_STATIC);
	sq_bind_time(st, 3, at);
	return sq_run(s, st, "change the status");
}

int store_goal_delete(goals_store *s, int64_t gid)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, "DELETE FROM goals WHERE gid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	return sq_run(s, st, "delete a goal");
}

int store_children(goals_store *s, const goals_id *id, goals_id **out,
		   size_t *n)
{
	return query_ids(s,
			 "SELECT g.uuid FROM revisions r JOIN goals g"
			 " ON g.gid = r.goal AND g.revision = r.number"
			 " WHERE r.parent = ?1 ORDER BY g.created, g.gid",
			 id->hex, out, n);
}
