/*
 * test-date.c - unit tests of lib/date.c: calendar arithmetic, the date
 * grammar, ISO instants, --at instants and the formatters.  Runs with
 * TZ=UTC; the time zone tests set $TZ themselves and a teardown puts the
 * original back.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helpers.h"
#include "goals/common.h"
#include "goals/date.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define SENTINEL   12345 /* an *out value that a failing call must keep */

static char *saved_tz;

/* A date from "YYYY-MM-DD", which must be valid. */
static goals_date D(const char *s)
{
	int y, m, d;
	goals_date out;
	assert_int_equal(sscanf(s, "%d-%d-%d", &y, &m, &d), 3);
	assert_int_equal(goals_date_from_ymd(&out, y, m, d), GOALS_OK);
	return out;
}

/* An instant from an ISO string, which must be valid. */
static goals_time T(const char *s)
{
	goals_time t;
	int rc = goals_time_parse_iso(&t, s);
	if (rc != GOALS_OK)
		fail_msg("cannot parse '%s': %s", s, goals_errmsg());
	return t;
}

/* Fail unless the last error message quotes s as '<s>'. */
static void assert_msg_quotes(const char *s)
{
	char quoted[256];
	snprintf(quoted, sizeof(quoted), "'%s'", s);
	if (!strstr(goals_errmsg(), quoted))
		fail_msg("message '%s' does not quote %s", goals_errmsg(),
			 quoted);
}

/* Switch the process to time zone tz. */
static void use_tz(const char *tz)
{
	assert_int_equal(setenv("TZ", tz, 1), 0);
	tzset();
}

/* Teardown: put back the time zone the program started with. */
static int restore_tz(void **state)
{
	(void)state;
	if (saved_tz)
		setenv("TZ", saved_tz, 1);
	else
		unsetenv("TZ");
	tzset();
	return 0;
}

static void test_anchors(void **state)
{
	static const struct {
		int y, m, d;
		goals_date days;
		int wday;
	} cases[] = {
		{ 1970, 1, 1, 0, 4 },      { 1969, 12, 31, -1, 3 },
		{ 2000, 2, 29, 11016, 2 }, { 2000, 3, 1, 11017, 3 },
		{ 2024, 2, 29, 19782, 4 }, { 2026, 1, 1, 20454, 4 },
		{ 2026, 3, 15, 20527, 7 }, { 1900, 1, 1, -25567, 1 },
		{ 1, 1, 1, -719162, 1 },   { 9999, 12, 31, 2932896, 5 },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		goals_date d = SENTINEL;
		int y, m, dd;
		assert_int_equal(goals_date_from_ymd(&d, cases[i].y, cases[i].m,
						     cases[i].d),
				 GOALS_OK);
		assert_int_equal(d, cases[i].days);
		assert_int_equal(goals_date_weekday(d), cases[i].wday);
		goals_date_to_ymd(d, &y, &m, &dd);
		assert_int_equal(y, cases[i].y);
		assert_int_equal(m, cases[i].m);
		assert_int_equal(dd, cases[i].d);
	}
}

/* Every day of 1900..2100 follows the one before, one weekday later. */
static void test_every_day_1900_2100(void **state)
{
	goals_date prev = D("1899-12-31"), d;
	int y, m, day, yy, mm, dd, count = 0;
	(void)state;
	for (y = 1900; y <= 2100; y++)
		for (m = 1; m <= 12; m++)
			for (day = 1; day <= goals_days_in_month(y, m); day++) {
				assert_int_equal(
					goals_date_from_ymd(&d, y, m, day),
					GOALS_OK);
				assert_int_equal(d, prev + 1);
				assert_int_equal(goals_date_weekday(d),
						 goals_date_weekday(prev) % 7 +
							 1);
				goals_date_to_ymd(d, &yy, &mm, &dd);
				assert_true(yy == y && mm == m && dd == day);
				prev = d;
				count++;
			}
	assert_int_equal(count, 47847 - -25567);
	assert_int_equal(prev, D("2100-12-31"));
}

/* Every valid day formats, parses back, and splits back to itself. */
static void test_full_range_round_trip(void **state)
{
	goals_date z, last = D("9999-12-31"), back1, back2;
	char buf[GOALS_DATE_BUFSZ];
	int y, m, d;
	(void)state;
	for (z = D("0001-01-01"); z <= last; z++) {
		goals_date_to_ymd(z, &y, &m, &d);
		goals_date_format(buf, z);
		if (goals_date_from_ymd(&back1, y, m, d) != GOALS_OK ||
		    goals_date_parse(&back2, buf, 0, 0) != GOALS_OK ||
		    back1 != z || back2 != z)
			fail_msg("day %d (%s) does not round trip", (int)z,
				 buf);
	}
	goals_date_to_ymd(z, NULL, NULL, NULL); /* NULL outs are allowed */
}

