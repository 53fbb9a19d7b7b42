/*
 * store.c - the SQLite store: opening and creating it, its schema and
 * migrations, and every SQL statement of libgoals.
 *
 * This is the only file that includes sqlite3.h.  Every statement is
 * prepared with bound parameters.  Instants are stored as UTC text
 * (YYYY-MM-DDTHH:MM:SSZ) and calendar days as YYYY-MM-DD, so the file
 * reads well in the sqlite3 shell and both sort as they compare.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "path.h"
#include "storage.h"

/* 'goal' in ASCII: marks a SQLite file as a goals store. */
#define APPLICATION_ID 0x676f616c
#define BUSY_TIMEOUT_MS 10000

struct goals_store {
	sqlite3 *db;
	char *path;
	int existed; /* the file was a store before this open */
	int memory;  /* a missing store, opened as an empty one in memory */
	int in_txn;
};

/*
 * The migrations, in order: migrations[i] takes a store from schema
 * version i to i + 1.  Append only; never edit a released one.
 */
static const char *const migrations[] = {
	/* 0 -> 1: goals, revisions, progress entries, status events. */
	"CREATE TABLE goals ("
	"  gid INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),"
	"  status TEXT NOT NULL"
	"    CHECK (status IN ('active', 'achieved', 'abandoned')),"
	"  created TEXT NOT NULL,"
	"  updated TEXT NOT NULL,"
	"  revision INTEGER NOT NULL DEFAULT 0,"
	/* aggregates of the entries, kept by the triggers below */
	"  n_entries INTEGER NOT NULL DEFAULT 0,"
	"  sum_value REAL NOT NULL DEFAULT 0,"
	"  last_at TEXT,"
	"  last_value REAL"
	");"
	"CREATE TABLE revisions ("
	"  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,"
	"  number INTEGER NOT NULL CHECK (number >= 1),"
	"  at TEXT NOT NULL,"
	"  message TEXT,"
	"  text TEXT NOT NULL,"
	"  area TEXT,"
	"  kind TEXT NOT NULL"
	"    CHECK (kind IN ('total', 'level', 'habit', 'done')),"
	"  metric TEXT,"
	"  unit TEXT,"
	"  baseline REAL,"
	"  target REAL,"
	"  every TEXT CHECK (every IN ('day', 'week', 'month')),"
	"  start TEXT,"
	"  deadline TEXT,"
	"  why TEXT,"
	"  parent TEXT,"
	"  confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),"
	"  review TEXT,"
	"  PRIMARY KEY (goal, number)"
	") WITHOUT ROWID;"
	"CREATE INDEX revisions_parent ON revisions (parent)"
	"  WHERE parent IS NOT NULL;"
	"CREATE TABLE entries ("
	"  eid INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),"
	"  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,"
	"  at TEXT NOT NULL,"
	"  day TEXT NOT NULL,"
	"  value REAL NOT NULL,"
	"  note TEXT"
	");"
	"CREATE INDEX entries_goal_at ON entries (goal, at, value);"
	"CREATE INDEX entries_goal_day ON entries (goal, day, value);"
	"CREATE TABLE events ("
	"  evid INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),"
	"  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,"
	"  at TEXT NOT NULL,"
	"  type TEXT NOT NULL"
	"    CHECK (type IN ('achieved', 'abandoned', 'reopened')),"
	"  message TEXT"
	");"
	"CREATE INDEX events_goal ON events (goal, at);"
	"CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN"
	"  UPDATE goals SET n_entries = n_entries + 1,"
	"    sum_value = sum_value + NEW.value,"
	"    last_value = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	"      THEN NEW.value ELSE last_value END,"
	"    last_at = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	"      THEN NEW.at ELSE last_at END"
	"  WHERE gid = NEW.goal;"
	"END;"
	"CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN"
	"  UPDATE goals SET n_entries = n_entries - 1,"
	"    sum_value = (SELECT total(value) FROM entries"
	"      WHERE goal = OLD.goal),"
	"    last_at = (SELECT at FROM entries WHERE goal = OLD.goal"
	"      ORDER BY at DESC, eid DESC LIMIT 1),"
	"    last_value = (SELECT value FROM entries WHERE goal = OLD.goal"
	"      ORDER BY at DESC, eid DESC LIMIT 1)"
	"  WHERE gid = OLD.goal;"
	"END;",
};
#define SCHEMA_VERSION ((int)(sizeof(migrations) / sizeof(migrations[0])))

