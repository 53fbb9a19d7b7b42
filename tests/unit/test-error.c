/*
 * test-error.c - unit tests of lib/error.c: the descriptions of the error
 * codes, which codes are the caller's fault, and the detailed message of
 * the last failing call (per thread, replaced by the next failing call,
 * kept by successful ones, with hint lines).
 *
 * The tests that need a store get a fresh one in a temp directory, and a
 * raw SQLite connection to the same file to plant goals with chosen ids.
 */
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "fixture.h"
#include "helpers.h"

#include "error.h"
#include "goals/common.h"
#include "goals/date.h"
#include "goals/goal.h"
#include "goals/history.h"
#include "goals/parse.h"
#include "goals/store.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define NOW     "2026-03-04T12:00:00Z"

static const int CODES[] = {
	GOALS_OK,     GOALS_EINVAL,  GOALS_ENOTFOUND, GOALS_EAMBIGUOUS,
	GOALS_ENOMEM, GOALS_ESTORE,  GOALS_EBUSY,     GOALS_ECORRUPT,
	GOALS_ESCHEMA, GOALS_EOS,
};

static const int UNKNOWN[] = { 1, 2, 42, INT_MAX, -10, -11, -100, -1000,
			       INT_MIN + 1, INT_MIN };

/* A copy of the current message (the pointer lasts only until the next
 * libgoals call). */
static char *msg_copy(void)
{
	char *m = strdup(goals_errmsg());
	assert_non_null(m);
	return m;
}

static size_t count_lines(const char *s)
{
	size_t n = *s ? 1 : 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Plant an active done goal with a chosen id, as revision 1. */
static void raw_goal(sqlite3 *db, const char *hex, const char *text)
{
	sqlite3_stmt *st;
	sqlite3_int64 gid;

	assert_int_equal(sqlite3_prepare_v2(db,
					    "INSERT INTO goals (uuid, status,"
					    " created, updated, revision)"
					    " VALUES (?1, 'active',"
					    " '2026-03-01T00:00:00Z',"
					    " '2026-03-01T00:00:00Z', 1)",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, hex, -1, SQLITE_TRANSIENT);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	gid = sqlite3_last_insert_rowid(db);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "INSERT INTO revisions (goal,"
					    " number, at, text, kind) VALUES"
					    " (?1, 1, '2026-03-01T00:00:00Z',"
					    " ?2, 'done')",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, gid);
	sqlite3_bind_text(st, 2, text, -1, SQLITE_TRANSIENT);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

/* goals_strerror ----------------------------------------------------------- */

static void test_strerror_codes(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < N_OF(CODES); i++) {
		const char *d = goals_strerror(CODES[i]);
		if (!d || !*d)
			fail_msg("code %d has no description", CODES[i]);
		if (strchr(d, '\n'))
			fail_msg("code %d: \"%s\" is not one line", CODES[i],
				 d);
		/* static: the same pointer each time */
		assert_ptr_equal(goals_strerror(CODES[i]), d);
		for (j = 0; j < i; j++)
			if (!strcmp(d, goals_strerror(CODES[j])))
				fail_msg("codes %d and %d both say \"%s\"",
					 CODES[j], CODES[i], d);
	}
}

static void test_strerror_unknown(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < N_OF(UNKNOWN); i++) {
		const char *d = goals_strerror(UNKNOWN[i]);
		if (!d || !*d)
			fail_msg("unknown code %d has no description",
				 UNKNOWN[i]);
		assert_null(strchr(d, '\n'));
		/* not mistaken for a known code */
		for (j = 0; j < N_OF(CODES); j++)
			if (!strcmp(d, goals_strerror(CODES[j])))
				fail_msg("unknown code %d described as %d: "
					 "\"%s\"",
					 UNKNOWN[i], CODES[j], d);
	}
}

/* goals_error_is_input ----------------------------------------------------- */

static void test_is_input(void **state)
{
	static const struct {
		int code, input;
	} cases[] = {
		{ GOALS_OK, 0 },	  { GOALS_EINVAL, 1 },
		{ GOALS_ENOTFOUND, 1 },	  { GOALS_EAMBIGUOUS, 1 },
		{ GOALS_ENOMEM, 0 },	  { GOALS_ESTORE, 0 },
		{ GOALS_EBUSY, 0 },	  { GOALS_ECORRUPT, 0 },
		{ GOALS_ESCHEMA, 0 },	  { GOALS_EOS, 0 },
	};
	size_t i;

	(void)state;
	assert_int_equal(N_OF(cases), N_OF(CODES));
	for (i = 0; i < N_OF(cases); i++)
		if (goals_error_is_input(cases[i].code) != cases[i].input)
			fail_msg("is_input(%d) = %d, want %d", cases[i].code,
				 goals_error_is_input(cases[i].code),
				 cases[i].input);
	/* an unknown code is nobody's input */
	for (i = 0; i < N_OF(UNKNOWN); i++)
		assert_int_equal(goals_error_is_input(UNKNOWN[i]), 0);
}

