/*
 * store.c - the SQLite store: opening and creating it, its schema and
 * migrations, and every SQL statement of libgoals.
 *
 * This is the only file that includes sqlite3.h.  Every statement is
 * prepared with bound parameters.  Instants are stored as UTC text
 * (YYYY-MM-DDTHH:MM:SSZ) and calendar days as YYYY-MM-DD, so the file
 * reads well in the sqlite3 shell and both sort as they compare.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "path.h"
#include "store-int.h"

/* 'goal' in ASCII: marks a SQLite file as a goals store. */
#define APPLICATION_ID 0x676f616c


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
	/* 1 -> 2: sums of entries by week and by month, kept by triggers,
	 * so that a habit's periods cost a row each, not an entry each;
	 * entries and revisions are immutable. */
	"CREATE TABLE periods ("
	"  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,"
	"  every TEXT NOT NULL CHECK (every IN ('week', 'month')),"
	"  first TEXT NOT NULL,"
	"  sum REAL NOT NULL,"
	"  n INTEGER NOT NULL,"
	"  PRIMARY KEY (goal, every, first)"
	") WITHOUT ROWID;"
	"INSERT INTO periods"
	"  SELECT goal, 'week', date(day, '-6 days', 'weekday 1') AS p,"
	"    total(value), count(*) FROM entries GROUP BY goal, p;"
	"INSERT INTO periods"
	"  SELECT goal, 'month', substr(day, 1, 7) || '-01' AS p,"
	"    total(value), count(*) FROM entries GROUP BY goal, p;"
	"CREATE TRIGGER entries_periods_ai AFTER INSERT ON entries BEGIN"
	"  INSERT INTO periods VALUES (NEW.goal, 'week',"
	"    date(NEW.day, '-6 days', 'weekday 1'), NEW.value, 1)"
	"    ON CONFLICT DO UPDATE SET sum = sum + excluded.sum, n = n + 1;"
	"  INSERT INTO periods VALUES (NEW.goal, 'month',"
	"    substr(NEW.day, 1, 7) || '-01', NEW.value, 1)"
	"    ON CONFLICT DO UPDATE SET sum = sum + excluded.sum, n = n + 1;"
	"END;"
	"CREATE TRIGGER entries_periods_ad AFTER DELETE ON entries BEGIN"
	"  UPDATE periods SET sum = sum - OLD.value, n = n - 1"
	"    WHERE goal = OLD.goal AND ((every = 'week'"
	"      AND first = date(OLD.day, '-6 days', 'weekday 1'))"
	"      OR (every = 'month' AND first = substr(OLD.day, 1, 7) || '-01'));"
	"  DELETE FROM periods WHERE goal = OLD.goal AND n = 0;"
	"END;"
	"CREATE TRIGGER entries_immutable BEFORE UPDATE ON entries BEGIN"
	"  SELECT RAISE(ABORT, 'progress entries are immutable');"
	"END;"
	"CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions BEGIN"
	"  SELECT RAISE(ABORT, 'revisions are immutable');"
	"END;",
	/* 2 -> 3: when a goal is deleted, its entries go with it by
	 * cascade; the sums of a goal that is gone need no update, so the
	 * delete triggers skip them (deleting a goal with a million entries
	 * is one pass, not three million statements). */
	"DROP TRIGGER entries_ad;"
	"DROP TRIGGER entries_periods_ad;"
	"CREATE TRIGGER entries_ad AFTER DELETE ON entries"
	"  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN"
	"  UPDATE goals SET n_entries = n_entries - 1,"
	"    sum_value = (SELECT total(value) FROM entries"
	"      WHERE goal = OLD.goal),"
	"    last_at = (SELECT at FROM entries WHERE goal = OLD.goal"
	"      ORDER BY at DESC, eid DESC LIMIT 1),"
	"    last_value = (SELECT value FROM entries WHERE goal = OLD.goal"
	"      ORDER BY at DESC, eid DESC LIMIT 1)"
	"  WHERE gid = OLD.goal;"
	"END;"
	"CREATE TRIGGER entries_periods_ad AFTER DELETE ON entries"
	"  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN"
	"  UPDATE periods SET sum = sum - OLD.value, n = n - 1"
	"    WHERE goal = OLD.goal AND ((every = 'week'"
	"      AND first = date(OLD.day, '-6 days', 'weekday 1'))"
	"      OR (every = 'month' AND first = substr(OLD.day, 1, 7) || '-01'));"
	"  DELETE FROM periods WHERE goal = OLD.goal AND n = 0;"
	"END;",
};
#define SCHEMA_VERSION ((int)(sizeof(migrations) / sizeof(migrations[0])))

