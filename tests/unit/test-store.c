/*
 * test-store.c - unit tests of lib/store.c, lib/store-open.c and
 * lib/path.c: where the store lives, creating it private whatever the
 * umask, what a missing store does, the schema stamp, refusing newer,
 * foreign, damaged files, directories, FIFOs and links to what is not a
 * store, empty files, the integrity check, grouped transactions, and the triggers that keep a goal's
 * entry aggregates.  Each test gets a fresh temp directory; tests that
 * change $GOALS_DB, $XDG_DATA_HOME, $HOME or the umask put them back.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "helpers.h"

#include "goals/common.h"
#include "goals/date.h"
#include "goals/goal.h"
#include "goals/store.h"
#include "id.h"
#include "store-v3.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* The variables that goals_store_path reads. */
static const char *const env_names[] = { "GOALS_DB", "XDG_DATA_HOME", "HOME" };

/* State of one test: a temp directory, a store path in it, saved
 * environment. */
struct fx {
	char *dir;
	char *db; /* dir/goals.db, not created */
	char *env[N_OF(env_names)];
	int env_set[N_OF(env_names)];
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	size_t i;

	assert_non_null(fx);
	fx->dir = test_tempdir();
	fx->db = test_path(fx->dir, "goals.db");
	for (i = 0; i < N_OF(env_names); i++) {
		const char *v = getenv(env_names[i]);
		fx->env_set[i] = v != NULL;
		fx->env[i] = v ? strdup(v) : NULL;
	}
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < N_OF(env_names); i++) {
		if (fx->env_set[i])
			setenv(env_names[i], fx->env[i], 1);
		else
			unsetenv(env_names[i]);
		free(fx->env[i]);
	}
	free(fx->db);
	test_rmtree(fx->dir);
	free(fx);
	return 0;
}

/* Fail unless the last message contains needle. */
static void msg_has(const char *needle)
{
	if (!strstr(goals_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", goals_errmsg(), needle);
}

/* An instant from an ISO string, which must be valid. */
static goals_time T(const char *s)
{
	goals_time t;
	if (goals_time_parse_iso(&t, s) != GOALS_OK)
		fail_msg("cannot parse '%s': %s", s, goals_errmsg());
	return t;
}

/* Open the store at path with flags, which must succeed. */
static goals_store *open_ok(const char *path, unsigned flags)
{
	goals_store *s = NULL;
	int rc = goals_store_open(&s, path, flags);
	if (rc != GOALS_OK)
		fail_msg("cannot open '%s': %d %s", path, rc, goals_errmsg());
	assert_non_null(s);
	return s;
}

/* Add a done goal with this text, which must succeed. */
static void add_ok(goals_store *s, const char *text, goals_time now)
{
	goals_fields f;
	int rc;

	goals_fields_init(&f);
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, text),
			 GOALS_OK);
	rc = goals_add(NULL, s, &f, now);
	goals_fields_clear(&f);
	if (rc != GOALS_OK)
		fail_msg("cannot add '%s': %s", text, goals_errmsg());
}

/* Number of goals of any status in the store. */
static size_t count_goals(goals_store *s)
{
	goals_filter all = { 0, NULL, GOALS_DATE_NONE };
	goals_goal_list l;
	size_t n;

	all.statuses = (1u << GOALS_STATUS_ACTIVE) |
		       (1u << GOALS_STATUS_ACHIEVED) |
		       (1u << GOALS_STATUS_ABANDONED);
	assert_int_equal(goals_list(&l, s, &all, T("2026-03-04T12:00:00Z")),
			 GOALS_OK);
	n = l.count;
	goals_goal_list_free(&l);
	return n;
}

/* Raw SQLite access, as another program would have it ----------------- */

static sqlite3 *raw_open(const char *path)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(
		path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK)
		fail_msg("sqlite3_open %s: %s", path, sqlite3_errstr(rc));
	sqlite3_busy_timeout(db, 5000);
	return db;
}

static void raw_exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		char msg[512];
		snprintf(msg, sizeof(msg), "%s", err ? err : "?");
		sqlite3_free(err);
		fail_msg("%s: %s", sql, msg);
	}
}

/* The first column of the first row of sql, as an integer. */
static sqlite3_int64 raw_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	sqlite3_int64 v;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The first column of the first row of sql, as malloc'd text. */
static char *raw_text(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	char *v;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = strdup(sqlite3_column_text(st, 0)
			   ? (const char *)sqlite3_column_text(st, 0)
			   : "(null)");
	assert_non_null(v);
	sqlite3_finalize(st);
	return v;
}

/* Insert a progress entry for goal gid at the ISO UTC instant `at`;
 * return its eid. */