static void test_days_in_month(void **state)
{
	static const int cases[][3] = {
		{ 2024, 2, 29 },  { 2023, 2, 28 },  { 1900, 2, 28 },
		{ 2000, 2, 29 },  { 2100, 2, 28 },  { 2026, 1, 31 },
		{ 2026, 4, 30 },  { 2026, 6, 30 },  { 2026, 9, 30 },
		{ 2026, 11, 30 }, { 2026, 12, 31 }, { 2026, 0, 0 },
		{ 2026, 13, 0 },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++)
		assert_int_equal(goals_days_in_month(cases[i][0], cases[i][1]),
				 cases[i][2]);
}

static void test_from_ymd_invalid(void **state)
{
	static const struct {
		int y, m, d;
		const char *shown;
	} cases[] = {
		{ 2023, 2, 29, "2023-02-29" }, { 1900, 2, 29, "1900-02-29" },
		{ 2026, 2, 30, "2026-02-30" }, { 2026, 4, 31, "2026-04-31" },
		{ 2026, 13, 1, "2026-13-01" }, { 2026, 0, 10, "2026-00-10" },
		{ 2026, 1, 0, "2026-01-00" },  { 2026, 1, 32, "2026-01-32" },
		{ 0, 1, 1, "0000-01-01" },     { 10000, 1, 1, "10000-01-01" },
		{ -1, 1, 1, "-001-01-01" },    { INT_MAX, 1, 1, NULL },
		{ 2026, INT_MIN, 1, NULL },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		goals_date d = SENTINEL;
		assert_int_equal(goals_date_from_ymd(&d, cases[i].y, cases[i].m,
						     cases[i].d),
				 GOALS_EINVAL);
		assert_int_equal(d, SENTINEL);
		if (cases[i].shown)
			assert_msg_quotes(cases[i].shown);
	}
	goals_date_from_ymd(&(goals_date){ 0 }, 2026, 2, 30);
	assert_string_equal(goals_errmsg(), "invalid date '2026-02-30': "
					    "February 2026 has 28 days");
}

static void test_add_months(void **state)
{
	static const struct {
		const char *from;
		int n;
		const char *want; /* NULL: out of range */
	} cases[] = {
		{ "2026-01-31", 1, "2026-02-28" },
		{ "2024-01-31", 1, "2024-02-29" },
		{ "2024-02-29", 12, "2025-02-28" },
		{ "2024-02-29", 48, "2028-02-29" },
		{ "2026-03-31", -1, "2026-02-28" },
		{ "2026-05-31", -1, "2026-04-30" },
		{ "2026-12-15", 1, "2027-01-15" },
		{ "2026-01-15", -1, "2025-12-15" },
		{ "2026-01-15", -13, "2024-12-15" },
		{ "2026-03-15", 0, "2026-03-15" },
		{ "9999-11-30", 1, "9999-12-30" },
		{ "9999-12-01", 1, NULL },
		{ "0001-01-31", -1, NULL },
		{ "2026-01-01", INT_MAX, NULL },
		{ "2026-01-01", INT_MIN, NULL },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		goals_date d = SENTINEL;
		int rc =
			goals_date_add_months(&d, D(cases[i].from), cases[i].n);
		if (cases[i].want) {
			assert_int_equal(rc, GOALS_OK);
			assert_int_equal(d, D(cases[i].want));
		} else {
			assert_int_equal(rc, GOALS_EINVAL);
			assert_int_equal(d, SENTINEL);
			assert_msg_quotes(cases[i].from);
		}
	}
	assert_int_equal(
		goals_date_add_months(&(goals_date){ 0 }, GOALS_DATE_NONE, 1),
		GOALS_EINVAL);
}

