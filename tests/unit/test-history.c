/*
 * test-history.c - unit tests of lib/history.c: how fields differ, refining
 * a goal into a new revision, the history read back, closing and
 * reopening, deleting a goal (with or without children), and the children
 * of a goal.
 *
 * Each test gets a fresh store in a temp directory, and a second, raw
 * SQLite connection to the same file, through which it counts the rows
 * that the library wrote or deleted.  Times are March 2026, UTC.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "fixture.h"
#include "helpers.h"

#include "goals/common.h"
#include "goals/date.h"
#include "goals/entry.h"
#include "goals/goal.h"
#include "goals/history.h"
#include "goals/parse.h"
#include "goals/store.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

#define T0 "2026-03-01T09:00:00Z"
#define T1 "2026-03-02T10:00:00Z"
#define T2 "2026-03-03T11:00:00Z"
#define T3 "2026-03-04T12:00:00Z"
#define T4 "2026-03-05T13:00:00Z"
#define T5 "2026-03-06T14:00:00Z"
#define T6 "2026-03-07T15:00:00Z"

/* Fail unless rc is want, saying which case it was. */
static void rc_is(const char *what, int rc, int want)
{
	if (rc != want)
		fail_msg("%s: got %d, want %d (%s)", what, rc, want,
			 goals_errmsg());
}

/* Building fields ---------------------------------------------------------- */

/* A total goal with every optional field set (and a parent when p). */
static void f_full(goals_fields *f, const goals_id *p)
{
	f_text(f, "run 100 km");
	f_str(f, GOALS_F_AREA, "health");
	f_kind(f, GOALS_KIND_TOTAL);
	f_str(f, GOALS_F_METRIC, "distance");
	f_str(f, GOALS_F_UNIT, "km");
	f_baseline(f, 5);
	f_target(f, 100);
	f_start(f, "2026-03-01");
	f_deadline(f, "2026-06-30");
	f_str(f, GOALS_F_WHY, "to feel fit");
	if (p)
		f_parent(f, p);
	f_confidence(f, 7);
	f_review(f, 2, 'w');
}

/* Store verbs that must succeed ------------------------------------------ */

/* Add f (and clear it); return the stored goal. */
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

/* Add a goal with a text (and a parent when p); return its id. */
static goals_id add_text(goals_store *s, const char *text, const goals_id *p,
			 const char *now)
{
	goals_fields f;
	goals_goal *g;
	goals_id id;

	f_text(&f, text);
	if (p)
		f_parent(&f, p);
	g = add_ok(s, &f, now);
	id = g->id;
	goals_goal_free(g);
	return id;
}

/* Add a goal with every field (and parent p when not NULL); its id. */
static goals_id add_full(goals_store *s, const goals_id *p, const char *now)
{
	goals_fields f;
	goals_goal *g;
	goals_id id;

	f_full(&f, p);
	g = add_ok(s, &f, now);
	id = g->id;
	goals_goal_free(g);
	return id;
}

/* The goal with this id, which must exist. */
static goals_goal *get(goals_store *s, const goals_id *id)
{
	goals_goal *g = NULL;
	int rc = goals_get(&g, s, id->hex, T(T6));
	if (rc != GOALS_OK)
		fail_msg("get %s: %d %s", id->hex, rc, goals_errmsg());
	assert_non_null(g);
	return g;
}

/* Refine id with changes (cleared afterwards), which must succeed; return
 * the refined goal. */
static goals_goal *refine_ok(goals_store *s, const goals_id *id,
			     goals_fields *changes, unsigned clear,
			     const char *message, const char *now)
{
	goals_goal *g = NULL;
	int rc = goals_refine(&g, s, id, changes, clear, message, T(now));
	if (rc != GOALS_OK)
		fail_msg("refine %.7s: %d %s", id->hex, rc, goals_errmsg());
	goals_fields_clear(changes);
	assert_non_null(g);
	return g;
}

/* Re-parent id to p (or clear its parent when p is NULL). */
static void reparent(goals_store *s, const goals_id *id, const goals_id *p,
		     const char *now)
{
	goals_fields ch;

	goals_fields_init(&ch);
	if (p)
		f_parent(&ch, p);
	goals_goal_free(refine_ok(s, id, &ch, p ? 0 : GOALS_F_PARENT, NULL,
				  now));
}

