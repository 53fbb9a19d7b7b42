/*
 * test-smarttext.c - unit tests of lib/smart/tokens.c and when.c: the
 * tokens the SMART engine reads a goal's words as (words, numbers, clock times, codes,
 * dates, quoted spans, parentheses) and the time expressions it finds in
 * them (deadlines, vague times, starts, time frames).
 *
 * Every deadline is relative to today = 2025-03-01, a Saturday.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helpers.h"
#include "goals/common.h"
#include "goals/date.h"
#include "smart/when.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define NONE       GOALS_DATE_NONE

/* A date from "YYYY-MM-DD", which must be valid; NULL is NONE. */
static goals_date D(const char *s)
{
	int y, m, d;
	goals_date out;
	if (!s)
		return NONE;
	assert_int_equal(sscanf(s, "%d-%d-%d", &y, &m, &d), 3);
	assert_int_equal(goals_date_from_ymd(&out, y, m, d), GOALS_OK);
	return out;
}

static const char *type_name(enum tok_type t)
{
	static const char *const names[] = {"WORD", "NUM",  "TIME",  "PERCENT",
					    "CODE", "DATE", "PUNCT", "QUOTE"};
	return (unsigned)t < N_ELEMS(names) ? names[t] : "?";
}

/* The tokens of text as one line, "[TYPE text] ...", for messages. */
static void dump(char *buf, size_t n, const struct toks *t)
{
	size_t i, o = 0;
	buf[0] = '\0';
	for (i = 0; i < t->n && o + 1 < n; i++) {
		int w = snprintf(buf + o, n - o, "[%s %s]",
				 type_name(t->t[i].type), t->t[i].s);
		if (w < 0 || (size_t)w >= n - o)
			break;
		o += (size_t)w;
	}
}

/* Tokenise text, which must succeed. */
static void make(struct toks *t, const char *text)
{
	int rc = toks_make(t, text);
	if (rc != GOALS_OK)
		fail_msg("toks_make('%s') = %d", text, rc);
}

/* Tokens ---------------------------------------------------------------- */

/*
 * The expected tokens of a text: up to 8, each as "TYPE:text" (text as
 * lower-cased), with a NULL end.
 */
struct tok_case {
	const char *text;
	const char *want[9];
};

static void check_tokens(const struct tok_case *cases, size_t n)
{
	size_t i, k;
	int bad = 0;
	for (i = 0; i < n; i++) {
		struct toks t;
		char got[512], want[512];
		size_t nw = 0, o = 0;
		int ok = 1;
		make(&t, cases[i].text);
		want[0] = '\0';
		while (cases[i].want[nw]) {
			const char *c = cases[i].want[nw];
			const char *colon = strchr(c, ':');
			o += (size_t)snprintf(want + o, sizeof(want) - o,
					      "[%.*s %s]", (int)(colon - c), c,
					      colon + 1);
			nw++;
		}
		if (t.n != nw)
			ok = 0;
		for (k = 0; ok && k < nw; k++) {
			const char *c = cases[i].want[k];
			const char *colon = strchr(c, ':');
			if (strncmp(type_name(t.t[k].type), c,
				    (size_t)(colon - c)) ||
			    strlen(type_name(t.t[k].type)) !=
				    (size_t)(colon - c) ||
			    strcmp(t.t[k].s, colon + 1))
				ok = 0;
		}
		if (!ok) {
			dump(got, sizeof(got), &t);
			print_error("'%s': got %s, want %s\n", cases[i].text,
				    got, want);
			bad++;
		}
		toks_free(&t);
	}
	if (bad)
		fail_msg("%d of %zu texts tokenised wrongly", bad, n);
}

static void test_words(void **state)
{
	static const struct tok_case cases[] = {
		{"Call MUM", {"WORD:call", "WORD:mum"}},
		{"  call\tmum \n", {"WORD:call", "WORD:mum"}},
		{"", {NULL}},
		{"don't call my sister's friend",
		 {"WORD:don't", "WORD:call", "WORD:my", "WORD:sister's",
		  "WORD:friend"}},
		{"I won’t stop", {"WORD:i", "WORD:won't", "WORD:stop"}},
		{"self-care and check-ins",
		 {"WORD:self-care", "WORD:and", "WORD:check-ins"}},
		{"apples, pears.",
		 {"WORD:apples", "PUNCT:,", "WORD:pears", "PUNCT:."}},
		{"rest; then walk!",
		 {"WORD:rest", "PUNCT:;", "WORD:then", "WORD:walk",
		  "PUNCT:!"}},
		/* "baby" is one word: "by" is not in it */
		{"baby steps", {"WORD:baby", "WORD:steps"}},
		/* a dash between spaces is punctuation, an em dash too */
		{"walk - run", {"WORD:walk", "PUNCT:-", "WORD:run"}},
		{"walk \xe2\x80\x94 run", {"WORD:walk", "PUNCT:-", "WORD:run"}},
	};
	(void)state;
	check_tokens(cases, N_ELEMS(cases));
}