/* Map a SQLite result code to a goals error, with a message. */
int sq_fail(goals_store *s, int rc, const char *doing)
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
int sq_prepare(goals_store *s, sqlite3_stmt **st, const char *sql)
{
	struct cached_stmt *free_slot = NULL;
	size_t i;
	int rc;
	for (i = 0; i < STMT_CACHE; i++) {
		struct cached_stmt *c = &s->cache[i];
		if (c->sql == sql && !c->busy) {
			c->busy = 1;
			*st = c->st;
			return GOALS_OK;
		}
		if (!c->sql && !free_slot)
			free_slot = c;
	}
	rc = sqlite3_prepare_v3(s->db, sql, -1,
				free_slot ? SQLITE_PREPARE_PERSISTENT : 0, st,
				NULL);
	if (rc != SQLITE_OK) {
		*st = NULL;
		return sq_fail(s, rc, "prepare a statement");
	}
	if (free_slot) {
		free_slot->sql = sql;
		free_slot->st = *st;
		free_slot->busy = 1;
	}
	return GOALS_OK;
}

void sq_release(goals_store *s, sqlite3_stmt *st)
{
	size_t i;
	if (!st)
		return;
	for (i = 0; i < STMT_CACHE; i++)
		if (s->cache[i].st == st) {
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			s->cache[i].busy = 0;
			return;
		}
	sqlite3_finalize(st); /* not cached: prepared when the cache was full */
}

/* Run a statement without results; finalizes it. */
int sq_run(goals_store *s, sqlite3_stmt *st, const char *doing)
{
	int rc = sqlite3_step(st);
	sq_release(s, st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return sq_fail(s, rc, doing);
	return GOALS_OK;
}

/* Run SQL text with no parameters (schema, pragmas). */
int sq_exec(goals_store *s, const char *sql, const char *doing)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return sq_fail(s, rc, doing);
	return GOALS_OK;
}

/* Read one integer from a pragma. */
static int pragma_int(goals_store *s, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc = sq_prepare(s, &st, sql);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sq_release(s, st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sq_fail(s, rc, "read the schema version");
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
	if (version > 0) {
		/* someone else's SQLite file with a user_version of its own
		 * is refused before anything is changed */
		if ((rc = pragma_int(s, "PRAGMA application_id", &appid)))
			return rc;
		if (appid != APPLICATION_ID)
			goto not_ours;
	}
	if (version == SCHEMA_VERSION)
		return GOALS_OK;
	if (s->readonly)
		return goals_error(GOALS_ESTORE,
				   "the store '%s' is read-only, and is from an "
				   "older version that must be upgraded: run "
				   "goals where it can be written",
				   s->path);
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
		if ((rc = sq_exec(s, migrations[version], "update the schema")))
			goto out;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d; ", SCHEMA_VERSION);
	if ((rc = sq_exec(s, sql, "update the schema")))
		goto out;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
		 APPLICATION_ID);
	if ((rc = sq_exec(s, sql, "update the schema")))
		goto out;
	return store_commit(s);
out:
	store_rollback(s);
	return rc;
not_ours:
	return goals_error(GOALS_ECORRUPT,
			   "'%s' is a SQLite file but not a goals store",
			   s->path);
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
		if ((rc = sq_prepare(s, &st, "PRAGMA journal_mode")))
			return rc;
		rc = sqlite3_step(st);
		wal = rc == SQLITE_ROW &&
		      !sqlite3_stricmp((const char *)sqlite3_column_text(st, 0),
				       "wal");
		sq_release(s, st);
		if (wal)
			return GOALS_OK;
		if (rc == SQLITE_ROW)
			rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL",
					  NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return GOALS_OK;
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			return sq_fail(s, rc, "open the store");
		if (waited >= BUSY_TIMEOUT_MS)
			return sq_fail(s, rc, "open the store");
		sqlite3_sleep(20);
		waited += 20;
	}
}

/* Open the connection and set it up: timeouts, foreign keys, the schema
 * (checked before anything is written, so that a file that is not a
 * goals store is left as it was), then WAL. */
/*
 * The URI that opens path read-only and immutable: no -wal or -shm file
 * is made beside it, so a store a user may only read stays as it is.
 * Malloc'd; NULL when out of memory.
 */
static char *readonly_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path), i, o = 0;
	char *uri = malloc(3 * n + sizeof("file:?immutable=1"));
	if (!uri)
		return NULL;
	memcpy(uri, "file:", 5);
	o = 5;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if (isalnum(c) || strchr("/._-~", c)) {
			uri[o++] = (char)c;
		} else {
			uri[o++] = '%';
			uri[o++] = hex[c >> 4];
			uri[o++] = hex[c & 15];
		}
	}
	memcpy(uri + o, "?immutable=1", sizeof("?immutable=1"));
	return uri;
}

