/*
 * test-attention.c - unit tests of lib/attention.c: the group each goal
 * is in for `goals status` and `goals remind`, and why, with hand-checked
 * dates.  Today is Sunday 2026-11-29, 09:00 UTC.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

#define NOW "2026-11-29T09:00:00Z"

/* Add a goal made by fields f at instant `at`; return it as of NOW. */
static goals_goal *add_at(struct fx *fx, goals_fields *f, const char *at)
{
	goals_goal *g;
	assert_int_equal(goals_add(&g, fx->s, f, T(at)), GOALS_OK);
	goals_fields_clear(f);
	return g;
}

static void log_at(struct fx *fx, const goals_goal *g, double v,
		   const char *at)
{
	assert_int_equal(goals_entry_add(NULL, fx->s, g->id.hex, v, T(at), NULL),
			 GOALS_OK);
}

/* Judge g as of NOW (read again, so that its progress is current). */
static goals_attention judge(struct fx *fx, const goals_goal *g)
{
	goals_attention a;
	goals_goal *now;
	assert_int_equal(goals_get(&now, fx->s, g->id.hex, T(NOW)), GOALS_OK);
	assert_int_equal(goals_attention_get(&a, fx->s, now, NULL, T(NOW)),
			 GOALS_OK);
	goals_goal_free(now);
	return a;
}

/* Fail unless a is in group `group` first, with a reason of `code` whose
 * text is `text`. */
static void expect(const goals_attention *a, goals_group group,
		   const char *code, const char *text)
{
	size_t i;
	if (!a->groups || a->group != group)
		fail_msg("want group %s, got %s (groups %#x)",
			 goals_group_name(group),
			 a->groups ? goals_group_name(a->group) : "none",
			 a->groups);
	for (i = 0; i < a->n_why; i++)
		if (!strcmp(a->why[i].code, code) &&
		    !strcmp(a->why[i].text, text))
			return;
	fail_msg("no reason %s '%s'; first is %s '%s'", code, text,
		 a->n_why ? a->why[0].code : "-",
		 a->n_why ? a->why[0].text : "-");
}

