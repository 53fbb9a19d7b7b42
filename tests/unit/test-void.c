/*
 * test-void.c - unit tests of lib/void.c and the store's voids: voiding
 * an entry takes it out of every sum and count, for good; undo voids the
 * newest entry; entry ids resolve by prefix; an entry that arrives after
 * its void (a merge) is void at once; a goal's history and listing carry
 * the voids.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

#define NOW "2026-03-04T12:00:00Z"

/* A total goal with target 100 and entries 10, 20, 801 (a typo) logged
 * an hour apart; *ids receives the entries' ids in that order. */
static goals_id typo_goal(struct fx *fx, goals_id ids[3])
{
	static const char *const at[] = {"2026-03-04T09:00:00Z",
					 "2026-03-04T10:00:00Z",
					 "2026-03-04T11:00:00Z"};
	static const double v[] = {10, 20, 801};
	goals_fields f;
	goals_goal *g;
	goals_entry e;
	goals_id id;
	int i;

	f_text(&f, "run 100 km");
	f_target(&f, 100);
	assert_int_equal(goals_add(&g, fx->s, &f, T("2026-03-01T08:00:00Z")),
			 GOALS_OK);
	goals_fields_clear(&f);
	id = g->id;
	goals_goal_free(g);
	for (i = 0; i < 3; i++) {
		assert_int_equal(
			goals_entry_add(&e, fx->s, id.hex, v[i], T(at[i]), NULL),
			GOALS_OK);
		assert_true(e.short_len >= GOALS_SHORT_MIN);
		ids[i] = e.id;
		goals_entry_clear(&e);
	}
	return id;
}

static goals_goal *get(struct fx *fx, const goals_id *id)
{
	goals_goal *g = NULL;
	assert_int_equal(goals_get(&g, fx->s, id->hex, T(NOW)), GOALS_OK);
	return g;
}

static void test_undo_restores(void **state)
{
	struct fx *fx = *state;
	goals_id ids[3], id;
	goals_goal *before, *after;
	goals_void v;
	goals_entry_list l;

	id = typo_goal(fx, ids);
	after = get(fx, &id);
	assert_true(after->progress.current == 831);
	goals_goal_free(after);

	assert_int_equal(goals_entry_undo(&v, fx->s, id.hex, "typo",
					  T("2026-03-04T11:30:00Z")),
			 GOALS_OK);
	/* it says which entry it voided */
	assert_string_equal(v.entry.hex, ids[2].hex);
	assert_string_equal(v.goal.hex, id.hex);
	assert_true(v.has_entry && v.value == 801);
	assert_string_equal(v.reason, "typo");
	goals_void_clear(&v);

	/* the goal is as it was before the typo */
	before = get(fx, &id);
	assert_true(before->progress.current == 30);
	assert_int_equal(before->progress.entries, 2);
	assert_true(before->progress.last_at == T("2026-03-04T10:00:00Z"));
	goals_goal_free(before);

	/* recent entries leave it out; every entry shows it, voided */
	assert_int_equal(goals_entries_recent(&l, fx->s, &id, 10), GOALS_OK);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.items[0].id.hex, ids[1].hex);
	goals_entry_list_free(&l);
	assert_int_equal(goals_entries_all(&l, fx->s, &id), GOALS_OK);
	assert_int_equal(l.count, 3);
	assert_string_equal(l.items[0].id.hex, ids[2].hex);
	assert_true(l.items[0].voided);
	assert_string_equal(l.items[0].v.reason, "typo");
	assert_false(l.items[1].voided);
	goals_entry_list_free(&l);

	/* a second undo takes the next newest */
	assert_int_equal(goals_entry_undo(&v, fx->s, id.hex, NULL, T(NOW)),
			 GOALS_OK);
	assert_string_equal(v.entry.hex, ids[1].hex);
	assert_null(v.reason);
	goals_void_clear(&v);
	after = get(fx, &id);
	assert_true(after->progress.current == 10);
	goals_goal_free(after);
}