static void history_ok(goals_history *h, goals_store *s, const goals_id *id)
{
	int rc = goals_history_get(h, s, id);
	if (rc != GOALS_OK)
		fail_msg("history %.7s: %d %s", id->hex, rc, goals_errmsg());
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

/* An integer that a query with one parameter (gid, or none) returns. */
static sqlite3_int64 raw_int(sqlite3 *db, const char *sql, sqlite3_int64 gid)
{
	sqlite3_stmt *st;
	sqlite3_int64 n;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("prepare '%s': %s", sql, sqlite3_errmsg(db));
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, gid);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* The rows of goal gid in each table that holds what a goal owns. */
struct rows {
	sqlite3_int64 goals, revisions, entries, events, periods;
};

static struct rows raw_rows(sqlite3 *db, sqlite3_int64 gid)
{
	struct rows r;

	r.goals = raw_int(db, "SELECT count(*) FROM goals WHERE gid = ?1", gid);
	r.revisions = raw_int(
		db, "SELECT count(*) FROM revisions WHERE goal = ?1", gid);
	r.entries = raw_int(db, "SELECT count(*) FROM entries WHERE goal = ?1",
			    gid);
	r.events = raw_int(db, "SELECT count(*) FROM events WHERE goal = ?1",
			   gid);
	r.periods = raw_int(db, "SELECT count(*) FROM periods WHERE goal = ?1",
			    gid);
	return r;
}

/* Committed revisions of goal id. */
static sqlite3_int64 raw_revisions(sqlite3 *db, const goals_id *id)
{
	return raw_int(db, "SELECT count(*) FROM revisions WHERE goal = ?1",
		       raw_gid(db, id));
}

static sqlite3_int64 raw_total(sqlite3 *db, const char *table)
{
	char sql[64];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	return raw_int(db, sql, 0);
}

/* goals_fields_diff -------------------------------------------------------- */

static const unsigned ALL_BITS[] = {
	GOALS_F_TEXT,     GOALS_F_AREA,     GOALS_F_KIND,       GOALS_F_METRIC,
	GOALS_F_UNIT,     GOALS_F_BASELINE, GOALS_F_TARGET,     GOALS_F_EVERY,
	GOALS_F_START,    GOALS_F_DEADLINE, GOALS_F_WHY,        GOALS_F_PARENT,
	GOALS_F_CONFIDENCE, GOALS_F_REVIEW, GOALS_F_OVER,
};

#define PARENT_HEX "0123456789abcdef4123812345678901"

/* Fields with every bit set, not necessarily a valid goal. */
static void diff_base(goals_fields *f)
{
	goals_id p = ID(PARENT_HEX);

	f_full(f, &p);
	f_every(f, GOALS_EVERY_WEEK);
	f->over = 7;
	f->set |= GOALS_F_OVER;
}

/* A deep copy of src. */
static void copy_fields(goals_fields *dst, const goals_fields *src)
{
	*dst = *src;
	dst->text = src->text ? strdup(src->text) : NULL;
	dst->area = src->area ? strdup(src->area) : NULL;
	dst->metric = src->metric ? strdup(src->metric) : NULL;
	dst->unit = src->unit ? strdup(src->unit) : NULL;
	dst->why = src->why ? strdup(src->why) : NULL;
}

/* Change the value of field bit of f to another value. */
static void change_value(goals_fields *f, unsigned bit)
{
	switch (bit) {
	case GOALS_F_TEXT: f_str(f, bit, "run 200 km"); break;
	case GOALS_F_AREA: f_str(f, bit, "work"); break;
	case GOALS_F_KIND: f->kind = GOALS_KIND_LEVEL; break;
	case GOALS_F_METRIC: f_str(f, bit, "Distance"); break;
	case GOALS_F_UNIT: f_str(f, bit, "mi"); break;
	case GOALS_F_BASELINE: f->baseline = 5.5; break;
	case GOALS_F_TARGET: f->target = 99.999; break;
	case GOALS_F_EVERY: f->every = GOALS_EVERY_DAY; break;
	case GOALS_F_START: f->start += 1; break;
	case GOALS_F_DEADLINE: f->deadline -= 1; break;
	case GOALS_F_WHY: f_str(f, bit, "to feel fit "); break;
	case GOALS_F_PARENT: f->parent.hex[GOALS_ID_HEXLEN - 1] = '2'; break;
	case GOALS_F_CONFIDENCE: f->confidence = 0; break;
	case GOALS_F_REVIEW: f->review.n = 3; break;
	case GOALS_F_OVER: f->over = 14; break;
	default: fail_msg("no such bit %#x", bit);
	}
}

static void diff_is(const char *what, const goals_fields *a,
		    const goals_fields *b, unsigned want)
{
	unsigned ab = goals_fields_diff(a, b), ba = goals_fields_diff(b, a);
	if (ab != want || ba != want)
		fail_msg("%s: diff %#x / %#x, want %#x", what, ab, ba, want);
}

static void test_diff_same(void **state)
{
	goals_fields a, b, e1, e2;

	(void)state;
	diff_base(&a);
	copy_fields(&b, &a);
	diff_is("identical copies", &a, &b, 0);
	diff_is("itself", &a, &a, 0);
	goals_fields_init(&e1);
	goals_fields_init(&e2);
	diff_is("two empty", &e1, &e2, 0);
	/* every bit set in a and none in an empty one */
	diff_is("full vs empty", &a, &e1, GOALS_F_ALL);
	goals_fields_clear(&a);
	goals_fields_clear(&b);
}

static void test_diff_each_field(void **state)
{
	size_t i;
	char what[64];

	(void)state;
	for (i = 0; i < N_OF(ALL_BITS); i++) {
		goals_fields a, b;
		unsigned bit = ALL_BITS[i];

		/* the same bit with a different value */
		diff_base(&a);
		copy_fields(&b, &a);
		change_value(&b, bit);
		snprintf(what, sizeof(what), "value of %#x", bit);
		diff_is(what, &a, &b, bit);
		/* and with a second field differing too */
		change_value(&b, bit == GOALS_F_TEXT ? GOALS_F_WHY
						     : GOALS_F_TEXT);
		snprintf(what, sizeof(what), "value of %#x and another", bit);
		diff_is(what, &a, &b,
			bit | (bit == GOALS_F_TEXT ? GOALS_F_WHY : GOALS_F_TEXT));
		goals_fields_clear(&b);

		/* set in one only, the value kept in memory */
		copy_fields(&b, &a);
		b.set &= ~bit;
		snprintf(what, sizeof(what), "%#x set in one only", bit);
		diff_is(what, &a, &b, bit);
		goals_fields_clear(&b);

		/* set in neither: values that differ do not count */
		copy_fields(&b, &a);
		change_value(&b, bit);
		a.set &= ~bit;
		b.set &= ~bit;
		snprintf(what, sizeof(what), "%#x set in neither", bit);
		diff_is(what, &a, &b, 0);
		goals_fields_clear(&a);
		goals_fields_clear(&b);
	}
}

static void test_diff_review_parts(void **state)
{
	goals_fields a, b;

	(void)state;
	goals_fields_init(&a);
	goals_fields_init(&b);
	f_review(&a, 2, 'w');
	f_review(&b, 2, 'd');
	diff_is("review unit", &a, &b, GOALS_F_REVIEW);
	f_review(&b, 14, 'w');
	diff_is("review n", &a, &b, GOALS_F_REVIEW);
	f_review(&b, 2, 'w');
	diff_is("review same", &a, &b, 0);
}

static void test_diff_strings(void **state)
{
	static const unsigned str_bits[] = { GOALS_F_TEXT, GOALS_F_AREA,
					     GOALS_F_METRIC, GOALS_F_UNIT,
					     GOALS_F_WHY };
	size_t i;
	char what[64];

	(void)state;
	for (i = 0; i < N_OF(str_bits); i++) {
		unsigned bit = str_bits[i];
		goals_fields a, b;

		/* "" set vs the field absent: set in one only */
		goals_fields_init(&a);
		goals_fields_init(&b);
		f_str(&a, bit, "");
		snprintf(what, sizeof(what), "\"\" vs absent (%#x)", bit);
		diff_is(what, &a, &b, bit);
		/* set, NULL vs "": no text either way */
		b.set |= bit;
		snprintf(what, sizeof(what), "NULL vs \"\" (%#x)", bit);
		diff_is(what, &a, &b, 0);
		/* set, NULL vs a text */
		f_str(&a, bit, "x");
		snprintf(what, sizeof(what), "NULL vs \"x\" (%#x)", bit);
		diff_is(what, &a, &b, bit);
		/* "" vs a text, and case matters */
		f_str(&b, bit, "");
		snprintf(what, sizeof(what), "\"\" vs \"x\" (%#x)", bit);
		diff_is(what, &a, &b, bit);
		f_str(&b, bit, "X");
		snprintf(what, sizeof(what), "\"X\" vs \"x\" (%#x)", bit);
		diff_is(what, &a, &b, bit);
		f_str(&b, bit, "x");
		snprintf(what, sizeof(what), "\"x\" vs \"x\" (%#x)", bit);
		diff_is(what, &a, &b, 0);
		goals_fields_clear(&a);
		goals_fields_clear(&b);
	}
}

/* goals_refine ------------------------------------------------------------ */

static void test_refine_new_revision(void **state)
{
	struct fx *fx = *state;
	goals_fields ch, before;
	goals_goal *g0, *g1, *g2, *now;
	goals_history h;
	goals_id id;

	f_full(&ch, NULL);
	g0 = add_ok(fx->s, &ch, T0);
	id = g0->id;
	assert_int_equal(g0->revision, 1);
	copy_fields(&before, &g0->f);

	goals_fields_init(&ch);
	f_target(&ch, 200);
	g1 = refine_ok(fx->s, &id, &ch, 0, "more ambitious", T1);
	assert_string_equal(g1->id.hex, id.hex);
	assert_int_equal(g1->revision, 2);
	assert_int_equal(g1->status, GOALS_STATUS_ACTIVE);
	assert_int_equal(g1->created, T(T0));
	assert_int_equal(g1->updated, T(T1));
	assert_true(g1->f.target == 200);
	/* every field not named is kept */
	assert_int_equal(goals_fields_diff(&before, &g1->f), GOALS_F_TARGET);
	assert_string_equal(g1->f.text, "run 100 km");
	assert_string_equal(g1->f.area, "health");
	assert_string_equal(g1->f.why, "to feel fit");
	assert_true(g1->f.baseline == 5);
	assert_int_equal(g1->f.deadline, D("2026-06-30"));
	assert_int_equal(g1->f.confidence, 7);

	/* the store agrees */
	now = get(fx->s, &id);
	assert_int_equal(now->revision, 2);
	assert_int_equal(goals_fields_diff(&now->f, &g1->f), 0);
	goals_goal_free(now);

	/* and a second refine, with no message, makes revision 3 */
	goals_fields_init(&ch);
	f_str(&ch, GOALS_F_WHY, "to run a marathon");
	f_confidence(&ch, 4);
	g2 = goals_refine(NULL, fx->s, &id, &ch, 0, NULL, T(T2)) == GOALS_OK
		     ? get(fx->s, &id)
		     : NULL;
	goals_fields_clear(&ch);
	if (!g2)
		fail_msg("refine without out: %s", goals_errmsg());
	assert_int_equal(g2->revision, 3);
	assert_int_equal(g2->updated, T(T2));
	assert_int_equal(goals_fields_diff(&g1->f, &g2->f),
			 GOALS_F_WHY | GOALS_F_CONFIDENCE);
	assert_int_equal(raw_revisions(fx->raw, &id), 3);

	/* earlier revisions are unchanged */
	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_revisions, 3);
	assert_int_equal(h.revisions[0].number, 1);
	assert_int_equal(h.revisions[0].at, T(T0));
	assert_null(h.revisions[0].message);
	assert_int_equal(goals_fields_diff(&h.revisions[0].f, &before), 0);
	assert_true(h.revisions[0].f.target == 100);
	assert_int_equal(h.revisions[1].number, 2);
	assert_int_equal(h.revisions[1].at, T(T1));
	assert_non_null(h.revisions[1].message);
	assert_string_equal(h.revisions[1].message, "more ambitious");
	assert_int_equal(goals_fields_diff(&h.revisions[1].f, &g1->f), 0);
	assert_int_equal(h.revisions[2].number, 3);
	assert_int_equal(h.revisions[2].at, T(T2));
	assert_null(h.revisions[2].message);
	assert_int_equal(goals_fields_diff(&h.revisions[2].f, &g2->f), 0);
	assert_int_equal(h.n_events, 0);
	goals_history_free(&h);

	goals_fields_clear(&before);
	goals_goal_free(g0);
	goals_goal_free(g1);
	goals_goal_free(g2);
}

