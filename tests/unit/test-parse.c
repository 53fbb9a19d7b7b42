/*
 * test-parse.c - unit tests of lib/parse.c: numbers, UTF-8, text fields,
 * areas, the enumerations and their names, confidence, review cadence,
 * and what the messages of refusals say.
 */
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#include "goals/common.h"
#include "goals/parse.h"

/* A byte string that may hold NULs or invalid UTF-8. */
struct bytes {
	const char *s;
	size_t len;
};
#define B(lit)                                                                 \
	{                                                                      \
		lit, sizeof(lit) - 1                                           \
	}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Fail unless the last message contains needle. */
static void msg_has(const char *needle)
{
	if (!strstr(goals_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", goals_errmsg(), needle);
}

/* Fail unless the last message is a single line naming 'value'. */
static void msg_names(const char *value)
{
	char quoted[256];

	snprintf(quoted, sizeof(quoted), "'%s'", value);
	msg_has(quoted);
	msg_has("expected");
	if (strchr(goals_errmsg(), '\n'))
		fail_msg("message \"%s\" spans lines", goals_errmsg());
}

/* Return a malloc'd string of n copies of c. */
static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 1);

	assert_non_null(s);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static void test_number_good(void **state)
{
	static const struct {
		const char *s;
		double want;
	} cases[] = {
	    {"12", 12},
	    {"-3.5", -3.5},
	    {"0.25", 0.25},
	    {"1e3", 1000},
	    {"1E-2", 0.01},
	    {"+4", 4},
	    {".5", 0.5},
	    {"5.", 5},
	    {"0", 0},
	    {"007", 7},
	    {"1.5e+2", 150},
	    {"-.5e1", -5},
	    {"0.1", 0.1},
	    {"123456789", 123456789},
	    {"1e308", 1e308},
	    {"-2.5E-3", -2.5e-3},
	    {"1.7976931348623157e308", DBL_MAX},
	};
	size_t i;
	double d;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		d = -99;
		if (goals_parse_number(&d, cases[i].s) != GOALS_OK)
			fail_msg("'%s' refused: %s", cases[i].s,
			         goals_errmsg());
		if (d != cases[i].want)
			fail_msg("'%s' gave %.17g", cases[i].s, d);
	}
}

static void test_number_bad(void **state)
{
	static const char *const cases[] = {
	    "",         " 1",      "1 ",    "nan",   "NaN",  "inf",   "-inf",
	    "Infinity", "0x10",    "0X1p3", "1e",    "1e+",  "1e-",   "e3",
	    "1e999",    "-1e999",  "12abc", "1,000", "3,5",  "--1",   "+-1",
	    "-",        "+",       ".",     "-.",    "1..2", "1.2.3", "\t1",
	    "1\n",      "1_000",   "1e3.5", "1e 3",  "٣",    "1d",    "0b1",
	    "1e-400",   "-1e-999",
	};
	size_t i;
	double d;
	int rc;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		d = 42;
		rc = goals_parse_number(&d, cases[i]);
		if (rc != GOALS_EINVAL)
			fail_msg("'%s' accepted (%d, %g)", cases[i], rc, d);
		if (d != 42)
			fail_msg("'%s' changed the output", cases[i]);
		if (strchr(cases[i], '\t') || strchr(cases[i], '\n'))
			msg_has("'");
		else
			msg_names(cases[i]);
	}
}