static void test_deadlines(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	f_text(&f, "pay the rent");
	f_deadline(&f, "2026-11-27");
	g = add_at(fx, &f, "2026-11-20T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_OVERDUE, "overdue",
	       "the deadline 2026-11-27 passed 2 days ago");
	assert_true(a.needs_attention);
	goals_goal_free(g);

	f_text(&f, "book the dentist");
	f_deadline(&f, "2026-11-30");
	g = add_at(fx, &f, "2026-11-20T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_DUE_SOON, "due-soon", "due tomorrow");
	goals_goal_free(g);

	f_text(&f, "send the form");
	f_deadline(&f, "2026-11-29");
	g = add_at(fx, &f, "2026-11-28T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_DUE_SOON, "due-soon", "due today");
	goals_goal_free(g);

	/* 7 days is within the window; 8 is not */
	f_text(&f, "renew the passport");
	f_deadline(&f, "2026-12-06");
	g = add_at(fx, &f, "2026-11-28T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_DUE_SOON, "due-soon",
	       "due in 7 days, on 2026-12-06");
	goals_goal_free(g);
	f_text(&f, "renew the licence");
	f_deadline(&f, "2026-12-07");
	g = add_at(fx, &f, "2026-11-28T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_ON_TRACK, "on-track", "due 2026-12-07");
	assert_false(a.needs_attention);
	goals_goal_free(g);
}

static void test_met_past_deadline(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	f_text(&f, "read 3 books");
	f_target(&f, 3);
	f_deadline(&f, "2026-11-25");
	g = add_at(fx, &f, "2026-11-01T09:00:00Z");
	log_at(fx, g, 3, "2026-11-20T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_OVERDUE, "met",
	       "met, and the deadline 2026-11-25 has passed: close it as "
	       "achieved");
	goals_goal_free(g);

	/* met before the deadline: nothing to remind of */
	f_text(&f, "read 2 books");
	f_target(&f, 2);
	f_deadline(&f, "2026-12-25");
	g = add_at(fx, &f, "2026-11-01T09:00:00Z");
	log_at(fx, g, 2, "2026-11-28T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_ON_TRACK, "met",
	       "the target is met: close it as achieved");
	assert_false(a.needs_attention);
	goals_goal_free(g);
}

static void test_behind(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	/* 10 km in 28 days (2.5 a week); 90 to go in 31 days (20.3 a
	 * week): behind */
	f_text(&f, "run 100 km");
	f_target(&f, 100);
	f_start(&f, "2026-11-01");
	f_deadline(&f, "2026-12-30");
	g = add_at(fx, &f, "2026-11-01T09:00:00Z");
	log_at(fx, g, 4, "2026-11-03T09:00:00Z");
	log_at(fx, g, 6, "2026-11-28T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_BEHIND, "behind",
	       "20.32 a week needed, 2.5 a week so far");
	goals_goal_free(g);

	/* a weekly habit met in 1 of the last 4 weeks */
	f_text(&f, "swim");
	f_every(&f, GOALS_EVERY_WEEK);
	f_target(&f, 2);
	f_start(&f, "2026-10-26");
	f_deadline(&f, "2027-01-31");
	g = add_at(fx, &f, "2026-10-26T09:00:00Z");
	log_at(fx, g, 2, "2026-10-27T09:00:00Z");
	log_at(fx, g, 1, "2026-11-04T09:00:00Z");
	log_at(fx, g, 1, "2026-11-18T09:00:00Z");
	log_at(fx, g, 1, "2026-11-26T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_BEHIND, "behind",
	       "met in 1 of the last 4 weeks");
	goals_goal_free(g);
}

static void test_stale(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	/* last entry 15 days ago */
	f_text(&f, "write the thesis");
	f_target(&f, 50000);
	g = add_at(fx, &f, "2026-10-01T09:00:00Z");
	log_at(fx, g, 2000, "2026-11-14T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_STALE, "stale", "no entry for 15 days");
	goals_goal_free(g);

	/* 13 days: not yet */
	f_text(&f, "write the essay");
	f_target(&f, 5000);
	g = add_at(fx, &f, "2026-10-01T09:00:00Z");
	log_at(fx, g, 200, "2026-11-16T09:00:00Z");
	a = judge(fx, g);
	assert_false(a.groups & (1u << GOALS_GROUP_STALE));
	goals_goal_free(g);

	/* a weekly habit left for four weeks */
	f_text(&f, "call Gran");
	f_every(&f, GOALS_EVERY_WEEK);
	f_target(&f, 1);
	g = add_at(fx, &f, "2026-11-01T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_STALE, "stale",
	       "no entry yet, 28 days after it began");
	goals_goal_free(g);

	/* a monthly habit is stale only when a whole month is missed */
	f_text(&f, "visit Dad");
	f_every(&f, GOALS_EVERY_MONTH);
	f_target(&f, 1);
	g = add_at(fx, &f, "2026-10-01T09:00:00Z");
	log_at(fx, g, 1, "2026-11-05T09:00:00Z");
	a = judge(fx, g);
	assert_false(a.groups & (1u << GOALS_GROUP_STALE));
	goals_goal_free(g);

	/* a milestone takes no entries: never stale */
	f_text(&f, "sign the lease");
	g = add_at(fx, &f, "2026-09-01T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_ON_TRACK, "on-track", "nothing needs attention");
	goals_goal_free(g);
}

static void test_review(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	f_text(&f, "be kinder to myself");
	f_review(&f, 2, 'w');
	g = add_at(fx, &f, "2026-11-15T09:00:00Z");
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_REVIEW, "review-due",
	       "last looked at on 2026-11-15; it is reviewed every 2w");
	goals_goal_free(g);

	/* a day short of the cadence */
	f_text(&f, "be kinder to others");
	f_review(&f, 2, 'w');
	g = add_at(fx, &f, "2026-11-16T09:00:00Z");
	a = judge(fx, g);
	assert_false(a.groups & (1u << GOALS_GROUP_REVIEW));
	goals_goal_free(g);
}

static void test_closed(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	f_text(&f, "quit the job");
	g = add_at(fx, &f, "2026-10-01T09:00:00Z");
	assert_int_equal(goals_set_status(fx->s, &g->id, GOALS_STATUS_ACHIEVED,
					  NULL, T("2026-11-20T09:00:00Z")),
			 GOALS_OK);
	a = judge(fx, g);
	expect(&a, GOALS_GROUP_ACHIEVED, "achieved", "achieved on 2026-11-20");
	assert_false(a.needs_attention);
	goals_goal_free(g);

	/* achieved long ago, or abandoned: in no group */
	f_text(&f, "move house");
	g = add_at(fx, &f, "2026-09-01T09:00:00Z");
	assert_int_equal(goals_set_status(fx->s, &g->id, GOALS_STATUS_ACHIEVED,
					  NULL, T("2026-10-01T09:00:00Z")),
			 GOALS_OK);
	a = judge(fx, g);
	assert_int_equal(a.groups, 0);
	goals_goal_free(g);
	f_text(&f, "learn the tuba");
	g = add_at(fx, &f, "2026-09-01T09:00:00Z");
	assert_int_equal(goals_set_status(fx->s, &g->id,
					  GOALS_STATUS_ABANDONED, NULL,
					  T("2026-11-28T09:00:00Z")),
			 GOALS_OK);
	a = judge(fx, g);
	assert_int_equal(a.groups, 0);
	goals_goal_free(g);
}

static void test_several_reasons(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	goals_attention a;

	/* overdue and stale and review due: shown as overdue, with all
	 * three reasons, most urgent first */
	f_text(&f, "save 500");
	f_target(&f, 500);
	f_deadline(&f, "2026-11-28");
	f_review(&f, 1, 'w');
	g = add_at(fx, &f, "2026-10-01T09:00:00Z");
	log_at(fx, g, 100, "2026-10-02T09:00:00Z");
	a = judge(fx, g);
	assert_int_equal(a.group, GOALS_GROUP_OVERDUE);
	assert_int_equal(a.n_why, 3);
	assert_int_equal(a.why[0].group, GOALS_GROUP_OVERDUE);
	assert_int_equal(a.why[1].group, GOALS_GROUP_STALE);
	assert_int_equal(a.why[2].group, GOALS_GROUP_REVIEW);
	assert_string_equal(a.why[1].text, "no entry for 58 days");
	goals_goal_free(g);
}

static void test_windows(void **state)
{
	struct fx *fx = *state;
	goals_attention_opts o;
	goals_fields f;
	goals_goal *g, *now;
	goals_attention a;

	goals_attention_defaults(&o);
	assert_int_equal(o.within, 7);
	assert_int_equal(o.stale, 14);
	f_text(&f, "write 10 letters");
	f_target(&f, 10);
	f_deadline(&f, "2026-12-10");
	g = add_at(fx, &f, "2026-11-20T09:00:00Z");
	log_at(fx, g, 1, "2026-11-21T09:00:00Z");
	o.within = 14;
	o.stale = 7;
	assert_int_equal(goals_get(&now, fx->s, g->id.hex, T(NOW)), GOALS_OK);
	assert_int_equal(goals_attention_get(&a, fx->s, now, &o, T(NOW)),
			 GOALS_OK);
	assert_true(a.groups & (1u << GOALS_GROUP_DUE_SOON));
	assert_true(a.groups & (1u << GOALS_GROUP_STALE));
	goals_goal_free(now);
	goals_goal_free(g);
	assert_string_equal(goals_group_name(GOALS_GROUP_REVIEW), "review_due");
	assert_null(goals_group_name(GOALS_GROUPS));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_deadlines, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_met_past_deadline,
						fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_behind, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_stale, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_review, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_closed, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_several_reasons, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_windows, fx_setup,
						fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