static void test_refine_clear(void **state)
{
	static const unsigned bits[] = {
		GOALS_F_AREA,	  GOALS_F_METRIC,     GOALS_F_UNIT,
		GOALS_F_BASELINE, GOALS_F_TARGET,     GOALS_F_START,
		GOALS_F_DEADLINE, GOALS_F_WHY,	      GOALS_F_PARENT,
		GOALS_F_CONFIDENCE, GOALS_F_REVIEW,
	};
	struct fx *fx = *state;
	goals_id p = add_text(fx->s, "be healthy", NULL, T0);
	size_t i;

	for (i = 0; i < N_OF(bits); i++) {
		goals_id id = add_full(fx->s, &p, T0);
		goals_goal *g0 = get(fx->s, &id), *g1;
		goals_fields ch;
		goals_history h;

		assert_true(g0->f.set & bits[i]);
		goals_fields_init(&ch);
		g1 = refine_ok(fx->s, &id, &ch, bits[i], "drop one", T1);
		if (g1->f.set & bits[i])
			fail_msg("bit %#x still set", bits[i]);
		if (goals_fields_diff(&g0->f, &g1->f) != bits[i])
			fail_msg("clearing %#x changed %#x", bits[i],
				 goals_fields_diff(&g0->f, &g1->f));
		assert_int_equal(g1->revision, 2);
		goals_goal_free(g1);
		/* read back from the store, the field is absent */
		g1 = get(fx->s, &id);
		if (g1->f.set & bits[i])
			fail_msg("bit %#x set after reading back", bits[i]);
		assert_int_equal(goals_fields_diff(&g0->f, &g1->f), bits[i]);
		/* and revision 1 still has it */
		history_ok(&h, fx->s, &id);
		assert_int_equal(h.n_revisions, 2);
		assert_int_equal(goals_fields_diff(&h.revisions[0].f, &g0->f),
				 0);
		assert_string_equal(h.revisions[1].message, "drop one");
		goals_history_free(&h);
		goals_goal_free(g0);
		goals_goal_free(g1);
	}
}

static void test_refine_clear_all(void **state)
{
	struct fx *fx = *state;
	goals_id p = add_text(fx->s, "be healthy", NULL, T0);
	goals_id id = add_full(fx->s, &p, T0);
	goals_fields ch;
	goals_goal *g;

	goals_fields_init(&ch);
	g = refine_ok(fx->s, &id, &ch, GOALS_F_ALL & ~(GOALS_F_TEXT | GOALS_F_KIND),
		      NULL, T1);
	assert_int_equal(g->f.set, GOALS_F_TEXT | GOALS_F_KIND);
	assert_string_equal(g->f.text, "run 100 km");
	assert_int_equal(g->f.kind, GOALS_KIND_TOTAL);
	goals_goal_free(g);

	/* a habit cleared of its period becomes a total goal */
	{
		goals_fields f;
		f_text(&f, "swim");
		f_every(&f, GOALS_EVERY_WEEK);
		f_target(&f, 2);
		g = add_ok(fx->s, &f, T0);
		id = g->id;
		goals_goal_free(g);
	}
	goals_fields_init(&ch);
	f_kind(&ch, GOALS_KIND_TOTAL);
	g = refine_ok(fx->s, &id, &ch, GOALS_F_EVERY, NULL, T1);
	assert_int_equal(g->f.kind, GOALS_KIND_TOTAL);
	assert_false(g->f.set & GOALS_F_EVERY);
	assert_true(g->f.target == 2);
	goals_goal_free(g);
}

static void test_refine_clear_required(void **state)
{
	static const unsigned clears[] = {
		GOALS_F_TEXT, GOALS_F_KIND, GOALS_F_TEXT | GOALS_F_AREA,
		GOALS_F_KIND | GOALS_F_WHY, GOALS_F_ALL,
	};
	struct fx *fx = *state;
	goals_id id = add_full(fx->s, NULL, T0);
	size_t i;

	for (i = 0; i < N_OF(clears); i++) {
		goals_fields ch;
		char what[64];

		/* even with a new value given alongside */
		goals_fields_init(&ch);
		if (i % 2)
			f_str(&ch, GOALS_F_TEXT, "run 50 km");
		snprintf(what, sizeof(what), "clear %#x", clears[i]);
		rc_is(what,
		      goals_refine(NULL, fx->s, &id, &ch, clears[i], NULL,
				   T(T1)),
		      GOALS_EINVAL);
		goals_fields_clear(&ch);
		assert_true(goals_errmsg()[0] != '\0');
	}
	assert_int_equal(raw_revisions(fx->raw, &id), 1);
	{
		goals_goal *g = get(fx->s, &id);
		assert_int_equal(g->revision, 1);
		assert_string_equal(g->f.text, "run 100 km");
		goals_goal_free(g);
	}
}