static void test_numbers_and_codes(void **state)
{
	static const struct tok_case cases[] = {
		{"walk 10,000 steps",
		 {"WORD:walk", "NUM:10,000", "WORD:steps"}},
		{"2.5 km", {"NUM:2.5", "WORD:km"}},
		{"2.5km", {"NUM:2.5", "WORD:km"}},
		{"15kg", {"NUM:15", "WORD:kg"}},
		{"a 10-minute walk",
		 {"WORD:a", "NUM:10", "WORD:minute", "WORD:walk"}},
		{"3, 4", {"NUM:3", "PUNCT:,", "NUM:4"}},
		{"twelve twice", {"NUM:twelve", "NUM:twice"}},
		{"on the 3rd", {"WORD:on", "WORD:the", "NUM:3rd"}},
		/* an ordinal followed by more words is still one token */
		{"on the 3rd of April",
		 {"WORD:on", "WORD:the", "NUM:3rd", "WORD:of",
		  "WORD:april"}},
		{"by 22nd May", {"WORD:by", "NUM:22nd", "WORD:may"}},
		{"bed by 23:00 or 7pm",
		 {"WORD:bed", "WORD:by", "TIME:23:00", "WORD:or",
		  "TIME:7pm"}},
		{"7:30am", {"TIME:7:30am"}},
		{"GAD-7 24/7 0-10 covid-19 phq9",
		 {"CODE:gad-7", "CODE:24/7", "CODE:0-10", "CODE:covid-19",
		  "CODE:phq9"}},
		{"cut 20% now", {"WORD:cut", "PERCENT:20%", "WORD:now"}},
		{"give 100%", {"WORD:give", "PERCENT:100%"}},
		{"by 2025-03-31", {"WORD:by", "DATE:2025-03-31"}},
		{"31/03/2025", {"DATE:31/03/2025"}},
		{"03/04/2025 3/4/25", {"DATE:03/04/2025", "DATE:3/4/25"}},
	};
	(void)state;
	check_tokens(cases, N_ELEMS(cases));
}

/* Values and flags of single number-like tokens. */
static void test_number_values(void **state)
{
	static const struct {
		const char *text;
		size_t at;
		enum tok_type type;
		double num;
		int grouped, ordinal, numword;
	} cases[] = {
		{"10,000", 0, TOK_NUM, 10000, 1, 0, 0},
		{"1,250,000 words", 0, TOK_NUM, 1250000, 1, 0, 0},
		{"10,000.5", 0, TOK_NUM, 10000.5, 1, 0, 0},
		{"2.5", 0, TOK_NUM, 2.5, 0, 0, 0},
		{"0.25", 0, TOK_NUM, 0.25, 0, 0, 0},
		{"12", 0, TOK_NUM, 12, 0, 0, 0},
		{"1st", 0, TOK_NUM, 1, 0, 1, 0},
		{"3rd", 0, TOK_NUM, 3, 0, 1, 0},
		{"22nd", 0, TOK_NUM, 22, 0, 1, 0},
		{"4th", 0, TOK_NUM, 4, 0, 1, 0},
		{"the 3rd week", 1, TOK_NUM, 3, 0, 1, 0},
		{"twelve", 0, TOK_NUM, 12, 0, 0, 1},
		{"twice", 0, TOK_NUM, 2, 0, 0, 1},
		{"once", 0, TOK_NUM, 1, 0, 0, 1},
		{"a dozen eggs", 1, TOK_NUM, 12, 0, 0, 1},
		{"a 10-minute walk", 1, TOK_NUM, 10, 0, 0, 0},
		{"20%", 0, TOK_PERCENT, 20, 0, 0, 0},
		{"12.5%", 0, TOK_PERCENT, 12.5, 0, 0, 0},
	};
	size_t i;
	int bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		const struct tok *k;
		make(&t, cases[i].text);
		if (t.n <= cases[i].at)
			fail_msg("'%s': only %zu tokens", cases[i].text, t.n);
		k = &t.t[cases[i].at];
		if (k->type != cases[i].type || k->num != cases[i].num ||
		    k->grouped != cases[i].grouped ||
		    k->ordinal != cases[i].ordinal ||
		    k->numword != cases[i].numword) {
			print_error("'%s' token %zu: %s '%s' num=%g grouped=%d "
				    "ordinal=%d numword=%d; want %s num=%g "
				    "grouped=%d ordinal=%d numword=%d\n",
				    cases[i].text, cases[i].at,
				    type_name(k->type), k->s, k->num,
				    k->grouped, k->ordinal, k->numword,
				    type_name(cases[i].type), cases[i].num,
				    cases[i].grouped, cases[i].ordinal,
				    cases[i].numword);
			bad++;
		}
		toks_free(&t);
	}
	if (bad)
		fail_msg("%d of %zu numbers read wrongly", bad, N_ELEMS(cases));
}

