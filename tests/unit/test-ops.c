/*
 * test-ops.c - unit tests of lib/ops.c and lib/progress.c: the rules a
 * goal's fields must satisfy, adding goals with and without parents,
 * resolving id prefixes, short ids, listing with filters and order, and
 * progress per kind (total, level, habit, done).
 *
 * Each test gets a fresh store in a temp directory, and a second, raw
 * SQLite connection to the same file, through which it plants what the
 * library has no verb for yet: goals with chosen ids, progress entries
 * and statuses.  "Now" is Wednesday 2026-03-04 12:00 UTC unless a test
 * says otherwise.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "fixture.h"
#include "helpers.h"

#include "goals/common.h"
#include "goals/date.h"
#include "goals/goal.h"
#include "goals/parse.h"
#include "goals/store.h"
#include "id.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define NOW     "2026-03-04T12:00:00Z"

/* Building fields ---------------------------------------------------------- */

/* Add f (and clear it), which must succeed; return the stored goal. */
static goals_goal *add_ok(goals_store *s, goals_fields *f, const char *now)
{
	goals_goal *g = NULL;
	int rc = goals_add(&g, s, f, T(now));
	if (rc != GOALS_OK)
		fail_msg("add '%s': %d %s", f->text ? f->text : "(null)", rc,
			 goals_errmsg());
	goals_fields_clear(f);
	assert_non_null(g);
	return g;
}

/* Add a goal with only a text; return its id. */
static goals_id add_text(goals_store *s, const char *text, const char *now)
{
	goals_fields f;
	goals_goal *g;
	goals_id id;

	f_text(&f, text);
	g = add_ok(s, &f, now);
	id = g->id;
	goals_goal_free(g);
	return id;
}

/* The goal with this id, as of now, which must exist. */
static goals_goal *get(goals_store *s, const goals_id *id, const char *now)
{
	goals_goal *g = NULL;
	int rc = goals_get(&g, s, id->hex, T(now));
	if (rc != GOALS_OK)
		fail_msg("get %s: %d %s", id->hex, rc, goals_errmsg());
	assert_non_null(g);
	return g;
}

static const unsigned ALL_STATUSES = (1u << GOALS_STATUS_ACTIVE) |
				     (1u << GOALS_STATUS_ACHIEVED) |
				     (1u << GOALS_STATUS_ABANDONED);

/* Number of goals of any status. */
static size_t count_all(goals_store *s)
{
	goals_filter all = { ALL_STATUSES, NULL, GOALS_DATE_NONE };
	goals_goal_list l;
	size_t n;

	assert_int_equal(goals_list(&l, s, &all, T(NOW)), GOALS_OK);
	n = l.count;
	goals_goal_list_free(&l);
	return n;
}

/* Raw SQL ----------------------------------------------------------------- */

static sqlite3_int64 raw_gid(sqlite3 *db, const goals_id *id)
{
	sqlite3_stmt *st;
	sqlite3_int64 gid;

	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT gid FROM goals"
					    " WHERE uuid = ?1",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_TRANSIENT);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	gid = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return gid;
}

/* Number of goals that another connection sees: what is committed. */
static int raw_count(sqlite3 *db)
{
	sqlite3_stmt *st;
	int n;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM goals",
					    -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Plant a done goal with a chosen id, as revision 1. */
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

/* Set a goal's status. */
static void raw_status(sqlite3 *db, const goals_id *id, const char *status)
{
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(db,
					    "UPDATE goals SET status = ?2"
					    " WHERE uuid = ?1",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, id->hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_TRANSIENT);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	assert_int_equal(sqlite3_changes(db), 1);
	sqlite3_finalize(st);
}

/* Log a progress entry for goal id at an instant ("YYYY-MM-DDTHH:MM:SSZ")
 * or on a day ("YYYY-MM-DD": at noon UTC). */
static void raw_entry(sqlite3 *db, const goals_id *id, const char *when,
		      double value)
{
	sqlite3_stmt *st;
	goals_id uuid;
	char at[GOALS_TIME_BUFSZ], day[GOALS_DATE_BUFSZ];

	if (strlen(when) == 10)
		snprintf(at, sizeof(at), "%sT12:00:00Z", when);
	else
		snprintf(at, sizeof(at), "%s", when);
	snprintf(day, sizeof(day), "%.10s", at);
	assert_int_equal(id_random(&uuid), GOALS_OK);
	assert_int_equal(
		sqlite3_prepare_v2(
			db,
			"INSERT INTO entries (uuid, goal, at, day, value)"
			" VALUES (?1, ?2, ?3, ?4, ?5)",
			-1, &st, NULL),
		SQLITE_OK);
	sqlite3_bind_text(st, 1, uuid.hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, raw_gid(db, id));
	sqlite3_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(st, 5, value);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

/* Validation --------------------------------------------------------------- */

static void b_no_text(goals_fields *f)
{
	goals_fields_clear(f);
	f_target(f, 3);
}
static void b_text_null(goals_fields *f)
{
	free(f->text);
	f->text = NULL;
}
static void b_text_empty(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "");
}
static void b_text_spaces(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "   ");
}
static void b_text_bad_utf8(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "run \xff km");
}
static void b_text_overlong(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "slash \xc0\xaf");
}
static void b_text_surrogate(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "half \xed\xa0\x80 pair");
}
static void b_text_truncated(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "euro \xe2\x82");
}
static void b_text_control(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "bell \x07");
}
static void b_text_newline(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "two\nlines");
}
static void b_text_too_long(goals_fields *f)
{
	char *s = malloc(GOALS_TEXT_MAX + 2);
	assert_non_null(s);
	memset(s, 'x', GOALS_TEXT_MAX + 1);
	s[GOALS_TEXT_MAX + 1] = '\0';
	f_str(f, GOALS_F_TEXT, s);
	free(s);
}
static void b_why_bad_utf8(goals_fields *f)
{
	f_str(f, GOALS_F_WHY, "because \xfe");
}
static void b_metric_bad_utf8(goals_fields *f)
{
	f_str(f, GOALS_F_METRIC, "\x80");
}
static void b_unit_control(goals_fields *f)
{
	f_str(f, GOALS_F_UNIT, "k\x1bm");
}
static void b_area_upper(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "Health");
}
static void b_area_all_upper(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "WORK");
}
static void b_area_two_words(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "two words");
}
static void b_area_empty(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "");
}
static void b_area_dot(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "a.b");
}
static void b_area_bad_utf8(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "caf\xe9");
}
static void b_habit_no_every(goals_fields *f)
{
	f_kind(f, GOALS_KIND_HABIT);
	f_target(f, 3);
}
static void b_habit_every_none(goals_fields *f)
{
	f_kind(f, GOALS_KIND_HABIT);
	f_every(f, GOALS_EVERY_NONE);
	f_target(f, 3);
}
static void b_habit_no_target(goals_fields *f)
{
	f_every(f, GOALS_EVERY_WEEK); /* kind defaults to habit */
}
static void b_habit_target_zero(goals_fields *f)
{
	f_every(f, GOALS_EVERY_WEEK);
	f_target(f, 0);
}
static void b_habit_target_negative(goals_fields *f)
{
	f_kind(f, GOALS_KIND_HABIT);
	f_every(f, GOALS_EVERY_DAY);
	f_target(f, -1);
}
static void b_every_total(goals_fields *f)
{
	f_kind(f, GOALS_KIND_TOTAL);
	f_every(f, GOALS_EVERY_WEEK);
	f_target(f, 3);
}
static void b_every_level(goals_fields *f)
{
	f_kind(f, GOALS_KIND_LEVEL);
	f_every(f, GOALS_EVERY_MONTH);
	f_target(f, 3);
}
static void b_every_done(goals_fields *f)
{
	f_kind(f, GOALS_KIND_DONE);
	f_every(f, GOALS_EVERY_DAY);
}
static void b_done_target(goals_fields *f)
{
	f_kind(f, GOALS_KIND_DONE);
	f_target(f, 1);
}
static void b_done_baseline(goals_fields *f)
{
	f_kind(f, GOALS_KIND_DONE);
	f_baseline(f, 1);
}
static void b_deadline_before_start(goals_fields *f)
{
	f_start(f, "2026-03-10");
	f_deadline(f, "2026-03-09");
}
static void b_confidence_negative(goals_fields *f)
{
	f_confidence(f, -1);
}
static void b_confidence_11(goals_fields *f)
{
	f_confidence(f, 11);
}
static void b_target_nan(goals_fields *f)
{
	f_target(f, NAN);
}
static void b_target_inf(goals_fields *f)
{
	f_target(f, INFINITY);
}
static void b_target_minus_inf(goals_fields *f)
{
	f_kind(f, GOALS_KIND_LEVEL);
	f_target(f, -INFINITY);
}
static void b_baseline_nan(goals_fields *f)
{
	f_target(f, 10);
	f_baseline(f, NAN);
}
static void b_baseline_inf(goals_fields *f)
{
	f_target(f, 10);
	f_baseline(f, INFINITY);
}
static void b_kind_unknown(goals_fields *f)
{
	f_kind(f, (goals_kind)99);
}
static void b_kind_zero(goals_fields *f)
{
	f_kind(f, (goals_kind)0);
}
static void b_review_zero(goals_fields *f)
{
	f_review(f, 0, 'd');
}
static void b_review_1000(goals_fields *f)
{
	f_review(f, 1000, 'w');
}
static void b_review_unit(goals_fields *f)
{
	f_review(f, 2, 'y');
}
static void b_review_nul_unit(goals_fields *f)
{
	f_review(f, 2, '\0');
}
static void b_parent_junk(goals_fields *f)
{
	snprintf(f->parent.hex, sizeof(f->parent.hex), "%s", "not-an-id");
	f->set |= GOALS_F_PARENT;
}
static void b_parent_upper(goals_fields *f)
{
	snprintf(f->parent.hex, sizeof(f->parent.hex), "%s",
		 "0123456789ABCDEF0123456789ABCDEF");
	f->set |= GOALS_F_PARENT;
}