static void test_number_edges(void **state)
{
	char *s;
	double d = 1;

	(void)state;
	/* -0 is zero, stored without its sign */
	assert_int_equal(goals_parse_number(&d, "-0"), GOALS_OK);
	assert_true(d == 0 && !signbit(d));
	assert_int_equal(goals_parse_number(&d, "-0.0e5"), GOALS_OK);
	assert_true(d == 0 && !signbit(d));
	/* overflow is refused; underflow too, to zero or to a subnormal */
	assert_int_equal(goals_parse_number(&d, "1e999"), GOALS_EINVAL);
	msg_has("out of range");
	assert_int_equal(goals_parse_number(&d, "1e-400"), GOALS_EINVAL);
	msg_has("out of range");
	assert_int_equal(goals_parse_number(&d, "0e-400"), GOALS_OK);
	assert_true(d == 0);
	d = 1;
	assert_int_equal(goals_parse_number(&d, "1e-310"), GOALS_EINVAL);
	msg_has("too close to zero");
	assert_true(d == 1);
	assert_int_equal(goals_parse_number(&d, "1e-320"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "invalid number '1e-320': out of range, too close "
	                    "to zero: expected 0 or a magnitude of at least "
	                    "2.2250738585072014e-308");
	assert_int_equal(goals_parse_number(&d, "-4.9e-324"), GOALS_EINVAL);
	assert_int_equal(goals_parse_number(&d, "2.225073858507201e-308"),
	                 GOALS_EINVAL);
	/* the smallest normal double passes */
	assert_int_equal(goals_parse_number(&d, "2.2250738585072014e-308"),
	                 GOALS_OK);
	assert_true(d == DBL_MIN);
	assert_int_equal(goals_parse_number(&d, "-2.2250738585072014e-308"),
	                 GOALS_OK);
	assert_true(d == -DBL_MIN);
	/* 100 bytes is the limit */
	s = repeat('1', 100);
	assert_int_equal(goals_parse_number(&d, s), GOALS_OK);
	assert_true(d > 1e99);
	free(s);
	s = repeat('1', 101);
	assert_int_equal(goals_parse_number(&d, s), GOALS_EINVAL);
	msg_has("too long");
	msg_has("...");
	free(s);
}

static void test_number_message(void **state)
{
	double d;

	(void)state;
	assert_int_equal(goals_parse_number(&d, "12abc"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "invalid number '12abc': expected a decimal "
	                    "number such as 12, -3.5 or 1e3");
	assert_int_equal(goals_parse_number(&d, "1e999"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "invalid number '1e999': out of range, expected "
	                    "a magnitude below 1.8e308");
}

/* In a locale whose decimal point is a comma, numbers keep C's syntax. */
static void test_number_locale(void **state)
{
	static const char *const names[] = {
	    "de_DE.UTF-8", "de_DE.utf8",  "fr_FR.UTF-8", "fr_FR.utf8",
	    "nl_NL.UTF-8", "ru_RU.UTF-8", "de_DE",       "fr_FR",
	};
	size_t i;
	double d;
	int found = 0;

	(void)state;
	for (i = 0; i < N_OF(names) && !found; i++)
		found = setlocale(LC_NUMERIC, names[i]) &&
		        strcmp(localeconv()->decimal_point, ",") == 0;
	if (!found) {
		setlocale(LC_NUMERIC, "C");
		skip();
	}
	assert_int_equal(goals_parse_number(&d, "3.5"), GOALS_OK);
	assert_true(d == 3.5);
	assert_int_equal(goals_parse_number(&d, "-.25e1"), GOALS_OK);
	assert_true(d == -2.5);
	assert_int_equal(goals_parse_number(&d, "3,5"), GOALS_EINVAL);
	setlocale(LC_NUMERIC, "C");
}

static void test_utf8_good(void **state)
{
	static const struct bytes cases[] = {
	    B(""),
	    B("plain ascii"),
	    B("\xc2\x80"),         /* U+0080, smallest 2-byte */
	    B("caf\xc3\xa9"),      /* é */
	    B("\xdf\xbf"),         /* U+07FF */
	    B("\xe0\xa0\x80"),     /* U+0800, smallest 3-byte */
	    B("\xe2\x82\xac"),     /* € */
	    B("\xed\x9f\xbf"),     /* U+D7FF, just below surrogates */
	    B("\xee\x80\x80"),     /* U+E000, just above surrogates */
	    B("\xef\xbf\xbd"),     /* U+FFFD */
	    B("\xf0\x90\x80\x80"), /* U+10000, smallest 4-byte */
	    B("\xf0\x9f\x98\x80"), /* an emoji */
	    B("\xf4\x8f\xbf\xbf"), /* U+10FFFF, the largest */
	    B("a\0b"),             /* NUL is valid UTF-8 */
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++)
		if (!goals_utf8_valid(cases[i].s, cases[i].len))
			fail_msg("case %zu refused", i);
	assert_true(goals_utf8_valid(NULL, 0));
}

static void test_utf8_bad(void **state)
{
	static const struct bytes cases[] = {
	    B("\x80"), /* lone continuation bytes */
	    B("a\xbf"),
	    B("\xc0\x80"), /* overlong 2-byte */
	    B("\xc1\xbf"),
	    B("\xe0\x80\x80"), /* overlong 3-byte */
	    B("\xe0\x9f\xbf"),
	    B("\xf0\x80\x80\x80"), /* overlong 4-byte */
	    B("\xf0\x8f\xbf\xbf"),
	    B("\xed\xa0\x80"), /* surrogates */
	    B("\xed\xbf\xbf"),
	    B("\xf4\x90\x80\x80"), /* above U+10FFFF */
	    B("\xf5\x80\x80\x80"),
	    B("\xf8\x88\x80\x80\x80"), /* 5- and 6-byte forms */
	    B("\xfc\x84\x80\x80\x80\x80"),
	    B("\xfe"),
	    B("\xff"),
	    B("\xc3"), /* truncated */
	    B("\xe2\x82"),
	    B("\xf0\x9f\x98"),
	    B("ok\xc3"),
	    B("\xc3"
	      "a"), /* bad continuation */
	    B("\xe2\x28\xa1"),
	    B("\xf0\x9f\x98"
	      "a"),
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++)
		if (goals_utf8_valid(cases[i].s, cases[i].len))
			fail_msg("case %zu accepted", i);
	/* the length bounds the check: é cut in half is invalid */
	assert_false(goals_utf8_valid("\xc3\xa9", 1));
}

static void test_text_good(void **state)
{
	static const struct {
		const char *s;
		unsigned flags;
	} cases[] = {
	    {"run a 5k", 0},
	    {"tab\there", 0},
	    {"  padded  ", 0},
	    {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 0},
	    {"line one\nline two", GOALS_TEXT_NEWLINES},
	    {"", GOALS_TEXT_EMPTY},
	    {" \t ", GOALS_TEXT_EMPTY},
	    {"\n\n", GOALS_TEXT_EMPTY | GOALS_TEXT_NEWLINES},
	    {"\xc2\xa0", 0}, /* a no-break space is not blank */
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < N_OF(cases); i++)
		if (goals_check_text(cases[i].s, "text", cases[i].flags))
			fail_msg("'%s' refused: %s", cases[i].s,
			         goals_errmsg());
	s = repeat('a', GOALS_TEXT_MAX);
	assert_int_equal(goals_check_text(s, "text", 0), GOALS_OK);
	free(s);
}

static void test_text_bad(void **state)
{
	static const struct {
		const char *s;
		unsigned flags;
		const char *why; /* part of the message */
	} cases[] = {
	    {"", 0, "empty"},
	    {"   ", 0, "empty"},
	    {" \t\n ", GOALS_TEXT_NEWLINES, "empty"},
	    {"a\nb", 0, "newline"},
	    {"a\nb", GOALS_TEXT_EMPTY, "newline"},
	    {"a\rb", 0, "U+000D"},
	    {"a\r\nb", GOALS_TEXT_NEWLINES, "U+000D"},
	    {"a\x7f", 0, "U+007F"},
	    {"a\xc2\x85z", GOALS_TEXT_NEWLINES, "U+0085"},
	    {"a\xc2\x9f", 0, "U+009F"},
	    {"\x1b[31mred", 0, "U+001B"},
	    {"bell\a", 0, "U+0007"},
	    {"\v", GOALS_TEXT_EMPTY, "U+000B"},
	    {"ok\xff", 0, "UTF-8"},
	    {"\xed\xa0\x80", 0, "UTF-8"},
	    {"\xc0\x80", GOALS_TEXT_EMPTY, "UTF-8"},
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		if (goals_check_text(cases[i].s, "text", cases[i].flags) !=
		    GOALS_EINVAL)
			fail_msg("case %zu accepted", i);
		msg_has(cases[i].why);
		msg_has("text ");
	}
	s = repeat('a', GOALS_TEXT_MAX + 1);
	assert_int_equal(goals_check_text(s, "text", GOALS_TEXT_EMPTY),
	                 GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "text is too long: 4097 bytes, at most 4096");
	free(s);
}

static void test_text_messages(void **state)
{
	char *s;

	(void)state;
	s = repeat('x', 5000);
	assert_int_equal(goals_check_text(s, "why", 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "why is too long: 5000 bytes, at most 4096");
	free(s);
	assert_int_equal(goals_check_text("abc\xff", "text", 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "text is not valid UTF-8 (byte 0xff at offset 3)");
	assert_int_equal(goals_check_text("abcd\a", "text", 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "text contains a control "
	                                    "character (U+0007) at offset 4");
	assert_int_equal(goals_check_text(" \t", "note", 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "note is empty or only spaces");
	assert_int_equal(goals_check_text("ab\ncd", "why", 0), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "why contains a newline at "
	                                    "offset 2: expected a single line");
}

static void test_area_good(void **state)
{
	static const struct {
		const char *s, *want;
	} cases[] = {
	    {"health", "health"},
	    {"Health", "health"},
	    {"WORK-life_2", "work-life_2"},
	    {"2027", "2027"},
	    {"x", "x"},
	    {"caf\xc3\xa9", "caf\xc3\xa9"},
	    {"CAF\xc3\x89", "caf\xc3\x89"}, /* only ASCII is folded */
	    {"\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac"},
	    {"abcdefghijklmnopqrstuvwxyzABCDEF",
	     "abcdefghijklmnopqrstuvwxyzabcdef"}, /* 32 bytes */
	};
	char out[GOALS_AREA_MAX + 1];
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		if (goals_parse_area(out, cases[i].s) != GOALS_OK)
			fail_msg("'%s' refused: %s", cases[i].s,
			         goals_errmsg());
		assert_string_equal(out, cases[i].want);
	}
}

static void test_area_bad(void **state)
{
	static const char *const cases[] = {
	    "",
	    "two words",
	    " health",
	    "health ",
	    "a/b",
	    "a.b",
	    "a,b",
	    "a'b",
	    "tab\tx",
	    "new\nline",
	    "a\x7f",
	    "a\xc2\x85", /* NEL */
	    "a\xc2\xa0"
	    "b", /* no-break space */
	    "a\xe3\x80\x80"
	    "b", /* ideographic space */
	    "a\xe2\x80\x8b"
	    "b", /* zero-width space */
	    "caf\xff",
	    "\xc0\x80",
	    "abcdefghijklmnopqrstuvwxyzABCDEFG", /* 33 bytes */
	};
	char out[GOALS_AREA_MAX + 1];
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		memcpy(out, "unchanged", 10);
		if (goals_parse_area(out, cases[i]) != GOALS_EINVAL)
			fail_msg("case %zu '%s' accepted", i, cases[i]);
		assert_string_equal(out, "unchanged");
		msg_has("invalid area '");
	}
	assert_int_equal(goals_parse_area(out, "two words"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "invalid area 'two words': expected one word of "
	                    "letters, digits, '-' or '_'");
	assert_int_equal(goals_parse_area(out, "caf\xff"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(),
	                    "invalid area 'caf\\xff': not valid UTF-8 (byte "
	                    "0xff at offset 3)");
	assert_int_equal(goals_parse_area(out, cases[N_OF(cases) - 1]),
	                 GOALS_EINVAL);
	msg_has("33 bytes, at most 32");
}

/* The good and bad words of one enumeration. */
struct enum_case {
	const char *s;
	int want;
};

/* Parse s with the parser of enumeration `which`. */
static int parse_enum(int which, int *out, const char *s)
{
	goals_kind k = 0;
	goals_every e = 0;
	goals_status st = 0;
	int rc;

	switch (which) {
	case 0:
		rc = goals_parse_kind(&k, s);
		*out = (int)k;
		break;
	case 1:
		rc = goals_parse_every(&e, s);
		*out = (int)e;
		break;
	default:
		rc = goals_parse_status(&st, s);
		*out = (int)st;
		break;
	}
	return rc;
}

static void test_enums(void **state)
{
	static const struct enum_case kinds[] = {
	    {"total", GOALS_KIND_TOTAL},
	    {"level", GOALS_KIND_LEVEL},
	    {"habit", GOALS_KIND_HABIT},
	    {"done", GOALS_KIND_DONE},
	    {"Total", GOALS_KIND_TOTAL},
	    {"LEVEL", GOALS_KIND_LEVEL},
	    {"hAbIt", GOALS_KIND_HABIT},
	    {"", -1},
	    {"totl", -1},
	    {"total ", -1},
	    {"totals", -1},
	    {"tot", -1},
	    {NULL, 0},
	};
	static const struct enum_case everys[] = {
	    {"day", GOALS_EVERY_DAY},
	    {"week", GOALS_EVERY_WEEK},
	    {"month", GOALS_EVERY_MONTH},
	    {"daily", GOALS_EVERY_DAY},
	    {"weekly", GOALS_EVERY_WEEK},
	    {"monthly", GOALS_EVERY_MONTH},
	    {"Day", GOALS_EVERY_DAY},
	    {"WEEK", GOALS_EVERY_WEEK},
	    {"Monthly", GOALS_EVERY_MONTH},
	    {"", -1},
	    {"none", -1},
	    {"year", -1},
	    {"days", -1},
	    {"d", -1},
	    {NULL, 0},
	};
	static const struct enum_case statuses[] = {
	    {"active", GOALS_STATUS_ACTIVE},
	    {"achieved", GOALS_STATUS_ACHIEVED},
	    {"abandoned", GOALS_STATUS_ABANDONED},
	    {"Active", GOALS_STATUS_ACTIVE},
	    {"ABANDONED", GOALS_STATUS_ABANDONED},
	    {"", -1},
	    {"done", -1},
	    {"ACTIVE ", -1},
	    {"achieve", -1},
	    {NULL, 0},
	};
	static const struct enum_case *const tables[] = {kinds, everys,
	                                                 statuses};
	const struct enum_case *c;
	int which, got, rc;

	(void)state;
	for (which = 0; which < 3; which++) {
		for (c = tables[which]; c->s; c++) {
			got = 99;
			rc = parse_enum(which, &got, c->s);
			if (c->want >= 0 && (rc != GOALS_OK || got != c->want))
				fail_msg("'%s' gave %d, %d", c->s, rc, got);
			if (c->want < 0 && rc != GOALS_EINVAL)
				fail_msg("'%s' accepted", c->s);
			if (c->want < 0)
				msg_names(c->s);
		}
	}
	assert_int_equal(parse_enum(0, &got, "totl"), GOALS_EINVAL);
	assert_string_equal(goals_errmsg(), "invalid kind 'totl': expected "
	                                    "total, level, habit or done");
}

static void test_names(void **state)
{
	goals_kind k;
	goals_every e;
	goals_status s;
	int i;

	(void)state;
	for (i = GOALS_KIND_TOTAL; i <= GOALS_KIND_DONE; i++) {
		assert_non_null(goals_kind_name((goals_kind)i));
		assert_int_equal(
		    goals_parse_kind(&k, goals_kind_name((goals_kind)i)),
		    GOALS_OK);
		assert_int_equal(k, i);
	}
	for (i = GOALS_EVERY_DAY; i <= GOALS_EVERY_MONTH; i++) {
		assert_non_null(goals_every_name((goals_every)i));
		assert_int_equal(
		    goals_parse_every(&e, goals_every_name((goals_every)i)),
		    GOALS_OK);
		assert_int_equal(e, i);
	}
	for (i = GOALS_STATUS_ACTIVE; i <= GOALS_STATUS_ABANDONED; i++) {
		assert_non_null(goals_status_name((goals_status)i));
		assert_int_equal(
		    goals_parse_status(&s, goals_status_name((goals_status)i)),
		    GOALS_OK);
		assert_int_equal(s, i);
	}
	assert_string_equal(goals_kind_name(GOALS_KIND_HABIT), "habit");
	assert_string_equal(goals_every_name(GOALS_EVERY_WEEK), "week");
	assert_string_equal(goals_status_name(GOALS_STATUS_ABANDONED),
	                    "abandoned");
	assert_null(goals_kind_name((goals_kind)0));
	assert_null(goals_kind_name((goals_kind)5));
	assert_null(goals_every_name(GOALS_EVERY_NONE));
	assert_null(goals_every_name((goals_every)4));
	assert_null(goals_status_name((goals_status)0));
	assert_null(goals_status_name((goals_status)4));
}

static void test_confidence(void **state)
{
	static const struct {
		const char *s;
		int want; /* -1: refused */
	} cases[] = {
	    {"0", 0},     {"7", 7},    {"10", 10},
	    {"07", 7},    {"00", 0},   {"010", 10},
	    {"", -1},     {"7.5", -1}, {"11", -1},
	    {"-1", -1},   {"+1", -1},  {" 7", -1},
	    {"7 ", -1},   {"a", -1},   {"1e1", -1},
	    {"7/10", -1}, {"100", -1}, {"99999999999999999999", -1},
	};
	size_t i;
	int got, rc;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		got = 99;
		rc = goals_parse_confidence(&got, cases[i].s);
		if (cases[i].want >= 0 &&
		    (rc != GOALS_OK || got != cases[i].want))
			fail_msg("'%s' gave %d, %d", cases[i].s, rc, got);
		if (cases[i].want < 0) {
			if (rc != GOALS_EINVAL || got != 99)
				fail_msg("'%s' accepted", cases[i].s);
			msg_names(cases[i].s);
			msg_has("0 to 10");
		}
	}
}

static void test_review(void **state)
{
	static const struct {
		const char *s;
		int n;
		char unit; /* 0: refused */
	} cases[] = {
	    {"7d", 7, 'd'},  {"2w", 2, 'w'},
	    {"1m", 1, 'm'},  {"999d", 999, 'd'},
	    {"07d", 7, 'd'}, {"", 0, 0},
	    {"0d", 0, 0},    {"1000d", 0, 0},
	    {"d", 0, 0},     {"7", 0, 0},
	    {"7y", 0, 0},    {"7D", 0, 0},
	    {"-1d", 0, 0},   {"+1d", 0, 0},
	    {" 7d", 0, 0},   {"7d ", 0, 0},
	    {"7dd", 0, 0},   {"1.5w", 0, 0},
	    {"2 w", 0, 0},   {"99999999999999999999d", 0, 0},
	};
	goals_review r;
	size_t i;
	int rc;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		r.n = -5;
		r.unit = 'x';
		rc = goals_parse_review(&r, cases[i].s);
		if (cases[i].unit && (rc != GOALS_OK || r.n != cases[i].n ||
		                      r.unit != cases[i].unit))
			fail_msg("'%s' gave %d, %d%c", cases[i].s, rc, r.n,
			         r.unit);
		if (!cases[i].unit) {
			if (rc != GOALS_EINVAL || r.n != -5)
				fail_msg("'%s' accepted", cases[i].s);
			msg_names(cases[i].s);
		}
	}
}

static void test_review_format(void **state)
{
	static const char *const words[] = {"7d", "2w", "1m", "999d", "10w"};
	static const goals_review blank[] = {
	    {0, 'd'}, {1000, 'd'}, {-1, 'w'}, {3, 'y'}, {3, '\0'},
	};
	char buf[8];
	goals_review r;
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(words); i++) {
		assert_int_equal(goals_parse_review(&r, words[i]), GOALS_OK);
		memset(buf, 'z', sizeof(buf));
		goals_review_format(buf, r);
		assert_string_equal(buf, words[i]);
	}
	/* no cadence, or nonsense, formats as "" */
	for (i = 0; i < N_OF(blank); i++) {
		memset(buf, 'z', sizeof(buf));
		goals_review_format(buf, blank[i]);
		assert_string_equal(buf, "");
	}
}

/* A window of days for a level's mean: Nd or Nw, 1 to 366 days. */
static void test_over(void **state)
{
	static const struct {
		const char *s;
		int days; /* 0: refused */
		const char *shown;
	} cases[] = {
		{"7d", 7, "1w"},   {"1d", 1, "1d"},     {"10d", 10, "10d"},
		{"2w", 14, "2w"},  {"366d", 366, "366d"}, {"52w", 364, "52w"},
		{"367d", 0, NULL}, {"53w", 0, NULL},    {"0d", 0, NULL},
		{"1m", 0, NULL},   {"7", 0, NULL},      {"d", 0, NULL},
		{"7dd", 0, NULL},  {"-7d", 0, NULL},    {"", 0, NULL},
	};
	char buf[8];
	size_t i;
	int d, rc;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		d = -5;
		rc = goals_parse_over(&d, cases[i].s);
		if (cases[i].days) {
			if (rc != GOALS_OK || d != cases[i].days)
				fail_msg("'%s' gave %d, %d", cases[i].s, rc, d);
			goals_over_format(buf, d);
			assert_string_equal(buf, cases[i].shown);
		} else {
			if (rc != GOALS_EINVAL || d != -5)
				fail_msg("'%s' accepted", cases[i].s);
			msg_names(cases[i].s);
		}
	}
	goals_over_format(buf, 0);
	assert_string_equal(buf, "");
}

/* Long or unprintable values are cut short and escaped in messages. */
static void test_message_quoting(void **state)
{
	char *s;
	goals_kind k;
	goals_status st;
	double d;

	(void)state;
	s = repeat('q', 1000);
	s[2] = '\xff';
	s[5] = '\a';
	assert_int_equal(goals_parse_kind(&k, s), GOALS_EINVAL);
	msg_has("'qq\\xffqq\\x07qqq");
	msg_has("...': expected total");
	assert_true(strlen(goals_errmsg()) < 200);
	assert_true(goals_utf8_valid(goals_errmsg(), strlen(goals_errmsg())));
	free(s);
	/* a multi-byte character is never cut in half */
	assert_int_equal(goals_parse_number(&d, "\xe2\x82\xac\xe2\x82\xac\xe2"
	                                        "\x82\xac\xe2\x82\xac\xe2\x82"
	                                        "\xac\xe2\x82\xac\xe2\x82\xac"
	                                        "\xe2\x82\xac\xe2\x82\xac\xe2"
	                                        "\x82\xac\xe2\x82\xac\xe2\x82"
	                                        "\xac\xe2\x82\xac\xe2\x82\xac"),
	                 GOALS_EINVAL);
	assert_true(goals_utf8_valid(goals_errmsg(), strlen(goals_errmsg())));
	msg_has("\xe2\x82\xac...'");
	/* C1 controls are escaped too */
	assert_int_equal(goals_parse_status(&st, "a\xc2\x85"), GOALS_EINVAL);
	msg_has("'a\\xc2\\x85'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_number_good),
	    cmocka_unit_test(test_number_bad),
	    cmocka_unit_test(test_number_edges),
	    cmocka_unit_test(test_number_message),
	    cmocka_unit_test(test_number_locale),
	    cmocka_unit_test(test_utf8_good),
	    cmocka_unit_test(test_utf8_bad),
	    cmocka_unit_test(test_text_good),
	    cmocka_unit_test(test_text_bad),
	    cmocka_unit_test(test_text_messages),
	    cmocka_unit_test(test_area_good),
	    cmocka_unit_test(test_area_bad),
	    cmocka_unit_test(test_enums),
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_confidence),
	    cmocka_unit_test(test_review),
	    cmocka_unit_test(test_review_format),
	    cmocka_unit_test(test_over),
	    cmocka_unit_test(test_message_quoting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