/* goals_errmsg ------------------------------------------------------------- */

struct thread_result {
	char before[64];  /* message of a new thread */
	char after[256];  /* after a failing call in it */
	int rc;
};

static void *thread_main(void *arg)
{
	struct thread_result *r = arg;
	double d;

	snprintf(r->before, sizeof(r->before), "%s", goals_errmsg());
	r->rc = goals_parse_number(&d, "thread-junk");
	snprintf(r->after, sizeof(r->after), "%s", goals_errmsg());
	return NULL;
}

/* The message is per thread: a new thread has none, and its failures do
 * not touch the message of another. */
static void test_errmsg_per_thread(void **state)
{
	struct thread_result r;
	pthread_t t;
	double d;
	char *mine;

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_int_equal(goals_parse_number(&d, "main-junk"), GOALS_EINVAL);
	mine = msg_copy();
	assert_non_null(strstr(mine, "main-junk"));
	assert_int_equal(pthread_create(&t, NULL, thread_main, &r), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_string_equal(r.before, "");
	assert_int_equal(r.rc, GOALS_EINVAL);
	assert_non_null(strstr(r.after, "thread-junk"));
	assert_string_equal(goals_errmsg(), mine);
	free(mine);
}

/* A failing call leaves its message; the next failing call replaces it
 * whole, and calls that succeed keep it. */
static void test_errmsg_replaced(void **state)
{
	struct fx *fx = *state;
	goals_date day;
	goals_id id;
	double d;
	char *m1, *m2;

	assert_int_equal(goals_date_parse(&day, "2026-02-30", 0, 0),
			 GOALS_EINVAL);
	m1 = msg_copy();
	assert_true(*m1);
	if (!strstr(m1, "2026-02-30"))
		fail_msg("\"%s\" does not name the bad date", m1);

	assert_int_equal(goals_resolve(&id, fx->s, "beefcafe"),
			 GOALS_ENOTFOUND);
	m2 = msg_copy();
	assert_true(*m2);
	if (!strstr(m2, "beefcafe"))
		fail_msg("\"%s\" does not name the id", m2);
	if (strstr(m2, "2026-02-30"))
		fail_msg("\"%s\" keeps the older message", m2);
	assert_string_not_equal(m1, m2);

	/* a shorter message after a longer one: no tail of the old one */
	assert_int_equal(goals_parse_number(&d, "x"), GOALS_EINVAL);
	assert_null(strstr(goals_errmsg(), "beefcafe"));
	free(m1);
	m1 = msg_copy();

	/* calls that succeed keep the message */
	assert_int_equal(goals_parse_number(&d, "12.5"), GOALS_OK);
	assert_int_equal(goals_date_parse(&day, "2026-02-28", 0, 0), GOALS_OK);
	assert_string_equal(goals_errmsg(), m1);
	free(m1);
	free(m2);
}

/* Successful verbs on the store keep the message too. */
static void test_errmsg_kept_by_store_verbs(void **state)
{
	struct fx *fx = *state;
	goals_fields f, ch;
	goals_goal *g = NULL;
	goals_goal_list l;
	goals_history h;
	goals_id id, p, out;
	goals_id *kids;
	size_t n;
	double d;
	char m[256];

	goals_fields_init(&f);
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, "parent"),
			 GOALS_OK);
	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_OK);
	p = g->id;
	goals_goal_free(g);
	f.parent = p;
	f.set |= GOALS_F_PARENT;
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, "child"),
			 GOALS_OK);

	assert_int_equal(goals_parse_number(&d, "marker-value"), GOALS_EINVAL);
	snprintf(m, sizeof(m), "%s", goals_errmsg());

	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_OK);
	goals_fields_clear(&f);
	id = g->id;
	goals_goal_free(g);
	assert_int_equal(goals_resolve(&out, fx->s, id.hex), GOALS_OK);
	assert_int_equal(goals_get(&g, fx->s, id.hex, T(NOW)), GOALS_OK);
	goals_goal_free(g);
	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	goals_goal_list_free(&l);
	goals_fields_init(&ch);
	assert_int_equal(goals_fields_set_str(&ch, GOALS_F_WHY, "because"),
			 GOALS_OK);
	assert_int_equal(goals_refine(NULL, fx->s, &id, &ch, 0, "why", T(NOW)),
			 GOALS_OK);
	goals_fields_clear(&ch);
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACHIEVED,
					  NULL, T(NOW)),
			 GOALS_OK);
	assert_int_equal(goals_history_get(&h, fx->s, &id), GOALS_OK);
	goals_history_free(&h);
	assert_int_equal(goals_children(&kids, &n, fx->s, &p), GOALS_OK);
	assert_int_equal(n, 1);
	free(kids);
	assert_int_equal(goals_remove(fx->s, &p, 1, T(NOW)), GOALS_OK);
	assert_int_equal(goals_remove(fx->s, &id, 0, T(NOW)), GOALS_OK);

	/* opening stores, new and existing, and closing them */
	{
		char *path = test_path(fx->dir, "sub/other.db");
		goals_store *s2 = NULL;
		assert_int_equal(goals_store_open(&s2, path, GOALS_OPEN_CREATE),
				 GOALS_OK);
		goals_store_close(s2);
		assert_int_equal(goals_store_open(&s2, path, 0), GOALS_OK);
		assert_int_equal(goals_store_existed(s2), 1);
		goals_store_close(s2);
		free(path);
	}

	if (strcmp(goals_errmsg(), m))
		fail_msg("message \"%s\" became \"%s\" without a failure", m,
			 goals_errmsg());
}