/*
 * Words and numbers longer than a token's text: read whole, by their
 * length (never past it), whatever the cut of the token's text.
 */
static void test_long_tokens(void **state)
{
	static const struct {
		const char *prefix, *unit;
		size_t count;
		const char *suffix;
		size_t at;          /* the token to check */
		size_t n;           /* tokens in all */
		enum tok_type type;
		double num;         /* -1: any */
		int ordinal;
	} cases[] = {
		/* 4000 digits and a unit: a number, then its unit */
		{"Run ", "1", 4000, "km", 1, 3, TOK_NUM, HUGE_VAL, 0},
		{"Run ", "1", 4000, "am", 1, 2, TOK_TIME, -1, 0},
		{"Run ", "1", 4000, "PM", 1, 2, TOK_TIME, -1, 0},
		{"on the ", "1", 4000, "th", 2, 3, TOK_NUM, HUGE_VAL, 1},
		/* 49 and 60 digits and an ordinal's ending */
		{"", "1", 49, "th", 0, 1, TOK_NUM, -1, 1},
		{"the ", "1", 60, "th", 1, 2, TOK_NUM, -1, 1},
		{"the ", "1", 60, "TH", 1, 2, TOK_NUM, -1, 1},
		/* every digit counts, not the first 47 */
		{"1", "0", 60, " steps", 0, 2, TOK_NUM, 1e60, 0},
		{"1", ",000", 20, " steps", 0, 2, TOK_NUM, 1e60, 0},
		{"1", "0", 60, "-minute walk", 0, 3, TOK_NUM, 1e60, 0},
		{"give 1", "0", 60, "%", 1, 2, TOK_PERCENT, 1e60, 0},
		/* a year of 60 digits is no year, and no date */
		{"by 1/1/", "2", 60, "", 1, 2, TOK_CODE, -1, 0},
		{"by 1/1/2025", "0", 60, "", 1, 2, TOK_CODE, -1, 0},
		/* a 4000-letter word, and UTF-8 words */
		{"Be ", "a", 4000, "", 1, 2, TOK_WORD, -1, 0},
		{"Be ", "\xc3\xa9", 100, " now", 1, 3, TOK_WORD, -1, 0},
		{"Be ", "\xe2\x82\xac", 100, "", 1, 2, TOK_WORD, -1, 0},
		{"Be a", "\xf0\x9f\x98\x80", 100, "", 1, 2, TOK_WORD, -1,
		 0},
	};
	size_t i;
	int bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		char *text = test_repeat(cases[i].prefix, cases[i].unit,
				    cases[i].count, cases[i].suffix);
		struct toks t;
		const struct tok *k;
		size_t len;
		make(&t, text);
		k = t.n > cases[i].at ? &t.t[cases[i].at] : NULL;
		len = k ? strlen(k->s) : 0;
		if (t.n != cases[i].n || !k || k->type != cases[i].type ||
		    (cases[i].num >= 0 && k->num != cases[i].num) ||
		    k->ordinal != cases[i].ordinal) {
			print_error("'%s' + '%s' x %zu + '%s': %zu tokens, "
				    "token %zu %s "
				    "num=%g ordinal=%d; want %zu tokens, %s "
				    "num=%g ordinal=%d\n",
				    cases[i].prefix, cases[i].unit,
				    cases[i].count, cases[i].suffix, t.n,
				    cases[i].at, k ? type_name(k->type) : "-",
				    k ? k->num : 0, k ? k->ordinal : 0,
				    cases[i].n, type_name(cases[i].type),
				    cases[i].num, cases[i].ordinal);
			bad++;
		} else if (len >= TOK_MAX || !test_utf8_whole(k->s)) {
			/* the token's own text is cut, whole characters
			 * only */
			print_error("'%s' x %zu: token text '%s' cut badly\n",
				    cases[i].unit, cases[i].count, k->s);
			bad++;
		}
		toks_free(&t);
		free(text);
	}
	if (bad)
		fail_msg("%d of %zu long tokens read wrongly", bad,
			 N_ELEMS(cases));
}