static sqlite3_int64 raw_entry(sqlite3 *db, sqlite3_int64 gid, const char *at,
			       double value)
{
	sqlite3_stmt *st;
	goals_id uuid;
	char day[GOALS_DATE_BUFSZ];

	assert_int_equal(id_random(&uuid), GOALS_OK);
	snprintf(day, sizeof(day), "%.10s", at);
	assert_int_equal(
		sqlite3_prepare_v2(
			db,
			"INSERT INTO entries (uuid, goal, at, day, value,"
			" note) VALUES (?1, ?2, ?3, ?4, ?5, 'raw')",
			-1, &st, NULL),
		SQLITE_OK);
	sqlite3_bind_text(st, 1, uuid.hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, gid);
	sqlite3_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(st, 5, value);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(db);
}

/* A goal's aggregates as the triggers keep them. */
struct agg {
	sqlite3_int64 n;
	double sum;
	char last_at[32]; /* "" when NULL */
	int has_last_value;
	double last_value;
};

static struct agg raw_agg(sqlite3 *db, sqlite3_int64 gid)
{
	sqlite3_stmt *st;
	struct agg a;
	const unsigned char *t;

	memset(&a, 0, sizeof(a));
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT n_entries, sum_value,"
					    " last_at, last_value FROM goals"
					    " WHERE gid = ?1",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, gid);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	a.n = sqlite3_column_int64(st, 0);
	a.sum = sqlite3_column_double(st, 1);
	if ((t = sqlite3_column_text(st, 2)))
		snprintf(a.last_at, sizeof(a.last_at), "%s", (const char *)t);
	a.has_last_value = sqlite3_column_type(st, 3) != SQLITE_NULL;
	a.last_value = sqlite3_column_double(st, 3);
	sqlite3_finalize(st);
	return a;
}

/* Files ------------------------------------------------------------------- */