/*
 * A refine that succeeds keeps the message even when the chain of parents
 * it walks ends at a goal that is gone (a store written before deleting
 * a parent orphaned its children): goals_refine accepts that chain, so
 * nothing failed.
 */
static void test_errmsg_kept_by_refine_dangling(void **state)
{
	struct fx *fx = *state;
	goals_fields ch;
	goals_id child, other;
	double d;
	char m[256];

	raw_goal(fx->raw, "aaaa0000000040008000000000000000", "orphaned");
	raw_goal(fx->raw, "bbbb0000000040008000000000000000", "other");
	/* revisions are immutable: give it a second one with the parent */
	assert_int_equal(sqlite3_exec(fx->raw,
				      "INSERT INTO revisions (goal, number, at,"
				      " text, kind, parent) SELECT goal, 2, at,"
				      " text, kind,"
				      " 'dead0000000040008000000000000000'"
				      " FROM revisions WHERE text = 'orphaned';"
				      "UPDATE goals SET revision = 2 WHERE uuid ="
				      " 'aaaa0000000040008000000000000000'",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	memcpy(child.hex, "aaaa0000000040008000000000000000",
	       GOALS_ID_HEXLEN + 1);
	memcpy(other.hex, "bbbb0000000040008000000000000000",
	       GOALS_ID_HEXLEN + 1);

	assert_int_equal(goals_parse_number(&d, "marker-value"), GOALS_EINVAL);
	snprintf(m, sizeof(m), "%s", goals_errmsg());
	goals_fields_init(&ch);
	ch.parent = child;
	ch.set |= GOALS_F_PARENT;
	assert_int_equal(goals_refine(NULL, fx->s, &other, &ch, 0, NULL,
				      T(NOW)),
			 GOALS_OK);
	if (strcmp(goals_errmsg(), m))
		fail_msg("message \"%s\" became \"%s\" without a failure", m,
			 goals_errmsg());
}

/* An ambiguous id: the first line says what failed, each later line is a
 * candidate. */
static void test_errmsg_multiline(void **state)
{
	struct fx *fx = *state;
	goals_id out;
	char *m, *line2, *line3;

	raw_goal(fx->raw, "abcd1234000040008000000000000000", "first twin");
	raw_goal(fx->raw, "abcd5678000040008000000000000000", "second twin");
	raw_goal(fx->raw, "abce0000000040008000000000000000", "not a twin");

	assert_int_equal(goals_resolve(&out, fx->s, "abcd"), GOALS_EAMBIGUOUS);
	m = msg_copy();
	if (count_lines(m) != 3)
		fail_msg("want 3 lines, got:\n%s", m);
	assert_int_not_equal(m[strlen(m) - 1], '\n');
	line2 = strchr(m, '\n');
	*line2++ = '\0';
	line3 = strchr(line2, '\n');
	*line3++ = '\0';
	/* first line: what failed, naming the prefix */
	if (!strstr(m, "abcd"))
		fail_msg("first line \"%s\" lacks the prefix", m);
	assert_null(strstr(m, "twin"));
	/* hints: each candidate's id and text, in id order */
	if (!strstr(line2, "abcd123") || !strstr(line2, "first twin"))
		fail_msg("second line \"%s\" is not the first candidate",
			 line2);
	if (!strstr(line3, "abcd567") || !strstr(line3, "second twin"))
		fail_msg("third line \"%s\" is not the second candidate",
			 line3);
	free(m);

	/* the next failure replaces the hints too */
	assert_int_equal(goals_resolve(&out, fx->s, "abcf"), GOALS_ENOTFOUND);
	assert_int_equal(count_lines(goals_errmsg()), 1);
	assert_null(strstr(goals_errmsg(), "twin"));
	assert_non_null(strstr(goals_errmsg(), "abcf"));

	/* and an ambiguity again brings its own hints, not the old ones */
	raw_goal(fx->raw, "abcf0000000040008000000000000000", "third");
	raw_goal(fx->raw, "abcf0000000140008000000000000000", "fourth");
	assert_int_equal(goals_resolve(&out, fx->s, "abcf"), GOALS_EAMBIGUOUS);
	m = msg_copy();
	assert_int_equal(count_lines(m), 3);
	assert_null(strstr(m, "twin"));
	assert_non_null(strstr(m, "third"));
	assert_non_null(strstr(m, "fourth"));
	free(m);
}

/* A damaged store is not the caller's fault, and says so. */
static void test_errmsg_store(void **state)
{
	char *dir = test_tempdir();
	char *path = test_path(dir, "junk.db");
	goals_store *s = NULL;
	FILE *fp = fopen(path, "w");
	int rc, i;

	(void)state;
	assert_non_null(fp);
	for (i = 0; i < 200; i++)
		fputs("this is not an SQLite database\n", fp);
	fclose(fp);
	rc = goals_store_open(&s, path, 0);
	if (rc == GOALS_OK) {
		goals_store_close(s);
		fail_msg("a junk file opened as a store");
	}
	assert_true(rc < 0);
	assert_false(goals_error_is_input(rc));
	assert_true(goals_errmsg()[0] != '\0');
	assert_string_not_equal(goals_strerror(rc), "unknown error");
	free(path);
	test_rmtree(dir);
}

/* The library's own recorder (error.h) ---------------------------------- */

static void test_error_record(void **state)
{
	char big[4000];
	const char *m;
	size_t len;
	int i;

	(void)state;
	assert_int_equal(goals_error(GOALS_ESTORE, "cannot %s %d", "write", 7),
			 GOALS_ESTORE);
	assert_string_equal(goals_errmsg(), "cannot write 7");
	goals_error_append("hint %c", 'a');
	goals_error_append("hint %c", 'b');
	assert_string_equal(goals_errmsg(), "cannot write 7\nhint a\nhint b");
	assert_int_equal(goals_error(GOALS_EINVAL, "%s", "fresh"),
			 GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "fresh");
	assert_int_equal(goals_error_oom(), GOALS_ENOMEM);
	assert_non_null(strstr(goals_errmsg(), "memory"));

	/* a message too long for the buffer is cut, still a string */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(goals_error(GOALS_EINVAL, "%s", big), GOALS_EINVAL);
	m = goals_errmsg();
	len = strlen(m);
	assert_true(len > 0 && len < sizeof(big) - 1);
	assert_int_equal(strspn(m, "x"), len);
	/* appending to a full message keeps it a string, and the start */
	for (i = 0; i < 10; i++)
		goals_error_append("%s", big);
	m = goals_errmsg();
	assert_true(strlen(m) >= len && strlen(m) < sizeof(big));
	assert_int_equal(strspn(m, "x"), len);
	/* and the next message starts clean */
	goals_error(GOALS_EOS, "short");
	assert_string_equal(goals_errmsg(), "short");
}

int main(void)
{
#define T_(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strerror_codes),
		cmocka_unit_test(test_strerror_unknown),
		cmocka_unit_test(test_is_input),
		cmocka_unit_test(test_errmsg_per_thread),
		T_(test_errmsg_replaced),
		T_(test_errmsg_kept_by_store_verbs),
		T_(test_errmsg_kept_by_refine_dangling),
		T_(test_errmsg_multiline),
		cmocka_unit_test(test_errmsg_store),
		cmocka_unit_test(test_error_record),
	};
#undef T_

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