/* Dates: ISO, and d/m/y read day first, ambiguous when both could be a
 * month and they differ. */
static void test_dates(void **state)
{
	static const struct {
		const char *text;
		const char *date;
		int ambiguous;
	} cases[] = {
		{"2025-03-31", "2025-03-31", 0},
		{"31/03/2025", "2025-03-31", 0},
		{"13/04/2025", "2025-04-13", 0},
		{"03/04/2025", "2025-04-03", 1},
		{"3/4/25", "2025-04-03", 1},
		{"04/04/2025", "2025-04-04", 0},
		{"1/12/2025", "2025-12-01", 1},
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		int ok;
		enum tok_type type;
		make(&t, cases[i].text);
		ok = t.n == 1 && t.t[0].type == TOK_DATE &&
		     t.t[0].date == D(cases[i].date) &&
		     t.t[0].ambiguous == cases[i].ambiguous;
		type = t.n ? t.t[0].type : TOK_PUNCT;
		toks_free(&t);
		if (!ok)
			fail_msg("'%s': %s, not the date %s ambiguous=%d",
				 cases[i].text, type_name(type),
				 cases[i].date, cases[i].ambiguous);
	}
	/* not dates: an invalid day, a clock time */
	{
		struct toks t;
		make(&t, "2025-02-30");
		assert_int_equal(t.n, 1);
		assert_int_not_equal(t.t[0].type, TOK_DATE);
		toks_free(&t);
		make(&t, "32/01/2025");
		assert_int_equal(t.n, 1);
		assert_int_not_equal(t.t[0].type, TOK_DATE);
		toks_free(&t);
	}
}

/* Quoted spans are one QUOTE token, straight or curly; apostrophes
 * inside words are not quotes. */
static void test_quotes(void **state)
{
	static const struct tok_case cases[] = {
		{"say 'name it, pause, breathe' daily",
		 {"WORD:say", "QUOTE:QUOTE", "WORD:daily"}},
		{"say \"because I can\" now",
		 {"WORD:say", "QUOTE:QUOTE", "WORD:now"}},
		{"say \xe2\x80\x9c" "because I can" "\xe2\x80\x9d now",
		 {"WORD:say", "QUOTE:QUOTE", "WORD:now"}},
		{"say \xe2\x80\x98" "so that I rest" "\xe2\x80\x99 now",
		 {"WORD:say", "QUOTE:QUOTE", "WORD:now"}},
		{"my sister's 'big' day",
		 {"WORD:my", "WORD:sister's", "QUOTE:QUOTE", "WORD:day"}},
		{"don't say 'I can't' today",
		 {"WORD:don't", "WORD:say", "QUOTE:QUOTE", "WORD:today"}},
		/* an unclosed quote is punctuation, not a span */
		{"it's 'open", {"WORD:it's", "PUNCT:'", "WORD:open"}},
	};
	(void)state;
	check_tokens(cases, N_ELEMS(cases));
}

/* Parentheses mark the tokens inside them, nested or not. */
static void test_parens(void **state)
{
	static const struct {
		const char *text;
		int paren[10]; /* expected tok.paren != 0 per token */
		size_t n;
	} cases[] = {
		{"call Mum (twice) now", {0, 0, 1, 1, 1, 0}, 6},
		{"a (b (c) d) e", {0, 1, 1, 1, 1, 1, 1, 1, 0}, 9},
		{"before Easter 2025 (20 April)", {0, 0, 0, 1, 1, 1, 1}, 7},
		{"no parens here", {0, 0, 0}, 3},
	};
	size_t i, k;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		int ok;
		make(&t, cases[i].text);
		ok = t.n == cases[i].n;
		for (k = 0; ok && k < t.n; k++)
			if ((t.t[k].paren != 0) != cases[i].paren[k]) {
				ok = 0;
				break;
			}
		toks_free(&t);
		if (!ok)
			fail_msg("'%s': parentheses marked wrongly (token %zu)",
				 cases[i].text, k);
	}
}