/* Write len bytes to path (created 0600). */
static void write_file(const char *path, const void *data, size_t len)
{
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

/* Read a whole file; *len receives its size. */
static unsigned char *read_all(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf;
	long n;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	assert_true(n >= 0);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

/* Permission bits of path, or -1 when it does not exist. */
static int mode_of(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return -1;
	return (int)(st.st_mode & 07777);
}

static int exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Open path with both flag sets and expect code each time, leaving the
 * file's bytes as they were. */
static void refused_unchanged(const char *path, int code, const char *needle)
{
	static const unsigned flags[] = { 0, GOALS_OPEN_CREATE };
	unsigned char *before, *after;
	size_t nb, na, i, j;

	before = read_all(path, &nb);
	for (i = 0; i < N_OF(flags); i++) {
		goals_store *s = (goals_store *)&s; /* not NULL */
		int rc = goals_store_open(&s, path, flags[i]);
		if (rc != code)
			fail_msg("open '%s' flags %u: got %d (%s), want %d",
				 path, flags[i], rc, goals_errmsg(), code);
		assert_null(s);
		msg_has(path);
		msg_has(needle);
		after = read_all(path, &na);
		assert_int_equal(na, nb);
		for (j = 0; j < nb; j++)
			if (before[j] != after[j])
				fail_msg(
					"refusing '%s' (flags %u) changed byte "
					"%zu from %#x to %#x",
					path, flags[i], j, before[j], after[j]);
		free(after);
	}
	free(before);
}

/* Path resolution --------------------------------------------------------- */

static void test_path_resolution(void **state)
{
	/* NULL: unset; "": set but empty */
	static const struct {
		const char *opt, *goals_db, *xdg, *home;
		const char *want;
	} cases[] = {
		{ "/opt/x.db", "/g/db", "/xdg", "/home/u", "/opt/x.db" },
		{ "rel.db", NULL, NULL, NULL, "rel.db" },
		{ NULL, "/g/db", "/xdg", "/home/u", "/g/db" },
		{ NULL, "/g/db", NULL, NULL, "/g/db" },
		{ NULL, NULL, "/xdg", "/home/u", "/xdg/goals/goals.db" },
		{ NULL, "", "/xdg", "/home/u", "/xdg/goals/goals.db" },
		{ NULL, NULL, NULL, "/home/u",
		  "/home/u/.local/share/goals/goals.db" },
		{ NULL, "", "", "/home/u",
		  "/home/u/.local/share/goals/goals.db" },
		{ NULL, NULL, "", "/home/u",
		  "/home/u/.local/share/goals/goals.db" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		const char *vals[] = { cases[i].goals_db, cases[i].xdg,
				       cases[i].home };
		char *out = NULL;
		size_t j;
		int rc;
		for (j = 0; j < N_OF(env_names); j++) {
			if (vals[j])
				setenv(env_names[j], vals[j], 1);
			else
				unsetenv(env_names[j]);
		}
		rc = goals_store_path(&out, cases[i].opt);
		if (rc != GOALS_OK)
			fail_msg("case %zu: %d %s", i, rc, goals_errmsg());
		assert_non_null(out);
		assert_string_equal(out, cases[i].want);
		free(out);
	}
}

static void test_path_nowhere(void **state)
{
	/* none of the variables set, or all of them empty */
	static const char *const values[] = { NULL, "" };
	size_t i, j;

	(void)state;
	for (i = 0; i < N_OF(values); i++) {
		char *out = (char *)"junk";
		for (j = 0; j < N_OF(env_names); j++) {
			if (values[i])
				setenv(env_names[j], values[i], 1);
			else
				unsetenv(env_names[j]);
		}
		assert_int_equal(goals_store_path(&out, NULL), GOALS_EOS);
		assert_null(out);
		/* the message tells how to fix it */
		msg_has("GOALS_DB");
		msg_has("--db");
		/* --db still works without any variable */
		assert_int_equal(goals_store_path(&out, "/a/b.db"), GOALS_OK);
		assert_string_equal(out, "/a/b.db");
		free(out);
	}
}

static void test_path_empty_opt(void **state)
{
	char *out = (char *)"junk";

	(void)state;
	setenv("GOALS_DB", "/g/db", 1);
	setenv("HOME", "/home/u", 1);
	/* an empty --db is a mistake, not "use the default" */
	assert_int_equal(goals_store_path(&out, ""), GOALS_EINVAL);
	assert_null(out);
	msg_has("--db");
}

/* Creation ---------------------------------------------------------------- */

static void test_create_private(void **state)
{
	static const mode_t masks[] = { 0, 077, 022, 027 };
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < N_OF(masks); i++) {
		char name[32], *top, *a, *b, *file, *wal;
		goals_store *s;
		mode_t old;
		int rc;

		snprintf(name, sizeof(name), "u%03o", (unsigned)masks[i]);
		top = test_path(fx->dir, name);
		a = test_path(top, "a");
		b = test_path(a, "b");
		file = test_path(b, "goals.db");
		wal = test_path(b, "goals.db-wal");

		old = umask(masks[i]);
		s = NULL;
		rc = goals_store_open(&s, file, GOALS_OPEN_CREATE);
		if (rc == GOALS_OK)
			add_ok(s, "write something", T("2026-03-04T12:00:00Z"));
		/* check while the store is open: the WAL file exists */
		if (rc == GOALS_OK && exists(wal) && mode_of(wal) != 0600)
			fail_msg("umask %03o: %s has mode %03o",
				 (unsigned)masks[i], wal, mode_of(wal));
		goals_store_close(s);
		umask(old);
		if (rc != GOALS_OK)
			fail_msg("umask %03o: %d %s", (unsigned)masks[i], rc,
				 goals_errmsg());

		assert_int_equal(mode_of(top), 0700);
		assert_int_equal(mode_of(a), 0700);
		assert_int_equal(mode_of(b), 0700);
		assert_int_equal(mode_of(file), 0600);
		free(top);
		free(a);
		free(b);
		free(file);
		free(wal);
	}
}

static void test_create_leaves_existing_dir(void **state)
{
	struct fx *fx = *state;
	char *sub = test_path(fx->dir, "shared");
	char *file = test_path(sub, "goals.db");
	goals_store *s;

	assert_int_equal(mkdir(sub, 0755), 0);
	assert_int_equal(chmod(sub, 0755), 0);
	s = open_ok(file, GOALS_OPEN_CREATE);
	goals_store_close(s);
	/* an existing directory is the user's: its mode stays */
	assert_int_equal(mode_of(sub), 0755);
	assert_int_equal(mode_of(file), 0600);
	free(sub);
	free(file);
}

static void test_existed(void **state)
{
	struct fx *fx = *state;
	goals_store *s;
	char *empty = test_path(fx->dir, "empty.db");

	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	assert_int_equal(goals_store_existed(s), 0);
	assert_string_equal(goals_store_file(s), fx->db);
	add_ok(s, "kept", T("2026-03-04T12:00:00Z"));
	goals_store_close(s);

	/* opened again, with or without CREATE: it existed, goals kept */
	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	assert_int_equal(goals_store_existed(s), 1);
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);
	s = open_ok(fx->db, 0);
	assert_int_equal(goals_store_existed(s), 1);
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);

	/* an empty file is made into a store: it was not one before, and
	 * is now private */
	write_file(empty, "", 0);
	assert_int_equal(chmod(empty, 0644), 0);
	s = open_ok(empty, GOALS_OPEN_CREATE);
	assert_int_equal(goals_store_existed(s), 0);
	assert_int_equal(mode_of(empty), 0600);
	assert_int_equal(count_goals(s), 0);
	add_ok(s, "in a file that was empty", T("2026-03-04T12:00:00Z"));
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);
	free(empty);
}

static void test_missing_without_create(void **state)
{
	struct fx *fx = *state;
	char *sub = test_path(fx->dir, "none");
	char *file = test_path(sub, "goals.db");
	goals_store *s;
	goals_goal *g = (goals_goal *)&g;

	s = open_ok(file, 0);
	assert_int_equal(goals_store_existed(s), 0);
	/* it behaves as an empty store */
	assert_int_equal(count_goals(s), 0);
	assert_int_equal(goals_get(&g, s, "abcd", T("2026-03-04T12:00:00Z")),
			 GOALS_ENOTFOUND);
	assert_null(g);
	goals_store_close(s);
	/* and created nothing: no file, no directory */
	assert_false(exists(file));
	assert_false(exists(sub));

	s = open_ok(fx->db, 0);
	assert_int_equal(count_goals(s), 0);
	goals_store_close(s);
	assert_false(exists(fx->db));
	free(sub);
	free(file);
}