/* Parse cases: today defaults to Sunday 2026-03-15; want NULL = error. */
static const struct parse_case {
	const char *in;
	const char *today;
	unsigned flags;
	const char *want;
} parse_cases[] = {
	{ "2026-03-01", NULL, 0, "2026-03-01" },
	{ "2024-02-29", NULL, 0, "2024-02-29" },
	{ "2000-02-29", NULL, 0, "2000-02-29" },
	{ "0001-01-01", NULL, 0, "0001-01-01" },
	{ "9999-12-31", NULL, 0, "9999-12-31" },
	{ "today", NULL, 0, "2026-03-15" },
	{ "TODAY", NULL, 0, "2026-03-15" },
	{ "tomorrow", NULL, 0, "2026-03-16" },
	{ "Tomorrow", "2026-12-31", 0, "2027-01-01" },
	{ "yesterday", NULL, 0, "2026-03-14" },
	{ "yesterday", "2026-01-01", 0, "2025-12-31" },
	{ "+1d", "2026-12-31", 0, "2027-01-01" },
	{ "+1d", "2026-02-28", 0, "2026-03-01" },
	{ "+1d", "2024-02-28", 0, "2024-02-29" },
	{ "+0d", NULL, 0, "2026-03-15" },
	{ "-0d", NULL, 0, "2026-03-15" },
	{ "+10D", NULL, 0, "2026-03-25" },
	{ "-2d", NULL, 0, "2026-03-13" },
	{ "+00007d", NULL, 0, "2026-03-22" },
	{ "+99999d", NULL, 0, "2299-12-28" },
	{ "-99999d", NULL, 0, "1752-05-31" },
	{ "+2w", NULL, 0, "2026-03-29" },
	{ "-1W", NULL, 0, "2026-03-08" },
	{ "+1m", "2026-01-31", 0, "2026-02-28" },
	{ "+1m", "2024-01-31", 0, "2024-02-29" },
	{ "+1m", "2026-12-31", 0, "2027-01-31" },
	{ "-1m", "2026-03-31", 0, "2026-02-28" },
	{ "-1m", "2024-03-31", 0, "2024-02-29" },
	{ "+1y", "2024-02-29", 0, "2025-02-28" },
	{ "+4y", "2024-02-29", 0, "2028-02-29" },
	{ "-1y", "2024-02-29", 0, "2023-02-28" },
	{ "+12m", "2024-02-29", 0, "2025-02-28" },
	{ "eow", "2026-03-15", 0, "2026-03-15" }, /* a Sunday */
	{ "eow", "2026-03-16", 0, "2026-03-22" }, /* a Monday */
	{ "EOW", "2026-03-21", 0, "2026-03-22" }, /* a Saturday */
	{ "eom", "2026-02-10", 0, "2026-02-28" },
	{ "eom", "2024-02-10", 0, "2024-02-29" },
	{ "Eom", "2026-12-31", 0, "2026-12-31" },
	{ "eom", "2026-04-01", 0, "2026-04-30" },
	{ "eoy", NULL, 0, "2026-12-31" },
	{ "eoy", "2026-12-31", 0, "2026-12-31" },
	{ "eoy", "2026-01-01", 0, "2026-12-31" },
	{ "sunday", NULL, 0, "2026-03-22" },
	{ "sun", NULL, 0, "2026-03-22" },
	{ "monday", NULL, 0, "2026-03-16" },
	{ "Mon", NULL, 0, "2026-03-16" },
	{ "tue", NULL, 0, "2026-03-17" },
	{ "tues", NULL, 0, "2026-03-17" },
	{ "Tuesday", NULL, 0, "2026-03-17" },
	{ "wed", NULL, 0, "2026-03-18" },
	{ "wednesday", NULL, 0, "2026-03-18" },
	{ "thu", NULL, 0, "2026-03-19" },
	{ "thur", NULL, 0, "2026-03-19" },
	{ "thurs", NULL, 0, "2026-03-19" },
	{ "THURSDAY", NULL, 0, "2026-03-19" },
	{ "fri", NULL, 0, "2026-03-20" },
	{ "friday", "2026-03-20", 0, "2026-03-27" },
	{ "saturday", "2026-03-20", 0, "2026-03-21" },
	{ "sat", NULL, 0, "2026-03-21" },
	{ "none", NULL, GOALS_DATE_ALLOW_NONE, "none" },
	{ "NONE", NULL, GOALS_DATE_ALLOW_NONE, "none" },
	{ "today", NULL, GOALS_DATE_ALLOW_NONE, "2026-03-15" },
	/* days in words, read as a goal's text reads them (a Sunday) */
	{ "next friday", NULL, 0, "2026-03-20" },
	{ "Next Friday", "2026-03-16", 0, "2026-03-27" },
	{ "end of june", NULL, 0, "2026-06-30" },
	{ "end of june", "2026-07-01", 0, "2027-06-30" },
	{ "the end of the month", NULL, 0, "2026-03-31" },
	{ "end of next month", NULL, 0, "2026-04-30" },
	{ "end of the year", NULL, 0, "2026-12-31" },
	{ "end of june 2028", NULL, 0, "2028-06-30" },
	{ "june 30", NULL, 0, "2026-06-30" },
	{ "June 30, 2027", NULL, 0, "2027-06-30" },
	{ "30 june 2027", NULL, 0, "2027-06-30" },
	{ "30th of June", NULL, 0, "2026-06-30" },
	{ "1 march", NULL, 0, "2027-03-01" },
	{ "15 march", NULL, 0, "2026-03-15" },
	{ "the 15th", "2026-03-16", 0, "2026-04-15" },
	{ "christmas", NULL, 0, "2026-12-25" },
	{ "end of june", NULL, GOALS_DATE_ALLOW_NONE, "2026-06-30" },
	/* errors */
	{ "none", NULL, 0, NULL },
	{ "", NULL, 0, NULL },
	{ "", NULL, GOALS_DATE_ALLOW_NONE, NULL },
	{ " 2026-01-01", NULL, 0, NULL },
	{ "2026-01-01 ", NULL, 0, NULL },
	{ "2026-01-01x", NULL, 0, NULL },
	{ "2026-01-01T00:00", NULL, 0, NULL },
	{ "2023-02-29", NULL, 0, NULL },
	{ "1900-02-29", NULL, 0, NULL },
	{ "2026-02-30", NULL, 0, NULL },
	{ "2026-04-31", NULL, 0, NULL },
	{ "2026-00-10", NULL, 0, NULL },
	{ "2026-13-01", NULL, 0, NULL },
	{ "2026-01-00", NULL, 0, NULL },
	{ "10000-01-01", NULL, 0, NULL },
	{ "0000-01-01", NULL, 0, NULL },
	{ "2026-1-5", NULL, 0, NULL },
	{ "2026/01/05", NULL, 0, NULL },
	{ "+d", NULL, 0, NULL },
	{ "+", NULL, 0, NULL },
	{ "+1", NULL, 0, NULL },
	{ "1d", NULL, 0, NULL },
	{ "+1x", NULL, 0, NULL },
	{ "+1dd", NULL, 0, NULL },
	{ "+1 d", NULL, 0, NULL },
	{ " +1d", NULL, 0, NULL },
	{ "+-1d", NULL, 0, NULL },
	{ "-+1d", NULL, 0, NULL },
	{ "++1d", NULL, 0, NULL },
	{ "+123456d", NULL, 0, NULL },
	{ "+99999999d", NULL, 0, NULL },
	{ "+99999999999999999999999d", NULL, 0, NULL },
	{ "+99999y", NULL, 0, NULL },
	{ "-99999m", NULL, 0, NULL },
	{ "+1d", "9999-12-31", 0, NULL },
	{ "tomorrow", "9999-12-31", 0, NULL },
	{ "yesterday", "0001-01-01", 0, NULL },
	{ "eow", "9999-12-31", 0, NULL }, /* a Friday */
	{ "monday", "9999-12-31", 0, NULL },
	{ "tod", NULL, 0, NULL },
	{ "todays", NULL, 0, NULL },
	{ "mo", NULL, 0, NULL },
	{ "monda", NULL, 0, NULL },
	{ "mondays", NULL, 0, NULL },
	{ "thursd", NULL, 0, NULL },
	{ "next week", NULL, 0, NULL },
	{ "nextweek", NULL, 0, NULL },
	{ "eod", NULL, 0, NULL },
	/* periods, seasons, more than a day, days that do not exist */
	{ "june", NULL, 0, NULL },
	{ "june 2027", NULL, 0, NULL },
	{ "next month", NULL, 0, NULL },
	{ "this year", NULL, 0, NULL },
	{ "2027", NULL, 0, NULL },
	{ "q2", NULL, 0, NULL },
	{ "summer", NULL, 0, NULL },
	{ "end of summer", NULL, 0, NULL },
	{ "next friday please", NULL, 0, NULL },
	{ "by june 30", NULL, 0, NULL },
	{ " june 30", NULL, 0, NULL },
	{ "june 30 ", NULL, 0, NULL },
	{ "31 june", NULL, 0, NULL },
	{ "end of june", "9999-07-01", 0, NULL },
	/* dates in digits other than YYYY-MM-DD */
	{ "31/12/2026", NULL, 0, NULL },
	{ "03/04", NULL, 0, NULL },
	{ "12/31/2026", NULL, 0, NULL },
	{ "31.12.2026", NULL, 0, NULL },
	{ "2026-1-05", NULL, 0, NULL },
	{ "03/04/26", NULL, GOALS_DATE_ALLOW_NONE, NULL },
};

