/*
 * store-fsck.c - the reads of goals fsck (see store-fsck.h): SQLite's
 * integrity and foreign key checks, the schema beside the one a fresh
 * store gets, and for each invariant of the model the values the store
 * keeps beside those recomputed from their rows, in the same SQL that
 * the triggers of store.c use (a sum rounded to the largest scale of its
 * terms, the newest entry by time then by row).  Only reads.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "error.h"
#include "id.h"
#include "store-fsck.h"
#include "store-int.h"

#define DOING "check the store"

/* A goal's id from a text column; empty for NULL or junk. */
static void col_goal(sqlite3_stmt *st, int i, goals_id *id)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	memset(id, 0, sizeof(*id));
	if (s && id_hex_valid(s))
		memcpy(id->hex, s, GOALS_ID_HEXLEN);
}

/* Step st to its end; finish with the error of a failed step. */
static int finish(goals_store *s, sqlite3_stmt *st, int rc)
{
	sq_release(s, st);
	if (rc == SQLITE_DONE)
		return GOALS_OK;
	return rc < 0 ? rc : sq_fail(s, rc, DOING);
}

/* The code a callback's return value stops a walk with: the callback's
 * (negative) code, kept apart from SQLite's codes by finish(). */
#define STOP(v) ((v) < 0 ? (v) : GOALS_EINVAL)