static void test_open_empty_path(void **state)
{
	goals_store *s = (goals_store *)&s;

	(void)state;
	assert_int_equal(goals_store_open(&s, "", GOALS_OPEN_CREATE),
			 GOALS_EINVAL);
	assert_null(s);
}

/* Schema ------------------------------------------------------------------ */

static void test_schema_fresh(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);
	sqlite3 *db;
	char *mode;

	goals_store_close(s);
	db = raw_open(fx->db);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 5);
	assert_int_equal(raw_int(db, "PRAGMA application_id"), 0x676f616c);
	/* the tables of schema 5 */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_schema"
				     " WHERE type = 'table' AND name IN"
				     " ('goals', 'revisions', 'entries',"
				     " 'events', 'periods', 'voids')"),
			 6);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_schema"
				     " WHERE type = 'trigger'"),
			 9);
	mode = raw_text(db, "PRAGMA journal_mode");
	assert_string_equal(mode, "wal");
	free(mode);
	sqlite3_close(db);

	/* opening it again neither fails nor migrates again */
	s = open_ok(fx->db, 0);
	goals_store_close(s);
	db = raw_open(fx->db);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 5);
	sqlite3_close(db);
}

static void test_schema_newer(void **state)
{
	struct fx *fx = *state;
	sqlite3 *db = raw_open(fx->db);

	raw_exec(db, "CREATE TABLE goals (x); PRAGMA user_version = 99;"
		     " PRAGMA application_id = 1735352684");
	sqlite3_close(db);
	refused_unchanged(fx->db, GOALS_ESCHEMA, "99");
	msg_has("upgrade");
	db = raw_open(fx->db);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 99);
	sqlite3_close(db);
}

static void test_foreign_sqlite(void **state)
{
	struct fx *fx = *state;
	sqlite3 *db = raw_open(fx->db);

	raw_exec(db, "CREATE TABLE notes (body TEXT);"
		     " INSERT INTO notes VALUES ('mine')");
	sqlite3_close(db);
	refused_unchanged(fx->db, GOALS_ECORRUPT, "not a goals store");
	db = raw_open(fx->db);
	/* nothing of ours was left in it */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_schema"), 1);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 0);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM notes"), 1);
	sqlite3_close(db);
}

/*
 * A store of schema 1 (before the period sums) is migrated forward on
 * open: the sums are built from the entries it holds, and kept from then
 * on; entries can no longer be changed.
 */
/* Write the store of store-v3.h, as goals 0.1.0 left it, at path. */
static void write_v3(const char *path)
{
	sqlite3 *db = raw_open(path);
	raw_exec(db, store_v3_sql);
	sqlite3_close(db);
}

static void test_migrate_1_to_5(void **state)
{
	struct fx *fx = *state;
	goals_store *s;
	sqlite3 *db;

	/* take the store of schema 3 back to schema 1, with entries on four
	 * days of two weeks and two months for the goal of row 5 */
	write_v3(fx->db);
	db = raw_open(fx->db);
	raw_exec(db, "DROP TRIGGER entries_periods_ai;"
		     " DROP TRIGGER entries_periods_ad;"
		     " DROP TRIGGER entries_immutable;"
		     " DROP TRIGGER revisions_immutable;"
		     " DROP TABLE periods; PRAGMA user_version = 1;"
		     "INSERT INTO entries (uuid, goal, at, day, value) VALUES"
		     " ('00000000000000000000000000000001', 5,"
		     "  '2025-11-24T10:00:00Z', '2025-11-24', 1),"
		     " ('00000000000000000000000000000002', 5,"
		     "  '2025-11-30T10:00:00Z', '2025-11-30', 2),"
		     " ('00000000000000000000000000000003', 5,"
		     "  '2025-12-01T10:00:00Z', '2025-12-01', 4),"
		     " ('00000000000000000000000000000004', 5,"
		     "  '2025-12-02T10:00:00Z', '2025-12-02', 8.5)");
	sqlite3_close(db);

	s = open_ok(fx->db, 0);
	goals_store_close(s);
	db = raw_open(fx->db);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 5);
	/* Monday 24 Nov .. Sunday 30 Nov, then the week of 1 Dec */
	assert_int_equal(raw_int(db, "SELECT sum FROM periods WHERE goal = 5"
				     " AND every = 'week' AND first = '2025-11-24'"),
			 3);
	assert_int_equal(raw_int(db, "SELECT sum * 10 FROM periods WHERE"
				     " goal = 5 AND every = 'week'"
				     " AND first = '2025-12-01'"),
			 125);
	assert_int_equal(raw_int(db, "SELECT sum FROM periods WHERE goal = 5"
				     " AND every = 'month' AND first = '2025-11-01'"),
			 3);
	assert_int_equal(raw_int(db, "SELECT scale FROM periods WHERE goal = 5"
				     " AND every = 'month' AND first = '2025-12-01'"),
			 1);
	/* and kept by the triggers from now on */
	raw_exec(db, "INSERT INTO entries (uuid, goal, at, day, value) VALUES"
		     " ('00000000000000000000000000000005', 5,"
		     " '2025-12-03T10:00:00Z', '2025-12-03', 16)");
	assert_int_equal(raw_int(db, "SELECT sum * 10 FROM periods WHERE"
				     " goal = 5 AND every = 'week'"
				     " AND first = '2025-12-01'"),
			 285);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE entries SET value = 0",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE revisions SET why = ''",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	sqlite3_close(db);
}