static void test_void_by_prefix(void **state)
{
	struct fx *fx = *state;
	goals_id ids[3], id;
	goals_goal *g;
	goals_void v;
	char prefix[8];

	id = typo_goal(fx, ids);
	snprintf(prefix, sizeof(prefix), "%.7s", ids[0].hex);
	assert_int_equal(goals_entry_void(&v, fx->s, prefix, "wrong day",
					  T(NOW)),
			 GOALS_OK);
	assert_string_equal(v.entry.hex, ids[0].hex);
	goals_void_clear(&v);
	g = get(fx, &id);
	assert_true(g->progress.current == 821);
	assert_int_equal(g->progress.entries, 2);
	goals_goal_free(g);

	/* for good: a void is not voided again */
	assert_int_equal(goals_entry_void(NULL, fx->s, ids[0].hex, NULL, T(NOW)),
			 GOALS_EINVAL);
	msg_has("void already");
	/* an unknown entry, a bad prefix, a goal's id */
	assert_int_equal(goals_entry_void(NULL, fx->s, "0000000", NULL, T(NOW)),
			 GOALS_ENOTFOUND);
	msg_has("no entry matches '0000000'");
	assert_int_equal(goals_entry_void(NULL, fx->s, "xyz", NULL, T(NOW)),
			 GOALS_EINVAL);
	msg_has("'xyz'");
	assert_int_equal(goals_entry_void(NULL, fx->s, id.hex, NULL, T(NOW)),
			 GOALS_ENOTFOUND);
	/* a reason is text: no control characters */
	assert_int_equal(goals_entry_void(NULL, fx->s, ids[1].hex, "a\033b",
					  T(NOW)),
			 GOALS_EINVAL);
	g = get(fx, &id);
	assert_true(g->progress.current == 821);
	goals_goal_free(g);
}

static void test_undo_nothing(void **state)
{
	struct fx *fx = *state;
	goals_id id = ID("00000000000000000000000000000000");
	goals_goal *g;
	goals_fields f;

	f_text(&f, "call Mum");
	assert_int_equal(goals_add(&g, fx->s, &f, T(NOW)), GOALS_OK);
	goals_fields_clear(&f);
	id = g->id;
	goals_goal_free(g);
	assert_int_equal(goals_entry_undo(NULL, fx->s, id.hex, NULL, T(NOW)),
			 GOALS_EINVAL);
	msg_has("no entry to undo");
	assert_int_equal(goals_entry_undo(NULL, fx->s, "abcdef", NULL, T(NOW)),
			 GOALS_ENOTFOUND);
}