static void test_add_invalid(void **state)
{
	static const struct {
		const char *name;
		void (*build)(goals_fields *);
		const char *needle; /* what the message must say */
	} cases[] = {
		{ "no text", b_no_text, "text" },
		{ "text NULL", b_text_null, "text" },
		{ "text empty", b_text_empty, "text" },
		{ "text spaces", b_text_spaces, "text" },
		{ "text bad UTF-8", b_text_bad_utf8, "text" },
		{ "text overlong UTF-8", b_text_overlong, "text" },
		{ "text surrogate", b_text_surrogate, "text" },
		{ "text truncated UTF-8", b_text_truncated, "text" },
		{ "text control", b_text_control, "text" },
		{ "text newline", b_text_newline, "text" },
		{ "text too long", b_text_too_long, "text" },
		{ "why bad UTF-8", b_why_bad_utf8, "why" },
		{ "metric bad UTF-8", b_metric_bad_utf8, "metric" },
		{ "unit control", b_unit_control, "unit" },
		{ "area upper", b_area_upper, "Health" },
		{ "area all upper", b_area_all_upper, "WORK" },
		{ "area two words", b_area_two_words, "area" },
		{ "area empty", b_area_empty, "area" },
		{ "area dot", b_area_dot, "area" },
		{ "area bad UTF-8", b_area_bad_utf8, "area" },
		{ "habit without every", b_habit_no_every, "--every" },
		{ "habit every none", b_habit_every_none, "--every" },
		{ "habit without target", b_habit_no_target, "target" },
		{ "habit target 0", b_habit_target_zero, "target '0'" },
		{ "habit target -1", b_habit_target_negative, "target '-1'" },
		{ "every on total", b_every_total, "habit" },
		{ "every on level", b_every_level, "habit" },
		{ "every on done", b_every_done, "habit" },
		{ "done with target", b_done_target, "done" },
		{ "done with baseline", b_done_baseline, "done" },
		{ "deadline before start", b_deadline_before_start,
		  "2026-03-09 is before the start 2026-03-10" },
		{ "confidence -1", b_confidence_negative, "confidence" },
		{ "confidence 11", b_confidence_11, "confidence" },
		{ "target NaN", b_target_nan, "target" },
		{ "target inf", b_target_inf, "target 'inf'" },
		{ "target -inf", b_target_minus_inf, "target" },
		{ "baseline NaN", b_baseline_nan, "baseline" },
		{ "baseline inf", b_baseline_inf, "baseline" },
		{ "kind 99", b_kind_unknown, "kind" },
		{ "kind 0", b_kind_zero, "kind" },
		{ "review 0d", b_review_zero, "review" },
		{ "review 1000w", b_review_1000, "cadence 1000w" },
		{ "review 2y", b_review_unit, "review" },
		{ "review unit NUL", b_review_nul_unit, "review" },
		{ "parent junk", b_parent_junk, "parent" },
		{ "parent upper case", b_parent_upper, "parent" },
	};
	struct fx *fx = *state;
	size_t i;

	/* one goal already there, so "nothing added" is not "empty" */
	add_text(fx->s, "already here", NOW);
	assert_int_equal(count_all(fx->s), 1);
	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g = (goals_goal *)&g;
		int rc;

		f_text(&f, "a valid text");
		cases[i].build(&f);
		rc = goals_add(&g, fx->s, &f, T(NOW));
		goals_fields_clear(&f);
		if (rc != GOALS_EINVAL)
			fail_msg("%s: got %d, want GOALS_EINVAL (%s)",
				 cases[i].name, rc, goals_errmsg());
		if (g)
			fail_msg("%s: *out not NULL", cases[i].name);
		if (!strstr(goals_errmsg(), cases[i].needle))
			fail_msg("%s: message \"%s\" lacks \"%s\"",
				 cases[i].name, goals_errmsg(),
				 cases[i].needle);
		if (count_all(fx->s) != 1)
			fail_msg("%s: a goal was added", cases[i].name);
	}
}

static void b_target_ten(goals_fields *f)
{
	f_target(f, 10);
}
static void b_habit_weekly(goals_fields *f)
{
	f_every(f, GOALS_EVERY_WEEK);
	f_target(f, 3);
}
static void b_level(goals_fields *f)
{
	f_kind(f, GOALS_KIND_LEVEL);
	f_baseline(f, 80);
	f_target(f, 70);
}
static void b_baseline_only(goals_fields *f)
{
	f_baseline(f, 5);
}
static void b_total_no_target(goals_fields *f)
{
	f_kind(f, GOALS_KIND_TOTAL);
}
static void b_deadline_on_start(goals_fields *f)
{
	f_start(f, "2026-03-10");
	f_deadline(f, "2026-03-10");
}
static void b_everything(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "health");
	f_str(f, GOALS_F_METRIC, "distance");
	f_str(f, GOALS_F_UNIT, "km");
	f_baseline(f, 0);
	f_target(f, 100);
	f_start(f, "2026-03-01");
	f_deadline(f, "2026-06-30");
	f_str(f, GOALS_F_WHY, "to feel well");
	f_confidence(f, 7);
	f_review(f, 1, 'm');
}