static void test_refine_nothing(void **state)
{
	struct fx *fx = *state;
	goals_id id = add_full(fx->s, NULL, T0);
	goals_id plain = add_text(fx->s, "ship it", NULL, T0);
	goals_fields ch;
	goals_goal *g = NULL;

	/* no change at all */
	goals_fields_init(&ch);
	rc_is("empty changes",
	      goals_refine(&g, fx->s, &id, &ch, 0, "nothing", T(T1)),
	      GOALS_EINVAL);
	assert_null(g);
	/* every value the same as now */
	f_full(&ch, NULL);
	rc_is("same values",
	      goals_refine(&g, fx->s, &id, &ch, 0, "same", T(T1)),
	      GOALS_EINVAL);
	assert_null(g);
	goals_fields_clear(&ch);
	/* the same target */
	f_target(&ch, 100);
	rc_is("same target",
	      goals_refine(NULL, fx->s, &id, &ch, 0, NULL, T(T1)),
	      GOALS_EINVAL);
	goals_fields_clear(&ch);
	/* clearing fields that are absent */
	rc_is("clear absent",
	      goals_refine(NULL, fx->s, &plain, &ch,
			   GOALS_F_DEADLINE | GOALS_F_WHY | GOALS_F_PARENT,
			   NULL, T(T1)),
	      GOALS_EINVAL);
	assert_int_equal(raw_revisions(fx->raw, &id), 1);
	assert_int_equal(raw_revisions(fx->raw, &plain), 1);
	g = get(fx->s, &id);
	assert_int_equal(g->revision, 1);
	assert_int_equal(g->updated, T(T0));
	goals_goal_free(g);
}

/* Ways to make the fields of a refine invalid. */
static void b_every_not_habit(goals_fields *f)
{
	f_every(f, GOALS_EVERY_WEEK);
}
static void b_habit_no_every(goals_fields *f)
{
	f_kind(f, GOALS_KIND_HABIT);
}
static void b_habit_no_target(goals_fields *f)
{
	f_kind(f, GOALS_KIND_HABIT);
	f_every(f, GOALS_EVERY_DAY);
}
static void b_done_with_target(goals_fields *f)
{
	f_target(f, 5);
}
static void b_deadline_before_start(goals_fields *f)
{
	f_deadline(f, "2026-02-01");
}
static void b_start_after_deadline(goals_fields *f)
{
	f_start(f, "2026-07-01");
}
static void b_confidence_high(goals_fields *f)
{
	f_confidence(f, 11);
}
static void b_confidence_low(goals_fields *f)
{
	f_confidence(f, -1);
}
static void b_review_zero(goals_fields *f)
{
	f_review(f, 0, 'd');
}
static void b_review_unit(goals_fields *f)
{
	f_review(f, 2, 'y');
}
static void b_area_upper(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "Health");
}
static void b_area_two_words(goals_fields *f)
{
	f_str(f, GOALS_F_AREA, "two words");
}
static void b_text_empty(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "  ");
}
static void b_text_control(goals_fields *f)
{
	f_str(f, GOALS_F_TEXT, "bell \x07");
}
static void b_why_bad_utf8(goals_fields *f)
{
	f_str(f, GOALS_F_WHY, "because \xff");
}
static void b_target_nan(goals_fields *f)
{
	f_target(f, NAN);
}
static void b_kind_unknown(goals_fields *f)
{
	f_kind(f, (goals_kind)9);
}
static void b_parent_bad_hex(goals_fields *f)
{
	f->set |= GOALS_F_PARENT;
	memset(f->parent.hex, 'z', GOALS_ID_HEXLEN);
	f->parent.hex[GOALS_ID_HEXLEN] = '\0';
}

static void test_refine_invalid(void **state)
{
	static const struct {
		const char *name;
		int full; /* refine the full total goal, else a done goal */
		void (*make)(goals_fields *);
	} cases[] = {
		{ "every without habit", 0, b_every_not_habit },
		{ "every on a total goal", 1, b_every_not_habit },
		{ "habit without every", 0, b_habit_no_every },
		{ "habit without target", 0, b_habit_no_target },
		{ "done with a target", 0, b_done_with_target },
		{ "deadline before start", 1, b_deadline_before_start },
		{ "start after deadline", 1, b_start_after_deadline },
		{ "confidence 11", 1, b_confidence_high },
		{ "confidence -1", 1, b_confidence_low },
		{ "review 0d", 1, b_review_zero },
		{ "review 2y", 1, b_review_unit },
		{ "area Health", 1, b_area_upper },
		{ "area two words", 0, b_area_two_words },
		{ "blank text", 1, b_text_empty },
		{ "text with a control", 0, b_text_control },
		{ "why not UTF-8", 1, b_why_bad_utf8 },
		{ "target NaN", 1, b_target_nan },
		{ "unknown kind", 0, b_kind_unknown },
		{ "parent not hex", 0, b_parent_bad_hex },
	};
	struct fx *fx = *state;
	goals_id full = add_full(fx->s, NULL, T0);
	goals_id done = add_text(fx->s, "ship it", NULL, T0);
	size_t i;

	for (i = 0; i < N_OF(cases); i++) {
		const goals_id *id = cases[i].full ? &full : &done;
		goals_fields ch;
		goals_goal *g = NULL;

		goals_fields_init(&ch);
		cases[i].make(&ch);
		rc_is(cases[i].name,
		      goals_refine(&g, fx->s, id, &ch, 0, NULL, T(T1)),
		      GOALS_EINVAL);
		goals_fields_clear(&ch);
		assert_null(g);
		if (!goals_errmsg()[0])
			fail_msg("%s: no message", cases[i].name);
	}
	assert_int_equal(raw_revisions(fx->raw, &full), 1);
	assert_int_equal(raw_revisions(fx->raw, &done), 1);
}