static void test_migrate_3_to_5(void **state)
{
	struct fx *fx = *state;
	goals_store *s;
	sqlite3 *db;
	char *got;

	write_v3(fx->db);
	s = open_ok(fx->db, 0);
	goals_store_close(s);
	db = raw_open(fx->db);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 5);
	/* each deadline in the words, as of the day they were written: a
	 * Friday's "by Friday" is the next one, kept by the revision that
	 * did not change the words; "within 2 weeks" from 2 October; "by
	 * June" written in July is next June's end */
	got = raw_text(db, "SELECT group_concat(goal || '.' || number || '='"
			   " || coalesce(deadline, '-') || '/'"
			   " || deadline_from_text, ' ') FROM (SELECT * FROM"
			   " revisions ORDER BY goal, number)");
	assert_string_equal(got, "1.1=2026-10-09/1 1.2=2026-10-09/1 "
				 "2.1=2026-10-16/1 3.1=2027-06-30/1 "
				 "4.1=2026-11-27/0 5.1=2027-06-30/0");
	free(got);
	/* decimals: each entry's scale, and sums that are those decimals */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM entries"
				     " WHERE scale <> 1"),
			 0);
	assert_int_equal(raw_int(db, "SELECT sum_value = 60.3 AND scale = 1"
				     " FROM goals WHERE gid = 2"),
			 1);
	assert_int_equal(raw_int(db, "SELECT sum_value = 0.8 FROM goals"
				     " WHERE gid = 4"),
			 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM periods WHERE"
				     " goal = 4 AND sum = 0.8 AND scale = 1"),
			 2);
	/* each revision has an id of its own, a version-4 UUID */
	assert_int_equal(raw_int(db, "SELECT count(DISTINCT uuid) FROM"
				     " revisions WHERE uuid GLOB"
				     " '[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
				     "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
				     "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]4*'"
				     " AND substr(uuid, 17, 1) IN ('8', '9',"
				     " 'a', 'b') AND length(uuid) = 32"),
			 6);
	sqlite3_close(db);
}

static void test_foreign_application_id(void **state)
{
	struct fx *fx = *state;
	sqlite3 *db = raw_open(fx->db);

	/* the right schema version, someone else's application id */
	raw_exec(db, "CREATE TABLE goals (x); PRAGMA user_version = 1;"
		     " PRAGMA application_id = 42");
	sqlite3_close(db);
	refused_unchanged(fx->db, GOALS_ECORRUPT, "not a goals store");
}

static void test_garbage(void **state)
{
	static const char *const contents[] = {
		"garbage!\n",
		"this is a text file, not a database; it has some lines\n"
		"and is long enough to hold a SQLite header and more of it\n"
		"0123456789012345678901234567890123456789012345678901234567\n",
		/* the right magic, then junk */
		"SQLite format 3",
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < N_OF(contents); i++) {
		write_file(fx->db, contents[i], strlen(contents[i]) + 1);
		refused_unchanged(fx->db, GOALS_ECORRUPT, "damaged");
	}
	/* a big one: a few pages of 0xA5 */
	{
		unsigned char junk[16384];
		memset(junk, 0xa5, sizeof(junk));
		write_file(fx->db, junk, sizeof(junk));
		refused_unchanged(fx->db, GOALS_ECORRUPT, "damaged");
	}
}

static void test_directory(void **state)
{
	static const unsigned flags[] = { 0, GOALS_OPEN_CREATE };
	struct fx *fx = *state;
	size_t i;

	assert_int_equal(mkdir(fx->db, 0700), 0);
	for (i = 0; i < N_OF(flags); i++) {
		goals_store *s = (goals_store *)&s;
		assert_int_equal(goals_store_open(&s, fx->db, flags[i]),
				 GOALS_ESTORE);
		assert_null(s);
		msg_has("directory");
		msg_has(fx->db);
	}
	/* the temp dir itself, too */
	{
		goals_store *s = (goals_store *)&s;
		assert_int_equal(goals_store_open(&s, fx->dir, 0),
				 GOALS_ESTORE);
		assert_null(s);
	}
}

/* What is at the path: FIFOs, symbolic links, empty files ---------------- */