static void test_add_defaults(void **state)
{
	static const struct {
		const char *name;
		void (*build)(goals_fields *);
		goals_kind want;
	} cases[] = {
		{ "text only", NULL, GOALS_KIND_DONE },
		{ "target", b_target_ten, GOALS_KIND_TOTAL },
		{ "baseline", b_baseline_only, GOALS_KIND_TOTAL },
		{ "every and target", b_habit_weekly, GOALS_KIND_HABIT },
		{ "explicit level", b_level, GOALS_KIND_LEVEL },
		{ "explicit total, no target", b_total_no_target,
		  GOALS_KIND_TOTAL },
		{ "deadline on the start", b_deadline_on_start,
		  GOALS_KIND_DONE },
		{ "everything", b_everything, GOALS_KIND_TOTAL },
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g, *again;

		unsigned want_set;

		f_text(&f, cases[i].name);
		if (cases[i].build)
			cases[i].build(&f);
		want_set = f.set | GOALS_F_KIND;
		g = add_ok(fx->s, &f, NOW);
		if (g->f.kind != cases[i].want || !(g->f.set & GOALS_F_KIND))
			fail_msg("%s: kind %d, want %d", cases[i].name,
				 g->f.kind, cases[i].want);
		assert_string_equal(g->f.text, cases[i].name);
		assert_int_equal(g->status, GOALS_STATUS_ACTIVE);
		assert_int_equal(g->revision, 1);
		assert_int_equal(g->created, T(NOW));
		assert_int_equal(g->updated, T(NOW));
		assert_true(id_hex_valid(g->id.hex));
		assert_int_equal(g->short_len, GOALS_SHORT_MIN);
		assert_int_equal(g->progress.entries, 0);
		/* stored as returned */
		again = get(fx->s, &g->id, NOW);
		assert_int_equal(again->f.kind, cases[i].want);
		assert_int_equal(g->f.set, want_set);
		assert_int_equal(again->f.set, want_set);
		goals_goal_free(again);
		goals_goal_free(g);
		assert_int_equal(count_all(fx->s), i + 1);
	}
}

static void test_add_round_trip(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g, *r;

	f_text(&f, "Lauf 100 km \xe2\x80\x94 im Fr\xc3\xbchling\tzwei");
	f_str(&f, GOALS_F_AREA, "k\xc3\xb6rper");
	f_kind(&f, GOALS_KIND_LEVEL);
	f_str(&f, GOALS_F_METRIC, "weight");
	f_str(&f, GOALS_F_UNIT, "kg");
	f_baseline(&f, -2.5);
	f_target(&f, 1e6);
	f_start(&f, "2026-03-01");
	f_deadline(&f, "2026-03-01");
	f_str(&f, GOALS_F_WHY, "because");
	f_confidence(&f, 0);
	f_review(&f, 2, 'w');
	g = add_ok(fx->s, &f, NOW);
	r = get(fx->s, &g->id, "2026-03-05T00:00:00Z");
	assert_string_equal(
		r->f.text, "Lauf 100 km \xe2\x80\x94 im Fr\xc3\xbchling\tzwei");
	assert_string_equal(r->f.area, "k\xc3\xb6rper");
	assert_int_equal(r->f.kind, GOALS_KIND_LEVEL);
	assert_string_equal(r->f.metric, "weight");
	assert_string_equal(r->f.unit, "kg");
	assert_true(r->f.baseline == -2.5);
	assert_true(r->f.target == 1e6);
	assert_int_equal(r->f.start, D("2026-03-01"));
	assert_int_equal(r->f.deadline, D("2026-03-01"));
	assert_string_equal(r->f.why, "because");
	assert_true(r->f.set & GOALS_F_CONFIDENCE);
	assert_int_equal(r->f.confidence, 0);
	assert_int_equal(r->f.review.n, 2);
	assert_int_equal(r->f.review.unit, 'w');
	assert_false(r->f.set & (GOALS_F_EVERY | GOALS_F_PARENT));
	goals_goal_free(r);
	goals_goal_free(g);

	/* confidence 10 is the top of the range */
	f_text(&f, "sure");
	f_confidence(&f, 10);
	g = add_ok(fx->s, &f, NOW);
	assert_int_equal(g->f.confidence, 10);
	goals_goal_free(g);
}

static void test_add_parent(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g = (goals_goal *)&g;
	goals_id parent = add_text(fx->s, "parent", NOW);
	goals_goal *child;

	/* a parent that does not exist: nothing is added */
	f_text(&f, "orphan");
	f.parent = ID("0123456789abcdef0123456789abcdef");
	f.set |= GOALS_F_PARENT;
	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_ENOTFOUND);
	goals_fields_clear(&f);
	assert_null(g);
	msg_has("parent");
	msg_has("0123456");
	assert_int_equal(count_all(fx->s), 1);

	/* one that does */
	f_text(&f, "child");
	f.parent = parent;
	f.set |= GOALS_F_PARENT;
	child = add_ok(fx->s, &f, NOW);
	assert_true(child->f.set & GOALS_F_PARENT);
	assert_string_equal(child->f.parent.hex, parent.hex);
	g = get(fx->s, &child->id, NOW);
	assert_string_equal(g->f.parent.hex, parent.hex);
	goals_goal_free(g);
	goals_goal_free(child);
	assert_int_equal(count_all(fx->s), 2);
}

/* Resolving ids ------------------------------------------------------------ */

#define ID_A "abcd0000000040008000000000000000"
#define ID_B "abcd1111111141118111111111111111"
#define ID_C "12340000000040008000000000000000"
#define ID_D "ffff0000000040008000000000000000"
#define ID_E "fffff000000040008000000000000000"
#define ID_F "1239aaaa000040008000000000000000"
#define ID_G "123a0000000040008000000000000000"
#define ID_H "abcf0000000040008000000000000000"
#define ID_I "abd00000000040008000000000000000"

static void plant_ids(sqlite3 *db)
{
	static const char *const ids[] = { ID_A, ID_B, ID_C, ID_D, ID_E,
					   ID_F, ID_G, ID_H, ID_I };
	size_t i;

	for (i = 0; i < N_OF(ids); i++) {
		char text[32];
		snprintf(text, sizeof(text), "goal %c", (char)('A' + i));
		raw_goal(db, ids[i], text);
	}
}

static void test_resolve(void **state)
{
	static const struct {
		const char *prefix;
		int want_rc;
		const char *want; /* the id, when found */
	} cases[] = {
		{ "1234", GOALS_OK, ID_C },
		{ "abcd0", GOALS_OK, ID_A },
		{ "ABCD1", GOALS_OK, ID_B },
		{ "abcd-1", GOALS_OK, ID_B },
		{ ID_A, GOALS_OK, ID_A },
		{ "abcd0000-0000-4000-8000-000000000000", GOALS_OK, ID_A },
		{ "ABCD1111-1111-4111-8111-111111111111", GOALS_OK, ID_B },
		{ "ffff0", GOALS_OK, ID_D },
		{ "fffff", GOALS_OK, ID_E },
		{ "FFFFF000", GOALS_OK, ID_E },
		{ "1239", GOALS_OK, ID_F },
		{ "123a", GOALS_OK, ID_G },
		{ "abcf", GOALS_OK, ID_H },
		{ "abd0", GOALS_OK, ID_I },
		{ "abd", GOALS_EINVAL, NULL },
		{ "abce", GOALS_ENOTFOUND, NULL },
		{ "0000", GOALS_ENOTFOUND, NULL },
		{ "abcd2", GOALS_ENOTFOUND, NULL },
		{ "ffff1", GOALS_ENOTFOUND, NULL },
		{ "123b", GOALS_ENOTFOUND, NULL },
		{ "abcd0000-0000-4000-8000-000000000001", GOALS_ENOTFOUND,
		  NULL },
		{ "abcd", GOALS_EAMBIGUOUS, NULL },
		{ "ffff", GOALS_EAMBIGUOUS, NULL },
		{ "123", GOALS_EINVAL, NULL },
		{ "", GOALS_EINVAL, NULL },
		{ "xyz!", GOALS_EINVAL, NULL },
		{ "abcd 0", GOALS_EINVAL, NULL },
		{ ID_A "0", GOALS_EINVAL, NULL },
	};
	struct fx *fx = *state;
	size_t i;

	plant_ids(fx->raw);
	for (i = 0; i < N_OF(cases); i++) {
		goals_id out;
		goals_goal *g = NULL;
		int rc;

		memset(&out, 0, sizeof(out));
		rc = goals_resolve(&out, fx->s, cases[i].prefix);
		if (rc != cases[i].want_rc)
			fail_msg("'%s': got %d, want %d (%s)", cases[i].prefix,
				 rc, cases[i].want_rc, goals_errmsg());
		if (rc == GOALS_OK)
			assert_string_equal(out.hex, cases[i].want);
		if (rc == GOALS_ENOTFOUND) {
			char quoted[64];
			snprintf(quoted, sizeof(quoted), "'%s'",
				 cases[i].prefix);
			msg_has(quoted);
		}
		/* goals_get resolves the same way */
		rc = goals_get(&g, fx->s, cases[i].prefix, T(NOW));
		assert_int_equal(rc, cases[i].want_rc);
		if (rc == GOALS_OK) {
			assert_string_equal(g->id.hex, cases[i].want);
			goals_goal_free(g);
		} else {
			assert_null(g);
		}
	}
}