static void test_refine_parent(void **state)
{
	struct fx *fx = *state;
	goals_id a = add_text(fx->s, "a", NULL, T0);
	goals_id b = add_text(fx->s, "b", &a, T0);
	goals_id c = add_text(fx->s, "c", &b, T0);
	goals_id d = add_text(fx->s, "d", NULL, T0);
	goals_id ghost = ID("0000000000004000800000000000beef");
	static const struct {
		char goal, parent;
		int rc;
	} cases[] = {
		{ 'a', 'a', GOALS_EINVAL },   /* itself */
		{ 'a', 'b', GOALS_EINVAL },   /* its child */
		{ 'a', 'c', GOALS_EINVAL },   /* its grandchild */
		{ 'b', 'b', GOALS_EINVAL },
		{ 'b', 'c', GOALS_EINVAL },
		{ 'c', 'c', GOALS_EINVAL },
		{ 'a', 'g', GOALS_ENOTFOUND }, /* no such goal */
		{ 'd', 'g', GOALS_ENOTFOUND },
	};
	size_t i;

	for (i = 0; i < N_OF(cases); i++) {
		const goals_id *gid = cases[i].goal == 'a'   ? &a
				      : cases[i].goal == 'b' ? &b
				      : cases[i].goal == 'c' ? &c
							     : &d;
		const goals_id *pid = cases[i].parent == 'a'   ? &a
				      : cases[i].parent == 'b' ? &b
				      : cases[i].parent == 'c' ? &c
							       : &ghost;
		goals_fields ch;
		char what[32];

		goals_fields_init(&ch);
		f_parent(&ch, pid);
		snprintf(what, sizeof(what), "%c under %c", cases[i].goal,
			 cases[i].parent);
		rc_is(what, goals_refine(NULL, fx->s, gid, &ch, 0, NULL, T(T1)),
		      cases[i].rc);
		goals_fields_clear(&ch);
		if (cases[i].rc == GOALS_ENOTFOUND)
			msg_has(cases[i].parent == 'g' ? "0000000" : "");
	}
	assert_int_equal(raw_revisions(fx->raw, &a), 1);
	assert_int_equal(raw_revisions(fx->raw, &b), 1);
	assert_int_equal(raw_revisions(fx->raw, &c), 1);
	assert_int_equal(raw_revisions(fx->raw, &d), 1);

	/* legal moves: c straight under a, a under d, b without parent */
	reparent(fx->s, &c, &a, T2);
	reparent(fx->s, &a, &d, T2);
	reparent(fx->s, &b, NULL, T2);
	{
		goals_goal *g = get(fx->s, &c);
		assert_true(g->f.set & GOALS_F_PARENT);
		assert_string_equal(g->f.parent.hex, a.hex);
		goals_goal_free(g);
		g = get(fx->s, &b);
		assert_false(g->f.set & GOALS_F_PARENT);
		goals_goal_free(g);
	}
	/* and now d is under a's subtree: d under c is a loop */
	{
		goals_fields ch;
		goals_fields_init(&ch);
		f_parent(&ch, &c);
		rc_is("d under c", goals_refine(NULL, fx->s, &d, &ch, 0, NULL,
						T(T3)),
		      GOALS_EINVAL);
		goals_fields_clear(&ch);
	}
	/* a deep chain: a legal move under its deepest goal, and the top
	 * moved under its own deepest descendant */
	{
		goals_id chain[8];
		goals_fields ch;
		size_t k;

		chain[0] = add_text(fx->s, "top", NULL, T3);
		for (k = 1; k < N_OF(chain); k++)
			chain[k] = add_text(fx->s, "link", &chain[k - 1], T3);
		reparent(fx->s, &d, &chain[N_OF(chain) - 1], T4);
		goals_fields_init(&ch);
		f_parent(&ch, &chain[N_OF(chain) - 1]);
		rc_is("top under its deepest",
		      goals_refine(NULL, fx->s, &chain[0], &ch, 0, NULL, T(T4)),
		      GOALS_EINVAL);
		goals_fields_clear(&ch);
		assert_int_equal(raw_revisions(fx->raw, &chain[0]), 1);
	}
	/* refining a goal that does not exist */
	{
		goals_fields ch;
		goals_fields_init(&ch);
		f_str(&ch, GOALS_F_WHY, "why not");
		rc_is("no such goal", goals_refine(NULL, fx->s, &ghost, &ch, 0,
						   NULL, T(T3)),
		      GOALS_ENOTFOUND);
		goals_fields_clear(&ch);
	}
}

static void test_refine_message(void **state)
{
	static const char *const bad[] = {
		"bell \x07", "esc \x1b[2J", "del \x7f", "nul-free \x01 x",
		"not UTF-8 \xff",
	};
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	size_t i;
	goals_history h;

	for (i = 0; i < N_OF(bad); i++) {
		goals_fields ch;
		goals_fields_init(&ch);
		f_str(&ch, GOALS_F_WHY, "because");
		if (goals_refine(NULL, fx->s, &id, &ch, 0, bad[i], T(T1)) !=
		    GOALS_EINVAL)
			fail_msg("message %zu accepted", i);
		goals_fields_clear(&ch);
	}
	assert_int_equal(raw_revisions(fx->raw, &id), 1);
	/* a tab is fine */
	{
		goals_fields ch;
		goals_fields_init(&ch);
		f_str(&ch, GOALS_F_WHY, "because");
		goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "a\tb", T1));
	}
	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_revisions, 2);
	assert_string_equal(h.revisions[1].message, "a\tb");
	goals_history_free(&h);
}

/* goals_add_with_message: the message of revision 1, checked as
 * refine's; goals_add has none. */
static void test_add_message(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g = NULL;
	goals_history h;
	goals_id plain = add_text(fx->s, "plain", NULL, T0);

	goals_fields_init(&f);
	f_text(&f, "run a 5k");
	rc_is("add with a bad message",
	      goals_add_with_message(&g, fx->s, &f, "bell \x07", T(T1)),
	      GOALS_EINVAL);
	msg_has("message");
	assert_null(g);
	rc_is("add with a message",
	      goals_add_with_message(&g, fx->s, &f, "my therapist\nsaid so",
				     T(T1)),
	      GOALS_OK);
	goals_fields_clear(&f);
	assert_non_null(g);
	assert_int_equal(g->revision, 1);
	history_ok(&h, fx->s, &g->id);
	assert_int_equal(h.n_revisions, 1);
	assert_string_equal(h.revisions[0].message, "my therapist\nsaid so");
	goals_history_free(&h);
	goals_goal_free(g);
	history_ok(&h, fx->s, &plain);
	assert_null(h.revisions[0].message);
	goals_history_free(&h);
	/* the refused one added nothing */
	{
		goals_goal_list l = { NULL, 0 };
		rc_is("list", goals_list(&l, fx->s, NULL, T(T1)), GOALS_OK);
		assert_int_equal(l.count, 2);
		goals_goal_list_free(&l);
	}
}

static void test_refine_in_transaction(void **state)
{
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	goals_fields ch;
	goals_history h;
	goals_goal *g;

	/* rolled back: nothing stays */
	assert_int_equal(goals_store_begin(fx->s, 1), GOALS_OK);
	goals_fields_init(&ch);
	f_str(&ch, GOALS_F_WHY, "because");
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "inside", T1));
	history_ok(&h, fx->s, &id); /* seen inside the transaction */
	assert_int_equal(h.n_revisions, 2);
	goals_history_free(&h);
	goals_store_rollback(fx->s);
	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_revisions, 1);
	goals_history_free(&h);
	g = get(fx->s, &id);
	assert_int_equal(g->revision, 1);
	assert_false(g->f.set & GOALS_F_WHY);
	assert_int_equal(g->updated, T(T0));
	goals_goal_free(g);
	assert_int_equal(raw_revisions(fx->raw, &id), 1);

	/* committed: it stays */
	assert_int_equal(goals_store_begin(fx->s, 1), GOALS_OK);
	goals_fields_init(&ch);
	f_str(&ch, GOALS_F_WHY, "because");
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "inside", T1));
	assert_int_equal(goals_store_commit(fx->s), GOALS_OK);
	assert_int_equal(raw_revisions(fx->raw, &id), 2);
}

/* goals_history_get --------------------------------------------------------- */

