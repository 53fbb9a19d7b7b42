/*
 * store.c - the SQLite store: its schema and migrations, transactions,
 * and the helpers that every file of the store module uses to prepare,
 * bind, run and read statements (opening is store-open.c's).
 *
 * Only the store*.c files include sqlite3.h.  Every statement is
 * prepared with bound parameters.  Instants are stored as UTC text
 * (YYYY-MM-DDTHH:MM:SSZ) and calendar days as YYYY-MM-DD, so the file
 * reads well in the sqlite3 shell and both sort as they compare.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "error.h"
#include "goals/parse.h"
#include "id.h"
#include "num.h"
#include "path.h"
#include "smart/read.h"
#include "store-int.h"

/*
 * The migrations, in order: migrations[i] takes a store from schema
 * version i to i + 1: its `sql` runs, then its `data` function (which
 * fills what SQL alone cannot), then its `after` SQL.  Append only; never
 * edit a released one.
 */
struct migration {
	const char *sql;
	int (*data)(goals_store *s);
	const char *after;
};

static int fill_scales_and_deadlines(goals_store *s);

static const struct migration migrations[] = {
	/* 0 -> 1: goals, revisions, progress entries, status events. */
	{
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
	 NULL, NULL},
	/* 1 -> 2: sums of entries by week and by month, kept by triggers,
	 * so that a habit's periods cost a row each, not an entry each;
	 * entries and revisions are immutable. */
	{
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
	 NULL, NULL},
	/* 2 -> 3: when a goal is deleted, its entries go with it by
	 * cascade; the sums of a goal that is gone need no update, so the
	 * delete triggers skip them (deleting a goal with a million entries
	 * is one pass, not three million statements). */
	{
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
	 NULL, NULL},
	/* 3 -> 4: numbers that sum as the decimals they were typed as (each
	 * entry keeps its scale, and the sums kept by triggers are rounded
	 * to the largest scale among their terms: see num.h), and
	 * deadlines read from the text once, when the revision was written,
	 * and kept in the revision. */
	{"ALTER TABLE revisions ADD COLUMN deadline_from_text INTEGER"
	 "  NOT NULL DEFAULT 0 CHECK (deadline_from_text IN (0, 1));"
	 /* an entry written without a scale (by another program) sums as
	  * binary floats do */
	 "ALTER TABLE entries ADD COLUMN scale INTEGER NOT NULL DEFAULT 16"
	 "  CHECK (scale BETWEEN 0 AND 16);"
	 "ALTER TABLE goals ADD COLUMN scale INTEGER NOT NULL DEFAULT 0;"
	 "ALTER TABLE periods ADD COLUMN scale INTEGER NOT NULL DEFAULT 0;"
	 "DROP TRIGGER entries_immutable;"
	 "DROP TRIGGER revisions_immutable;"
	 "DROP TRIGGER entries_ai;"
	 "DROP TRIGGER entries_ad;"
	 "DROP TRIGGER entries_periods_ai;"
	 "DROP TRIGGER entries_periods_ad;",
	 fill_scales_and_deadlines,
	 "UPDATE goals SET scale = coalesce((SELECT max(scale) FROM entries"
	 "  WHERE goal = gid), 0);"
	 "UPDATE goals SET sum_value = (SELECT CASE WHEN max(scale) > 15"
	 "  THEN total(value) ELSE round(total(value), coalesce(max(scale), 0))"
	 "  END FROM entries WHERE goal = gid);"
	 "DELETE FROM periods;"
	 "INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "  SELECT goal, 'week', date(day, '-6 days', 'weekday 1') AS p,"
	 "    CASE WHEN max(scale) > 15 THEN total(value)"
	 "    ELSE round(total(value), max(scale)) END, count(*), max(scale)"
	 "  FROM entries GROUP BY goal, p;"
	 "INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "  SELECT goal, 'month', substr(day, 1, 7) || '-01' AS p,"
	 "    CASE WHEN max(scale) > 15 THEN total(value)"
	 "    ELSE round(total(value), max(scale)) END, count(*), max(scale)"
	 "  FROM entries GROUP BY goal, p;"
	 "CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN"
	 "  UPDATE goals SET n_entries = n_entries + 1,"
	 "    sum_value = CASE WHEN max(scale, NEW.scale) > 15"
	 "      THEN sum_value + NEW.value"
	 "      ELSE round(sum_value + NEW.value, max(scale, NEW.scale)) END,"
	 "    scale = max(scale, NEW.scale),"
	 "    last_value = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	 "      THEN NEW.value ELSE last_value END,"
	 "    last_at = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	 "      THEN NEW.at ELSE last_at END"
	 "  WHERE gid = NEW.goal;"
	 "END;"
	 "CREATE TRIGGER entries_ad AFTER DELETE ON entries"
	 "  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN"
	 "  UPDATE goals SET n_entries = n_entries - 1,"
	 "    sum_value = (SELECT CASE WHEN max(scale) > 15 THEN total(value)"
	 "      ELSE round(total(value), coalesce(max(scale), 0)) END"
	 "      FROM entries WHERE goal = OLD.goal),"
	 "    scale = (SELECT coalesce(max(scale), 0) FROM entries"
	 "      WHERE goal = OLD.goal),"
	 "    last_at = (SELECT at FROM entries WHERE goal = OLD.goal"
	 "      ORDER BY at DESC, eid DESC LIMIT 1),"
	 "    last_value = (SELECT value FROM entries WHERE goal = OLD.goal"
	 "      ORDER BY at DESC, eid DESC LIMIT 1)"
	 "  WHERE gid = OLD.goal;"
	 "END;"
	 "CREATE TRIGGER entries_periods_ai AFTER INSERT ON entries BEGIN"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    VALUES (NEW.goal, 'week', date(NEW.day, '-6 days', 'weekday 1'),"
	 "    NEW.value, 1, NEW.scale)"
	 "    ON CONFLICT DO UPDATE SET"
	 "    sum = CASE WHEN max(scale, excluded.scale) > 15"
	 "      THEN sum + excluded.sum"
	 "      ELSE round(sum + excluded.sum, max(scale, excluded.scale)) END,"
	 "    n = n + 1, scale = max(scale, excluded.scale);"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    VALUES (NEW.goal, 'month', substr(NEW.day, 1, 7) || '-01',"
	 "    NEW.value, 1, NEW.scale)"
	 "    ON CONFLICT DO UPDATE SET"
	 "    sum = CASE WHEN max(scale, excluded.scale) > 15"
	 "      THEN sum + excluded.sum"
	 "      ELSE round(sum + excluded.sum, max(scale, excluded.scale)) END,"
	 "    n = n + 1, scale = max(scale, excluded.scale);"
	 "END;"
	 "CREATE TRIGGER entries_periods_ad AFTER DELETE ON entries"
	 "  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN"
	 "  UPDATE periods SET n = n - 1, sum = CASE WHEN scale > 15"
	 "    THEN sum - OLD.value ELSE round(sum - OLD.value, scale) END"
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
	 "END;"},
	/* 4 -> 5: voids, revisions.over and revisions.uuid.  An entry is
	 * never erased: a correction is a void
	 * of its own (id, the voided entry's id, time, reason) that takes
	 * the entry out of every sum.  A void names its entry by uuid, not
	 * by row, so that a merge of two stores carries it whichever comes
	 * first; an entry that arrives after its void is void at once.
	 * entries.voided mirrors the voids, so that reads filter on a
	 * column, and the sums are kept over the entries that are not. */
	{"ALTER TABLE entries ADD COLUMN voided INTEGER NOT NULL DEFAULT 0"
	 "  CHECK (voided IN (0, 1));"
	 /* and a level goal judged on the mean of its last days */
	 "ALTER TABLE revisions ADD COLUMN over INTEGER"
	 "  CHECK (over BETWEEN 1 AND 366);"
	 /* and an id of its own for each revision (a random version-4
	  * UUID), so that two stores that refined a goal each on its own
	  * merge by union */
	 "ALTER TABLE revisions ADD COLUMN uuid TEXT"
	 "  CHECK (uuid IS NULL OR length(uuid) = 32);"
	 "DROP TRIGGER revisions_immutable;"
	 "UPDATE revisions SET uuid = lower(hex(randomblob(6)))"
	 "  || '4' || substr(lower(hex(randomblob(2))), 2)"
	 "  || substr('89ab', 1 + abs(random() % 4), 1)"
	 "  || substr(lower(hex(randomblob(2))), 2)"
	 "  || lower(hex(randomblob(6)));"
	 "CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions BEGIN"
	 "  SELECT RAISE(ABORT, 'revisions are immutable');"
	 "END;"
	 "CREATE UNIQUE INDEX revisions_uuid ON revisions (uuid);"
	 "CREATE TABLE voids ("
	 "  vid INTEGER PRIMARY KEY,"
	 "  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),"
	 "  entry TEXT NOT NULL UNIQUE CHECK (length(entry) = 32),"
	 "  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,"
	 "  at TEXT NOT NULL,"
	 "  reason TEXT"
	 ");"
	 "CREATE INDEX voids_goal ON voids (goal, at);"
	 /* goals in order of creation, for exports */
	 "CREATE INDEX goals_created ON goals (created, uuid);"
	 "DROP INDEX entries_goal_day;"
	 "CREATE INDEX entries_goal_day ON entries (goal, day, value, scale)"
	 "  WHERE voided = 0;"
	 "DROP TRIGGER entries_immutable;"
	 "CREATE TRIGGER entries_immutable BEFORE UPDATE OF uuid, goal, at,"
	 "  day, value, note, scale ON entries BEGIN"
	 "  SELECT RAISE(ABORT, 'progress entries are immutable');"
	 "END;"
	 "CREATE TRIGGER entries_void_only BEFORE UPDATE OF voided ON entries"
	 "  WHEN NEW.voided IS NOT 1 OR NOT EXISTS (SELECT 1 FROM voids"
	 "    WHERE entry = NEW.uuid) BEGIN"
	 "  SELECT RAISE(ABORT, 'an entry is voided by a void, for good');"
	 "END;"
	 "CREATE TRIGGER voids_immutable BEFORE UPDATE ON voids BEGIN"
	 "  SELECT RAISE(ABORT, 'voids are immutable');"
	 "END;"
	 "CREATE TRIGGER voids_ai AFTER INSERT ON voids BEGIN"
	 "  UPDATE entries SET voided = 1 WHERE uuid = NEW.entry"
	 "    AND voided = 0;"
	 "END;"
	 /* the sums, over the entries that are not void */
	 "DROP TRIGGER entries_ai;"
	 "DROP TRIGGER entries_ad;"
	 "DROP TRIGGER entries_periods_ai;"
	 "DROP TRIGGER entries_periods_ad;"
	 "CREATE TRIGGER entries_ai AFTER INSERT ON entries"
	 "  WHEN NEW.voided = 0 AND NOT EXISTS (SELECT 1 FROM voids"
	 "    WHERE entry = NEW.uuid) BEGIN"
	 "  UPDATE goals SET n_entries = n_entries + 1,"
	 "    sum_value = CASE WHEN max(scale, NEW.scale) > 15"
	 "      THEN sum_value + NEW.value"
	 "      ELSE round(sum_value + NEW.value, max(scale, NEW.scale)) END,"
	 "    scale = max(scale, NEW.scale),"
	 "    last_value = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	 "      THEN NEW.value ELSE last_value END,"
	 "    last_at = CASE WHEN last_at IS NULL OR NEW.at >= last_at"
	 "      THEN NEW.at ELSE last_at END"
	 "  WHERE gid = NEW.goal;"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    VALUES (NEW.goal, 'week', date(NEW.day, '-6 days', 'weekday 1'),"
	 "    NEW.value, 1, NEW.scale)"
	 "    ON CONFLICT DO UPDATE SET"
	 "    sum = CASE WHEN max(scale, excluded.scale) > 15"
	 "      THEN sum + excluded.sum"
	 "      ELSE round(sum + excluded.sum, max(scale, excluded.scale)) END,"
	 "    n = n + 1, scale = max(scale, excluded.scale);"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    VALUES (NEW.goal, 'month', substr(NEW.day, 1, 7) || '-01',"
	 "    NEW.value, 1, NEW.scale)"
	 "    ON CONFLICT DO UPDATE SET"
	 "    sum = CASE WHEN max(scale, excluded.scale) > 15"
	 "      THEN sum + excluded.sum"
	 "      ELSE round(sum + excluded.sum, max(scale, excluded.scale)) END,"
	 "    n = n + 1, scale = max(scale, excluded.scale);"
	 "END;"
	 /* taking an entry out: on a void, or a delete of the entry alone
	  * (a goal deleted takes its entries with it, and needs no sums) */
	 /* an entry that arrives after its void (a merge brought the void
	  * first) is void at once */
	 "CREATE TRIGGER entries_ai_void AFTER INSERT ON entries"
	 "  WHEN NEW.voided = 0 AND EXISTS (SELECT 1 FROM voids"
	 "    WHERE entry = NEW.uuid) BEGIN"
	 "  UPDATE entries SET voided = 1 WHERE eid = NEW.eid;"
	 "END;"
	 /* a void: the goal's aggregates and the entry's two periods are
	  * read again from the entries that are not void (whether or not
	  * the entry had been counted yet) */
	 "CREATE TRIGGER entries_void AFTER UPDATE OF voided ON entries"
	 "  WHEN NEW.voided = 1 AND OLD.voided = 0 BEGIN"
	 "  UPDATE goals SET"
	 "    n_entries = (SELECT count(*) FROM entries WHERE goal = OLD.goal"
	 "      AND voided = 0),"
	 "    sum_value = (SELECT CASE WHEN max(scale) > 15 THEN total(value)"
	 "      ELSE round(total(value), coalesce(max(scale), 0)) END"
	 "      FROM entries WHERE goal = OLD.goal AND voided = 0),"
	 "    scale = (SELECT coalesce(max(scale), 0) FROM entries"
	 "      WHERE goal = OLD.goal AND voided = 0),"
	 "    last_at = (SELECT at FROM entries WHERE goal = OLD.goal"
	 "      AND voided = 0 ORDER BY at DESC, eid DESC LIMIT 1),"
	 "    last_value = (SELECT value FROM entries WHERE goal = OLD.goal"
	 "      AND voided = 0 ORDER BY at DESC, eid DESC LIMIT 1)"
	 "  WHERE gid = OLD.goal;"
	 "  DELETE FROM periods WHERE goal = OLD.goal AND ((every = 'week'"
	 "      AND first = date(OLD.day, '-6 days', 'weekday 1'))"
	 "      OR (every = 'month' AND first = substr(OLD.day, 1, 7) || '-01'));"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    SELECT OLD.goal, 'week', date(OLD.day, '-6 days', 'weekday 1'),"
	 "      CASE WHEN max(scale) > 15 THEN total(value)"
	 "      ELSE round(total(value), max(scale)) END, count(*), max(scale)"
	 "    FROM entries WHERE goal = OLD.goal AND voided = 0"
	 "      AND day >= date(OLD.day, '-6 days', 'weekday 1')"
	 "      AND day <= date(OLD.day, 'weekday 0')"
	 "    HAVING count(*) > 0;"
	 "  INSERT INTO periods (goal, every, first, sum, n, scale)"
	 "    SELECT OLD.goal, 'month', substr(OLD.day, 1, 7) || '-01',"
	 "      CASE WHEN max(scale) > 15 THEN total(value)"
	 "      ELSE round(total(value), max(scale)) END, count(*), max(scale)"
	 "    FROM entries WHERE goal = OLD.goal AND voided = 0"
	 "      AND day >= substr(OLD.day, 1, 7) || '-01'"
	 "      AND day <= date(OLD.day, 'start of month', '+1 month', '-1 day')"
	 "    HAVING count(*) > 0;"
	 "END;"
	 "CREATE TRIGGER entries_ad AFTER DELETE ON entries"
	 "  WHEN OLD.voided = 0 AND EXISTS (SELECT 1 FROM goals"
	 "    WHERE gid = OLD.goal) BEGIN"
	 "  UPDATE goals SET n_entries = n_entries - 1,"
	 "    sum_value = (SELECT CASE WHEN max(scale) > 15 THEN total(value)"
	 "      ELSE round(total(value), coalesce(max(scale), 0)) END"
	 "      FROM entries WHERE goal = OLD.goal AND voided = 0),"
	 "    scale = (SELECT coalesce(max(scale), 0) FROM entries"
	 "      WHERE goal = OLD.goal AND voided = 0),"
	 "    last_at = (SELECT at FROM entries WHERE goal = OLD.goal"
	 "      AND voided = 0 ORDER BY at DESC, eid DESC LIMIT 1),"
	 "    last_value = (SELECT value FROM entries WHERE goal = OLD.goal"
	 "      AND voided = 0 ORDER BY at DESC, eid DESC LIMIT 1)"
	 "  WHERE gid = OLD.goal;"
	 "  UPDATE periods SET n = n - 1, sum = CASE WHEN scale > 15"
	 "    THEN sum - OLD.value ELSE round(sum - OLD.value, scale) END"
	 "    WHERE goal = OLD.goal AND ((every = 'week'"
	 "      AND first = date(OLD.day, '-6 days', 'weekday 1'))"
	 "      OR (every = 'month' AND first = substr(OLD.day, 1, 7) || '-01'));"
	 "  DELETE FROM periods WHERE goal = OLD.goal AND n = 0;"
	 "END;",
	 NULL, NULL},
};
#define SCHEMA_VERSION ((int)(sizeof(migrations) / sizeof(migrations[0])))

/* goals_scale(value): the scale of a value (num_scale), for SQL. */
static void sql_scale(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	sqlite3_result_int(ctx, num_scale(sqlite3_value_double(argv[0])));
}

/*
 * Schema 4's data: the scale of each entry with decimals, and the
 * deadline of each revision that has none of its own but whose text
 * gives one, read as of the local day the revision was written (in the
 * time zone of this run: the one it was written in is not known).
 */
static int fill_scales_and_deadlines(goals_store *s)
{
	sqlite3_stmt *rd, *wr;
	char *prev_text = NULL;
	int64_t prev_goal = -1;
	goals_date prev_start = GOALS_DATE_NONE, prev_d = GOALS_DATE_NONE;
	int rc = sqlite3_create_function(s->db, "goals_scale", 1,
					 SQLITE_UTF8 | SQLITE_DETERMINISTIC,
					 NULL, sql_scale, NULL, NULL);
	if (rc != SQLITE_OK)
		return sq_fail(s, rc, "update the schema");
	if ((rc = sq_exec(s, "UPDATE entries SET scale = goals_scale(value)",
			  "update the schema")))
		return rc;
	if ((rc = sq_prepare(s, &rd,
			     "SELECT r.goal, r.number, r.at, r.text, r.start,"
			     " g.created, r.deadline IS NULL FROM revisions r"
			     " JOIN goals g ON g.gid = r.goal"
			     " ORDER BY r.goal, r.number")))
		return rc;
	while ((rc = sqlite3_step(rd)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(rd, 3);
		int64_t goal = sqlite3_column_int64(rd, 0);
		goals_date start = sq_col_date(rd, 4), d;
		int same;
		if (start == GOALS_DATE_NONE)
			start = goals_local_date(sq_col_time(rd, 5));
		/* a revision that kept the words of the one before has the
		 * deadline they were read with, when they were written */
		same = goal == prev_goal && text && prev_text &&
		       !strcmp(text, prev_text) && start == prev_start;
		free(prev_text);
		prev_text = text ? strdup(text) : NULL;
		prev_goal = goal;
		prev_start = start;
		if (!sqlite3_column_int(rd, 6) || !text) {
			prev_d = GOALS_DATE_NONE; /* a deadline of the user's */
			continue;
		}
		if (same && prev_d != GOALS_DATE_NONE)
			d = prev_d;
		else if ((rc = sr_text_deadline(
				  &d, text,
				  goals_local_date(sq_col_time(rd, 2)), start)))
			break;
		prev_d = d;
		if (d == GOALS_DATE_NONE)
			continue;
		if ((rc = sq_prepare(s, &wr,
				     "UPDATE revisions SET deadline = ?3,"
				     " deadline_from_text = 1"
				     " WHERE goal = ?1 AND number = ?2")))
			break;
		sqlite3_bind_int64(wr, 1, sqlite3_column_int64(rd, 0));
		sqlite3_bind_int(wr, 2, sqlite3_column_int(rd, 1));
		sq_bind_date(wr, 3, d);
		if ((rc = sq_run(s, wr, "update the schema")))
			break;
	}
	sq_release(s, rd);
	free(prev_text);
	if (rc == SQLITE_DONE)
		return GOALS_OK;
	return rc < 0 ? rc : sq_fail(s, rc, "update the schema");
}

/*
 * Why a SQLite call failed, in words a user can act on: the system's
 * reason for an I/O failure (a full disk, a file-size limit, a denied
 * permission) rather than SQLite's "disk I/O error".
 */
static const char *failure_reason(goals_store *s, int rc)
{
	int e = s && s->db ? sqlite3_system_errno(s->db) : 0;
	struct rlimit lim;
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return e == EFBIG ? "the file size limit is reached"
				  : "the disk is full";
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_PERM:
		if (e == ENOSPC || e == EDQUOT)
			return "the disk is full";
		if (e == EFBIG)
			return "the file size limit is reached";
		if (e == EACCES || e == EPERM)
			return "permission denied";
		if (e)
			return strerror(e);
		/* SQLite does not always keep the errno of a failed
		 * write: a write that fails under a file-size limit is
		 * most likely the limit's doing */
		if ((rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_TRUNCATE ||
		     rc == SQLITE_IOERR_FSYNC) &&
		    getrlimit(RLIMIT_FSIZE, &lim) == 0 &&
		    lim.rlim_cur != RLIM_INFINITY)
			return "a write failed: the file size limit is "
			       "reached";
		break;
	}
	return s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
}

/* Map a SQLite result code to a goals error, with a message. */
int sq_fail(goals_store *s, int rc, const char *doing)
{
	const char *path = s && s->path ? s->path : "";
	if (s)
		s->last_rc = rc;
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return goals_error(GOALS_EBUSY,
				   "the store '%s' stayed locked for %d "
				   "seconds while trying to %s; try again",
				   path, BUSY_TIMEOUT_MS / 1000, doing);
	case SQLITE_NOMEM:
		return goals_error_oom();
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return goals_error(GOALS_ECORRUPT,
				   "the store '%s' is damaged or not a goals "
				   "store (%s)",
				   path, failure_reason(s, rc));
	default:
		if (!strcmp(doing, "open"))
			return goals_error(GOALS_ESTORE,
					   "cannot open the store '%s': %s",
					   path, failure_reason(s, rc));
		return goals_error(GOALS_ESTORE,
				   "cannot %s in the store '%s': %s", doing,
				   path, failure_reason(s, rc));
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

int store_migrate(goals_store *s)
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
		if (appid != STORE_APPLICATION_ID)
			goto not_ours;
	}
	if (version == SCHEMA_VERSION)
		return GOALS_OK;
	if (version == 0 && !s->create && !s->memory) {
		/* not a store yet, and this open may not make it one: an
		 * empty store, if it is empty, with nothing written */
		if ((rc = pragma_int(s, "SELECT count(*) FROM sqlite_schema",
				     &tables)))
			return rc;
		if (tables)
			goto not_ours;
		s->as_empty = 1;
		return GOALS_OK;
	}
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
		if (!s->memory && (rc = path_make_private(s->path)))
			goto out;
		if (s->existed)
			s->reused = 1;
		s->existed = 0;
	}
	for (; version < SCHEMA_VERSION; version++) {
		const struct migration *m = &migrations[version];
		if ((rc = sq_exec(s, m->sql, "update the schema")) ||
		    (m->data && (rc = m->data(s))) ||
		    (m->after && (rc = sq_exec(s, m->after, "update the schema"))))
			goto out;
	}
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d; ", SCHEMA_VERSION);
	if ((rc = sq_exec(s, sql, "update the schema")))
		goto out;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
		 STORE_APPLICATION_ID);
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