static void test_resolve_ambiguous_message(void **state)
{
	struct fx *fx = *state;
	goals_id out;
	const char *msg, *nl;

	plant_ids(fx->raw);
	assert_int_equal(goals_resolve(&out, fx->s, "ABCD"), GOALS_EAMBIGUOUS);
	msg = goals_errmsg();
	/* the first line says what failed, quoting what was typed */
	nl = strchr(msg, '\n');
	assert_non_null(nl);
	if (!strstr(msg, "'ABCD'") || strstr(msg, "'ABCD'") > nl)
		fail_msg("first line of \"%s\" lacks 'ABCD'", msg);
	/* every candidate, with its text, and nothing else */
	msg_has("abcd000");
	msg_has("goal A");
	msg_has("abcd111");
	msg_has("goal B");
	assert_null(strstr(msg, "goal H"));
	assert_null(strstr(msg, "goal I"));
	assert_null(strstr(msg, "more"));
	/* in id order */
	assert_true(strstr(msg, "goal A") < strstr(msg, "goal B"));

	assert_int_equal(goals_resolve(&out, fx->s, "ffff"), GOALS_EAMBIGUOUS);
	msg_has("ffff000");
	msg_has("fffff00");
	msg_has("goal D");
	msg_has("goal E");
}

static void test_resolve_many_candidates(void **state)
{
	struct fx *fx = *state;
	goals_id out;
	char hex[GOALS_ID_HEXLEN + 1], text[32];
	int i, lines = 0;
	const char *p;

	for (i = 0; i < 12; i++) {
		snprintf(hex, sizeof(hex), "eeee%02d00000040008000000000000000",
			 i);
		snprintf(text, sizeof(text), "many %02d", i);
		raw_goal(fx->raw, hex, text);
	}
	assert_int_equal(goals_resolve(&out, fx->s, "eeee"), GOALS_EAMBIGUOUS);
	msg_has("many 00");
	msg_has("many 09");
	/* the list is cut, and says so */
	msg_has("more");
	assert_null(strstr(goals_errmsg(), "many 11"));
	for (p = goals_errmsg(); *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 11); /* 10 candidates and "... and more" */
}

/*
 * Each candidate of an ambiguous id is shown by a prefix that the user can
 * type to pick it: typing what the message shows must not be ambiguous
 * again (git lists each candidate by its unique abbreviation).
 */
static void test_resolve_candidates_typeable(void **state)
{
	static const char *const ids[] = {
		"abcdef12000000004000800000000000",
		"abcdef12990000004000800000000000",
		"abcdef13000000004000800000000000",
	};
	struct fx *fx = *state;
	char *msg;
	const char *line;
	size_t i, shown = 0;

	for (i = 0; i < N_OF(ids); i++)
		raw_goal(fx->raw, ids[i], "twin");
	{
		goals_id out;
		assert_int_equal(goals_resolve(&out, fx->s, "abcd"),
				 GOALS_EAMBIGUOUS);
	}
	msg = strdup(goals_errmsg());
	assert_non_null(msg);
	for (line = strchr(msg, '\n'); line; line = strchr(line + 1, '\n')) {
		char token[64];
		goals_id out;
		int rc;
		if (sscanf(line + 1, " %63[0-9a-f-]", token) != 1)
			continue;
		shown++;
		rc = goals_resolve(&out, fx->s, token);
		if (rc != GOALS_OK)
			fail_msg("candidate shown as '%s' does not resolve "
				 "(%d: %s); message was:\n%s",
				 token, rc, goals_errmsg(), msg);
	}
	assert_int_equal(shown, N_OF(ids));
	free(msg);
}

/* A verb that fails ends its own transaction: the next verb commits. */
static void test_failures_leave_no_transaction(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_id out;
	int n = 0;

	plant_ids(fx->raw);
	n = raw_count(fx->raw);

	/* a parent that does not exist */
	f_text(&f, "orphan");
	f.parent = ID("0123456789abcdef0123456789abcdef");
	f.set |= GOALS_F_PARENT;
	assert_int_equal(goals_add(NULL, fx->s, &f, T(NOW)), GOALS_ENOTFOUND);
	goals_fields_clear(&f);
	add_text(fx->s, "after a missing parent", NOW);
	assert_int_equal(raw_count(fx->raw), ++n);

	/* an id that matches nothing, or several goals */
	assert_int_equal(goals_resolve(&out, fx->s, "0000"), GOALS_ENOTFOUND);
	add_text(fx->s, "after not found", NOW);
	assert_int_equal(raw_count(fx->raw), ++n);
	assert_int_equal(goals_resolve(&out, fx->s, "abcd"), GOALS_EAMBIGUOUS);
	add_text(fx->s, "after ambiguous", NOW);
	assert_int_equal(raw_count(fx->raw), ++n);
	assert_int_equal(goals_get(&g, fx->s, "0000", T(NOW)), GOALS_ENOTFOUND);
	add_text(fx->s, "after a failed get", NOW);
	assert_int_equal(raw_count(fx->raw), ++n);

	/* and the store can still be written by another connection */
	raw_goal(fx->raw, "99990000000040008000000000000000", "raw");
	assert_int_equal(count_all(fx->s), (size_t)n + 1);
}

/* Short ids ---------------------------------------------------------------- */

static void test_short_len_random(void **state)
{
	struct fx *fx = *state;
	goals_goal_list l;
	size_t i;

	for (i = 0; i < 5; i++) {
		goals_fields f;
		goals_goal *g;
		f_text(&f, "random id");
		g = add_ok(fx->s, &f, NOW);
		assert_int_equal(g->short_len, GOALS_SHORT_MIN);
		goals_goal_free(g);
	}
	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	assert_int_equal(l.count, 5);
	for (i = 0; i < l.count; i++)
		assert_int_equal(l.items[i].short_len, GOALS_SHORT_MIN);
	goals_goal_list_free(&l);
}