/* tok_is, tok_in, tok_phrase, phrase_len, word_month, word_weekday. */
static void test_helpers(void **state)
{
	static const char *const list[] = {"because", "bc", NULL};
	struct toks t;
	(void)state;
	make(&t, "Walk so that I sleep, bc I can");
	assert_true(tok_is(&t, 0, "walk"));
	assert_false(tok_is(&t, 0, "Walk"));
	assert_false(tok_is(&t, 99, "walk"));
	assert_true(tok_phrase(&t, 1, "so that"));
	assert_false(tok_phrase(&t, 1, "so that we"));
	assert_false(tok_phrase(&t, 8, "i can do")); /* runs off the end */
	assert_false(tok_phrase(&t, 0, "walk so"    "on"));
	assert_true(tok_in(&t, 6, list));
	assert_false(tok_in(&t, 0, list));
	toks_free(&t);
	assert_int_equal(phrase_len("so that"), 2);
	assert_int_equal(phrase_len("because"), 1);
	assert_int_equal(phrase_len("in order to"), 3);
	assert_int_equal(word_month("march"), 3);
	assert_int_equal(word_month("sept"), 9);
	assert_int_equal(word_month("dec"), 12);
	assert_int_equal(word_month("marches"), 0);
	assert_int_equal(word_weekday("monday"), 1);
	assert_int_equal(word_weekday("sunday"), 7);
	assert_int_equal(word_weekday("thurs"), 4);
	assert_int_equal(word_weekday("mondays"), 0);
	/* an empty text has no tokens, and freeing twice is harmless */
	make(&t, "");
	assert_int_equal(t.n, 0);
	toks_free(&t);
	toks_free(&t);
}

/* Quoting -------------------------------------------------------------- */

/*
 * tok_quote: the words as the user wrote them (case, curly quotes, the
 * currency sign, the hyphen of "10-minute"), whole words only, "..." for
 * a cut, never half a UTF-8 character.
 */
#define E6 "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" /* 6 x e-acute */
static void test_quote(void **state)
{
	static const struct {
		const char *text;
		size_t from, to;
		int more;
		size_t n; /* the buffer */
		const char *want;
	} cases[] = {
		{"Call MUM", 0, 2, 0, 64, "Call MUM"},
		{"  walk \t for\n 10-minute  breaks", 0, 4, 0, 64,
		 "walk for 10-minute"},
		{"lose 15kg", 0, 3, 0, 64, "lose 15kg"},
		{"save \xc2\xa3" "50 or $20", 1, 4, 0, 64,
		 "\xc2\xa3" "50 or $20"},
		{"I don\xe2\x80\x99t stop", 0, 3, 0, 64,
		 "I don\xe2\x80\x99t stop"},
		{"walk \xe2\x80\x94 run", 0, 3, 0, 64,
		 "walk \xe2\x80\x94 run"},
		{"say 'name it, pause' daily", 0, 3, 0, 64, "say '...' daily"},
		{"apples, pears.", 0, 4, 0, 64, "apples, pears."},
		{"Do one thing I enjoy", 0, 4, 1, 64, "Do one thing I..."},
		{"Do one thing I enjoy", 0, 99, 0, 64, "Do one thing I enjoy"},
		/* cut where a whole word no longer fits, with room for "..." */
		{"Do something nice today", 0, 4, 0, 16, "Do something..."},
		{"Do something nice today", 0, 4, 0, 15, "Do..."},
		{"Do something", 0, 2, 0, 13, "Do something"},
		/* a single word longer than the buffer: whole characters */
		{"aaaaaaaaaaaaaaaaaaaa", 0, 1, 0, 10, "aaaaaa..."},
		{E6, 0, 1, 0, 10, "\xc3\xa9\xc3\xa9\xc3\xa9..."},
		{E6, 0, 1, 0, 9, "\xc3\xa9\xc3\xa9..."},
		{"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 0, 1, 0,
		 11, "\xf0\x9f\x98\x80..."},
		{"anything", 0, 1, 0, 4, ""},
		{"", 0, 1, 0, 64, ""},
	};
	size_t i;
	int bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		char buf[64];
		assert_true(cases[i].n <= sizeof(buf));
		make(&t, cases[i].text);
		memset(buf, 'X', sizeof(buf));
		tok_quote(buf, cases[i].n, &t, cases[i].from, cases[i].to,
			  cases[i].more);
		if (strcmp(buf, cases[i].want) || !test_utf8_whole(buf)) {
			print_error("'%s' [%zu, %zu) in %zu bytes: '%s', want "
				    "'%s'\n",
				    cases[i].text, cases[i].from, cases[i].to,
				    cases[i].n, buf, cases[i].want);
			bad++;
		}
		toks_free(&t);
	}
	if (bad)
		fail_msg("%d of %zu quotes wrong", bad, N_ELEMS(cases));
}