static void test_history(void **state)
{
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	goals_id other = add_text(fx->s, "other", NULL, T0);
	goals_fields ch;
	goals_history h;
	size_t i;

	goals_fields_init(&ch);
	f_str(&ch, GOALS_F_WHY, "first");
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "say why", T1));
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACHIEVED,
					  "done!", T(T2)),
			 GOALS_OK);
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACTIVE, NULL,
					  T(T3)),
			 GOALS_OK);
	f_str(&ch, GOALS_F_WHY, "second");
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "again", T4));
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ABANDONED,
					  "gave up\nfor now", T(T5)),
			 GOALS_OK);
	/* another goal's history does not mix in */
	assert_int_equal(goals_set_status(fx->s, &other, GOALS_STATUS_ACHIEVED,
					  "other", T(T2)),
			 GOALS_OK);

	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_revisions, 3);
	for (i = 0; i < 3; i++)
		assert_int_equal(h.revisions[i].number, (int)i + 1);
	assert_int_equal(h.revisions[0].at, T(T0));
	assert_int_equal(h.revisions[1].at, T(T1));
	assert_int_equal(h.revisions[2].at, T(T4));
	assert_null(h.revisions[0].message);
	assert_string_equal(h.revisions[1].message, "say why");
	assert_string_equal(h.revisions[2].message, "again");
	assert_false(h.revisions[0].f.set & GOALS_F_WHY);
	assert_string_equal(h.revisions[1].f.why, "first");
	assert_string_equal(h.revisions[2].f.why, "second");

	assert_int_equal(h.n_events, 3);
	assert_int_equal(h.events[0].type, GOALS_EVENT_ACHIEVED);
	assert_int_equal(h.events[0].at, T(T2));
	assert_string_equal(h.events[0].message, "done!");
	assert_int_equal(h.events[1].type, GOALS_EVENT_REOPENED);
	assert_int_equal(h.events[1].at, T(T3));
	assert_null(h.events[1].message);
	assert_int_equal(h.events[2].type, GOALS_EVENT_ABANDONED);
	assert_int_equal(h.events[2].at, T(T5));
	assert_string_equal(h.events[2].message, "gave up\nfor now");
	for (i = 0; i < 3; i++) {
		assert_int_equal(strlen(h.events[i].id.hex), GOALS_ID_HEXLEN);
		assert_int_equal(strspn(h.events[i].id.hex,
					"0123456789abcdef"),
				 GOALS_ID_HEXLEN);
	}
	assert_string_not_equal(h.events[0].id.hex, h.events[1].id.hex);
	assert_string_not_equal(h.events[1].id.hex, h.events[2].id.hex);
	assert_string_not_equal(h.events[0].id.hex, h.events[2].id.hex);
	goals_history_free(&h);
	assert_int_equal(h.n_revisions, 0);
	assert_null(h.revisions);
	goals_history_free(&h); /* twice is harmless */
	goals_history_free(NULL);

	/* a goal just added: one revision, no event */
	{
		goals_id fresh = add_text(fx->s, "fresh", NULL, T6);
		history_ok(&h, fx->s, &fresh);
		assert_int_equal(h.n_revisions, 1);
		assert_int_equal(h.revisions[0].number, 1);
		assert_int_equal(h.revisions[0].at, T(T6));
		assert_string_equal(h.revisions[0].f.text, "fresh");
		assert_int_equal(h.n_events, 0);
		goals_history_free(&h);
	}
	/* no such goal */
	{
		goals_id ghost = ID("0000000000004000800000000000beef");
		memset(&h, 0, sizeof(h));
		rc_is("history of nothing", goals_history_get(&h, fx->s, &ghost),
		      GOALS_ENOTFOUND);
		goals_history_free(&h);
	}
}

static void test_event_names(void **state)
{
	(void)state;
	assert_string_equal(goals_event_name(GOALS_EVENT_ACHIEVED), "achieved");
	assert_string_equal(goals_event_name(GOALS_EVENT_ABANDONED),
			    "abandoned");
	assert_string_equal(goals_event_name(GOALS_EVENT_REOPENED), "reopened");
}

/* goals_set_status ------------------------------------------------------- */

static void status_is(struct fx *fx, const goals_id *id, goals_status st,
		      const char *updated, size_t n_events)
{
	goals_goal *g = get(fx->s, id);
	goals_history h;

	if (g->status != st)
		fail_msg("status %d, want %d", g->status, st);
	assert_int_equal(g->updated, T(updated));
	assert_int_equal(g->created, T(T0));
	assert_int_equal(g->revision, 1);
	goals_goal_free(g);
	history_ok(&h, fx->s, id);
	if (h.n_events != n_events)
		fail_msg("%zu events, want %zu", h.n_events, n_events);
	goals_history_free(&h);
}

static void test_set_status(void **state)
{
	static const struct {
		goals_status to;
		int rc;
		goals_event_type ev; /* when it succeeds */
	} steps[] = {
		{ GOALS_STATUS_ACTIVE, GOALS_EINVAL, 0 },   /* already */
		{ GOALS_STATUS_ACHIEVED, GOALS_OK, GOALS_EVENT_ACHIEVED },
		{ GOALS_STATUS_ACHIEVED, GOALS_EINVAL, 0 }, /* already */
		{ GOALS_STATUS_ABANDONED, GOALS_EINVAL, 0 }, /* reopen first */
		{ GOALS_STATUS_ACTIVE, GOALS_OK, GOALS_EVENT_REOPENED },
		{ GOALS_STATUS_ABANDONED, GOALS_OK, GOALS_EVENT_ABANDONED },
		{ GOALS_STATUS_ABANDONED, GOALS_EINVAL, 0 }, /* already */
		{ GOALS_STATUS_ACHIEVED, GOALS_EINVAL, 0 },  /* reopen first */
		{ GOALS_STATUS_ACTIVE, GOALS_OK, GOALS_EVENT_REOPENED },
		{ GOALS_STATUS_ACTIVE, GOALS_EINVAL, 0 },   /* already */
		{ (goals_status)0, GOALS_EINVAL, 0 },        /* no such status */
		{ (goals_status)4, GOALS_EINVAL, 0 },
		{ GOALS_STATUS_ACHIEVED, GOALS_OK, GOALS_EVENT_ACHIEVED },
	};
	static const char *const times[] = { "2026-03-02T00:00:00Z",
					     "2026-03-02T01:00:00Z",
					     "2026-03-02T02:00:00Z",
					     "2026-03-02T03:00:00Z",
					     "2026-03-02T04:00:00Z",
					     "2026-03-02T05:00:00Z",
					     "2026-03-02T06:00:00Z",
					     "2026-03-02T07:00:00Z",
					     "2026-03-02T08:00:00Z",
					     "2026-03-02T09:00:00Z",
					     "2026-03-02T10:00:00Z",
					     "2026-03-02T11:00:00Z",
					     "2026-03-02T12:00:00Z" };
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	goals_status st = GOALS_STATUS_ACTIVE;
	const char *updated = T0;
	size_t i, n_events = 0;

	assert_int_equal(N_OF(times), N_OF(steps));
	for (i = 0; i < N_OF(steps); i++) {
		char msg[32], what[32];
		int rc;

		snprintf(msg, sizeof(msg), "step %zu", i);
		snprintf(what, sizeof(what), "step %zu", i);
		rc = goals_set_status(fx->s, &id, steps[i].to, msg,
				      T(times[i]));
		rc_is(what, rc, steps[i].rc);
		if (rc == GOALS_OK) {
			goals_history h;
			st = steps[i].to;
			updated = times[i];
			n_events++;
			history_ok(&h, fx->s, &id);
			assert_int_equal(h.n_events, n_events);
			assert_int_equal(h.events[n_events - 1].type,
					 steps[i].ev);
			assert_int_equal(h.events[n_events - 1].at,
					 T(times[i]));
			assert_string_equal(h.events[n_events - 1].message,
					    msg);
			goals_history_free(&h);
		} else {
			assert_true(goals_errmsg()[0] != '\0');
		}
		status_is(fx, &id, st, updated, n_events);
	}
	assert_int_equal(raw_int(fx->raw,
				 "SELECT count(*) FROM events WHERE goal = ?1",
				 raw_gid(fx->raw, &id)),
			 n_events);
}