static void test_short_len_shared(void **state)
{
	static const struct {
		const char *hex;
		int want;
	} cases[] = {
		/* shares 3 digits with the next: the minimum */
		{ "abc00000000000004000800000000000", 7 },
		/* these two share 8 */
		{ "abcdef12000000004000800000000000", 9 },
		{ "abcdef12990000004000800000000000", 9 },
		/* shares 7 with the ones before and after it */
		{ "abcdef13000000004000800000000000", 8 },
		/* shares 7 with the one before it, 9 with the one after */
		{ "abcdef1c000000004000800000000000", 10 },
		{ "abcdef1c0a0000004000800000000000", 11 },
		{ "abcdef1c0a1000004000800000000000", 11 },
		/* 30 and 31 digits in common */
		{ "0123456789abcdef0123456789abcd00", 31 },
		{ "0123456789abcdef0123456789abcde0", 32 },
		{ "0123456789abcdef0123456789abcde1", 32 },
	};
	struct fx *fx = *state;
	goals_filter all = { ALL_STATUSES, NULL, GOALS_DATE_NONE };
	goals_goal_list l;
	size_t i, j;

	for (i = 0; i < N_OF(cases); i++)
		raw_goal(fx->raw, cases[i].hex, cases[i].hex);
	/* one of a pair is no longer active: it still shares the prefix */
	{
		goals_id twin = ID("abcdef12990000004000800000000000");
		raw_status(fx->raw, &twin, "achieved");
	}
	for (i = 0; i < N_OF(cases); i++) {
		goals_id id = ID(cases[i].hex);
		goals_goal *g = get(fx->s, &id, NOW);
		if (g->short_len != cases[i].want)
			fail_msg("get %s: short_len %d, want %d", cases[i].hex,
				 g->short_len, cases[i].want);
		goals_goal_free(g);
	}
	for (j = 0; j < 2; j++) {
		assert_int_equal(goals_list(&l, fx->s, j ? &all : NULL, T(NOW)),
				 GOALS_OK);
		assert_int_equal(l.count, N_OF(cases) - (j ? 0 : 1));
		for (i = 0; i < l.count; i++) {
			size_t k;
			for (k = 0; k < N_OF(cases); k++)
				if (!strcmp(cases[k].hex, l.items[i].id.hex))
					break;
			assert_true(k < N_OF(cases));
			if (l.items[i].short_len != cases[k].want)
				fail_msg("list %s: short_len %d, want %d",
					 cases[k].hex, l.items[i].short_len,
					 cases[k].want);
		}
		goals_goal_list_free(&l);
	}
	/* every short id resolves to its goal */
	for (i = 0; i < N_OF(cases); i++) {
		char prefix[GOALS_ID_HEXLEN + 1];
		goals_id out;
		snprintf(prefix, sizeof(prefix), "%.*s", cases[i].want,
			 cases[i].hex);
		assert_int_equal(goals_resolve(&out, fx->s, prefix), GOALS_OK);
		assert_string_equal(out.hex, cases[i].hex);
	}
}

/* goals_briefs: the ids a shell completes, with their short ids as
 * goals_list shows them and their current text, one read of the store. */
static void test_briefs(void **state)
{
	static const struct {
		const char *hex;
		int short_len;
	} ids[] = {
		{ "abc00000000000004000800000000000", 7 },
		{ "abcdef12000000004000800000000000", 9 },
		{ "abcdef12990000004000800000000000", 9 },
		{ "abcdef1c000000004000800000000000", 10 },
		{ "abcdef1c0a0000004000800000000000", 11 },
		{ "abcdef1c0a1000004000800000000000", 11 },
		{ "f0000000000000004000800000000000", 7 },
	};
	static const struct {
		const char *prefix;
		size_t first, count; /* the ids[] that match */
	} cases[] = {
		{ "", 0, 7 },
		{ "a", 0, 6 },
		{ "abcdef1c", 3, 3 },
		{ "ABCDEF1C-0A", 4, 2 },
		{ "abcdef1c-0a10-0000-4000-800000000000", 5, 1 },
		{ "abcdef1c0a1000004000800000000000", 5, 1 },
		{ "f", 6, 1 },
		{ "b", 0, 0 },
		{ "abcdef1c0a1000004000800000000000" "0", 0, 0 },
		{ "xyz", 0, 0 },
		{ "ab cd", 0, 0 },
	};
	struct fx *fx = *state;
	goals_brief_list l;
	goals_fields ch;
	goals_id id = ID(ids[6].hex);
	size_t i, k;

	for (i = 0; i < N_OF(ids); i++)
		raw_goal(fx->raw, ids[i].hex, ids[i].hex);
	/* a closed goal is offered too; a refined one with its new text */
	{
		goals_id twin = ID(ids[2].hex);
		raw_status(fx->raw, &twin, "achieved");
	}
	goals_fields_init(&ch);
	f_text(&ch, "the newer text");
	assert_int_equal(goals_refine(NULL, fx->s, &id, &ch, 0, "why", T(NOW)),
			 GOALS_OK);
	goals_fields_clear(&ch);
	for (i = 0; i < N_OF(cases); i++) {
		assert_int_equal(goals_briefs(&l, fx->s, cases[i].prefix),
				 GOALS_OK);
		if (l.count != cases[i].count)
			fail_msg("'%s': %zu goals, want %zu", cases[i].prefix,
				 l.count, cases[i].count);
		for (k = 0; k < l.count; k++) {
			size_t j = cases[i].first + k;
			assert_string_equal(l.items[k].id.hex, ids[j].hex);
			if (l.items[k].short_len != ids[j].short_len)
				fail_msg("'%s': %s short_len %d, want %d",
					 cases[i].prefix, ids[j].hex,
					 l.items[k].short_len,
					 ids[j].short_len);
			assert_string_equal(l.items[k].text,
					    j == 6 ? "the newer text"
						   : ids[j].hex);
			assert_int_equal(l.items[k].status,
					 j == 2 ? GOALS_STATUS_ACHIEVED
						: GOALS_STATUS_ACTIVE);
		}
		goals_brief_list_free(&l);
		assert_null(l.items);
		assert_int_equal(l.count, 0);
	}
	goals_brief_list_free(NULL);
}

/* goals_briefs of a store that does not exist: none, and no file. */
static void test_briefs_no_store(void **state)
{
	struct fx *fx = *state;
	char *path = test_path(fx->dir, "none.db");
	goals_store *s = NULL;
	goals_brief_list l;
	assert_int_equal(goals_store_open(&s, path, 0), GOALS_OK);
	assert_int_equal(goals_briefs(&l, s, ""), GOALS_OK);
	assert_int_equal(l.count, 0);
	goals_brief_list_free(&l);
	goals_store_close(s);
	assert_int_equal(access(path, F_OK), -1);
	free(path);
}

/* Listing ------------------------------------------------------------------ */

/* Goals named by one letter, for the list tests. */
static void plant_list(struct fx *fx)
{
	static const struct {
		const char *text, *area, *deadline, *created, *status;
	} goals[] = {
		{ "d", "health", NULL, "2026-03-01T00:00:00Z", NULL },
		{ "a", "health", "2026-05-01", "2026-03-01T00:00:01Z", NULL },
		{ "b", NULL, NULL, "2026-03-01T00:00:02Z", NULL },
		{ "c", "work", "2026-04-01", "2026-03-01T00:00:03Z", NULL },
		{ "e", "health", "2026-04-01", "2026-03-01T00:00:04Z", NULL },
		{ "f", "work", "2026-03-20", "2026-03-01T00:00:05Z",
		  "achieved" },
		{ "g", "health", "2026-03-15", "2026-03-01T00:00:06Z",
		  "abandoned" },
	};
	size_t i;

	for (i = 0; i < N_OF(goals); i++) {
		goals_fields f;
		goals_goal *g;
		f_text(&f, goals[i].text);
		if (goals[i].area)
			f_str(&f, GOALS_F_AREA, goals[i].area);
		if (goals[i].deadline)
			f_deadline(&f, goals[i].deadline);
		g = add_ok(fx->s, &f, goals[i].created);
		if (goals[i].status)
			raw_status(fx->raw, &g->id, goals[i].status);
		goals_goal_free(g);
	}
}