static void test_ambiguous_entry(void **state)
{
	struct fx *fx = *state;
	goals_id ids[3];
	char sql[256];

	typo_goal(fx, ids);
	/* two entries whose ids share 8 digits */
	snprintf(sql, sizeof(sql),
		 "INSERT INTO entries (uuid, goal, at, day, value) VALUES"
		 " ('abcdef01000000000000000000000001', 1,"
		 " '2026-03-04T08:00:00Z', '2026-03-04', 1),"
		 " ('abcdef01000000000000000000000002', 1,"
		 " '2026-03-04T08:00:00Z', '2026-03-04', 2)");
	assert_int_equal(sqlite3_exec(fx->raw, sql, NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(goals_entry_void(NULL, fx->s, "abcdef01", NULL, T(NOW)),
			 GOALS_EAMBIGUOUS);
	msg_has("entry id 'abcdef01' is ambiguous");
	msg_has("abcdef01000000000000000000000001");
}

static void test_void_before_entry(void **state)
{
	struct fx *fx = *state;
	goals_id ids[3], id;
	goals_goal *g;

	id = typo_goal(fx, ids);
	/* a merge brings the void of an entry before the entry itself */
	assert_int_equal(
		sqlite3_exec(fx->raw,
			     "INSERT INTO voids (uuid, entry, goal, at) VALUES"
			     " ('11111111111111111111111111111111',"
			     " '22222222222222222222222222222222', 1,"
			     " '2026-03-04T11:00:00Z')",
			     NULL, NULL, NULL),
		SQLITE_OK);
	g = get(fx, &id);
	assert_true(g->progress.current == 831);
	goals_goal_free(g);
	assert_int_equal(
		sqlite3_exec(fx->raw,
			     "INSERT INTO entries (uuid, goal, at, day, value)"
			     " VALUES ('22222222222222222222222222222222', 1,"
			     " '2026-03-04T11:45:00Z', '2026-03-04', 5),"
			     " ('33333333333333333333333333333333', 1,"
			     " '2026-03-04T11:50:00Z', '2026-03-04', 7)",
			     NULL, NULL, NULL),
		SQLITE_OK);
	/* the voided one never counts; the other does */
	g = get(fx, &id);
	assert_true(g->progress.current == 838);
	assert_int_equal(g->progress.entries, 4);
	assert_true(g->progress.last_at == T("2026-03-04T11:50:00Z"));
	goals_goal_free(g);
}

static void test_voids_are_for_good(void **state)
{
	struct fx *fx = *state;
	goals_id ids[3];
	char sql[256];

	typo_goal(fx, ids);
	assert_int_equal(goals_entry_void(NULL, fx->s, ids[2].hex, NULL, T(NOW)),
			 GOALS_OK);
	/* neither an entry's void flag nor a void can be changed */
	snprintf(sql, sizeof(sql),
		 "UPDATE entries SET voided = 0 WHERE uuid = '%s'", ids[2].hex);
	assert_int_not_equal(sqlite3_exec(fx->raw, sql, NULL, NULL, NULL),
			     SQLITE_OK);
	snprintf(sql, sizeof(sql),
		 "UPDATE entries SET voided = 1 WHERE uuid = '%s'", ids[0].hex);
	assert_int_not_equal(sqlite3_exec(fx->raw, sql, NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(fx->raw,
					  "UPDATE voids SET reason = 'x'",
					  NULL, NULL, NULL),
			     SQLITE_OK);
}

static void test_history_and_periods(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_history h;
	goals_entry e;
	goals_id id;
	sqlite3_stmt *st;

	/* a weekly habit: the void leaves the week's sum */
	f_text(&f, "swim");
	f_every(&f, GOALS_EVERY_WEEK);
	f_target(&f, 2);
	assert_int_equal(goals_add(&g, fx->s, &f, T("2026-03-02T08:00:00Z")),
			 GOALS_OK);
	goals_fields_clear(&f);
	id = g->id;
	goals_goal_free(g);
	assert_int_equal(goals_entry_add(NULL, fx->s, id.hex, 1,
					 T("2026-03-03T08:00:00Z"), NULL),
			 GOALS_OK);
	assert_int_equal(goals_entry_add(&e, fx->s, id.hex, 1,
					 T("2026-03-04T08:00:00Z"), NULL),
			 GOALS_OK);
	g = get(fx, &id);
	assert_true(g->progress.current == 2);
	goals_goal_free(g);
	assert_int_equal(goals_entry_void(NULL, fx->s, e.id.hex, "twice",
					  T("2026-03-04T09:00:00Z")),
			 GOALS_OK);
	g = get(fx, &id);
	assert_true(g->progress.current == 1);
	goals_goal_free(g);
	assert_int_equal(sqlite3_prepare_v2(fx->raw,
					    "SELECT sum, n FROM periods WHERE"
					    " every = 'week'",
					    -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_true(sqlite3_column_double(st, 0) == 1);
	assert_int_equal(sqlite3_column_int(st, 1), 1);
	sqlite3_finalize(st);

	/* the history has it, with the entry's day and value */
	assert_int_equal(goals_history_get(&h, fx->s, &id), GOALS_OK);
	assert_int_equal(h.n_voids, 1);
	assert_string_equal(h.voids[0].entry.hex, e.id.hex);
	assert_string_equal(h.voids[0].reason, "twice");
	assert_true(h.voids[0].has_entry && h.voids[0].value == 1);
	assert_int_equal(h.voids[0].day, D("2026-03-04"));
	goals_history_free(&h);
	goals_entry_clear(&e);

	/* deleting the goal takes its voids with it */
	assert_int_equal(goals_remove(fx->s, &id, 0, T(NOW)), GOALS_OK);
	assert_int_equal(sqlite3_prepare_v2(fx->raw,
					    "SELECT count(*) FROM voids", -1,
					    &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_undo_restores, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_void_by_prefix, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_undo_nothing, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_ambiguous_entry, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_void_before_entry, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_voids_are_for_good,
						fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_and_periods,
						fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