static void test_set_status_refused(void **state)
{
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	goals_id ghost = ID("0000000000004000800000000000beef");
	goals_history h;

	rc_is("bad message",
	      goals_set_status(fx->s, &id, GOALS_STATUS_ACHIEVED, "bell \x07",
			       T(T1)),
	      GOALS_EINVAL);
	rc_is("no such goal",
	      goals_set_status(fx->s, &ghost, GOALS_STATUS_ACHIEVED, NULL,
			       T(T1)),
	      GOALS_ENOTFOUND);
	status_is(fx, &id, GOALS_STATUS_ACTIVE, T0, 0);
	/* a status change inside a rolled-back transaction leaves nothing */
	assert_int_equal(goals_store_begin(fx->s, 1), GOALS_OK);
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACHIEVED,
					  NULL, T(T1)),
			 GOALS_OK);
	goals_store_rollback(fx->s);
	status_is(fx, &id, GOALS_STATUS_ACTIVE, T0, 0);
	/* without a message */
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ABANDONED,
					  NULL, T(T2)),
			 GOALS_OK);
	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_events, 1);
	assert_null(h.events[0].message);
	goals_history_free(&h);
}

/* Changes of status at the same instant are listed in the order made. */
static void test_events_same_time(void **state)
{
	static const goals_status to[] = {
		GOALS_STATUS_ACHIEVED, GOALS_STATUS_ACTIVE,
		GOALS_STATUS_ABANDONED, GOALS_STATUS_ACTIVE,
		GOALS_STATUS_ACHIEVED,
	};
	static const goals_event_type want[] = {
		GOALS_EVENT_ACHIEVED, GOALS_EVENT_REOPENED,
		GOALS_EVENT_ABANDONED, GOALS_EVENT_REOPENED,
		GOALS_EVENT_ACHIEVED,
	};
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);
	goals_history h;
	size_t i;

	for (i = 0; i < N_OF(to); i++) {
		char msg[16];
		snprintf(msg, sizeof(msg), "#%zu", i);
		assert_int_equal(goals_set_status(fx->s, &id, to[i], msg,
						  T(T1)),
				 GOALS_OK);
	}
	history_ok(&h, fx->s, &id);
	assert_int_equal(h.n_events, N_OF(want));
	for (i = 0; i < N_OF(want); i++) {
		char msg[16];
		snprintf(msg, sizeof(msg), "#%zu", i);
		assert_int_equal(h.events[i].type, want[i]);
		assert_string_equal(h.events[i].message, msg);
	}
	goals_history_free(&h);
}

/* goals_remove ---------------------------------------------------------- */

static void test_remove(void **state)
{
	struct fx *fx = *state;
	goals_fields f, ch;
	goals_goal *g;
	goals_id id, keep;
	sqlite3_int64 gid, keep_gid;
	struct rows r, k;
	goals_entry e;

	/* a total goal with 3 revisions, 2 entries and 2 events */
	f_text(&f, "run 100 km");
	f_target(&f, 100);
	g = add_ok(fx->s, &f, T0);
	id = g->id;
	goals_goal_free(g);
	keep = add_full(fx->s, NULL, T0);
	goals_fields_init(&ch);
	f_target(&ch, 120);
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "more", T1));
	f_target(&ch, 150);
	goals_goal_free(refine_ok(fx->s, &id, &ch, 0, "even more", T1));
	assert_int_equal(goals_entry_add(&e, fx->s, id.hex, 5, T(T2), "easy"),
			 GOALS_OK);
	goals_entry_clear(&e);
	assert_int_equal(goals_entry_add(NULL, fx->s, id.hex, 7, T(T3), NULL),
			 GOALS_OK);
	assert_int_equal(goals_entry_add(NULL, fx->s, keep.hex, 1, T(T3), NULL),
			 GOALS_OK);
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACHIEVED,
					  NULL, T(T4)),
			 GOALS_OK);
	assert_int_equal(goals_set_status(fx->s, &id, GOALS_STATUS_ACTIVE, NULL,
					  T(T4)),
			 GOALS_OK);
	assert_int_equal(goals_set_status(fx->s, &keep, GOALS_STATUS_ACHIEVED,
					  NULL, T(T4)),
			 GOALS_OK);

	gid = raw_gid(fx->raw, &id);
	keep_gid = raw_gid(fx->raw, &keep);
	r = raw_rows(fx->raw, gid);
	assert_int_equal(r.goals, 1);
	assert_int_equal(r.revisions, 3);
	assert_int_equal(r.entries, 2);
	assert_int_equal(r.events, 2);
	k = raw_rows(fx->raw, keep_gid);

	assert_int_equal(goals_remove(fx->s, &id, 0, T(T5)), GOALS_OK);
	r = raw_rows(fx->raw, gid);
	assert_int_equal(r.goals, 0);
	assert_int_equal(r.revisions, 0);
	assert_int_equal(r.entries, 0);
	assert_int_equal(r.events, 0);
	assert_int_equal(r.periods, 0);
	/* nothing else went */
	{
		struct rows k2 = raw_rows(fx->raw, keep_gid);
		assert_int_equal(k2.goals, 1);
		assert_int_equal(k2.revisions, k.revisions);
		assert_int_equal(k2.entries, k.entries);
		assert_int_equal(k2.events, k.events);
		assert_int_equal(k2.periods, k.periods);
	}
	assert_int_equal(raw_total(fx->raw, "goals"), 1);
	assert_int_equal(raw_total(fx->raw, "entries"), 1);

	g = NULL;
	rc_is("get removed", goals_get(&g, fx->s, id.hex, T(T5)),
	      GOALS_ENOTFOUND);
	assert_null(g);
	rc_is("remove twice", goals_remove(fx->s, &id, 0, T(T5)),
	      GOALS_ENOTFOUND);
	rc_is("remove twice, forced", goals_remove(fx->s, &id, 1, T(T5)),
	      GOALS_ENOTFOUND);
	{
		goals_history h;
		rc_is("history of removed", goals_history_get(&h, fx->s, &id),
		      GOALS_ENOTFOUND);
	}
}

static void test_remove_rollback(void **state)
{
	struct fx *fx = *state;
	goals_id id = add_text(fx->s, "ship it", NULL, T0);

	assert_int_equal(goals_store_begin(fx->s, 1), GOALS_OK);
	assert_int_equal(goals_remove(fx->s, &id, 0, T(T1)), GOALS_OK);
	goals_store_rollback(fx->s);
	assert_int_equal(raw_total(fx->raw, "goals"), 1);
	goals_goal_free(get(fx->s, &id));
}

static void test_remove_parent_refused(void **state)
{
	struct fx *fx = *state;
	goals_id p = add_text(fx->s, "parent", NULL, T0);
	goals_id c1 = add_text(fx->s, "child 1", &p, T1);
	goals_id c2 = add_text(fx->s, "child 2", &p, T2);
	goals_id gc = add_text(fx->s, "grandchild", &c1, T3);
	sqlite3_int64 goals_before = raw_total(fx->raw, "goals");
	sqlite3_int64 revs_before = raw_total(fx->raw, "revisions");
	char c1_short[8], c2_short[8];
	goals_goal *g;

	rc_is("remove a parent", goals_remove(fx->s, &p, 0, T(T4)),
	      GOALS_EINVAL);
	/* the message names the children */
	snprintf(c1_short, sizeof(c1_short), "%.7s", c1.hex);
	snprintf(c2_short, sizeof(c2_short), "%.7s", c2.hex);
	msg_has(c1_short);
	msg_has(c2_short);
	/* nothing deleted, nothing revised */
	assert_int_equal(raw_total(fx->raw, "goals"), goals_before);
	assert_int_equal(raw_total(fx->raw, "revisions"), revs_before);
	g = get(fx->s, &c1);
	assert_int_equal(g->revision, 1);
	assert_string_equal(g->f.parent.hex, p.hex);
	goals_goal_free(g);
	/* a middle goal is refused too */
	rc_is("remove a middle goal", goals_remove(fx->s, &c1, 0, T(T4)),
	      GOALS_EINVAL);
	assert_int_equal(raw_total(fx->raw, "goals"), goals_before);
	/* a leaf goes without force */
	assert_int_equal(goals_remove(fx->s, &gc, 0, T(T4)), GOALS_OK);
	assert_int_equal(raw_total(fx->raw, "goals"), goals_before - 1);
}