static void test_list_filters(void **state)
{
	static const unsigned ACT = 1u << GOALS_STATUS_ACTIVE,
			      ACH = 1u << GOALS_STATUS_ACHIEVED,
			      ABA = 1u << GOALS_STATUS_ABANDONED;
	static const struct {
		int null_filter;
		unsigned statuses;
		const char *area;
		const char *due_before;
		const char *want; /* texts in order */
	} cases[] = {
		{ 1, 0, NULL, NULL, "ceadb" },
		{ 0, 0, NULL, NULL, "ceadb" },
		{ 0, ACT, NULL, NULL, "ceadb" },
		{ 0, ACH, NULL, NULL, "f" },
		{ 0, ABA, NULL, NULL, "g" },
		{ 0, ACT | ACH, NULL, NULL, "fceadb" },
		{ 0, ACH | ABA, NULL, NULL, "gf" },
		{ 0, ACT | ACH | ABA, NULL, NULL, "gfceadb" },
		{ 0, 0, "health", NULL, "ead" },
		{ 0, ACT | ACH | ABA, "health", NULL, "gead" },
		{ 0, 0, "work", NULL, "c" },
		{ 0, 0, "sport", NULL, "" },
		/* strictly before: a deadline on the day does not count */
		{ 0, 0, NULL, "2026-04-01", "" },
		{ 0, 0, NULL, "2026-04-02", "ce" },
		{ 0, 0, NULL, "2026-06-01", "cea" },
		{ 0, ACT | ACH | ABA, NULL, "2026-04-02", "gfce" },
		{ 0, ACT | ACH | ABA, NULL, "2026-03-15", "" },
		{ 0, ACT | ACH | ABA, "work", "2026-04-02", "fc" },
		{ 0, 0, "health", "2026-06-01", "ea" },
	};
	struct fx *fx = *state;
	size_t i, j;

	plant_list(fx);
	for (i = 0; i < N_OF(cases); i++) {
		goals_filter filter;
		goals_goal_list l;
		char got[16];

		filter.statuses = cases[i].statuses;
		filter.area = cases[i].area;
		filter.due_before = cases[i].due_before ? D(cases[i].due_before)
							: GOALS_DATE_NONE;
		assert_int_equal(
			goals_list(&l, fx->s,
				   cases[i].null_filter ? NULL : &filter,
				   T(NOW)),
			GOALS_OK);
		assert_true(l.count < sizeof(got));
		for (j = 0; j < l.count; j++)
			got[j] = l.items[j].f.text[0];
		got[l.count] = '\0';
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("case %zu: got \"%s\", want \"%s\"", i, got,
				 cases[i].want);
		goals_goal_list_free(&l);
	}
}

static void test_list_empty(void **state)
{
	struct fx *fx = *state;
	goals_goal_list l;

	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	assert_int_equal(l.count, 0);
	goals_goal_list_free(&l);
	goals_goal_list_free(NULL);
}

/* Progress ----------------------------------------------------------------- */

struct entry {
	const char *when; /* instant or day */
	double value;
};
#define MAX_ENTRIES 8

/* Check a goal's progress against has_current/current/has_percent/percent. */
static void check_progress(const char *name, const goals_goal *g,
			   int has_current, double current, int has_percent,
			   double percent)
{
	const goals_progress *p = &g->progress;
	if (p->has_current != has_current ||
	    (has_current && fabs(p->current - current) > 1e-9))
		fail_msg("%s: current %s%g, want %s%g", name,
			 p->has_current ? "" : "(none) ", p->current,
			 has_current ? "" : "(none) ", current);
	if (p->has_percent != has_percent ||
	    (has_percent && fabs(p->percent - percent) > 1e-6))
		fail_msg("%s: percent %s%g, want %s%g", name,
			 p->has_percent ? "" : "(none) ", p->percent,
			 has_percent ? "" : "(none) ", percent);
	if (p->has_percent && (p->percent < 0 || p->percent > 100))
		fail_msg("%s: percent %g out of 0..100", name, p->percent);
}

static void test_progress_total(void **state)
{
	static const struct {
		const char *name;
		int has_base;
		double base;
		int has_target;
		double target;
		struct entry e[MAX_ENTRIES];
		double current;
		int has_percent;
		double percent;
	} cases[] = {
		{ "no entries", 0, 0, 1, 10, { { NULL, 0 } }, 0, 1, 0 },
		{ "no baseline",
		  0,
		  0,
		  1,
		  10,
		  { { "2026-03-01", 2.5 } },
		  2.5,
		  1,
		  25 },
		{ "baseline",
		  1,
		  10,
		  1,
		  20,
		  { { "2026-03-01", 3 }, { "2026-03-02", 4 } },
		  17,
		  1,
		  70 },
		{ "past the target",
		  1,
		  10,
		  1,
		  20,
		  { { "2026-03-01", 30 } },
		  40,
		  1,
		  100 },
		{ "below the baseline",
		  1,
		  10,
		  1,
		  20,
		  { { "2026-03-01", -15 } },
		  -5,
		  1,
		  0 },
		{ "downward",
		  1,
		  100,
		  1,
		  50,
		  { { "2026-03-01", -20 } },
		  80,
		  1,
		  40 },
		{ "target is baseline",
		  1,
		  5,
		  1,
		  5,
		  { { NULL, 0 } },
		  5,
		  1,
		  100 },
		{ "target 0, no baseline",
		  0,
		  0,
		  1,
		  0,
		  { { NULL, 0 } },
		  0,
		  1,
		  100 },
		{ "no target",
		  0,
		  0,
		  0,
		  0,
		  { { "2026-03-01", 1 }, { "2026-03-02", 2 } },
		  3,
		  0,
		  0 },
		{ "thirds",
		  0,
		  0,
		  1,
		  3,
		  { { "2026-03-01", 1 } },
		  1,
		  1,
		  100.0 / 3 },
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g;
		goals_id id;
		int n = 0;

		f_text(&f, cases[i].name);
		f_kind(&f, GOALS_KIND_TOTAL);
		if (cases[i].has_base)
			f_baseline(&f, cases[i].base);
		if (cases[i].has_target)
			f_target(&f, cases[i].target);
		g = add_ok(fx->s, &f, "2026-02-01T00:00:00Z");
		id = g->id;
		goals_goal_free(g);
		for (j = 0; j < MAX_ENTRIES && cases[i].e[j].when; j++, n++)
			raw_entry(fx->raw, &id, cases[i].e[j].when,
				  cases[i].e[j].value);
		g = get(fx->s, &id, NOW);
		check_progress(cases[i].name, g, 1, cases[i].current,
			       cases[i].has_percent, cases[i].percent);
		assert_int_equal(g->progress.entries, n);
		goals_goal_free(g);
	}
}

static void test_progress_total_last_at(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_id id;

	f_text(&f, "run");
	f_target(&f, 100);
	g = add_ok(fx->s, &f, NOW);
	id = g->id;
	goals_goal_free(g);
	raw_entry(fx->raw, &id, "2026-03-02T08:15:00Z", 5);
	raw_entry(fx->raw, &id, "2026-03-03T18:45:30Z", 7);
	raw_entry(fx->raw, &id, "2026-03-01T06:00:00Z", 1);
	g = get(fx->s, &id, NOW);
	assert_int_equal(g->progress.entries, 3);
	assert_int_equal(g->progress.last_at, T("2026-03-03T18:45:30Z"));
	check_progress("last_at", g, 1, 13, 1, 13);
	goals_goal_free(g);
}