/* Map a SQLite result code to a goals error, with a message. */
static int fail(goals_store *s, int rc, const char *doing)
{
	const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	const char *path = s && s->path ? s->path : "";
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return goals_error(GOALS_EBUSY,
				   "the store '%s' stayed locked for %d "
				   "seconds while %s; try again",
				   path, BUSY_TIMEOUT_MS / 1000, doing);
	case SQLITE_NOMEM:
		return goals_error_oom();
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return goals_error(GOALS_ECORRUPT,
				   "the store '%s' is damaged or not a goals "
				   "store (%s)",
				   path, msg);
	default:
		return goals_error(GOALS_ESTORE, "cannot %s in store '%s': %s",
				   doing, path, msg);
	}
}

/* Prepare sql into *st. */
static int prepare(goals_store *s, sqlite3_stmt **st, const char *sql)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
	if (rc != SQLITE_OK) {
		*st = NULL;
		return fail(s, rc, "prepare a statement");
	}
	return GOALS_OK;
}

/* Run a statement without results; finalizes it. */
static int run(goals_store *s, sqlite3_stmt *st, const char *doing)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return fail(s, rc, doing);
	return GOALS_OK;
}

/* Run SQL text with no parameters (schema, pragmas). */
static int exec(goals_store *s, const char *sql, const char *doing)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return fail(s, rc, doing);
	return GOALS_OK;
}

/* Read one integer from a pragma. */
static int pragma_int(goals_store *s, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st, sql);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, rc, "read the schema version");
	return GOALS_OK;
}

/* Bring the schema to SCHEMA_VERSION, or refuse a newer one. */
static int migrate(goals_store *s)
{
	int version, appid, rc, tables;
	char sql[64];
	if ((rc = pragma_int(s, "PRAGMA user_version", &version)))
		return rc;
	if (version > SCHEMA_VERSION)
		goto too_new;
	if (version == SCHEMA_VERSION)
		goto check_app;
	if ((rc = store_begin(s, 1)))
		return rc;
	if ((rc = pragma_int(s, "PRAGMA user_version", &version)))
		goto out;
	if (version > SCHEMA_VERSION) {
		store_rollback(s);
		goto too_new;
	}
	if (version == 0) {
		/* A fresh store must be empty: refuse someone else's file. */
		if ((rc = pragma_int(s, "SELECT count(*) FROM sqlite_schema",
				     &tables)))
			goto out;
		if (tables) {
			rc = goals_error(GOALS_ECORRUPT,
					 "'%s' is a SQLite file but not a goals "
					 "store",
					 s->path);
			goto out;
		}
	}
	if (version == 0) {
		/* a new store: private, whatever the file was made with */
		if (!s->memory && chmod(s->path, 0600) != 0) {
			rc = goals_error(GOALS_ESTORE,
					 "cannot make store '%s' private: %s",
					 s->path, strerror(errno));
			goto out;
		}
		s->existed = 0;
	}
	for (; version < SCHEMA_VERSION; version++)
		if ((rc = exec(s, migrations[version], "update the schema")))
			goto out;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d; ", SCHEMA_VERSION);
	if ((rc = exec(s, sql, "update the schema")))
		goto out;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
		 APPLICATION_ID);
	if ((rc = exec(s, sql, "update the schema")))
		goto out;
	return store_commit(s);
out:
	store_rollback(s);
	return rc;
check_app:
	if ((rc = pragma_int(s, "PRAGMA application_id", &appid)))
		return rc;
	if (appid != APPLICATION_ID)
		return goals_error(GOALS_ECORRUPT,
				   "'%s' is a SQLite file but not a goals store",
				   s->path);
	return GOALS_OK;
too_new:
	return goals_error(GOALS_ESCHEMA,
			   "the store '%s' has schema version %d, newer than "
			   "this goals knows (%d); upgrade goals",
			   s->path, version, SCHEMA_VERSION);
}