static void test_parse_table(void **state)
{
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(parse_cases); i++) {
		const struct parse_case *c = &parse_cases[i];
		goals_date today = D(c->today ? c->today : "2026-03-15");
		goals_date d = SENTINEL;
		char got[GOALS_DATE_BUFSZ];
		int rc = goals_date_parse(&d, c->in, today, c->flags);
		if (!c->want) {
			if (rc != GOALS_EINVAL)
				fail_msg("'%s' was accepted", c->in);
			assert_int_equal(d, SENTINEL);
			assert_msg_quotes(c->in);
			continue;
		}
		if (rc != GOALS_OK)
			fail_msg("'%s': %s", c->in, goals_errmsg());
		goals_date_format(got, d);
		if (strcmp(got, c->want) != 0)
			fail_msg("'%s' from %s gave %s, not %s", c->in,
				 c->today ? c->today : "2026-03-15", got,
				 c->want);
	}
	assert_int_equal(goals_date_parse(&(goals_date){ 0 }, NULL, 0, 0),
			 GOALS_EINVAL);
}

/* Weekday names are never today; eow is today on Sundays only. */
static void test_weekdays_never_today(void **state)
{
	static const char *const names[] = { "mon", "tue", "wed", "thu",
					     "fri", "sat", "sun" };
	goals_date today, d;
	int w;
	(void)state;
	for (today = D("2026-03-09"); today < D("2026-03-23"); today++) {
		for (w = 0; w < 7; w++) {
			assert_int_equal(
				goals_date_parse(&d, names[w], today, 0),
				GOALS_OK);
			assert_true(d > today && d <= today + 7);
			assert_int_equal(goals_date_weekday(d), w + 1);
		}
		assert_int_equal(goals_date_parse(&d, "eow", today, 0),
				 GOALS_OK);
		assert_true(d >= today && d < today + 7);
		assert_int_equal(goals_date_weekday(d), 7);
	}
}