/* A level judged on a mean: today is 2026-03-04; a week is 02-26..03-04 */
static void test_progress_level_over(void **state)
{
	static const struct {
		const char *name;
		int over;
		struct entry e[MAX_ENTRIES];
		int has_current;
		double current, percent;
	} cases[] = {
		/* six nights of 6.5 and one of 9: 6.857..., shown with a
		 * decimal more than the entries have */
		{ "a week", 7,
		  { { "2026-02-26", 6.5 }, { "2026-02-27", 6.5 },
		    { "2026-02-28", 6.5 }, { "2026-03-01", 6.5 },
		    { "2026-03-02", 6.5 }, { "2026-03-03", 6.5 },
		    { "2026-03-04", 9 } },
		  1, 6.86, 43 },
		/* one good night does not meet the target */
		{ "one good night", 7,
		  { { "2026-03-01", 6 }, { "2026-03-04", 9 } },
		  1, 7.5, 75 },
		/* entries before the window do not count */
		{ "an old entry", 3,
		  { { "2026-02-20", 2 }, { "2026-03-02", 8 } },
		  1, 8, 100 },
		/* none in the window: the baseline */
		{ "nothing lately", 3,
		  { { "2026-02-20", 7 } },
		  1, 6, 0 },
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g;
		goals_id id;

		f_text(&f, "sleep 8 hours a night");
		f_kind(&f, GOALS_KIND_LEVEL);
		f_baseline(&f, 6);
		f_target(&f, 8);
		f.over = cases[i].over;
		f.set |= GOALS_F_OVER;
		g = add_ok(fx->s, &f, "2026-02-01T00:00:00Z");
		assert_int_equal(g->f.over, cases[i].over);
		id = g->id;
		goals_goal_free(g);
		/* logged as goals progress logs them: with their scale */
		for (j = 0; j < MAX_ENTRIES && cases[i].e[j].when; j++) {
			char at[GOALS_TIME_BUFSZ];
			snprintf(at, sizeof(at), "%sT08:00:00Z",
				 cases[i].e[j].when);
			assert_int_equal(goals_entry_add(NULL, fx->s, id.hex,
							 cases[i].e[j].value,
							 T(at), NULL),
					 GOALS_OK);
		}
		g = get(fx->s, &id, NOW);
		check_progress(cases[i].name, g, cases[i].has_current,
			       cases[i].current, 1, cases[i].percent);
		goals_goal_free(g);
	}
}

/* A mean over days is for level goals, 1 to 366 days. */
static void test_over_checked(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g = NULL;

	f_text(&f, "run 100 km");
	f_target(&f, 100);
	f.over = 7;
	f.set |= GOALS_F_OVER;
	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_EINVAL);
	msg_has("for level goals, not total goals");
	goals_fields_clear(&f);
	f_text(&f, "sleep well");
	f_kind(&f, GOALS_KIND_LEVEL);
	f_target(&f, 8);
	f.over = 367;
	f.set |= GOALS_F_OVER;
	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_EINVAL);
	msg_has("367");
	goals_fields_clear(&f);
	assert_null(g);
}

static void test_progress_level(void **state)
{
	static const struct {
		const char *name;
		int has_base;
		double base;
		int has_target;
		double target;
		struct entry e[MAX_ENTRIES];
		int has_current;
		double current;
		int has_percent;
		double percent;
	} cases[] = {
		{ "upward",
		  1,
		  10,
		  1,
		  20,
		  { { "2026-03-01", 15 } },
		  1,
		  15,
		  1,
		  50 },
		/* latest by time, not by insertion */
		{ "downward",
		  1,
		  80,
		  1,
		  70,
		  { { "2026-03-01T07:00:00Z", 78 },
		    { "2026-03-03T07:00:00Z", 74 },
		    { "2026-03-02T07:00:00Z", 79 } },
		  1,
		  74,
		  1,
		  60 },
		{ "same day, later hour",
		  1,
		  80,
		  1,
		  70,
		  { { "2026-03-03T20:00:00Z", 72 },
		    { "2026-03-03T06:00:00Z", 79 } },
		  1,
		  72,
		  1,
		  80 },
		{ "past the target",
		  1,
		  10,
		  1,
		  20,
		  { { "2026-03-01", 25 } },
		  1,
		  25,
		  1,
		  100 },
		{ "past the target, downward",
		  1,
		  80,
		  1,
		  70,
		  { { "2026-03-01", 65 } },
		  1,
		  65,
		  1,
		  100 },
		{ "the wrong way",
		  1,
		  80,
		  1,
		  70,
		  { { "2026-03-01", 85 } },
		  1,
		  85,
		  1,
		  0 },
		/* no baseline: the oldest entry by time is where it started */
		{ "no baseline",
		  0,
		  0,
		  1,
		  20,
		  { { "2026-03-02", 16 }, { "2026-03-01", 12 } },
		  1,
		  16,
		  1,
		  50 },
		{ "no baseline, downward",
		  0,
		  0,
		  1,
		  70,
		  { { "2026-03-03", 76 },
		    { "2026-03-01", 80 },
		    { "2026-03-02", 78 } },
		  1,
		  76,
		  1,
		  40 },
		{ "no baseline, one entry",
		  0,
		  0,
		  1,
		  20,
		  { { "2026-03-01", 12 } },
		  1,
		  12,
		  1,
		  0 },
		{ "no baseline, no entry",
		  0,
		  0,
		  1,
		  20,
		  { { NULL, 0 } },
		  0,
		  0,
		  0,
		  0 },
		{ "baseline, no entry",
		  1,
		  10,
		  1,
		  20,
		  { { NULL, 0 } },
		  1,
		  10,
		  1,
		  0 },
		{ "no target",
		  1,
		  5,
		  0,
		  0,
		  { { "2026-03-01", 7 } },
		  1,
		  7,
		  0,
		  0 },
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g;
		goals_id id;

		f_text(&f, cases[i].name);
		f_kind(&f, GOALS_KIND_LEVEL);
		if (cases[i].has_base)
			f_baseline(&f, cases[i].base);
		if (cases[i].has_target)
			f_target(&f, cases[i].target);
		g = add_ok(fx->s, &f, "2026-02-01T00:00:00Z");
		id = g->id;
		goals_goal_free(g);
		for (j = 0; j < MAX_ENTRIES && cases[i].e[j].when; j++)
			raw_entry(fx->raw, &id, cases[i].e[j].when,
				  cases[i].e[j].value);
		g = get(fx->s, &id, NOW);
		check_progress(cases[i].name, g, cases[i].has_current,
			       cases[i].current, cases[i].has_percent,
			       cases[i].percent);
		goals_goal_free(g);
	}
}