int store_fsck_integrity(goals_store *s,
			 int (*cb)(void *ctx, const char *line), void *ctx)
{
	sqlite3_stmt *st;
	int rc, v;
	if (s->memory)
		return GOALS_OK;
	if ((rc = sq_prepare(s, &st, "PRAGMA integrity_check(100)")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(st, 0);
		if (line && !strcmp(line, "ok"))
			continue;
		if ((v = cb(ctx, line ? line : "unreadable"))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

int store_fsck_foreign_keys(goals_store *s,
			    int (*cb)(void *ctx, const char *table,
				      int64_t rowid, const char *parent),
			    void *ctx)
{
	sqlite3_stmt *st;
	int rc, v;
	if ((rc = sq_prepare(s, &st, "PRAGMA foreign_key_check")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((v = cb(ctx, (const char *)sqlite3_column_text(st, 0),
			    sqlite3_column_int64(st, 1),
			    (const char *)sqlite3_column_text(st, 2)))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

static const char schema_sql[] =
	"SELECT type, name, sql FROM sqlite_schema"
	" WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name";

/* Compare two strings that may be NULL, as the merge of schemas orders
 * them (NULL last: the side that has run out). */
static int cmp_key(const char *a_type, const char *a_name, const char *b_type,
		   const char *b_name)
{
	int c;
	if (!a_type || !b_type)
		return a_type ? -1 : b_type ? 1 : 0;
	c = strcmp(a_type, b_type);
	return c ? c : strcmp(a_name ? a_name : "", b_name ? b_name : "");
}

int store_fsck_schema(goals_store *s,
		      int (*cb)(void *ctx, const char *type, const char *name,
				const char *have_sql, const char *want_sql),
		      void *ctx)
{
	goals_store *ref = NULL;
	sqlite3_stmt *have = NULL, *want = NULL;
	int rc, rh, rw, v;
	if (s->memory)
		return GOALS_OK; /* no store there: nothing to compare */
	if ((rc = store_open_reference(&ref)))
		return rc;
	if ((rc = sq_prepare(s, &have, schema_sql)) ||
	    (rc = sq_prepare(ref, &want, schema_sql)))
		goto out;
	rh = sqlite3_step(have);
	rw = sqlite3_step(want);
	while (rh == SQLITE_ROW || rw == SQLITE_ROW) {
		const char *ht = rh == SQLITE_ROW
					 ? (const char *)sqlite3_column_text(have, 0)
					 : NULL;
		const char *hn = rh == SQLITE_ROW
					 ? (const char *)sqlite3_column_text(have, 1)
					 : NULL;
		const char *wt = rw == SQLITE_ROW
					 ? (const char *)sqlite3_column_text(want, 0)
					 : NULL;
		const char *wn = rw == SQLITE_ROW
					 ? (const char *)sqlite3_column_text(want, 1)
					 : NULL;
		int c = cmp_key(ht, hn, wt, wn);
		const char *hs = c <= 0 ? (const char *)sqlite3_column_text(
						  have, 2)
					: NULL;
		const char *ws = c >= 0 ? (const char *)sqlite3_column_text(
						  want, 2)
					: NULL;
		v = cb(ctx, c <= 0 ? ht : wt, c <= 0 ? hn : wn,
		       c <= 0 ? (hs ? hs : "") : NULL,
		       c >= 0 ? (ws ? ws : "") : NULL);
		if (v) {
			rc = STOP(v);
			goto out;
		}
		if (c <= 0)
			rh = sqlite3_step(have);
		if (c >= 0)
			rw = sqlite3_step(want);
	}
	if (rh != SQLITE_DONE)
		rc = sq_fail(s, rh, DOING);
	else if (rw != SQLITE_DONE)
		rc = sq_fail(ref, rw, DOING);
out:
	sq_release(s, have);
	sq_release(ref, want);
	goals_store_close(ref);
	return rc;
}

int store_fsck_counts(goals_store *s, goals_fsck_stats *out)
{
	sqlite3_stmt *st;
	int rc;
	if ((rc = sq_prepare(s, &st,
			     "SELECT (SELECT count(*) FROM goals),"
			     " (SELECT count(*) FROM revisions),"
			     " (SELECT count(*) FROM entries),"
			     " (SELECT count(*) FROM voids),"
			     " (SELECT count(*) FROM events)")))
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->goals = sqlite3_column_int64(st, 0);
		out->revisions = sqlite3_column_int64(st, 1);
		out->entries = sqlite3_column_int64(st, 2);
		out->voids = sqlite3_column_int64(st, 3);
		out->events = sqlite3_column_int64(st, 4);
		rc = SQLITE_DONE;
	}
	return finish(s, st, rc);
}

int store_fsck_revisions(goals_store *s,
			 int (*cb)(void *ctx, const store_fsck_revs *r),
			 void *ctx)
{
	sqlite3_stmt *st;
	store_fsck_revs r;
	int rc, v;
	if ((rc = sq_prepare(s, &st,
			     "SELECT g.uuid, g.revision, count(r.number),"
			     " min(r.number), max(r.number),"
			     " count(r.number) - count(r.uuid)"
			     " FROM goals g LEFT JOIN revisions r"
			     " ON r.goal = g.gid GROUP BY g.gid ORDER BY g.gid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &r.goal);
		r.current = sqlite3_column_int64(st, 1);
		r.n = sqlite3_column_int64(st, 2);
		r.min = sqlite3_column_int64(st, 3);
		r.max = sqlite3_column_int64(st, 4);
		r.no_id = sqlite3_column_int64(st, 5);
		if ((v = cb(ctx, &r))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

int store_fsck_goal_sums(goals_store *s,
			 int (*cb)(void *ctx, const goals_id *goal,
				   const store_fsck_sums *kept,
				   const store_fsck_sums *actual),
			 void *ctx)
{
	sqlite3_stmt *st;
	store_fsck_sums k, a;
	goals_id goal;
	int rc, v;
	/* the sums as entries_ai and entries_void keep them: rounded to the
	 * largest scale of the terms (not at all past 15), over the entries
	 * that are not void; the newest by time, then by row */
	if ((rc = sq_prepare(
		     s, &st,
		     "SELECT g.uuid, g.n_entries, g.sum_value, g.scale,"
		     " g.last_at, g.last_value,"
		     " coalesce(a.n, 0), coalesce(a.sum, 0), coalesce(a.scale, 0),"
		     " (SELECT e.at FROM entries e WHERE e.goal = g.gid"
		     "  AND e.voided = 0 ORDER BY e.at DESC, e.eid DESC LIMIT 1),"
		     " (SELECT e.value FROM entries e WHERE e.goal = g.gid"
		     "  AND e.voided = 0 ORDER BY e.at DESC, e.eid DESC LIMIT 1)"
		     " FROM goals g LEFT JOIN (SELECT goal, count(*) AS n,"
		     "  CASE WHEN max(scale) > 15 THEN total(value)"
		     "  ELSE round(total(value), max(scale)) END AS sum,"
		     "  max(scale) AS scale FROM entries WHERE voided = 0"
		     "  GROUP BY goal) a ON a.goal = g.gid ORDER BY g.gid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &goal);
		k.n = sqlite3_column_int64(st, 1);
		k.sum = sqlite3_column_double(st, 2);
		k.scale = sqlite3_column_int64(st, 3);
		k.last_at = (const char *)sqlite3_column_text(st, 4);
		k.last_value = sqlite3_column_double(st, 5);
		a.n = sqlite3_column_int64(st, 6);
		a.sum = sqlite3_column_double(st, 7);
		a.scale = sqlite3_column_int64(st, 8);
		a.last_at = (const char *)sqlite3_column_text(st, 9);
		a.last_value = sqlite3_column_double(st, 10);
		if ((v = cb(ctx, &goal, &k, &a))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

/* Read period row i of a query (goal id, gid, every, first, sum, n,
 * scale) into the kept or actual side of p. */
static void read_period(sqlite3_stmt *st, store_fsck_period *p, int kept)
{
	col_goal(st, 0, &p->goal);
	p->every = (const char *)sqlite3_column_text(st, 2);
	p->first = (const char *)sqlite3_column_text(st, 3);
	if (kept) {
		p->has_kept = 1;
		p->kept_sum = sqlite3_column_double(st, 4);
		p->kept_n = sqlite3_column_int64(st, 5);
		p->kept_scale = sqlite3_column_int64(st, 6);
	} else {
		p->has_actual = 1;
		p->actual_sum = sqlite3_column_double(st, 4);
		p->actual_n = sqlite3_column_int64(st, 5);
		p->actual_scale = sqlite3_column_int64(st, 6);
	}
}

/* Order of two period rows: by goal row, period, first day. */
static int cmp_period(sqlite3_stmt *a, sqlite3_stmt *b)
{
	int64_t ga = sqlite3_column_int64(a, 1), gb = sqlite3_column_int64(b, 1);
	const char *ea = (const char *)sqlite3_column_text(a, 2);
	const char *eb = (const char *)sqlite3_column_text(b, 2);
	const char *fa, *fb;
	int c;
	if (ga != gb)
		return ga < gb ? -1 : 1;
	if ((c = strcmp(ea ? ea : "", eb ? eb : "")))
		return c;
	fa = (const char *)sqlite3_column_text(a, 3);
	fb = (const char *)sqlite3_column_text(b, 3);
	return strcmp(fa ? fa : "", fb ? fb : "");
}

int store_fsck_periods(goals_store *s,
		       int (*cb)(void *ctx, const store_fsck_period *p),
		       void *ctx)
{
	sqlite3_stmt *kept = NULL, *actual = NULL;
	store_fsck_period p;
	int rc, rk, ra, v;
	if ((rc = sq_prepare(s, &kept,
			     "SELECT g.uuid, p.goal, p.every, p.first, p.sum,"
			     " p.n, p.scale FROM periods p"
			     " LEFT JOIN goals g ON g.gid = p.goal"
			     " ORDER BY p.goal, p.every, p.first")) ||
	    (rc = sq_prepare(
		     s, &actual,
		     "SELECT g.uuid, a.goal, a.every, a.first, a.sum, a.n,"
		     " a.scale FROM (SELECT goal, 'month' AS every,"
		     "  substr(day, 1, 7) || '-01' AS first,"
		     "  CASE WHEN max(scale) > 15 THEN total(value)"
		     "  ELSE round(total(value), max(scale)) END AS sum,"
		     "  count(*) AS n, max(scale) AS scale FROM entries"
		     "  WHERE voided = 0 GROUP BY goal, first"
		     " UNION ALL SELECT goal, 'week',"
		     "  date(day, '-6 days', 'weekday 1') AS first,"
		     "  CASE WHEN max(scale) > 15 THEN total(value)"
		     "  ELSE round(total(value), max(scale)) END,"
		     "  count(*), max(scale) FROM entries"
		     "  WHERE voided = 0 GROUP BY goal, first) a"
		     " LEFT JOIN goals g ON g.gid = a.goal"
		     " ORDER BY a.goal, a.every, a.first")))
		goto out;
	rk = sqlite3_step(kept);
	ra = sqlite3_step(actual);
	while (rk == SQLITE_ROW || ra == SQLITE_ROW) {
		int c = rk != SQLITE_ROW   ? 1
			: ra != SQLITE_ROW ? -1
					   : cmp_period(kept, actual);
		memset(&p, 0, sizeof(p));
		if (c >= 0)
			read_period(actual, &p, 0);
		if (c <= 0)
			read_period(kept, &p, 1);
		if ((v = cb(ctx, &p))) {
			rc = STOP(v);
			goto out;
		}
		if (c <= 0)
			rk = sqlite3_step(kept);
		if (c >= 0)
			ra = sqlite3_step(actual);
	}
	if (rk != SQLITE_DONE || ra != SQLITE_DONE)
		rc = sq_fail(s, rk != SQLITE_DONE ? rk : ra, DOING);
out:
	sq_release(s, kept);
	sq_release(s, actual);
	return rc;
}

int store_fsck_void_marks(goals_store *s,
			  int (*cb)(void *ctx, const goals_id *goal,
				    const goals_id *entry, int marked),
			  void *ctx)
{
	sqlite3_stmt *st;
	goals_id goal, entry;
	int rc, v;
	if ((rc = sq_prepare(s, &st,
			     "SELECT g.uuid, e.uuid, e.voided FROM entries e"
			     " LEFT JOIN goals g ON g.gid = e.goal"
			     " WHERE e.voided IS NOT EXISTS (SELECT 1 FROM"
			     "  voids v WHERE v.entry = e.uuid) ORDER BY e.eid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &goal);
		col_goal(st, 1, &entry);
		if ((v = cb(ctx, &goal, &entry, sqlite3_column_int(st, 2)))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

int store_fsck_void_goals(goals_store *s,
			  int (*cb)(void *ctx, const goals_id *void_id,
				    const goals_id *void_goal,
				    const goals_id *entry_goal),
			  void *ctx)
{
	sqlite3_stmt *st;
	goals_id vid, vg, eg;
	int rc, v;
	if ((rc = sq_prepare(s, &st,
			     "SELECT v.uuid, gv.uuid, ge.uuid FROM voids v"
			     " JOIN entries e ON e.uuid = v.entry"
			     " LEFT JOIN goals gv ON gv.gid = v.goal"
			     " LEFT JOIN goals ge ON ge.gid = e.goal"
			     " WHERE v.goal IS NOT e.goal ORDER BY v.vid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &vid);
		col_goal(st, 1, &vg);
		col_goal(st, 2, &eg);
		if ((v = cb(ctx, &vid, &vg, &eg))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

int store_fsck_statuses(goals_store *s,
			int (*cb)(void *ctx, const goals_id *goal,
				  const char *status, const char *newest),
			void *ctx)
{
	sqlite3_stmt *st;
	goals_id goal;
	int rc, v;
	/* the newest change of status as the merge of two stores settles
	 * it (store-sync.c): by time, then by the order of recording */
	if ((rc = sq_prepare(s, &st,
			     "SELECT g.uuid, g.status, (SELECT type FROM events"
			     "  WHERE goal = g.gid ORDER BY at DESC, evid DESC"
			     "  LIMIT 1) FROM goals g ORDER BY g.gid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &goal);
		if ((v = cb(ctx, &goal, (const char *)sqlite3_column_text(st, 1),
			    (const char *)sqlite3_column_text(st, 2)))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

int store_fsck_parents(goals_store *s,
		       int (*cb)(void *ctx, const goals_id *goal,
				 const char *parent),
		       void *ctx)
{
	sqlite3_stmt *st;
	goals_id goal;
	int rc, v;
	if ((rc = sq_prepare(s, &st,
			     "SELECT g.uuid, r.parent FROM goals g"
			     " LEFT JOIN revisions r ON r.goal = g.gid"
			     "  AND r.number = g.revision ORDER BY g.uuid")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_goal(st, 0, &goal);
		if ((v = cb(ctx, &goal,
			    (const char *)sqlite3_column_text(st, 1)))) {
			rc = STOP(v);
			break;
		}
	}
	return finish(s, st, rc);
}

/* SQL conditions on a column X. */
#define BAD_ID(x) "(length(" x ") IS NOT 32 OR " x " GLOB '*[^0-9a-f]*')"
/* (through seconds, so that SQLite, which reads 2026-02-30 as March 2,
 * writes it as such) */
#define BAD_TIME(x)                                                          \
	"(" x " IS NOT strftime('%Y-%m-%dT%H:%M:%SZ', strftime('%s', " x    \
	"), 'unixepoch'))"
#define BAD_DAY(x) "(" x " IS NOT date(strftime('%s', " x "), 'unixepoch'))"

/* A column check: its query gives (goal id, record id, value) rows. */
struct col_query {
	enum store_fsck_col check;
	const char *record, *column;
	const char *sql;
};

static const struct col_query col_queries[] = {
	/* ids: 32 lowercase hex digits */
	{FSCK_COL_ID, "goal", "uuid",
	 "SELECT NULL, 'row ' || gid, uuid FROM goals WHERE " BAD_ID("uuid")},
	{FSCK_COL_ID, "revision", "uuid",
	 "SELECT g.uuid, r.number, r.uuid FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal"
	 " WHERE r.uuid IS NOT NULL AND " BAD_ID("r.uuid")},
	{FSCK_COL_NO_ID, "revision", "uuid",
	 "SELECT g.uuid, r.number, NULL FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.uuid IS NULL"},
	{FSCK_COL_ID, "revision", "parent",
	 "SELECT g.uuid, r.number, r.parent FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal"
	 " WHERE r.parent IS NOT NULL AND " BAD_ID("r.parent")},
	{FSCK_COL_ID, "entry", "uuid",
	 "SELECT g.uuid, 'row ' || e.eid, e.uuid FROM entries e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE " BAD_ID("e.uuid")},
	{FSCK_COL_ID, "event", "uuid",
	 "SELECT g.uuid, 'row ' || e.evid, e.uuid FROM events e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE " BAD_ID("e.uuid")},
	{FSCK_COL_ID, "void", "uuid",
	 "SELECT g.uuid, 'row ' || v.vid, v.uuid FROM voids v"
	 " LEFT JOIN goals g ON g.gid = v.goal WHERE " BAD_ID("v.uuid")},
	{FSCK_COL_ID, "void", "entry",
	 "SELECT g.uuid, v.uuid, v.entry FROM voids v"
	 " LEFT JOIN goals g ON g.gid = v.goal WHERE " BAD_ID("v.entry")},
	/* instants: YYYY-MM-DDTHH:MM:SSZ, real ones */
	{FSCK_COL_TIME, "goal", "created",
	 "SELECT uuid, uuid, created FROM goals WHERE " BAD_TIME("created")},
	{FSCK_COL_TIME, "goal", "updated",
	 "SELECT uuid, uuid, updated FROM goals WHERE " BAD_TIME("updated")},
	{FSCK_COL_TIME, "goal", "last_at",
	 "SELECT uuid, uuid, last_at FROM goals"
	 " WHERE last_at IS NOT NULL AND " BAD_TIME("last_at")},
	{FSCK_COL_TIME, "revision", "at",
	 "SELECT g.uuid, r.number, r.at FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE " BAD_TIME("r.at")},
	{FSCK_COL_TIME, "entry", "at",
	 "SELECT g.uuid, e.uuid, e.at FROM entries e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE " BAD_TIME("e.at")},
	{FSCK_COL_TIME, "event", "at",
	 "SELECT g.uuid, e.uuid, e.at FROM events e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE " BAD_TIME("e.at")},
	{FSCK_COL_TIME, "void", "at",
	 "SELECT g.uuid, v.uuid, v.at FROM voids v"
	 " LEFT JOIN goals g ON g.gid = v.goal WHERE " BAD_TIME("v.at")},
	/* days: real YYYY-MM-DD */
	{FSCK_COL_DAY, "entry", "day",
	 "SELECT g.uuid, e.uuid, e.day FROM entries e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE " BAD_DAY("e.day")},
	{FSCK_COL_DAY, "revision", "start",
	 "SELECT g.uuid, r.number, r.start FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal"
	 " WHERE r.start IS NOT NULL AND " BAD_DAY("r.start")},
	{FSCK_COL_DAY, "revision", "deadline",
	 "SELECT g.uuid, r.number, r.deadline FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal"
	 " WHERE r.deadline IS NOT NULL AND " BAD_DAY("r.deadline")},
	/* an entry's local day: within a day of the UTC day of its time */
	{FSCK_COL_ENTRY_DAY, "entry", "day",
	 "SELECT g.uuid, e.uuid, e.day || ' at ' || e.at FROM entries e"
	 " LEFT JOIN goals g ON g.gid = e.goal"
	 " WHERE abs(julianday(e.day) - julianday(substr(e.at, 1, 10))) > 1"},
	/* text, checked by fsck.c as the commands check it */
	{FSCK_COL_TEXT, "revision", "text",
	 "SELECT g.uuid, r.number, r.text FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal"},
	{FSCK_COL_TEXT, "revision", "area",
	 "SELECT g.uuid, r.number, r.area FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.area IS NOT NULL"},
	{FSCK_COL_TEXT, "revision", "metric",
	 "SELECT g.uuid, r.number, r.metric FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.metric IS NOT NULL"},
	{FSCK_COL_TEXT, "revision", "unit",
	 "SELECT g.uuid, r.number, r.unit FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.unit IS NOT NULL"},
	{FSCK_COL_TEXT, "revision", "why",
	 "SELECT g.uuid, r.number, r.why FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.why IS NOT NULL"},
	{FSCK_COL_NOTE, "revision", "message",
	 "SELECT g.uuid, r.number, r.message FROM revisions r"
	 " LEFT JOIN goals g ON g.gid = r.goal WHERE r.message IS NOT NULL"},
	{FSCK_COL_NOTE, "entry", "note",
	 "SELECT g.uuid, e.uuid, e.note FROM entries e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE e.note IS NOT NULL"},
	{FSCK_COL_NOTE, "event", "message",
	 "SELECT g.uuid, e.uuid, e.message FROM events e"
	 " LEFT JOIN goals g ON g.gid = e.goal WHERE e.message IS NOT NULL"},
	{FSCK_COL_NOTE, "void", "reason",
	 "SELECT g.uuid, v.uuid, v.reason FROM voids v"
	 " LEFT JOIN goals g ON g.gid = v.goal WHERE v.reason IS NOT NULL"},
};

int store_fsck_columns(goals_store *s,
		       int (*cb)(void *ctx, const store_fsck_value *v),
		       void *ctx)
{
	size_t i;
	int rc = GOALS_OK, v;
	for (i = 0; !rc && i < sizeof(col_queries) / sizeof(col_queries[0]);
	     i++) {
		const struct col_query *q = &col_queries[i];
		store_fsck_value val;
		sqlite3_stmt *st;
		if ((rc = sq_prepare(s, &st, q->sql)))
			return rc;
		val.check = q->check;
		val.record = q->record;
		val.column = q->column;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			col_goal(st, 0, &val.goal);
			val.id = (const char *)sqlite3_column_text(st, 1);
			val.value = (const char *)sqlite3_column_text(st, 2);
			val.len = sqlite3_column_bytes(st, 2);
			if (!val.id)
				val.id = "";
			if ((v = cb(ctx, &val))) {
				rc = STOP(v);
				break;
			}
		}
		rc = finish(s, st, rc);
	}
	return rc;
}