static void test_fifo(void **state)
{
	static const unsigned flags[] = { 0, GOALS_OPEN_CREATE };
	struct fx *fx = *state;
	size_t i;

	assert_int_equal(mkfifo(fx->db, 0666), 0);
	for (i = 0; i < N_OF(flags); i++) {
		goals_store *s = (goals_store *)&s;
		/* refused before anything opens it (an open would block) */
		assert_int_equal(goals_store_open(&s, fx->db, flags[i]),
				 GOALS_ESTORE);
		assert_null(s);
		msg_has("is a FIFO, not a file");
	}
}

static void test_symlinks(void **state)
{
	struct fx *fx = *state;
	char *theirs = test_path(fx->dir, "theirs");
	char *link = test_path(fx->dir, "link.db");
	char *dangling = test_path(fx->dir, "dangling.db");
	char *gone = test_path(fx->dir, "gone.db");
	goals_store *s;

	/* to someone's empty file: refused, the file as it was */
	write_file(theirs, "", 0);
	assert_int_equal(chmod(theirs, 0644), 0);
	assert_int_equal(symlink("theirs", link), 0);
	refused_unchanged(link, GOALS_ESTORE, "not a goals store");
	assert_int_equal(mode_of(theirs), 0644);

	/* to nothing: refused, and nothing made where it points */
	assert_int_equal(symlink("gone.db", dangling), 0);
	s = (goals_store *)&s;
	assert_int_equal(goals_store_open(&s, dangling, GOALS_OPEN_CREATE),
			 GOALS_ESTORE);
	assert_null(s);
	msg_has("does not exist");
	assert_false(exists(gone));

	/* to a goals store: followed */
	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	add_ok(s, "behind a link", T("2026-03-04T12:00:00Z"));
	goals_store_close(s);
	assert_int_equal(unlink(link), 0);
	assert_int_equal(symlink("goals.db", link), 0);
	s = open_ok(link, 0);
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);
	free(theirs);
	free(link);
	free(dangling);
	free(gone);
}

static void test_empty_file_read(void **state)
{
	struct fx *fx = *state;
	char *wal = test_path(fx->dir, "goals.db-wal");
	goals_store *s;
	size_t n;
	unsigned char *bytes;

	/* opened to read, an empty file is an empty store, left alone */
	write_file(fx->db, "", 0);
	assert_int_equal(chmod(fx->db, 0640), 0);
	s = open_ok(fx->db, 0);
	assert_int_equal(goals_store_existed(s), 0);
	assert_int_equal(goals_store_reused(s), 0);
	assert_int_equal(count_goals(s), 0);
	goals_store_close(s);
	bytes = read_all(fx->db, &n);
	assert_int_equal(n, 0);
	free(bytes);
	assert_int_equal(mode_of(fx->db), 0640);
	assert_false(exists(wal));

	/* opened to create, it becomes a private store, and says so */
	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	assert_int_equal(goals_store_existed(s), 0);
	assert_int_equal(goals_store_reused(s), 1);
	goals_store_close(s);
	assert_int_equal(mode_of(fx->db), 0600);
	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	assert_int_equal(goals_store_existed(s), 1);
	assert_int_equal(goals_store_reused(s), 0);
	goals_store_close(s);
	free(wal);
}

static void test_verify(void **state)
{
	struct fx *fx = *state;
	goals_store *s;
	char *damaged = test_path(fx->dir, "damaged.db");
	unsigned char junk[4096];
	size_t n, pages, p;
	unsigned char *bytes;
	char text[64];
	int i, fd, rc, found_by_verify = 0;

	s = open_ok(fx->db, GOALS_OPEN_CREATE);
	for (i = 0; i < 40; i++) {
		snprintf(text, sizeof(text), "goal %d, with words to fill pages",
			 i);
		add_ok(s, text, T("2026-03-04T12:00:00Z"));
	}
	assert_int_equal(goals_store_verify(s), GOALS_OK);
	goals_store_close(s);

	/* junk in any one page but the first: either opening or the
	 * check finds it, never neither; and the check finds some that
	 * opening does not */
	bytes = read_all(fx->db, &n);
	pages = n / sizeof(junk);
	assert_true(pages > 3);
	memset(junk, 0x5a, sizeof(junk));
	for (p = 1; p < pages; p++) {
		goals_store *d = (goals_store *)&d;
		write_file(damaged, bytes, n);
		fd = open(damaged, O_WRONLY);
		assert_true(fd >= 0);
		assert_int_equal(pwrite(fd, junk, sizeof(junk),
					(off_t)(p * sizeof(junk))),
				 (ssize_t)sizeof(junk));
		close(fd);
		rc = goals_store_open(&d, damaged, 0);
		if (rc == GOALS_OK) {
			rc = goals_store_verify(d);
			if (rc != GOALS_ECORRUPT)
				fail_msg("junk in page %zu: verify gave %d",
					 p + 1, rc);
			msg_has("is damaged");
			assert_null(strchr(goals_errmsg(), '\n'));
			found_by_verify++;
			goals_store_close(d);
		} else if (rc != GOALS_ECORRUPT) {
			fail_msg("junk in page %zu: open gave %d (%s)", p + 1,
				 rc, goals_errmsg());
		}
	}
	assert_true(found_by_verify > 0);
	free(bytes);
	free(damaged);
}