static void test_parse_messages(void **state)
{
	goals_date d;
	(void)state;
	assert_int_equal(goals_date_parse(&d, "2026-02-30", 0, 0),
			 GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "invalid date '2026-02-30': "
					    "February 2026 has 28 days");
	assert_int_equal(goals_date_parse(&d, "2024-02-30", 0, 0),
			 GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "invalid date '2024-02-30': "
					    "February 2024 has 29 days");
	assert_int_equal(goals_date_parse(&d, "nextweek", 0, 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
			    "invalid date 'nextweek': expected YYYY-MM-DD, "
			    "today, tomorrow, yesterday, +Nd/+Nw/+Nm/+Ny, "
			    "eow, eom, eoy, a weekday name or a day in words "
			    "such as 'next friday' or '30 june 2027'");
	assert_int_equal(
		goals_date_parse(&d, "never", 0, GOALS_DATE_ALLOW_NONE),
		GOALS_EINVAL);
	assert_non_null(strstr(goals_errmsg(), "'30 june 2027', or none"));
	/* a date in digits gets the hint to write YYYY-MM-DD */
	assert_int_equal(goals_date_parse(&d, "31/12/2026", 0, 0),
			 GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
			    "invalid date '31/12/2026': write a date in digits "
			    "as YYYY-MM-DD (the order of day and month "
			    "differs from country to country)");
	/* a period or a season is no day */
	assert_int_equal(goals_date_parse(&d, "june", 0, 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
			    "invalid date 'june': expected a day, not a "
			    "period: such as 'end of june' or 'june 30'");
	assert_int_equal(goals_date_parse(&d, "end of summer", 0, 0),
			 GOALS_EINVAL);
	assert_non_null(strstr(goals_errmsg(), "equator"));
	assert_int_equal(goals_date_parse(&d, "+99999999d", 0, 0),
			 GOALS_EINVAL);
	assert_non_null(strstr(goals_errmsg(), "0 to 99999"));
}

static void test_date_format(void **state)
{
	static const struct {
		goals_date d;
		const char *want;
	} cases[] = {
		{ 0, "1970-01-01" },       { -1, "1969-12-31" },
		{ 20527, "2026-03-15" },   { -719162, "0001-01-01" },
		{ 2932896, "9999-12-31" }, { GOALS_DATE_NONE, "none" },
		{ 2932897, "invalid" },    { -719163, "invalid" },
		{ INT32_MAX, "invalid" },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		char buf[GOALS_DATE_BUFSZ];
		memset(buf, 'x', sizeof(buf));
		goals_date_format(buf, cases[i].d);
		assert_string_equal(buf, cases[i].want);
	}
}

static void test_time_format(void **state)
{
	static const struct {
		goals_time t;
		const char *want;
	} cases[] = {
		{ 0, "1970-01-01T00:00:00Z" },
		{ -1, "1969-12-31T23:59:59Z" },
		{ 1774744200, "2026-03-29T00:30:00Z" },
		{ 1773570030, "2026-03-15T10:20:30Z" },
		{ -62135596800LL, "0001-01-01T00:00:00Z" },
		{ 253402300799LL, "9999-12-31T23:59:59Z" },
		{ 253402300800LL, "invalid" },
		{ INT64_MAX, "invalid" },
		{ INT64_MIN, "invalid" },
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		char buf[GOALS_TIME_BUFSZ];
		memset(buf, 'x', sizeof(buf));
		goals_time_format(buf, cases[i].t);
		assert_string_equal(buf, cases[i].want);
	}
}

/* ISO instants under TZ=UTC: want is a UTC instant, NULL = error. */
static void test_iso_table(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} cases[] = {
		{ "2026-03-29T00:30:00Z", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T00:30Z", "2026-03-29T00:30:00Z" },
		{ "2026-03-29t00:30:00z", "2026-03-29T00:30:00Z" },
		{ "2026-03-29 00:30:00Z", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T02:30+02:00", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T02:30:00+0200", "2026-03-29T00:30:00Z" },
		{ "2026-03-28T19:30-05:00", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T00:30-00:00", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T14:30+14:00", "2026-03-29T00:30:00Z" },
		{ "2026-03-28T10:30-14:00", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T05:45+05:15", "2026-03-29T00:30:00Z" },
		{ "2026-03-29T00:30", "2026-03-29T00:30:00Z" }, /* local */
		{ "2026-03-29 00:30:59", "2026-03-29T00:30:59Z" },
		{ "2026-03-29", "2026-03-29T00:00:00Z" },
		{ "2026-03-29Z", "2026-03-29T00:00:00Z" },
		{ "2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z" },
		{ "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z" },
		{ "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z" },
		{ "1969-12-31T23:59:59", "1969-12-31T23:59:59Z" },
		/* errors */
		{ "", NULL },
		{ "now", NULL },
		{ " 2026-03-01", NULL },
		{ "2026-03-01 ", NULL },
		{ "2026-02-30T10:00Z", NULL },
		{ "2023-02-29", NULL },
		{ "2026-13-01T00:00Z", NULL },
		{ "2026-00-01", NULL },
		{ "0000-01-01T00:00Z", NULL },
		{ "10000-01-01T00:00Z", NULL },
		{ "2026-1-05", NULL },
		{ "2026-01-5T10:00", NULL },
		{ "2026-03-01T24:00", NULL },
		{ "2026-03-01T12:60", NULL },
		{ "2026-03-01T12:00:60", NULL },
		{ "2026-03-01T12:00:99Z", NULL },
		{ "2026-03-01T1:00", NULL },
		{ "2026-03-01T12", NULL },
		{ "2026-03-01T12:", NULL },
		{ "2026-03-01T", NULL },
		{ "2026-03-01T12:00:", NULL },
		{ "2026-03-01T12:00:00.5Z", NULL },
		{ "2026-03-01T12:00Zx", NULL },
		{ "2026-03-01T12:00 Z", NULL },
		{ "2026-03-01T12:00ZZ", NULL },
		{ "2026-03-01T12:00+14:01", NULL },
		{ "2026-03-01T12:00-15:00", NULL },
		{ "2026-03-01T12:00+02:60", NULL },
		{ "2026-03-01T12:00+2:00", NULL },
		{ "2026-03-01T12:00+02", NULL },
		{ "2026-03-01T12:00+02:0", NULL },
		{ "2026-03-01T12:00+02:00:00", NULL },
		{ "2026-03-01X12:00", NULL },
		{ "today", NULL },
	};
	size_t i;
	(void)state;
	use_tz("UTC");
	for (i = 0; i < N_ELEMS(cases); i++) {
		goals_time t = SENTINEL;
		char got[GOALS_TIME_BUFSZ];
		int rc = goals_time_parse_iso(&t, cases[i].in);
		if (!cases[i].want) {
			if (rc != GOALS_EINVAL)
				fail_msg("'%s' was accepted", cases[i].in);
			assert_int_equal(t, SENTINEL);
			assert_msg_quotes(cases[i].in);
			continue;
		}
		if (rc != GOALS_OK)
			fail_msg("'%s': %s", cases[i].in, goals_errmsg());
		goals_time_format(got, t);
		assert_string_equal(got, cases[i].want);
	}
	assert_int_equal(T("2026-03-29T00:30:00Z"), 1774744200);
	assert_int_equal(goals_time_parse_iso(&(goals_time){ 0 }, NULL),
			 GOALS_EINVAL);
}

/* Local days and local times in London, across both DST changes. */
static void test_tz_london(void **state)
{
	(void)state;
	use_tz("Europe/London");
	assert_int_equal(goals_local_date(T("2026-03-29T00:30:00Z")),
			 D("2026-03-29"));
	assert_int_equal(goals_local_date(T("2026-03-28T23:59:59Z")),
			 D("2026-03-28"));
	assert_int_equal(goals_local_date(T("2026-06-30T23:30:00Z")),
			 D("2026-07-01"));
	assert_int_equal(goals_local_date(T("2026-06-30T22:59:59Z")),
			 D("2026-06-30"));
	assert_int_equal(goals_local_date(T("2026-12-31T23:30:00Z")),
			 D("2026-12-31"));
	/* Without a zone, an ISO time is London time. */
	assert_int_equal(T("2026-07-01T00:30"), T("2026-06-30T23:30:00Z"));
	assert_int_equal(T("2026-07-01"), T("2026-06-30T23:00:00Z"));
	assert_int_equal(T("2026-01-15T12:00"), T("2026-01-15T12:00:00Z"));
	assert_int_equal(T("2026-07-01T00:30Z"), T("2026-07-01T00:30:00Z"));
}

static void test_tz_new_york(void **state)
{
	goals_time now = T("2026-03-09T15:00:00Z"), t; /* Mon 11:00 EDT */
	(void)state;
	use_tz("America/New_York");
	assert_int_equal(goals_local_date(T("2026-03-08T03:30:00Z")),
			 D("2026-03-07"));
	assert_int_equal(goals_local_date(T("2026-03-08T05:00:00Z")),
			 D("2026-03-08"));
	assert_int_equal(goals_local_date(T("2026-07-01T03:59:59Z")),
			 D("2026-06-30"));
	assert_int_equal(goals_local_date(T("2026-07-01T04:00:00Z")),
			 D("2026-07-01"));
	assert_int_equal(T("2026-03-07T22:30"), T("2026-03-08T03:30:00Z"));
	/* --at keeps the local time of day across the DST change. */
	assert_int_equal(goals_time_parse(&t, "today", now), GOALS_OK);
	assert_int_equal(t, now);
	assert_int_equal(goals_time_parse(&t, "now", now), GOALS_OK);
	assert_int_equal(t, now);
	assert_int_equal(goals_time_parse(&t, "yesterday", now), GOALS_OK);
	assert_int_equal(t, T("2026-03-08T15:00:00Z")); /* 11:00 EDT */
	assert_int_equal(goals_time_parse(&t, "-2d", now), GOALS_OK);
	assert_int_equal(t, T("2026-03-07T16:00:00Z")); /* 11:00 EST */
	assert_int_equal(goals_time_parse(&t, "2026-03-07T11:00", now),
			 GOALS_OK);
	assert_int_equal(t, T("2026-03-07T16:00:00Z"));
}

/* "today" is now itself, even in the hour that happens twice. */
static void test_today_is_now(void **state)
{
	goals_time now, t;
	(void)state;
	use_tz("Europe/London");
	now = T("2026-10-25T01:30:00Z"); /* the second 01:30 local */
	assert_int_equal(goals_time_parse(&t, "today", now), GOALS_OK);
	assert_int_equal(t, now);
	assert_int_equal(goals_time_parse(&t, "+0d", now), GOALS_OK);
	assert_int_equal(t, now);
	now = T("2026-10-25T00:30:00Z"); /* the first 01:30 local */
	assert_int_equal(goals_time_parse(&t, "today", now), GOALS_OK);
	assert_int_equal(t, now);
}

/* --at under TZ=UTC: want is a UTC instant, NULL = error. */
static void test_time_parse_table(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} cases[] = {
		{ "today", "2026-03-15T10:20:30Z" },
		{ "TODAY", "2026-03-15T10:20:30Z" },
		{ "now", "2026-03-15T10:20:30Z" },
		{ "Now", "2026-03-15T10:20:30Z" },
		{ "yesterday", "2026-03-14T10:20:30Z" },
		{ "-2d", "2026-03-13T10:20:30Z" },
		{ "-0d", "2026-03-15T10:20:30Z" },
		{ "-1w", "2026-03-08T10:20:30Z" },
		{ "-1m", "2026-02-15T10:20:30Z" },
		{ "-1y", "2025-03-15T10:20:30Z" },
		/* for --at a weekday is the last one before today */
		{ "monday", "2026-03-09T10:20:30Z" },
		{ "sun", "2026-03-08T10:20:30Z" },
		{ "eow", "2026-03-15T10:20:30Z" },
		/* now, to the second, and not a second later: a time still to
		 * come is refused */
		{ "2026-03-15T10:20:30Z", "2026-03-15T10:20:30Z" },
		{ "2026-03-15T10:20:31Z", NULL },
		{ "tomorrow", NULL },
		{ "+1d", NULL },
		{ "eom", NULL },
		{ "2027-03-15", NULL },
		{ "2026-03-01T08:00Z", "2026-03-01T08:00:00Z" },
		{ "2026-03-01T08:00", "2026-03-01T08:00:00Z" },
		{ "2026-03-01 08:00:05+01:00", "2026-03-01T07:00:05Z" },
		{ "2026-03-01", "2026-03-01T00:00:00Z" },
		/* a day in words that has been, at the time of day of now */
		{ "14 march 2026", "2026-03-14T10:20:30Z" },
		{ "the end of february 2026", "2026-02-28T10:20:30Z" },
		{ "end of february", NULL }, /* 2027-02-28 */
		/* errors */
		{ "", NULL },
		{ "none", NULL },
		{ "soon", NULL },
		{ " today", NULL },
		{ "today ", NULL },
		{ "nowish", NULL },
		{ "now ", NULL },
		{ "2026-02-30", NULL },
		{ "2026-03-01T25:00", NULL },
		{ "2026-03-01x", NULL },
		{ "+123456d", NULL },
		{ "-99999y", NULL },
		{ "-2x", NULL },
		{ "10000-01-01", NULL },
		{ "next friday", NULL }, /* still to come */
		{ "june 30", NULL },
		{ "june", NULL },
		{ "14/03/2026", NULL },
	};
	goals_time now = T("2026-03-15T10:20:30Z");
	size_t i;
	(void)state;
	use_tz("UTC");
	for (i = 0; i < N_ELEMS(cases); i++) {
		goals_time t = SENTINEL;
		char got[GOALS_TIME_BUFSZ];
		int rc = goals_time_parse(&t, cases[i].in, now);
		if (!cases[i].want) {
			if (rc != GOALS_EINVAL)
				fail_msg("'%s' was accepted", cases[i].in);
			assert_int_equal(t, SENTINEL);
			assert_msg_quotes(cases[i].in);
			continue;
		}
		if (rc != GOALS_OK)
			fail_msg("'%s': %s", cases[i].in, goals_errmsg());
		goals_time_format(got, t);
		assert_string_equal(got, cases[i].want);
	}
	assert_int_equal(goals_time_parse(&(goals_time){ 0 }, "soon", now),
			 GOALS_EINVAL);
	assert_non_null(strstr(goals_errmsg(), "invalid time 'soon': expected "
					       "YYYY-MM-DD[THH:MM[:SS]]"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_anchors),
		cmocka_unit_test(test_every_day_1900_2100),
		cmocka_unit_test(test_full_range_round_trip),
		cmocka_unit_test(test_days_in_month),
		cmocka_unit_test(test_from_ymd_invalid),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_parse_table),
		cmocka_unit_test(test_weekdays_never_today),
		cmocka_unit_test(test_parse_messages),
		cmocka_unit_test(test_date_format),
		cmocka_unit_test(test_time_format),
		cmocka_unit_test_teardown(test_iso_table, restore_tz),
		cmocka_unit_test_teardown(test_tz_london, restore_tz),
		cmocka_unit_test_teardown(test_tz_new_york, restore_tz),
		cmocka_unit_test_teardown(test_today_is_now, restore_tz),
		cmocka_unit_test_teardown(test_time_parse_table, restore_tz),
	};
	const char *tz = getenv("TZ");
	int rc;
	saved_tz = tz ? strdup(tz) : NULL;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(saved_tz);
	return rc;
}