/*
 * Put the store in WAL mode, so that cron and a shell can write at the
 * same time.  The mode is kept in the file, so this changes something
 * only once.  Changing it needs the file to itself, and SQLite does not
 * call its busy handler for that, so wait here, up to the busy timeout.
 */
static int use_wal(goals_store *s)
{
	sqlite3_stmt *st;
	int rc, waited = 0, wal;
	for (;;) {
		if ((rc = prepare(s, &st, "PRAGMA journal_mode")))
			return rc;
		rc = sqlite3_step(st);
		wal = rc == SQLITE_ROW &&
		      !sqlite3_stricmp((const char *)sqlite3_column_text(st, 0),
				       "wal");
		sqlite3_finalize(st);
		if (wal)
			return GOALS_OK;
		if (rc == SQLITE_ROW)
			rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL",
					  NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return GOALS_OK;
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			return fail(s, rc, "open the store");
		if (waited >= BUSY_TIMEOUT_MS)
			return fail(s, rc, "open the store");
		sqlite3_sleep(20);
		waited += 20;
	}
}

/* Open the connection and set it up: timeouts, foreign keys, the schema
 * (checked before anything is written, so that a file that is not a
 * goals store is left as it was), then WAL. */
static int connect(goals_store *s, const char *file, int memory)
{
	int rc = sqlite3_open_v2(file, &s->db,
				 SQLITE_OPEN_READWRITE |
					 (memory ? SQLITE_OPEN_CREATE : 0),
				 NULL);
	if (rc != SQLITE_OK) {
		if (!s->db)
			return goals_error_oom();
		return fail(s, rc, "open the store");
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if ((rc = exec(s, "PRAGMA foreign_keys = ON", "open the store")) ||
	    (rc = migrate(s)))
		return rc;
	return memory ? GOALS_OK : use_wal(s);
}

int goals_store_open(goals_store **out, const char *path, unsigned flags)
{
	goals_store *s;
	struct stat st;
	int rc, created = 0, memory = 0;
	*out = NULL;
	if (!path || !*path)
		return goals_error(GOALS_EINVAL, "no store path given");
	s = calloc(1, sizeof(*s));
	if (!s || !(s->path = strdup(path))) {
		free(s);
		return goals_error_oom();
	}
	if (stat(path, &st) == 0) {
		s->existed = 1;
		if (S_ISDIR(st.st_mode)) {
			rc = goals_error(GOALS_ESTORE,
					 "the store '%s' is a directory", path);
			goto fail;
		}
	} else if (errno != ENOENT) {
		rc = goals_error(GOALS_ESTORE, "cannot open store '%s': %s",
				 path, strerror(errno));
		goto fail;
	} else if (flags & GOALS_OPEN_CREATE) {
		if ((rc = path_make_parent_dirs(path)))
			goto fail;
		if ((rc = path_create_private_file(path, &created)))
			goto fail;
		s->existed = !created;
	} else {
		/* Read-only use of a missing store: an empty one in memory. */
		memory = 1;
	}
	s->memory = memory;
	if ((rc = connect(s, memory ? ":memory:" : path, memory)))
		goto fail;
	*out = s;
	return GOALS_OK;
fail:
	goals_store_close(s);
	return rc;
}

void goals_store_close(goals_store *s)
{
	if (!s)
		return;
	if (s->in_txn)
		store_rollback(s);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

int goals_store_existed(const goals_store *s)
{
	return s->existed;
}

const char *goals_store_file(const goals_store *s)
{
	return s->path;
}

int store_begin(goals_store *s, int write)
{
	int rc = exec(s, write ? "BEGIN IMMEDIATE" : "BEGIN",
		      "start a transaction");
	if (rc == GOALS_OK)
		s->in_txn = 1;
	return rc;
}

int store_commit(goals_store *s)
{
	int rc = exec(s, "COMMIT", "commit");
	if (rc != GOALS_OK) {
		store_rollback(s);
		return rc;
	}
	s->in_txn = 0;
	return GOALS_OK;
}

int store_in_txn(const goals_store *s)
{
	return s->in_txn;
}

int goals_store_begin(goals_store *s, int write)
{
	if (s->in_txn)
		return goals_error(GOALS_EINVAL, "a transaction is already open");
	return store_begin(s, write);
}

int goals_store_commit(goals_store *s)
{
	if (!s->in_txn)
		return goals_error(GOALS_EINVAL, "no transaction is open");
	return store_commit(s);
}

void goals_store_rollback(goals_store *s)
{
	store_rollback(s);
}

void store_rollback(goals_store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_txn = 0;
}

/* Binding and reading helpers ----------------------------------------- */

/* Bind a string, or NULL when the field's bit is not set. */
static int bind_str(sqlite3_stmt *st, int i, const goals_fields *f,
		    unsigned bit, const char *v)
{
	if (!(f->set & bit) || !v)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

static int bind_double(sqlite3_stmt *st, int i, const goals_fields *f,
		       unsigned bit, double v)
{
	if (!(f->set & bit))
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_double(st, i, v);
}

/* Bind a date as YYYY-MM-DD (SQLITE_TRANSIENT: buf is local). */
static int bind_date(sqlite3_stmt *st, int i, goals_date d)
{
	char buf[GOALS_DATE_BUFSZ];
	if (d == GOALS_DATE_NONE)
		return sqlite3_bind_null(st, i);
	goals_date_format(buf, d);
	return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

static int bind_time(sqlite3_stmt *st, int i, goals_time t)
{
	char buf[GOALS_TIME_BUFSZ];
	goals_time_format(buf, t);
	return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

/* Read a YYYY-MM-DD column; GOALS_DATE_NONE for NULL or junk. */
static goals_date col_date(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	goals_date d;
	int y, m, dd;
	char tail;
	if (!s || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 ||
	    goals_date_from_ymd(&d, y, m, dd) != GOALS_OK)
		return GOALS_DATE_NONE;
	return d;
}

/* Read an instant column; 0 for NULL or junk. */
static goals_time col_time(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	goals_time t;
	if (!s || goals_time_parse_iso(&t, s) != GOALS_OK)
		return 0;
	return t;
}

/* Copy a text column into a string field of f. */
static int col_str(sqlite3_stmt *st, int i, goals_fields *f, unsigned bit)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	if (!s)
		return GOALS_OK;
	return goals_fields_set_str(f, bit, s);
}

/* Copy a 32-hex id column. */
static void col_id(sqlite3_stmt *st, int i, goals_id *id)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	snprintf(id->hex, sizeof(id->hex), "%s", s ? s : "");
}

/* Goals ------------------------------------------------------------------ */

int store_goal_insert(goals_store *s, const goals_id *id, goals_status status,
		      goals_time created, int64_t *gid)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st,
			 "INSERT INTO goals (uuid, status, created, updated)"
			 " VALUES (?1, ?2, ?3, ?3)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, goals_status_name(status), -1, SQLITE_STATIC);
	bind_time(st, 3, created);
	if ((rc = run(s, st, "add a goal")))
		return rc;
	*gid = sqlite3_last_insert_rowid(s->db);
	return GOALS_OK;
}

int store_revision_insert(goals_store *s, int64_t gid, int number,
			  goals_time at, const char *message,
			  const goals_fields *f)
{
	sqlite3_stmt *st;
	char review[8];
	int rc = prepare(
		s, &st,
		"INSERT INTO revisions (goal, number, at, message, text, area,"
		" kind, metric, unit, baseline, target, every, start, deadline,"
		" why, parent, confidence, review) VALUES (?1, ?2, ?3, ?4, ?5,"
		" ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int(st, 2, number);
	bind_time(st, 3, at);
	if (message)
		sqlite3_bind_text(st, 4, message, -1, SQLITE_STATIC);
	bind_str(st, 5, f, GOALS_F_TEXT, f->text);
	bind_str(st, 6, f, GOALS_F_AREA, f->area);
	sqlite3_bind_text(st, 7, goals_kind_name(f->kind), -1, SQLITE_STATIC);
	bind_str(st, 8, f, GOALS_F_METRIC, f->metric);
	bind_str(st, 9, f, GOALS_F_UNIT, f->unit);
	bind_double(st, 10, f, GOALS_F_BASELINE, f->baseline);
	bind_double(st, 11, f, GOALS_F_TARGET, f->target);
	if ((f->set & GOALS_F_EVERY) && f->every != GOALS_EVERY_NONE)
		sqlite3_bind_text(st, 12, goals_every_name(f->every), -1,
				  SQLITE_STATIC);
	bind_date(st, 13, (f->set & GOALS_F_START) ? f->start : GOALS_DATE_NONE);
	bind_date(st, 14,
		  (f->set & GOALS_F_DEADLINE) ? f->deadline : GOALS_DATE_NONE);
	bind_str(st, 15, f, GOALS_F_WHY, f->why);
	if (f->set & GOALS_F_PARENT)
		sqlite3_bind_text(st, 16, f->parent.hex, -1, SQLITE_STATIC);
	if (f->set & GOALS_F_CONFIDENCE)
		sqlite3_bind_int(st, 17, f->confidence);
	if ((f->set & GOALS_F_REVIEW) && f->review.n > 0) {
		goals_review_format(review, f->review);
		sqlite3_bind_text(st, 18, review, -1, SQLITE_STATIC);
	}
	if ((rc = run(s, st, "save a revision")))
		return rc;
	if ((rc = prepare(s, &st,
			  "UPDATE goals SET revision = ?2, updated = ?3"
			  " WHERE gid = ?1")))
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int(st, 2, number);
	bind_time(st, 3, at);
	return run(s, st, "save a revision");
}

int store_goal_exists(goals_store *s, const goals_id *id, int *exists)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st, "SELECT 1 FROM goals WHERE uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*exists = rc == SQLITE_ROW;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, rc, "look up a goal");
	return GOALS_OK;
}

/* Set *hi to the smallest string greater than every string that starts
 * with prefix lo (lo is hex, so bumping its last digit is enough). */
static void prefix_upper(char *hi, const char *lo)
{
	size_t n = strlen(lo);
	memcpy(hi, lo, n + 1);
	while (n > 0) {
		char c = hi[n - 1];
		if (c == 'f') {
			hi[--n] = '\0';
			continue;
		}
		hi[n - 1] = c == '9' ? 'a' : (char)(c + 1);
		return;
	}
	/* all 'f': no upper bound; "g" sorts after every hex string */
	hi[0] = 'g';
	hi[1] = '\0';
}

int store_goal_match(goals_store *s, const char *prefix, goals_id *ids,
		     char **texts, size_t max, size_t *count)
{
	sqlite3_stmt *st;
	char hi[GOALS_ID_HEXLEN + 2];
	int rc;
	*count = 0;
	prefix_upper(hi, prefix);
	rc = prepare(s, &st,
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
			col_id(st, 0, &ids[*count]);
			if (texts) {
				const char *t =
					(const char *)sqlite3_column_text(st, 1);
				texts[*count] = strdup(t ? t : "");
				if (!texts[*count]) {
					sqlite3_finalize(st);
					return goals_error_oom();
				}
			}
		}
		(*count)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fail(s, rc, "look up a goal");
	return GOALS_OK;
}

/* The columns of a goal with its current revision, in the order that
 * read_row expects. */
#define GOAL_COLUMNS                                                         \
	"g.gid, g.uuid, g.status, g.created, g.updated, g.revision,"         \
	" g.n_entries, g.sum_value, g.last_at, g.last_value,"                \
	" r.text, r.area, r.kind, r.metric, r.unit, r.baseline, r.target,"   \
	" r.every, r.start, r.deadline, r.why, r.parent, r.confidence,"      \
	" r.review"
#define GOAL_FROM                                                            \
	" FROM goals g JOIN revisions r"                                     \
	" ON r.goal = g.gid AND r.number = g.revision"

/* Fill row from the current result of a GOAL_COLUMNS query. */
static int read_row(sqlite3_stmt *st, store_row *row)
{
	goals_goal *g = &row->g;
	goals_fields *f = &g->f;
	const char *txt;
	int rc = GOALS_OK;
	memset(row, 0, sizeof(*row));
	goals_fields_init(f);
	row->gid = sqlite3_column_int64(st, 0);
	col_id(st, 1, &g->id);
	txt = (const char *)sqlite3_column_text(st, 2);
	if (!txt || goals_parse_status(&g->status, txt))
		g->status = GOALS_STATUS_ACTIVE;
	g->created = col_time(st, 3);
	g->updated = col_time(st, 4);
	g->revision = sqlite3_column_int(st, 5);
	row->agg.n = sqlite3_column_int64(st, 6);
	row->agg.sum = sqlite3_column_double(st, 7);
	row->agg.last_at = col_time(st, 8);
	row->agg.last_value = sqlite3_column_double(st, 9);
	if ((rc = col_str(st, 10, f, GOALS_F_TEXT)) ||
	    (rc = col_str(st, 11, f, GOALS_F_AREA)))
		goto out;
	txt = (const char *)sqlite3_column_text(st, 12);
	if (txt && goals_parse_kind(&f->kind, txt) == GOALS_OK)
		f->set |= GOALS_F_KIND;
	else
		f->kind = GOALS_KIND_DONE;
	if ((rc = col_str(st, 13, f, GOALS_F_METRIC)) ||
	    (rc = col_str(st, 14, f, GOALS_F_UNIT)))
		goto out;
	if (sqlite3_column_type(st, 15) != SQLITE_NULL) {
		f->baseline = sqlite3_column_double(st, 15);
		f->set |= GOALS_F_BASELINE;
	}
	if (sqlite3_column_type(st, 16) != SQLITE_NULL) {
		f->target = sqlite3_column_double(st, 16);
		f->set |= GOALS_F_TARGET;
	}
	txt = (const char *)sqlite3_column_text(st, 17);
	if (txt && goals_parse_every(&f->every, txt) == GOALS_OK)
		f->set |= GOALS_F_EVERY;
	if ((f->start = col_date(st, 18)) != GOALS_DATE_NONE)
		f->set |= GOALS_F_START;
	if ((f->deadline = col_date(st, 19)) != GOALS_DATE_NONE)
		f->set |= GOALS_F_DEADLINE;
	if ((rc = col_str(st, 20, f, GOALS_F_WHY)))
		goto out;
	txt = (const char *)sqlite3_column_text(st, 21);
	if (txt && id_hex_valid(txt)) {
		col_id(st, 21, &f->parent);
		f->set |= GOALS_F_PARENT;
	}
	if (sqlite3_column_type(st, 22) != SQLITE_NULL) {
		f->confidence = sqlite3_column_int(st, 22);
		f->set |= GOALS_F_CONFIDENCE;
	}
	txt = (const char *)sqlite3_column_text(st, 23);
	if (txt && goals_parse_review(&f->review, txt) == GOALS_OK)
		f->set |= GOALS_F_REVIEW;
	return GOALS_OK;
out:
	goals_fields_clear(f);
	return rc;
}

int store_goal_read(goals_store *s, const goals_id *id, store_row *out)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st,
			 "SELECT " GOAL_COLUMNS GOAL_FROM " WHERE g.uuid = ?1");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rc = read_row(st, out);
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return goals_error(GOALS_ENOTFOUND, "no goal has id '%s'",
				   id->hex);
	return fail(s, rc, "read a goal");
}