static int connect(goals_store *s, const char *file, int memory)
{
	char *uri = s->readonly ? readonly_uri(file) : NULL;
	int rc;
	if (s->readonly && !uri)
		return goals_error_oom();
	rc = sqlite3_open_v2(uri ? uri : file, &s->db,
			     s->readonly ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
					 : SQLITE_OPEN_READWRITE |
						   (memory ? SQLITE_OPEN_CREATE
							   : 0),
			     NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		if (!s->db)
			return goals_error_oom();
		return sq_fail(s, rc, "open the store");
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if ((rc = sq_exec(s, "PRAGMA foreign_keys = ON", "open the store")) ||
	    (rc = migrate(s)))
		return rc;
	s->baseline_changes = sqlite3_total_changes(s->db);
	return memory || s->readonly ? GOALS_OK : use_wal(s);
}

/* 1 when this process may write file path and create files beside it. */
static int writable(const char *path)
{
	char *dir = strdup(path), *slash;
	int ok;
	if (!dir)
		return 1; /* try; SQLite says so if not */
	slash = strrchr(dir, '/');
	if (slash == dir)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	ok = access(path, W_OK) == 0 &&
	     access(slash ? dir : ".", W_OK | X_OK) == 0;
	free(dir);
	return ok;
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
	/* Reading a store one may not write (or whose directory one may
	 * not write, where SQLite keeps its -wal and -shm files): open it
	 * read-only, and leave nothing behind. */
	if (!memory && !writable(path)) {
		if (flags & GOALS_OPEN_CREATE) {
			rc = goals_error(GOALS_ESTORE,
					 "the store '%s' is read-only: cannot "
					 "write to it (or to its directory)",
					 path);
			goto fail;
		}
		s->readonly = 1;
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
	size_t i;
	if (!s)
		return;
	if (s->in_txn)
		store_rollback(s);
	for (i = 0; i < STMT_CACHE; i++)
		sqlite3_finalize(s->cache[i].st);
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
	if (write && s->readonly)
		return goals_error(GOALS_ESTORE,
				   "the store '%s' is read-only: cannot write "
				   "to it",
				   s->path);
	int rc = sq_exec(s, write ? "BEGIN IMMEDIATE" : "BEGIN",
		      "start a transaction");
	if (rc == GOALS_OK)
		s->in_txn = 1;
	return rc;
}

int store_commit(goals_store *s)
{
	if (s->memory && sqlite3_total_changes(s->db) > s->baseline_changes) {
		/* a store opened without GOALS_OPEN_CREATE whose file was
		 * missing: what was written would vanish with it */
		store_rollback(s);
		return goals_error(GOALS_ESTORE,
				   "the store '%s' does not exist; nothing was "
				   "saved",
				   s->path);
	}
	int rc = sq_exec(s, "COMMIT", "commit");
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
int sq_bind_str(sqlite3_stmt *st, int i, const goals_fields *f,
		    unsigned bit, const char *v)
{
	if (!(f->set & bit) || !v)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

int sq_bind_double(sqlite3_stmt *st, int i, const goals_fields *f,
		       unsigned bit, double v)
{
	if (!(f->set & bit))
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_double(st, i, v);
}

/* Bind a date as YYYY-MM-DD (SQLITE_TRANSIENT: buf is local). */
int sq_bind_date(sqlite3_stmt *st, int i, goals_date d)
{
	char buf[GOALS_DATE_BUFSZ];
	if (d == GOALS_DATE_NONE)
		return sqlite3_bind_null(st, i);
	goals_date_format(buf, d);
	return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

int sq_bind_time(sqlite3_stmt *st, int i, goals_time t)
{
	char buf[GOALS_TIME_BUFSZ];
	goals_time_format(buf, t);
	return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

/* Read a YYYY-MM-DD column; GOALS_DATE_NONE for NULL or junk. */
goals_date sq_col_date(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	goals_date d;
	int k, v[8];
	/* YYYY-MM-DD, read by hand: this runs for every row of a listing */
	if (!s || sqlite3_column_bytes(st, i) != 10 || s[4] != '-' ||
	    s[7] != '-')
		return GOALS_DATE_NONE;
	for (k = 0; k < 8; k++) {
		unsigned char c = s[k < 4 ? k : k < 6 ? k + 1 : k + 2];
		if (c < '0' || c > '9')
			return GOALS_DATE_NONE;
		v[k] = c - '0';
	}
	if (goals_date_from_ymd(&d, v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3],
				v[4] * 10 + v[5], v[6] * 10 + v[7]) != GOALS_OK)
		return GOALS_DATE_NONE;
	return d;
}

/* Read an instant column; 0 for NULL or junk. */
goals_time sq_col_time(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	goals_time t;
	if (!s || goals_time_parse_iso(&t, s) != GOALS_OK)
		return 0;
	return t;
}

/* Copy a text column into a string field of f. */
int sq_col_str(sqlite3_stmt *st, int i, goals_fields *f, unsigned bit)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	if (!s)
		return GOALS_OK;
	return goals_fields_set_str(f, bit, s);
}

/* Copy a 32-hex id column. */
void sq_col_id(sqlite3_stmt *st, int i, goals_id *id)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	snprintf(id->hex, sizeof(id->hex), "%s", s ? s : "");
}