static void test_remove_force(void **state)
{
	struct fx *fx = *state;
	goals_id p = add_text(fx->s, "parent", NULL, T0);
	goals_id q = add_text(fx->s, "other parent", NULL, T0);
	goals_id c1 = add_full(fx->s, &p, T1);
	goals_id c2 = add_text(fx->s, "child 2", &p, T2);
	goals_id moved = add_text(fx->s, "moved away", &p, T2);
	goals_id gc = add_text(fx->s, "grandchild", &c1, T3);
	goals_goal *before = get(fx->s, &c1), *g;
	goals_history h;

	reparent(fx->s, &moved, &q, T3);
	assert_int_equal(goals_remove(fx->s, &p, 1, T(T5)), GOALS_OK);
	assert_int_equal(raw_total(fx->raw, "goals"), 5);

	/* each child: a new revision without parent, the rest kept */
	g = get(fx->s, &c1);
	assert_int_equal(g->revision, 2);
	assert_false(g->f.set & GOALS_F_PARENT);
	assert_int_equal(goals_fields_diff(&before->f, &g->f), GOALS_F_PARENT);
	assert_int_equal(g->updated, T(T5));
	goals_goal_free(g);
	history_ok(&h, fx->s, &c1);
	assert_int_equal(h.n_revisions, 2);
	assert_non_null(h.revisions[1].message);
	assert_string_equal(h.revisions[1].message, "parent goal deleted");
	assert_int_equal(h.revisions[1].at, T(T5));
	assert_true(h.revisions[0].f.set & GOALS_F_PARENT);
	assert_string_equal(h.revisions[0].f.parent.hex, p.hex);
	goals_history_free(&h);

	history_ok(&h, fx->s, &c2);
	assert_int_equal(h.n_revisions, 2);
	assert_string_equal(h.revisions[1].message, "parent goal deleted");
	assert_false(h.revisions[1].f.set & GOALS_F_PARENT);
	assert_string_equal(h.revisions[1].f.text, "child 2");
	goals_history_free(&h);

	/* a goal that no longer names it is left alone */
	history_ok(&h, fx->s, &moved);
	assert_int_equal(h.n_revisions, 2);
	assert_null(h.revisions[1].message);
	assert_string_equal(h.revisions[1].f.parent.hex, q.hex);
	goals_history_free(&h);
	/* and so is a grandchild */
	g = get(fx->s, &gc);
	assert_int_equal(g->revision, 1);
	assert_string_equal(g->f.parent.hex, c1.hex);
	goals_goal_free(g);
	goals_goal_free(before);

	/* force on a goal without children is a plain remove */
	assert_int_equal(goals_remove(fx->s, &gc, 1, T(T6)), GOALS_OK);
	assert_int_equal(raw_total(fx->raw, "goals"), 4);
	g = get(fx->s, &c1);
	assert_int_equal(g->revision, 2);
	goals_goal_free(g);
}

/* goals_children ---------------------------------------------------------- */

static void children_are(struct fx *fx, const goals_id *parent,
			 const goals_id *const *want, size_t n_want)
{
	goals_id *kids = (goals_id *)1;
	size_t n = 99, i;

	assert_int_equal(goals_children(&kids, &n, fx->s, parent), GOALS_OK);
	if (n != n_want)
		fail_msg("%zu children of %.7s, want %zu", n, parent->hex,
			 n_want);
	if (!n)
		assert_null(kids);
	for (i = 0; i < n; i++)
		if (strcmp(kids[i].hex, want[i]->hex))
			fail_msg("child %zu of %.7s is %.7s, want %.7s", i,
				 parent->hex, kids[i].hex, want[i]->hex);
	free(kids);
}

static void test_children(void **state)
{
	struct fx *fx = *state;
	goals_id p = add_text(fx->s, "parent", NULL, T0);
	goals_id q = add_text(fx->s, "other parent", NULL, T0);
	/* added out of time order: oldest first is c2, c3, c1 */
	goals_id c1 = add_text(fx->s, "c1", &p, T4);
	goals_id c2 = add_text(fx->s, "c2", &p, T1);
	goals_id c3 = add_text(fx->s, "c3", &p, T2);
	goals_id gc = add_text(fx->s, "grandchild", &c1, T5);
	goals_id loose = add_text(fx->s, "loose", NULL, T1);

	{
		const goals_id *want[] = { &c2, &c3, &c1 };
		children_are(fx, &p, want, N_OF(want));
	}
	{
		const goals_id *want[] = { &gc };
		children_are(fx, &c1, want, N_OF(want));
	}
	children_are(fx, &q, NULL, 0);
	children_are(fx, &loose, NULL, 0);
	children_are(fx, &gc, NULL, 0);

	/* c3 moves to q: no longer p's, although revision 1 names p */
	reparent(fx->s, &c3, &q, T5);
	{
		const goals_id *want[] = { &c2, &c1 };
		children_are(fx, &p, want, N_OF(want));
	}
	{
		const goals_id *want[] = { &c3 };
		children_are(fx, &q, want, N_OF(want));
	}
	/* c2 leaves and comes back: listed once */
	reparent(fx->s, &c2, NULL, T5);
	{
		const goals_id *want[] = { &c1 };
		children_are(fx, &p, want, N_OF(want));
	}
	reparent(fx->s, &c2, &p, T6);
	{
		const goals_id *want[] = { &c2, &c1 };
		children_are(fx, &p, want, N_OF(want));
	}
	/* a refine that keeps the parent keeps the child */
	{
		goals_fields ch;
		goals_fields_init(&ch);
		f_str(&ch, GOALS_F_WHY, "still here");
		goals_goal_free(refine_ok(fx->s, &c1, &ch, 0, NULL, T6));
		const goals_id *want[] = { &c2, &c1 };
		children_are(fx, &p, want, N_OF(want));
	}
}

int main(void)
{
#define T_(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diff_same),
		cmocka_unit_test(test_diff_each_field),
		cmocka_unit_test(test_diff_review_parts),
		cmocka_unit_test(test_diff_strings),
		T_(test_refine_new_revision),
		T_(test_refine_clear),
		T_(test_refine_clear_all),
		T_(test_refine_clear_required),
		T_(test_refine_nothing),
		T_(test_refine_invalid),
		T_(test_refine_parent),
		T_(test_refine_message),
		T_(test_add_message),
		T_(test_refine_in_transaction),
		T_(test_history),
		cmocka_unit_test(test_event_names),
		T_(test_set_status),
		T_(test_set_status_refused),
		T_(test_events_same_time),
		T_(test_remove),
		T_(test_remove_rollback),
		T_(test_remove_parent_refused),
		T_(test_remove_force),
		T_(test_children),
	};
#undef T_

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