int store_goal_walk(goals_store *s, const goals_filter *filter,
		    store_row_cb cb, void *ctx)
{
	sqlite3_stmt *st;
	unsigned statuses = filter && filter->statuses
				    ? filter->statuses
				    : 1u << GOALS_STATUS_ACTIVE;
	int rc, i;
	rc = prepare(s, &st,
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
		bind_date(st, 5, filter->due_before);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_row row;
		int stop;
		if ((rc = read_row(st, &row))) {
			sqlite3_finalize(st);
			return rc;
		}
		if ((stop = cb(ctx, &row))) {
			sqlite3_finalize(st);
			return stop;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fail(s, rc, "list goals");
	return GOALS_OK;
}

/* Read the single id that a neighbour query returns, if any. */
static int one_id(goals_store *s, const char *sql, const goals_id *id,
		  goals_id *out, int *has)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st, sql);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	if (*has)
		col_id(st, 0, out);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, rc, "read goal ids");
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

int store_id_all(goals_store *s, goals_id **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_id *ids = NULL;
	size_t cap = 0;
	int rc = prepare(s, &st, "SELECT uuid FROM goals ORDER BY uuid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			goals_id *grown = realloc(ids, ncap * sizeof(*ids));
			if (!grown) {
				free(ids);
				sqlite3_finalize(st);
				*n = 0;
				return goals_error_oom();
			}
			ids = grown;
			cap = ncap;
		}
		col_id(st, 0, &ids[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(ids);
		*n = 0;
		return fail(s, rc, "read goal ids");
	}
	*out = ids;
	return GOALS_OK;
}

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
	if ((rc = prepare(s, &st, sql[every])))
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	bind_date(st, 2, from);
	bind_date(st, 3, to);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			store_period *grown = realloc(v, ncap * sizeof(*v));
			if (!grown) {
				free(v);
				sqlite3_finalize(st);
				*n = 0;
				return goals_error_oom();
			}
			v = grown;
			cap = ncap;
		}
		v[*n].first = col_date(st, 0);
		v[*n].sum = sqlite3_column_double(st, 1);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return fail(s, rc, "sum progress by period");
	}
	*out = v;
	return GOALS_OK;
}