static void test_progress_habit(void **state)
{
	/* Today is Wednesday 2026-03-04: its week began Monday 03-02. */
	static const struct {
		const char *name;
		goals_every every;
		double target;
		const char *start, *deadline;
		struct entry e[MAX_ENTRIES];
		double current, percent;
	} cases[] = {
		/* weeks of 02-09 (3, met), 02-16 (2), 02-23 (4, met) are over;
		 * this week has 1: not met, so it does not count yet */
		{ "weekly",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-09",
		  NULL,
		  { { "2026-02-09", 1 },
		    { "2026-02-15", 2 },
		    { "2026-02-17", 2 },
		    { "2026-02-23", 4 },
		    { "2026-03-03", 1 } },
		  1,
		  200.0 / 3 },
		/* ... and once met, it counts */
		{ "weekly, met this week",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-09",
		  NULL,
		  { { "2026-02-09", 1 },
		    { "2026-02-15", 2 },
		    { "2026-02-17", 2 },
		    { "2026-02-23", 4 },
		    { "2026-03-03", 1 },
		    { "2026-03-04", 2 } },
		  3,
		  75 },
		/* entries before the start and after today count for nothing */
		{ "weekly, outside",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-16",
		  NULL,
		  { { "2026-02-15", 9 },
		    { "2026-02-16", 3 },
		    { "2026-02-24", 1 },
		    { "2026-03-05", 9 },
		    { "2026-03-09", 9 } },
		  0,
		  50 },
		/* Sunday belongs to the week that began on Monday */
		{ "weekly, sunday",
		  GOALS_EVERY_WEEK,
		  2,
		  "2026-02-23",
		  NULL,
		  { { "2026-03-01", 1 }, { "2026-03-02", 1 } },
		  1,
		  0 },
		/* the deadline 02-25 is past: its week (02-23) counts, met or
		 * not, and only up to the deadline */
		{ "weekly, deadline past",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-09",
		  "2026-02-25",
		  { { "2026-02-10", 3 },
		    { "2026-02-17", 1 },
		    { "2026-02-24", 2 },
		    { "2026-02-26", 1 },
		    { "2026-03-02", 10 } },
		  2,
		  100.0 / 3 },
		{ "weekly, just started",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-03-04",
		  NULL,
		  { { NULL, 0 } },
		  0,
		  0 },
		{ "weekly, met in the first week",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-03-02",
		  NULL,
		  { { "2026-03-02", 3 } },
		  3,
		  100 },
		{ "weekly, not started",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-03-10",
		  NULL,
		  { { "2026-03-04", 5 } },
		  0,
		  0 },
		/* days 03-01 (1, met), 03-02 (0), 03-03 (2, met) are over */
		{ "daily",
		  GOALS_EVERY_DAY,
		  1,
		  "2026-03-01",
		  NULL,
		  { { "2026-03-01", 1 }, { "2026-03-03", 2 } },
		  0,
		  200.0 / 3 },
		{ "daily, met today",
		  GOALS_EVERY_DAY,
		  1,
		  "2026-03-01",
		  NULL,
		  { { "2026-03-01", 1 },
		    { "2026-03-03", 2 },
		    { "2026-03-04", 1 } },
		  1,
		  75 },
		/* two entries on one day add up */
		{ "daily, twice a day",
		  GOALS_EVERY_DAY,
		  2,
		  "2026-03-02",
		  NULL,
		  { { "2026-03-02T07:00:00Z", 1 },
		    { "2026-03-02T19:00:00Z", 1 },
		    { "2026-03-03", 1 } },
		  0,
		  50 },
		/* January (from the 15th: 3) is not met, but it was cut
		 * short by the start: it does not count against the habit;
		 * February (4) is met */
		{ "monthly",
		  GOALS_EVERY_MONTH,
		  4,
		  "2026-01-15",
		  NULL,
		  { { "2026-01-10", 5 },
		    { "2026-01-20", 3 },
		    { "2026-02-14", 4 },
		    { "2026-03-01", 1 } },
		  1,
		  100 },
		/* from the first of the month, the same January counts */
		{ "monthly, a whole first month",
		  GOALS_EVERY_MONTH,
		  4,
		  "2026-01-01",
		  NULL,
		  { { "2026-01-10", 5 },
		    { "2026-01-20", 3 },
		    { "2026-02-14", 4 },
		    { "2026-03-01", 1 } },
		  1,
		  100 },
		/* a first week cut short and not met: created on Saturday
		 * 02-21, 2 that weekend, 3 the next week: 1 of 1 met, not
		 * 1 of 2 */
		{ "weekly, a short first week",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-21",
		  NULL,
		  { { "2026-02-21", 1 },
		    { "2026-02-22", 1 },
		    { "2026-02-24", 3 } },
		  0,
		  100 },
		/* ... and with nothing at all that weekend */
		{ "weekly, a short first week, empty",
		  GOALS_EVERY_WEEK,
		  3,
		  "2026-02-21",
		  NULL,
		  { { "2026-02-24", 3 } },
		  0,
		  100 },
		{ "monthly, deadline past",
		  GOALS_EVERY_MONTH,
		  4,
		  "2026-01-15",
		  "2026-02-28",
		  { { "2026-01-20", 4 },
		    { "2026-02-10", 1 },
		    { "2026-03-01", 9 } },
		  1,
		  50 },
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < N_OF(cases); i++) {
		goals_fields f;
		goals_goal *g;
		goals_id id;

		/* not the case's name: "this week" in the words would be
		 * the deadline */
		f_text(&f, "swim");
		f_every(&f, cases[i].every);
		f_target(&f, cases[i].target);
		f_start(&f, cases[i].start);
		if (cases[i].deadline)
			f_deadline(&f, cases[i].deadline);
		g = add_ok(fx->s, &f, "2026-01-01T00:00:00Z");
		assert_int_equal(g->f.kind, GOALS_KIND_HABIT);
		id = g->id;
		goals_goal_free(g);
		for (j = 0; j < MAX_ENTRIES && cases[i].e[j].when; j++)
			raw_entry(fx->raw, &id, cases[i].e[j].when,
				  cases[i].e[j].value);
		g = get(fx->s, &id, NOW);
		check_progress(cases[i].name, g, 1, cases[i].current, 1,
			       cases[i].percent);
		goals_goal_free(g);
	}
}

static void test_progress_habit_list_agrees(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_goal_list l;
	goals_id id;

	/* goals_list computes progress the same way as goals_get */
	f_text(&f, "swim");
	f_every(&f, GOALS_EVERY_WEEK);
	f_target(&f, 2);
	f_start(&f, "2026-02-16");
	g = add_ok(fx->s, &f, NOW);
	id = g->id;
	goals_goal_free(g);
	raw_entry(fx->raw, &id, "2026-02-17", 2);
	raw_entry(fx->raw, &id, "2026-03-02", 1);
	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	assert_int_equal(l.count, 1);
	check_progress("list", &l.items[0], 1, 1, 1, 50);
	goals_goal_list_free(&l);
	/* later, the same entries are judged against a later today */
	assert_int_equal(goals_list(&l, fx->s, NULL, T("2026-03-10T12:00:00Z")),
			 GOALS_OK);
	check_progress("a week later", &l.items[0], 1, 0, 1, 100.0 / 3);
	goals_goal_list_free(&l);
}

static void test_progress_done(void **state)
{
	static const struct {
		const char *status;
		double current, percent;
	} cases[] = {
		{ NULL, 0, 0 },
		{ "achieved", 1, 100 },
		{ "abandoned", 0, 0 },
		{ "active", 0, 0 },
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < N_OF(cases); i++) {
		goals_id id = add_text(fx->s, "ship it", NOW);
		goals_goal *g;
		if (cases[i].status)
			raw_status(fx->raw, &id, cases[i].status);
		g = get(fx->s, &id, NOW);
		assert_int_equal(g->f.kind, GOALS_KIND_DONE);
		check_progress(cases[i].status ? cases[i].status : "new", g, 1,
			       cases[i].current, 1, cases[i].percent);
		goals_goal_free(g);
	}
}

int main(void)
{
#define T_(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		T_(test_add_invalid),
		T_(test_add_defaults),
		T_(test_add_round_trip),
		T_(test_add_parent),
		T_(test_resolve),
		T_(test_resolve_ambiguous_message),
		T_(test_resolve_many_candidates),
		T_(test_resolve_candidates_typeable),
		T_(test_failures_leave_no_transaction),
		T_(test_short_len_random),
		T_(test_short_len_shared),
		T_(test_briefs),
		T_(test_briefs_no_store),
		T_(test_list_filters),
		T_(test_list_empty),
		T_(test_progress_total),
		T_(test_progress_total_last_at),
		T_(test_progress_level),
		T_(test_progress_level_over),
		T_(test_over_checked),
		T_(test_progress_habit),
		T_(test_progress_habit_list_agrees),
		T_(test_progress_done),
	};
#undef T_

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