/* A long word and a long number, quoted in a small buffer. */
static void test_quote_long(void **state)
{
	char *text = test_repeat("Run ", "1", 4000, "km"), buf[32];
	struct toks t;
	(void)state;
	make(&t, text);
	tok_quote(buf, sizeof(buf), &t, 0, t.n, 0);
	assert_string_equal(buf, "Run...");
	tok_quote(buf, sizeof(buf), &t, 1, t.n, 0);
	assert_string_equal(buf, "1111111111111111111111111111...");
	toks_free(&t);
	free(text);
	text = test_repeat("Be ", "\xc3\xa9", 100, "");
	make(&t, text);
	tok_quote(buf, sizeof(buf), &t, 1, 2, 0);
	assert_true(test_utf8_whole(buf));
	assert_int_equal(strlen(buf), 31); /* 14 whole characters, "..." */
	toks_free(&t);
	free(text);
}

/* Deadlines ------------------------------------------------------------- */

struct when_case {
	const char *text;
	const char *start; /* NULL: none */
	const char *date;  /* NULL: no deadline found */
	int season, vague, start_only, ambiguous;
};

/* Run find_deadline over the whole text as of 2025-03-01 and compare. */
static void check_when(const struct when_case *cases, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		struct toks t;
		struct when w;
		const struct when_case *c = &cases[i];
		char got[GOALS_DATE_BUFSZ] = "none";
		make(&t, c->text);
		find_deadline(&w, &t, 0, t.n, D("2025-03-01"), D(c->start));
		if (w.found)
			goals_date_format(got, w.date);
		if (w.found != (c->date != NULL) ||
		    (c->date && w.date != D(c->date)) ||
		    (!w.found && w.date != NONE) ||
		    w.season_no_year != c->season || w.vague != c->vague ||
		    w.start_only != c->start_only ||
		    w.ambiguous != c->ambiguous) {
			print_error("'%s': found=%d date=%s season=%d vague=%d "
				    "start_only=%d ambiguous=%d; want date=%s "
				    "season=%d vague=%d start_only=%d "
				    "ambiguous=%d\n",
				    c->text, w.found, got, w.season_no_year,
				    w.vague, w.start_only, w.ambiguous,
				    c->date ? c->date : "none", c->season,
				    c->vague, c->start_only, c->ambiguous);
			bad++;
		}
		toks_free(&t);
	}
	if (bad)
		fail_msg("%d of %zu time expressions read wrongly", bad, n);
}

static void test_deadline_dates(void **state)
{
	static const struct when_case cases[] = {
		{"by 31 March 2025", NULL, "2025-03-31", 0, 0, 0, 0},
		{"by March 31, 2025", NULL, "2025-03-31", 0, 0, 0, 0},
		{"by March 31 2025", NULL, "2025-03-31", 0, 0, 0, 0},
		{"by 3 April", NULL, "2025-04-03", 0, 0, 0, 0},
		{"by 3rd April", NULL, "2025-04-03", 0, 0, 0, 0},
		{"by the 3rd of April", NULL, "2025-04-03", 0, 0, 0, 0},
		{"by 2025-03-31", NULL, "2025-03-31", 0, 0, 0, 0},
		{"by 31/03/2025", NULL, "2025-03-31", 0, 0, 0, 0},
		{"by 03/04/2025", NULL, "2025-04-03", 0, 0, 0, 1},
		/* a day already gone this year is next year's */
		{"by 1 February", NULL, "2026-02-01", 0, 0, 0, 0},
		{"until the end of May 2025", NULL, "2025-05-31", 0, 0, 0, 0},
		{"until the end of May", NULL, "2025-05-31", 0, 0, 0, 0},
		{"through April 2025", NULL, "2025-04-30", 0, 0, 0, 0},
		{"by May", NULL, "2025-05-31", 0, 0, 0, 0},
		{"in 2025", NULL, "2025-12-31", 0, 0, 0, 0},
		{"by 2045", NULL, "2045-12-31", 0, 0, 0, 0},
		{"this year", NULL, "2025-12-31", 0, 0, 0, 0},
		{"next year", NULL, "2026-12-31", 0, 0, 0, 0},
		{"this weekend", NULL, "2025-03-02", 0, 0, 0, 0},
		{"this week", NULL, "2025-03-02", 0, 0, 0, 0},
		{"next week", NULL, "2025-03-09", 0, 0, 0, 0},
		{"this month", NULL, "2025-03-31", 0, 0, 0, 0},
		{"next month", NULL, "2025-04-30", 0, 0, 0, 0},
		{"by Friday", NULL, "2025-03-07", 0, 0, 0, 0},
		{"by next Friday", NULL, "2025-03-07", 0, 0, 0, 0},
		{"by tomorrow", NULL, "2025-03-02", 0, 0, 0, 0},
		{"by Christmas 2025", NULL, "2025-12-25", 0, 0, 0, 0},
		{"by Christmas", NULL, "2025-12-25", 0, 0, 0, 0},
		{"before Easter 2025", NULL, "2025-04-20", 0, 0, 0, 0},
		{"before Easter 2025 (20 April)", NULL, "2025-04-20", 0, 0, 0,
		 0},
		{"before Easter 2026", NULL, "2026-04-05", 0, 0, 0, 0},
		{"by summer", NULL, "2025-08-31", 1, 0, 0, 0},
		{"by summer 2025", NULL, "2025-08-31", 0, 0, 0, 0},
		{"this summer", NULL, "2025-08-31", 0, 0, 0, 0},
		/* the first deadline wins */
		{"by 31 March 2025, or by May", NULL, "2025-03-31", 0, 0, 0,
		 0},
	};
	(void)state;
	check_when(cases, N_ELEMS(cases));
}