/* Transactions ------------------------------------------------------------ */

static void test_txn_rollback(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);

	add_ok(s, "before", T("2026-03-04T12:00:00Z"));
	assert_int_equal(goals_store_begin(s, 1), GOALS_OK);
	add_ok(s, "inside one", T("2026-03-04T12:00:01Z"));
	add_ok(s, "inside two", T("2026-03-04T12:00:02Z"));
	/* visible inside the transaction */
	assert_int_equal(count_goals(s), 3);
	goals_store_rollback(s);
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);

	/* and gone from the file */
	s = open_ok(fx->db, 0);
	assert_int_equal(count_goals(s), 1);
	/* a new transaction may follow a rolled back one */
	assert_int_equal(goals_store_begin(s, 1), GOALS_OK);
	add_ok(s, "after", T("2026-03-04T12:00:03Z"));
	assert_int_equal(goals_store_commit(s), GOALS_OK);
	goals_store_close(s);
	s = open_ok(fx->db, 0);
	assert_int_equal(count_goals(s), 2);
	goals_store_close(s);
}

static void test_txn_commit(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);
	goals_store *other = open_ok(fx->db, 0);

	assert_int_equal(goals_store_begin(s, 1), GOALS_OK);
	add_ok(s, "one", T("2026-03-04T12:00:00Z"));
	add_ok(s, "two", T("2026-03-04T12:00:01Z"));
	/* another connection does not see the open transaction */
	assert_int_equal(count_goals(other), 0);
	assert_int_equal(goals_store_commit(s), GOALS_OK);
	assert_int_equal(count_goals(other), 2);
	goals_store_close(other);
	goals_store_close(s);
}

static void test_txn_misuse(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);

	assert_int_equal(goals_store_commit(s), GOALS_EINVAL);
	assert_int_equal(goals_store_begin(s, 0), GOALS_OK);
	assert_int_equal(goals_store_begin(s, 1), GOALS_EINVAL);
	/* the first transaction is still open and usable */
	assert_int_equal(count_goals(s), 0);
	assert_int_equal(goals_store_commit(s), GOALS_OK);
	assert_int_equal(goals_store_commit(s), GOALS_EINVAL);
	/* rollback without a transaction is harmless */
	goals_store_rollback(s);
	add_ok(s, "still fine", T("2026-03-04T12:00:00Z"));
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);
}

static void test_txn_failed_verb(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);
	goals_fields bad;

	goals_fields_init(&bad); /* no text */
	assert_int_equal(goals_store_begin(s, 1), GOALS_OK);
	add_ok(s, "good", T("2026-03-04T12:00:00Z"));
	assert_int_equal(goals_add(NULL, s, &bad, T("2026-03-04T12:00:01Z")),
			 GOALS_EINVAL);
	/* the caller's transaction is the caller's to end */
	assert_int_equal(goals_store_commit(s), GOALS_OK);
	assert_int_equal(count_goals(s), 1);
	goals_store_close(s);
}

static void test_close_rolls_back(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);

	assert_int_equal(goals_store_begin(s, 1), GOALS_OK);
	add_ok(s, "never committed", T("2026-03-04T12:00:00Z"));
	goals_store_close(s);
	goals_store_close(NULL);
	s = open_ok(fx->db, 0);
	assert_int_equal(count_goals(s), 0);
	goals_store_close(s);
}

/* Entry triggers ---------------------------------------------------------- */

/* Add a goal through the library; return its gid, its id in *id. */
static sqlite3_int64 add_total_goal(goals_store *s, sqlite3 *db, goals_id *id)
{
	goals_fields f;
	goals_goal *g = NULL;
	char sql[128];

	goals_fields_init(&f);
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, "run 100 km"),
			 GOALS_OK);
	f.target = 100;
	f.set |= GOALS_F_TARGET;
	assert_int_equal(goals_add(&g, s, &f, T("2026-03-01T08:00:00Z")),
			 GOALS_OK);
	goals_fields_clear(&f);
	assert_non_null(g);
	snprintf(sql, sizeof(sql), "SELECT gid FROM goals WHERE uuid = '%s'",
		 g->id.hex);
	*id = g->id;
	goals_goal_free(g);
	return raw_int(db, sql);
}

/* The library's view of goal id. */
static goals_goal *get_goal(goals_store *s, const goals_id *id)
{
	goals_goal *g = NULL;

	assert_int_equal(goals_get(&g, s, id->hex, T("2026-03-10T00:00:00Z")),
			 GOALS_OK);
	assert_non_null(g);
	return g;
}