int store_first_value(goals_store *s, int64_t gid, double *value, int *has)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st,
			 "SELECT value FROM entries WHERE goal = ?1"
			 " ORDER BY at, eid LIMIT 1");
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	if (*has)
		*value = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, rc, "read progress");
	return GOALS_OK;
}

/* Entries ---------------------------------------------------------------- */

int store_entry_insert(goals_store *s, int64_t gid, const goals_entry *e)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st,
			 "INSERT INTO entries (uuid, goal, at, day, value, note)"
			 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, e->id.hex, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, gid);
	bind_time(st, 3, e->at);
	bind_date(st, 4, e->day);
	sqlite3_bind_double(st, 5, e->value);
	if (e->note)
		sqlite3_bind_text(st, 6, e->note, -1, SQLITE_STATIC);
	return run(s, st, "log progress");
}

int store_entry_points(goals_store *s, int64_t gid, goals_date from,
		       goals_point **out, size_t *n)
{
	sqlite3_stmt *st;
	goals_point *v = NULL;
	size_t cap = 0;
	int rc = prepare(s, &st,
			 "SELECT day, value FROM entries WHERE goal = ?1"
			 " AND day >= ?2 ORDER BY day, at, eid");
	*out = NULL;
	*n = 0;
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, gid);
	bind_date(st, 2, from);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 32;
			goals_point *grown = realloc(v, ncap * sizeof(*v));
			if (!grown) {
				free(v);
				sqlite3_finalize(st);
				*n = 0;
				return goals_error_oom();
			}
			v = grown;
			cap = ncap;
		}
		v[*n].day = col_date(st, 0);
		v[*n].value = sqlite3_column_double(st, 1);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(v);
		*n = 0;
		return fail(s, rc, "read progress");
	}
	*out = v;
	return GOALS_OK;
}

int store_entries_recent(goals_store *s, int64_t gid, const goals_id *goal,
			 size_t limit, goals_entry_list *out)
{
	sqlite3_stmt *st;
	int rc = prepare(s, &st,
			 "SELECT uuid, at, day, value, note FROM entries"
			 " WHERE goal = ?1 ORDER BY at DESC, eid DESC LIMIT ?2");
	out->items = NULL;
	out->count = 0;
	if (rc)
		return rc;
	if (limit && !(out->items = calloc(limit, sizeof(*out->items)))) {
		sqlite3_finalize(st);
		return goals_error_oom();
	}
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && out->count < limit) {
		goals_entry *e = &out->items[out->count];
		const char *note = (const char *)sqlite3_column_text(st, 4);
		col_id(st, 0, &e->id);
		e->goal = *goal;
		e->at = col_time(st, 1);
		e->day = col_date(st, 2);
		e->value = sqlite3_column_double(st, 3);
		out->count++;
		if (note && !(e->note = strdup(note))) {
			sqlite3_finalize(st);
			goals_entry_list_free(out);
			return goals_error_oom();
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		goals_entry_list_free(out);
		return fail(s, rc, "read progress");
	}
	return GOALS_OK;
}