static void test_deadline_frames(void **state)
{
	static const struct when_case cases[] = {
		{"within 2 years", NULL, "2027-03-01", 0, 0, 0, 0},
		{"within 3 months", NULL, "2025-06-01", 0, 0, 0, 0},
		{"in the next 4 weeks", NULL, "2025-03-29", 0, 0, 0, 0},
		{"in a year", NULL, "2026-03-01", 0, 0, 0, 0},
		{"over the coming fortnight", NULL, "2025-03-15", 0, 0, 0, 0},
		{"over the coming 2 fortnights", NULL, "2025-03-29", 0, 0, 0,
		 0},
		/* "for N weeks" counts from the start, else from today */
		{"for 6 weeks", NULL, "2025-04-12", 0, 0, 0, 0},
		{"for 6 weeks", "2025-03-03", "2025-04-14", 0, 0, 0, 0},
		{"run 3 times a week for 6 weeks", "2025-03-03", "2025-04-14",
		 0, 0, 0, 0},
		/* "within" counts from today, whatever the start */
		{"within 3 months", "2025-01-01", "2025-06-01", 0, 0, 0, 0},
		/* counts per period are no time frames */
		{"3 days a week", NULL, NULL, 0, 0, 0, 0},
		{"for 3 days a week", NULL, NULL, 0, 0, 0, 0},
		{"3 times a week", NULL, NULL, 0, 0, 0, 0},
	};
	(void)state;
	check_when(cases, N_ELEMS(cases));
}

static void test_deadline_not(void **state)
{
	static const struct when_case cases[] = {
		{"soon", NULL, NULL, 0, 1, 0, 0},
		{"someday", NULL, NULL, 0, 1, 0, 0},
		{"some day", NULL, NULL, 0, 1, 0, 0},
		{"one day", NULL, NULL, 0, 1, 0, 0},
		{"asap", NULL, NULL, 0, 1, 0, 0},
		{"eventually", NULL, NULL, 0, 1, 0, 0},
		{"as soon as possible", NULL, NULL, 0, 1, 0, 0},
		{"one day a week", NULL, NULL, 0, 0, 0, 0},
		{"call Mum one day a week", NULL, NULL, 0, 0, 0, 0},
		{"sometimes", NULL, NULL, 0, 0, 0, 0},
		{"call Mum sometimes", NULL, NULL, 0, 0, 0, 0},
		{"every Sunday", NULL, NULL, 0, 0, 0, 0},
		{"each Monday", NULL, NULL, 0, 0, 0, 0},
		{"on Sundays", NULL, NULL, 0, 0, 0, 0},
		{"starting Monday", NULL, NULL, 0, 0, 1, 0},
		{"from March 2025", NULL, NULL, 0, 0, 1, 0},
		{"by 23:00", NULL, NULL, 0, 0, 0, 0},
		{"go to bed by 10pm", NULL, NULL, 0, 0, 0, 0},
		{"by doing yoga", NULL, NULL, 0, 0, 0, 0},
		{"I may call", NULL, NULL, 0, 0, 0, 0},
		{"rock the baby, it may help", NULL, NULL, 0, 0, 0, 0},
		{"march with the band", NULL, NULL, 0, 0, 0, 0},
		{"baby steps", NULL, NULL, 0, 0, 0, 0},
		{"call Mum", NULL, NULL, 0, 0, 0, 0},
		{"", NULL, NULL, 0, 0, 0, 0},
		/* a frequency with an end: the end is the deadline */
		{"every Sunday until the end of May 2025", NULL, "2025-05-31",
		 0, 0, 0, 0},
		{"starting Monday, for 6 weeks", "2025-03-03", "2025-04-14", 0,
		 0, 1, 0},
	};
	(void)state;
	check_when(cases, N_ELEMS(cases));
}