static void test_entry_triggers(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);
	sqlite3 *db = raw_open(fx->db);
	goals_id id;
	sqlite3_int64 gid = add_total_goal(s, db, &id), other, e_newest;
	struct agg a;
	goals_goal *g;
	char sql[128];

	/* a second goal whose entries must not leak into the first */
	add_ok(s, "other goal", T("2026-03-01T09:00:00Z"));
	other = raw_int(db, "SELECT max(gid) FROM goals");
	assert_true(other != gid);

	a = raw_agg(db, gid);
	assert_int_equal(a.n, 0);
	assert_true(a.sum == 0);
	assert_string_equal(a.last_at, "");
	assert_false(a.has_last_value);

	raw_entry(db, gid, "2026-03-02T10:00:00Z", 2.5);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 1);
	assert_true(a.sum == 2.5);
	assert_string_equal(a.last_at, "2026-03-02T10:00:00Z");
	assert_true(a.has_last_value && a.last_value == 2.5);

	e_newest = raw_entry(db, gid, "2026-03-05T07:30:00Z", 10);
	/* an older entry, added later, is not the newest */
	raw_entry(db, gid, "2026-03-03T23:59:59Z", 4);
	raw_entry(db, other, "2026-03-09T00:00:00Z", 1000);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 3);
	assert_true(a.sum == 16.5);
	assert_string_equal(a.last_at, "2026-03-05T07:30:00Z");
	assert_true(a.last_value == 10);

	/* the library reads the same aggregates */
	g = get_goal(s, &id);
	assert_int_equal(g->progress.entries, 3);
	assert_int_equal(g->progress.last_at, T("2026-03-05T07:30:00Z"));
	assert_true(g->progress.current == 16.5);
	goals_goal_free(g);

	/* deleting the newest recomputes last_* from what is left */
	snprintf(sql, sizeof(sql), "DELETE FROM entries WHERE eid = %lld",
		 (long long)e_newest);
	raw_exec(db, sql);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 2);
	assert_true(a.sum == 6.5);
	assert_string_equal(a.last_at, "2026-03-03T23:59:59Z");
	assert_true(a.last_value == 4);

	/* deleting an older one keeps the newest */
	raw_exec(db, "DELETE FROM entries WHERE at = '2026-03-02T10:00:00Z'");
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 1);
	assert_true(a.sum == 4);
	assert_string_equal(a.last_at, "2026-03-03T23:59:59Z");
	assert_true(a.last_value == 4);

	/* deleting the last one empties them */
	snprintf(sql, sizeof(sql), "DELETE FROM entries WHERE goal = %lld",
		 (long long)gid);
	raw_exec(db, sql);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 0);
	assert_true(a.sum == 0);
	assert_string_equal(a.last_at, "");
	assert_false(a.has_last_value);
	g = get_goal(s, &id);
	assert_int_equal(g->progress.entries, 0);
	assert_true(g->progress.current == 0);
	goals_goal_free(g);

	/* the other goal kept its own */
	a = raw_agg(db, other);
	assert_int_equal(a.n, 1);
	assert_true(a.sum == 1000);

	sqlite3_close(db);
	goals_store_close(s);
}

static void test_entry_triggers_same_instant(void **state)
{
	struct fx *fx = *state;
	goals_store *s = open_ok(fx->db, GOALS_OPEN_CREATE);
	sqlite3 *db = raw_open(fx->db);
	goals_id id;
	sqlite3_int64 gid = add_total_goal(s, db, &id), second;
	struct agg a;
	char sql[128];

	/* at the same instant, the later entry is the newest ... */
	raw_entry(db, gid, "2026-03-02T10:00:00Z", 3);
	second = raw_entry(db, gid, "2026-03-02T10:00:00Z", 7);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 2);
	assert_true(a.last_value == 7);
	/* ... and when it goes, the earlier one is again */
	snprintf(sql, sizeof(sql), "DELETE FROM entries WHERE eid = %lld",
		 (long long)second);
	raw_exec(db, sql);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 1);
	assert_true(a.sum == 3);
	assert_string_equal(a.last_at, "2026-03-02T10:00:00Z");
	assert_true(a.last_value == 3);

	/* negative and fractional values add up exactly as doubles do */
	raw_entry(db, gid, "2026-03-01T10:00:00Z", -1.25);
	a = raw_agg(db, gid);
	assert_int_equal(a.n, 2);
	assert_true(a.sum == 1.75);
	assert_string_equal(a.last_at, "2026-03-02T10:00:00Z");
	assert_true(a.last_value == 3);

	sqlite3_close(db);
	goals_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_path_resolution, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_path_nowhere, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_path_empty_opt, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_create_private, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_create_leaves_existing_dir,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_existed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_without_create,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_empty_path, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_schema_fresh, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_schema_newer, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_foreign_sqlite, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_foreign_application_id,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_1_to_5, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_migrate_3_to_5, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_garbage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_directory, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_fifo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlinks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_file_read, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_verify, setup, teardown),
		cmocka_unit_test_setup_teardown(test_txn_rollback, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_txn_commit, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_txn_misuse, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_txn_failed_verb, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_close_rolls_back, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_entry_triggers, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_entry_triggers_same_instant, setup, teardown),
	};

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