/* Only [from, to) is read. */
static void test_deadline_range(void **state)
{
	struct toks t;
	struct when w;
	(void)state;
	make(&t, "call Mum by Friday because by 2025-04-01 she moves");
	find_deadline(&w, &t, 0, 5, D("2025-03-01"), NONE);
	assert_int_equal(w.found, 1);
	assert_int_equal(w.date, D("2025-03-07"));
	assert_int_equal(w.at, 3);
	assert_int_equal(w.len, 1);
	find_deadline(&w, &t, 5, t.n, D("2025-03-01"), NONE);
	assert_int_equal(w.found, 1);
	assert_int_equal(w.date, D("2025-04-01"));
	find_deadline(&w, &t, 0, 3, D("2025-03-01"), NONE);
	assert_int_equal(w.found, 0);
	assert_int_equal(w.date, NONE);
	toks_free(&t);
}

/* Tokens of a time expression get tok.time; other numbers do not. */
static void test_time_marks(void **state)
{
	static const struct {
		const char *text;
		const char *marks; /* '1' per token of a time expression */
		size_t at, len;    /* where the deadline is; len 0: none */
	} cases[] = {
		{"by 31 March 2025", "0111", 1, 3},
		{"run 3 times a week", "00000", 0, 0},
		{"run 3 times a week for 6 weeks", "00000111", 5, 3},
		{"read 12 books within 2 years", "000111", 3, 3},
		{"read 12 books in the next 4 weeks", "00011111", 3, 5},
		{"read 12 books in 2025", "00001", 4, 1},
		{"call Mum soon", "001", 0, 0},
		{"call Mum one day", "0011", 0, 0},
		{"call Mum one day a week", "000000", 0, 0},
		{"bed by 23:00", "000", 0, 0},
	};
	size_t i, k;
	int bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		struct when w;
		char got[32];
		make(&t, cases[i].text);
		find_deadline(&w, &t, 0, t.n, D("2025-03-01"), NONE);
		for (k = 0; k < t.n && k < sizeof(got) - 1; k++)
			got[k] = t.t[k].time ? '1' : '0';
		got[k] = '\0';
		if (strcmp(got, cases[i].marks) ||
		    (cases[i].len && (!w.found || w.at != cases[i].at ||
				      w.len != cases[i].len)) ||
		    (!cases[i].len && w.found)) {
			print_error("'%s': time marks %s, deadline found=%d at "
				    "%zu len %zu; want marks %s, at %zu len "
				    "%zu (len 0: none)\n",
				    cases[i].text, got, w.found, w.at, w.len,
				    cases[i].marks, cases[i].at, cases[i].len);
			bad++;
		}
		toks_free(&t);
	}
	if (bad)
		fail_msg("%d of %zu texts marked wrongly", bad, N_ELEMS(cases));
}

/* in_time_frame: "for 6 weeks" is a frame, "3 times a week" a count. */
static void test_in_time_frame(void **state)
{
	static const struct {
		const char *text;
		size_t at;
		int want;
	} cases[] = {
		{"for 6 weeks", 1, 1},
		{"within 2 years", 1, 1},
		{"in the next 4 weeks", 3, 1},
		{"over 3 months", 1, 1},
		{"6 weeks from now", 0, 1},
		{"two years' time", 0, 0},
		{"2 years ago", 0, 1},
		{"40 years old", 0, 1},
		{"3 times a week", 0, 0},
		{"3 days a week", 0, 0},
		{"for 3 days a week", 1, 0},
		{"3 days per week", 0, 0},
		{"run 5 km", 1, 0},
		{"walk 10 days", 1, 0},
		{"for 6 weeks", 0, 0}, /* "for" is no number */
		{"for 6 weeks", 7, 0}, /* past the end */
	};
	size_t i;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct toks t;
		int got;
		make(&t, cases[i].text);
		got = in_time_frame(&t, cases[i].at);
		toks_free(&t);
		if (got != cases[i].want)
			fail_msg("'%s' at %zu: in_time_frame = %d, want %d",
				 cases[i].text, cases[i].at, got,
				 cases[i].want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_numbers_and_codes),
		cmocka_unit_test(test_number_values),
		cmocka_unit_test(test_long_tokens),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_parens),
		cmocka_unit_test(test_helpers),
		cmocka_unit_test(test_quote),
		cmocka_unit_test(test_quote_long),
		cmocka_unit_test(test_deadline_dates),
		cmocka_unit_test(test_deadline_frames),
		cmocka_unit_test(test_deadline_not),
		cmocka_unit_test(test_deadline_range),
		cmocka_unit_test(test_time_marks),
		cmocka_unit_test(test_in_time_frame),
	};
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
