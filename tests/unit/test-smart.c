/*
 * test-smart.c - unit tests of goals_smart_check (lib/smart/, with
 * lib/pace.c): for every rule of every letter, a row that triggers it and
 * a near miss that must not, as the labelling policy of SMART-RULES.md
 * says.  The judgement is a pure function, so each row builds the fields,
 * the progress summary and a fixed now (2025-03-01T12:00:00Z, a
 * Saturday) by hand.
 *
 * Rows marked POLICY assert what the policy says where the engine did not
 * at the time of writing; they fail until the engine follows the policy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helpers.h"
#include "goals/common.h"
#include "goals/goal.h"
#include "goals/smart.h"
#include "advice.h"

/* A letter's advice as the binary words it (cmd/advice.c): a ring of
 * buffers, so that two may be compared in one expression. */
static const char *SUGG(const goals_criterion *c)
{
	static char ring[4][ADVICE_LINE];
	static int next;
	char *b = ring[next++ % 4];
	advice_words(b, ADVICE_LINE, c, NULL);
	return b;
}

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))
#define NOW_ISO    "2025-03-01T12:00:00Z"
#define TODAY      20148 /* 2025-03-01 as days since 1970-01-01 */
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

static goals_time now_time(void)
{
	goals_time t;
	assert_int_equal(goals_time_parse_iso(&t, NOW_ISO), GOALS_OK);
	return t;
}

/*
 * One row: a goal and what one letter must say of it.
 *
 * Numbers are given as text so that "unset" is NULL.  want is 'p'
 * (pass), 'w' (warn), 'f' (fail), 'o' (pass or warn: the policy's
 * "pass") or 'x' (any verdict).  code is the reason code wanted (NULL:
 * any); not_code one that must not come back.  sugg and reason are
 * texts that the suggestion and the reason must contain; no_sugg one
 * the suggestion must not contain.
 */
struct row {
	const char *text;
	const char *why, *area, *unit;
	const char *conf, *target, *base;
	const char *by, *start, *created; /* created: 2025-02-01 if NULL */
	int review;                       /* weeks; -1: set with n = 0 */
	int parent;
	goals_kind kind;                  /* 0: done */
	goals_every every;
	const goals_point *pts;
	size_t npts;
	int64_t count;
	double sum;

	char l; /* S, M, A, R or T */
	char want;
	const char *code, *not_code, *sugg, *no_sugg, *reason;
};

static int letter_index(char l)
{
	const char *p = strchr("SMART", l);
	assert_non_null(p);
	return (int)(p - "SMART");
}

static const char *verdict_of(goals_verdict v)
{
	return goals_verdict_name(v) ? goals_verdict_name(v) : "?";
}

/* Judge row r into *out; 0 or a GOALS_* error. */
static int judge(goals_smart *out, const struct row *r)
{
	goals_fields f;
	goals_smart_input in;
	int rc;
	goals_fields_init(&f);
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, r->text),
			 GOALS_OK);
	if (r->why)
		assert_int_equal(goals_fields_set_str(&f, GOALS_F_WHY, r->why),
				 GOALS_OK);
	if (r->area)
		assert_int_equal(
			goals_fields_set_str(&f, GOALS_F_AREA, r->area),
			GOALS_OK);
	if (r->unit)
		assert_int_equal(
			goals_fields_set_str(&f, GOALS_F_UNIT, r->unit),
			GOALS_OK);
	if (r->conf) {
		f.confidence = atoi(r->conf);
		f.set |= GOALS_F_CONFIDENCE;
	}
	if (r->target) {
		f.target = strtod(r->target, NULL);
		f.set |= GOALS_F_TARGET;
	}
	if (r->base) {
		f.baseline = strtod(r->base, NULL);
		f.set |= GOALS_F_BASELINE;
	}
	if (r->by) {
		f.deadline = D(r->by);
		f.set |= GOALS_F_DEADLINE;
	}
	if (r->start) {
		f.start = D(r->start);
		f.set |= GOALS_F_START;
	}
	if (r->review) {
		f.review.n = r->review > 0 ? r->review : 0;
		f.review.unit = 'w';
		f.set |= GOALS_F_REVIEW;
	}
	if (r->parent) {
		memset(f.parent.hex, 'a', GOALS_ID_HEXLEN);
		f.parent.hex[GOALS_ID_HEXLEN] = '\0';
		f.set |= GOALS_F_PARENT;
	}
	f.kind = r->kind ? r->kind : GOALS_KIND_DONE;
	f.set |= GOALS_F_KIND;
	if (r->every) {
		f.every = r->every;
		f.set |= GOALS_F_EVERY;
	}
	memset(&in, 0, sizeof(in));
	in.f = &f;
	in.status = GOALS_STATUS_ACTIVE;
	in.created = D(r->created ? r->created : "2025-02-01");
	in.count = r->count;
	in.sum = r->sum;
	in.recent = r->pts;
	in.n_recent = r->npts;
	in.recent_from = goals_smart_recent_from(&f, TODAY);
	rc = goals_smart_check(out, &in, now_time());
	goals_fields_clear(&f);
	return rc;
}

/* The five codes of a judgement, for messages. */
static void summary(char *buf, size_t n, const goals_smart *s)
{
	size_t o = 0;
	int l;
	for (l = 0; l < GOALS_LETTERS && o < n; l++)
		o += (size_t)snprintf(buf + o, n - o, "%s%c:%s/%s",
				      l ? " " : "", "SMART"[l],
				      verdict_of(s->c[l].verdict),
				      s->c[l].code ? s->c[l].code : "(null)");
}

/* Check one row; print what is wrong and return 1, or return 0. */
static int check_row(const struct row *r)
{
	goals_smart s;
	const goals_criterion *c;
	char all[400], why[900];
	int l, ok = 1, rc;
	size_t o = 0;

	rc = judge(&s, r);
	if (rc != GOALS_OK) {
		print_error("'%s': goals_smart_check = %d\n", r->text, rc);
		return 1;
	}
	c = &s.c[letter_index(r->l)];
	why[0] = '\0';
#define WHY(...) \
	(o += (size_t)snprintf(why + o, o < sizeof(why) ? sizeof(why) - o : 0, \
			       __VA_ARGS__), \
	 ok = 0)
	switch (r->want) {
	case 'p':
		if (c->verdict != GOALS_PASS)
			WHY(" want pass;");
		break;
	case 'w':
		if (c->verdict != GOALS_WARN)
			WHY(" want warn;");
		break;
	case 'f':
		if (c->verdict != GOALS_FAIL)
			WHY(" want fail;");
		break;
	case 'o':
		if (c->verdict == GOALS_FAIL)
			WHY(" want pass or warn;");
		break;
	default:
		break;
	}
	if (!c->code)
		WHY(" no code;");
	else if (r->code && strcmp(c->code, r->code))
		WHY(" want code %s;", r->code);
	if (c->code && r->not_code && !strcmp(c->code, r->not_code))
		WHY(" must not be %s;", r->not_code);
	if (r->sugg && !strstr(SUGG(c), r->sugg))
		WHY(" suggestion lacks \"%s\";", r->sugg);
	if (r->no_sugg && strstr(SUGG(c), r->no_sugg))
		WHY(" suggestion has \"%s\";", r->no_sugg);
	if (r->reason && !strstr(c->reason, r->reason))
		WHY(" reason lacks \"%s\";", r->reason);
	/* every letter: a code and a reason; a suggestion for every fail */
	for (l = 0; l < GOALS_LETTERS; l++) {
		if (!s.c[l].code || !s.c[l].reason[0])
			WHY(" %c has no code or reason;", "SMART"[l]);
		if (s.c[l].verdict == GOALS_FAIL && !SUGG(&s.c[l])[0])
			WHY(" %c fails (%s) with no suggestion;", "SMART"[l],
			    s.c[l].code ? s.c[l].code : "?");
	}
#undef WHY
	if (ok)
		return 0;
	summary(all, sizeof(all), &s);
	print_error("'%s' [%c]:%s\n    got %s\n    %c reason: %s\n"
		    "    %c suggestion: %s\n",
		    r->text, r->l, why, all, r->l, c->reason, r->l,
		    SUGG(c));
	return 1;
}

static void check_rows(const struct row *rows, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++)
		bad += check_row(&rows[i]);
	if (bad)
		fail_msg("%d of %zu rows judged against the policy", bad, n);
}

/* Specific -------------------------------------------------------------- */

static void test_specific(void **state)
{
	static const struct row rows[] = {
		/* no-behaviour */
		{.text = "I want to", .l = 'S', .want = 'f',
		 .code = "no-behaviour"},
		{.text = "I want to call Mum", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* states one gets in, measures moved with no number */
		{.text = "get in shape before I turn 30", .l = 'S', .want = 'f',
		 .code = "state-only"},
		{.text = "get fit", .l = 'S', .want = 'f', .code = "state-only"},
		{.text = "get a new passport", .l = 'S', .want = 'p'},
		{.text = "stay in the top 5 on the sales table", .l = 'S',
		 .want = 'o'},
		{.text = "get my PHQ-9 down", .l = 'S', .want = 'f',
		 .code = "comparative"},
		{.text = "get my PHQ-9 down to 9", .l = 'S', .want = 'o'},
		{.text = "get up at 6:30 on weekdays", .l = 'S', .want = 'o'},
		/* the words after "I just want to", past a comma */
		{.text = "I honestly don't know, I just want to feel like "
			 "myself again",
		 .l = 'S', .want = 'f', .code = "state-only"},
		{.text = "honestly, I just want to call my brother on Sundays",
		 .l = 'S', .want = 'o'},
		/* a reason in the middle */
		{.text = "by June, because my lease ends, find a new flat",
		 .l = 'S', .want = 'o'},
		{.text = "by June, because my lease ends, be happier",
		 .l = 'S', .want = 'f', .code = "state-only"},
		/* someone else's feelings, someone else's act */
		{.text = "get everyone in my friend group to like me", .l = 'S',
		 .want = 'f', .code = "state-only"},
		{.text = "get everyone in my friend group to come to my 30th",
		 .l = 'S', .want = 'o'},

		/* insight */
		{.text = "I want to understand why I always procrastinate",
		 .l = 'S', .want = 'f', .code = "insight"},
		{.text = "find out why I procrastinate", .l = 'S', .want = 'f',
		 .code = "insight"},
		{.text = "understand my feelings", .l = 'S', .want = 'f',
		 .code = "insight"},
		{.text = "find a therapist", .l = 'S', .want = 'p',
		 .not_code = "insight"},
		/* POLICY: a concrete behaviour with an object ("see" a
		 * person is no insight) */
		{.text = "see a counsellor", .l = 'S', .want = 'o',
		 .not_code = "insight"},

		/* absence */
		{.text = "stop worrying about work", .l = 'S', .want = 'f',
		 .code = "absence"},
		{.text = "never feel anxious", .l = 'S', .want = 'f',
		 .code = "absence"},
		{.text = "stop overthinking", .l = 'S', .want = 'f',
		 .code = "absence"},
		/* the suggestion quotes the words as written */
		{.text = "Stop Worrying about work", .l = 'S', .want = 'f',
		 .code = "absence", .sugg = "instead of 'Stop Worrying about "
					   "work', say what you will do"},
		{.text = "stop smoking", .l = 'S', .want = 'p',
		 .code = "behaviour"},
		/* POLICY: stopping a behaviour is a behaviour, as "stop
		 * smoking" */
		{.text = "stop drinking", .l = 'S', .want = 'o',
		 .not_code = "absence"},

		/* state-only, fail */
		{.text = "be happier", .l = 'S', .want = 'f',
		 .code = "state-only", .sugg = "'be happier'",
		 .reason = "feeling or state"},
		{.text = "feel less lonely", .l = 'S', .want = 'f',
		 .code = "state-only", .sugg = "'feel less lonely'"},
		{.text = "Be happier", .l = 'S', .want = 'f',
		 .code = "state-only", .sugg = "turn 'Be happier' into"},
		/* four words quoted, and "..." for the rest, not a
		 * fragment that reads as the user's: 'feel calm in m' */
		{.text = "Feel calm in MEETINGS at work", .l = 'S', .want = 'f',
		 .code = "state-only",
		 .sugg = "turn 'Feel calm in MEETINGS...' into"},
		{.text = "become more optimistic", .l = 'S', .want = 'f',
		 .code = "state-only"},
		{.text = "be kinder to myself", .l = 'S', .want = 'f',
		 .code = "state-only"},
		/* an if-then plan whose "then" is a feeling */
		{.text = "when I make a mistake, be gentler with myself",
		 .l = 'S', .want = 'f', .code = "state-only"},
		{.text = "be gentler with myself when I make mistakes",
		 .l = 'S', .want = 'f'},
		{.text = "get better at chess", .l = 'S', .want = 'f'},
		/* near misses: "feed" is not "feel", an if-then behaviour */
		{.text = "feed the cat every evening", .l = 'S', .want = 'p',
		 .code = "behaviour"},
		{.text = "when I notice a conflict starting, pause and take "
			 "three breaths before replying",
		 .l = 'S', .want = 'p', .code = "behaviour"},

		/* state-only, warn: a state with a count */
		{.text = "be kinder to myself 3 times a week", .l = 'S',
		 .want = 'w', .code = "state-only",
		 .reason = "worded as a state"},

		/* state-only, "have a ... life" */
		{.text = "have a calm home life", .l = 'S', .want = 'f',
		 .code = "state-only", .reason = "a state to have",
		 .sugg = "--parent"},
		/* POLICY: a state to have, with no behaviour in it */
		{.text = "have fun", .l = 'S', .want = 'f',
		 .code = "state-only"},
		{.text = "have one honest conversation with Dad", .l = 'S',
		 .want = 'p', .code = "behaviour"},
		{.text = "have a chat with my partner about our finances",
		 .l = 'S', .want = 'p', .code = "behaviour"},

		/* generic-object: a generic verb, even with a count */
		{.text = "do something new twice a month", .l = 'S',
		 .want = 'f', .code = "generic-object",
		 .reason = "general verb"},
		{.text = "do things", .l = 'S', .want = 'f',
		 .code = "generic-object"},
		{.text = "do 3 things", .l = 'S', .want = 'f',
		 .code = "generic-object"},
		/* POLICY: "do 3 nice things" fails, count or not */
		{.text = "do 3 nice things", .l = 'S', .want = 'f'},
		{.text = "Do one thing I enjoy each day", .l = 'S', .want = 'f',
		 .code = "generic-object",
		 .sugg = "not 'Do one thing I...' but"},
		{.text = "do the dishes", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* generic-object: a concrete verb, a generic object, no
		 * count */
		{.text = "help people", .l = 'S', .want = 'f',
		 .code = "generic-object", .reason = "no one and nothing",
		 .sugg = "'help people'"},
		{.text = "learn to cook things", .l = 'S', .want = 'f',
		 .code = "generic-object"},
		{.text = "meet people", .l = 'S', .want = 'f'},
		/* POLICY: "meet new people" fails */
		{.text = "meet new people", .l = 'S', .want = 'f'},
		{.text = "meet two new people", .l = 'S', .want = 'p',
		 .code = "behaviour"},
		{.text = "help my neighbour", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* vague-verb: a vague process verb */
		{.text = "work on my confidence", .l = 'S', .want = 'f',
		 .code = "vague-verb", .sugg = "read one chapter"},
		{.text = "deal with my anxiety", .l = 'S', .want = 'f',
		 .code = "vague-verb"},
		{.text = "improve my sleep", .l = 'S', .want = 'f',
		 .code = "vague-verb"},
		{.text = "I need to sort my sleep out", .l = 'S', .want = 'f',
		 .code = "vague-verb"},
		{.text = "move house", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* vague-verb: a doing verb on a state or a generic object */
		{.text = "fix my sleep", .l = 'S', .want = 'f',
		 .code = "vague-verb", .no_sugg = "read one chapter"},
		{.text = "make my sleep better", .l = 'S', .want = 'f',
		 .code = "vague-verb", .no_sugg = "read one chapter"},
		{.text = "fix the fence", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* comparative */
		{.text = "read more books", .l = 'S', .want = 'f',
		 .code = "comparative", .sugg = "'read more books'"},
		{.text = "eat fewer takeaways", .l = 'S', .want = 'f',
		 .code = "comparative"},
		{.text = "read 12 more books", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* try */
		{.text = "try to call Mum", .l = 'S', .want = 'w',
		 .code = "try", .sugg = "try to"},
		{.text = "call Mum", .l = 'S', .want = 'p',
		 .code = "behaviour"},

		/* behaviour */
		{.text = "apply to four programmes", .l = 'S', .want = 'p',
		 .code = "behaviour"},
		{.text = "sign the lease", .l = 'S', .want = 'p',
		 .code = "behaviour"},
		/* a vague word in the reason does not make the goal vague */
		{.text = "call Mum every Sunday because I want to be happier",
		 .l = 'S', .want = 'p', .code = "behaviour"},
		{.text = "call Mum, because I want to feel less lonely",
		 .l = 'S', .want = 'p', .code = "behaviour"},
	};
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* Measurable ------------------------------------------------------------ */

static void test_measurable(void **state)
{
	static const struct row rows[] = {
		/* frequencies in the plural, counts in words, more
		 * milestones */
		{.text = "be in bed by 23:00 on weeknights", .l = 'M',
		 .want = 'p', .code = "frequency"},
		{.text = "be in bed by 23:00", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "hit the gym a couple of times a week", .l = 'M',
		 .want = 'p', .code = "quantity"},
		{.text = "throw away my vape", .l = 'M', .want = 'p',
		 .code = "milestone"},
		{.text = "land a job offer in product management", .l = 'M',
		 .want = 'p', .code = "milestone"},
		{.text = "get a better job", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "get my PHQ-9 down", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "by June, because my lease ends, find a new flat",
		 .l = 'M', .want = 'p', .code = "milestone"},
		{.text = "make sure my partner always feels heard", .l = 'M',
		 .want = 'f'},
		/* target */
		{.text = "walk the dog", .target = "5", .l = 'M', .want = 'p',
		 .code = "target"},
		{.text = "walk the dog", .unit = "calls", .target = "5",
		 .l = 'M', .want = 'p', .code = "target"},

		/* no-target: what to measure, but no target */
		{.text = "walk the dog", .unit = "calls", .l = 'M', .want = 'w',
		 .code = "no-target", .sugg = "--target"},

		/* quantity */
		{.text = "read 12 books", .l = 'M', .want = 'p',
		 .code = "quantity"},
		{.text = "walk 10,000 steps a day", .l = 'M', .want = 'p',
		 .code = "quantity"},
		{.text = "apply to four programmes", .l = 'M', .want = 'p',
		 .code = "quantity"},
		{.text = "meet two new people", .l = 'M', .want = 'p',
		 .code = "quantity"},
		{.text = "take my anxiety from 8 to 5", .l = 'M',
		 .want = 'p', .code = "quantity"},
		{.text = "walk the dog 3 times a week", .l = 'M', .want = 'p'},
		{.text = "walk the dog twice a month", .l = 'M', .want = 'p'},
		{.text = "cut my screen time by 20%", .l = 'M', .want = 'p',
		 .code = "quantity"},
		/* near misses: no quantity of the goal */
		{.text = "talk to my GP about my GAD-7 score", .l = 'M',
		 .want = 'x', .not_code = "quantity"},
		{.text = "walk the dog about my PHQ-9", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "be there for my kids 24/7", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "give 100% at work", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog in a year", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog within 2 years", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog in the next 4 weeks", .l = 'M',
		 .want = 'f', .code = "no-measure"},
		{.text = "walk the dog at 23:00", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog by 23:00", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog in 2025", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog by 31 March 2025", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog by 2025-03-31", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "get into the top 10 of my running club", .l = 'M',
		 .want = 'x', .not_code = "quantity"},
		{.text = "walk the dog before I turn 40", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog by age 30", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		/* POLICY: ages are not quantities of the goal */
		{.text = "walk the dog by the age of 30", .l = 'M', .want = 'x',
		 .not_code = "quantity"},
		{.text = "learn to swim before I am 30", .l = 'M',
		 .want = 'x', .not_code = "quantity"},
		{.text = "walk the dog before my 30th birthday", .l = 'M',
		 .want = 'x', .not_code = "quantity"},
		{.text = "walk the dog when I am 40 years old", .l = 'M',
		 .want = 'f', .code = "no-measure"},
		{.text = "cover Covid-19 shifts", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "walk the dog (twice)", .l = 'M', .want = 'x',
		 .not_code = "quantity"},
		{.text = "call one of my friends", .l = 'M', .want = 'x',
		 .not_code = "quantity"},

		/* frequency */
		{.text = "call Mum every Sunday", .l = 'M', .want = 'p',
		 .code = "frequency"},
		{.text = "write in my journal each evening", .l = 'M',
		 .want = 'p', .code = "frequency"},
		{.text = "call Mum on Sundays", .l = 'M', .want = 'p',
		 .code = "frequency"},
		{.text = "call Mum weekly", .l = 'M', .want = 'p',
		 .code = "frequency"},
		{.text = "call Mum every day", .l = 'M', .want = 'p',
		 .code = "frequency"},
		{.text = "call Mum sometimes", .l = 'M', .want = 'x',
		 .not_code = "frequency"},
		{.text = "call Mum every so often", .l = 'M', .want = 'x',
		 .not_code = "frequency"},

		/* milestone */
		{.text = "book the appointment", .l = 'M', .want = 'p',
		 .code = "milestone"},
		{.text = "sign the lease", .l = 'M', .want = 'p',
		 .code = "milestone"},
		{.text = "fix the fence", .l = 'M', .want = 'p',
		 .code = "milestone"},
		{.text = "fix my sleep", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "make my life better", .l = 'M', .want = 'f',
		 .code = "no-measure"},

		/* no-measure */
		{.text = "be happier", .l = 'M', .want = 'f',
		 .code = "no-measure",
		 .sugg = "higher is better, and aim for a level: --kind level "
			 "--target 7"},
		{.text = "feel less anxious", .l = 'M', .want = 'f',
		 .code = "no-measure", .sugg = "lower is better"},
		{.text = "learn to play guitar", .l = 'M', .want = 'f',
		 .code = "no-measure",
		 .sugg = "--kind habit --target 3 --every week"},
		{.text = "save money", .l = 'M', .want = 'f',
		 .code = "no-measure", .sugg = "--kind total --target AMOUNT"},
		{.text = "eat healthier", .l = 'M', .want = 'f',
		 .code = "no-measure"},
		{.text = "eat healthier 4 days a week", .l = 'M', .want = 'p',
		 .code = "quantity"},
	};
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* Achievable: words and fields ------------------------------------------ */

static void test_achievable(void **state)
{
	static const struct row rows[] = {
		/* others decide: institutions, people by name or role */
		{.text = "get the bank to waive the overdraft charges",
		 .l = 'A', .want = 'f', .code = "others-decide"},
		{.text = "get my son to tidy his room every day", .l = 'A',
		 .want = 'f', .code = "others-decide"},
		{.text = "make Priya agree to move in", .l = 'A', .want = 'f',
		 .code = "others-decide"},
		{.text = "get the kids to school on time every day", .l = 'A',
		 .want = 'o'},
		{.text = "email my landlord about the boiler today", .l = 'A',
		 .want = 'o'},
		/* "always" after a "not" describes the problem */
		{.text = "I want to not be so tired all the time", .l = 'A',
		 .want = 'o'},
		{.text = "be rested all the time", .l = 'A', .want = 'f',
		 .code = "absolutist"},
		/* absolutist */
		{.text = "never miss a workout", .l = 'A', .want = 'f',
		 .code = "absolutist", .sugg = "'never'"},
		{.text = "NEVER miss a workout", .l = 'A', .want = 'f',
		 .code = "absolutist", .sugg = "replace 'NEVER' with"},
		{.text = "be rested All the time", .l = 'A', .want = 'f',
		 .code = "absolutist", .sugg = "replace 'All the time' with"},
		{.text = "give 10000000000000000000000000000000000000000000000"
			 "00000000000000% at work",
		 .l = 'A', .want = 'f', .code = "absolutist",
		 .sugg = "replace '1000000000000000000000000000000000000000000"
			 "000000000000000000%' with"},
		{.text = "call Mum every time I feel low", .l = 'A',
		 .want = 'f', .code = "absolutist"},
		{.text = "give 100% at work", .l = 'A', .want = 'f',
		 .code = "absolutist"},
		{.text = "be perfectly organised", .l = 'A', .want = 'f',
		 .code = "absolutist"},
		{.text = "answer every email, always", .l = 'A', .want = 'f',
		 .code = "absolutist"},
		{.text = "quit sugar forever", .l = 'A', .want = 'f',
		 .code = "absolutist"},
		/* near misses: a frequency; "always" in a why-clause or in
		 * the reason describes the problem */
		{.text = "call Mum every day", .l = 'A', .want = 'o',
		 .not_code = "absolutist"},
		{.text = "walk every week", .l = 'A', .want = 'o',
		 .not_code = "absolutist"},
		{.text = "I want to understand why I always procrastinate",
		 .l = 'A', .want = 'o', .not_code = "absolutist"},
		{.text = "walk every day, because I always feel better after",
		 .l = 'A', .want = 'o', .not_code = "absolutist"},
		{.text = "call Mum, so that she never feels alone", .l = 'A',
		 .want = 'o', .not_code = "absolutist"},
		{.text = "cut my screen time by 20%", .l = 'A', .want = 'o',
		 .not_code = "absolutist"},

		/* others-decide */
		{.text = "make her forgive me", .l = 'A', .want = 'f',
		 .code = "others-decide"},
		{.text = "get my dad to accept me", .l = 'A', .want = 'f',
		 .code = "others-decide"},
		{.text = "get my landlord to fix the boiler", .l = 'A',
		 .want = 'f', .code = "others-decide"},
		{.text = "convince my boss to let me work from home",
		 .l = 'A', .want = 'f', .code = "others-decide"},
		{.text = "get to the gym 3 times a week", .l = 'A',
		 .want = 'o', .not_code = "others-decide"},
		{.text = "make my dad a birthday card", .l = 'A', .want = 'o',
		 .not_code = "others-decide"},
		{.text = "tell my dad once, calmly, what I need", .l = 'A',
		 .want = 'o', .not_code = "others-decide"},

		/* low-confidence: fail at 4 or less, warn at 5-6 */
		{.text = "call Mum", .conf = "4", .l = 'A', .want = 'f',
		 .code = "low-confidence", .sugg = "7"},
		{.text = "call Mum", .conf = "0", .l = 'A', .want = 'f',
		 .code = "low-confidence"},
		{.text = "call Mum", .conf = "5", .l = 'A', .want = 'w',
		 .code = "low-confidence"},
		{.text = "call Mum", .conf = "6", .l = 'A', .want = 'w',
		 .code = "low-confidence"},

		/* confident */
		{.text = "call Mum", .conf = "7", .l = 'A', .want = 'p',
		 .code = "confident"},
		{.text = "call Mum", .conf = "10", .l = 'A', .want = 'p',
		 .code = "confident"},

		/* impossible-amount: more than 16 hours a day */
		{.text = "practise guitar 17 hours a day", .l = 'A',
		 .want = 'f', .code = "impossible-amount"},
		{.text = "study 20 hours every day", .l = 'A', .want = 'f',
		 .code = "impossible-amount"},
		{.text = "study 16 hours a day", .l = 'A', .want = 'o',
		 .not_code = "impossible-amount"},
		{.text = "study 17 hours a week", .l = 'A', .want = 'o',
		 .not_code = "impossible-amount"},

		/* unsafe-rate: more than 2 kg a week */
		{.text = "lose 10 kg in 3 weeks", .l = 'A', .want = 'f',
		 .code = "unsafe-rate", .sugg = "--by"},
		{.text = "lose 10 kg", .by = "2025-03-22", .l = 'A',
		 .want = 'f', .code = "unsafe-rate"},
		/* a weight no lifetime holds at 1 kg a week: no date */
		{.text = "lose 100000 kg in 3 weeks", .l = 'A', .want = 'f',
		 .code = "unsafe-rate", .sugg = "kg a week", .no_sugg = "--by"},
		{.text = "lose 1000000000000000000000000000000000000000000000000"
			 "000000000000 kg by 1 June 2025",
		 .l = 'A', .want = 'f', .code = "unsafe-rate",
		 .sugg = "kg a week", .no_sugg = "--by"},
		{.text = "get to 80 kg", .unit = "kg", .base = "1e60",
		 .target = "80", .by = "2025-03-22", .kind = GOALS_KIND_LEVEL,
		 .l = 'A', .want = 'f', .code = "unsafe-rate",
		 .sugg = "kg a week", .no_sugg = "--by"},
		{.text = "lose 20 lbs in 3 weeks", .l = 'A', .want = 'f',
		 .code = "unsafe-rate"},
		{.text = "get to 80 kg", .unit = "kg", .base = "90",
		 .target = "80", .by = "2025-03-22", .kind = GOALS_KIND_LEVEL,
		 .l = 'A', .want = 'f', .code = "unsafe-rate"},
		/* POLICY: a rate per week said outright */
		{.text = "lose 5 kg a week", .l = 'A', .want = 'f',
		 .code = "unsafe-rate"},
		{.text = "lose 3 kg per week", .l = 'A', .want = 'f',
		 .code = "unsafe-rate"},
		{.text = "lose 1.5 kg a week", .l = 'A', .want = 'w'},
		{.text = "lose 0.5 kg a week", .l = 'A', .want = 'o',
		 .not_code = "unsafe-rate"},
		/* exactly 2 kg a week: only a warn */
		{.text = "lose 6 kg in 3 weeks", .l = 'A', .want = 'w',
		 .code = "fast-rate"},

		/* fast-rate: 1-2 kg a week */
		{.text = "lose 4 kg in 3 weeks", .l = 'A', .want = 'w',
		 .code = "fast-rate"},
		{.text = "lose 3 kg", .by = "2025-03-22", .l = 'A',
		 .want = 'w', .code = "fast-rate"},
		{.text = "lose 2 kg in 3 weeks", .l = 'A', .want = 'o',
		 .not_code = "fast-rate"},
		{.text = "lose 10 kg in 6 months", .l = 'A', .want = 'o',
		 .not_code = "fast-rate"},
		{.text = "lose 10 kg", .l = 'A', .want = 'o',
		 .not_code = "unsafe-rate"},

		/* big-jump: 4x within 4 weeks fails, 2x within 8 warns */
		{.text = "run", .base = "10", .target = "40",
		 .by = "2025-03-29", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'f', .code = "big-jump"},
		{.text = "run", .base = "10", .target = "50",
		 .by = "2025-03-08", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'f', .code = "big-jump"},
		{.text = "run", .base = "10", .target = "40",
		 .by = "2025-03-30", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'w', .code = "big-jump"},
		{.text = "run", .base = "10", .target = "39",
		 .by = "2025-03-29", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'w', .code = "big-jump"},
		{.text = "run", .base = "10", .target = "20",
		 .by = "2025-04-26", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'w', .code = "big-jump"},
		{.text = "run", .base = "10", .target = "20",
		 .by = "2025-04-27", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'o', .not_code = "big-jump"},
		{.text = "run", .base = "10", .target = "19",
		 .by = "2025-04-26", .kind = GOALS_KIND_LEVEL, .l = 'A',
		 .want = 'o', .not_code = "big-jump"},
		{.text = "run", .base = "10", .target = "40",
		 .kind = GOALS_KIND_LEVEL, .l = 'A', .want = 'o',
		 .not_code = "big-jump"},

		/* others-judge: warn */
		{.text = "get a promotion", .l = 'A', .want = 'w',
		 .code = "others-judge"},
		{.text = "get a job offer", .l = 'A', .want = 'w',
		 .code = "others-judge"},
		{.text = "pass my driving test", .l = 'A', .want = 'w',
		 .code = "others-judge"},
		{.text = "buy a bottle of wine", .l = 'A', .want = 'o',
		 .not_code = "others-judge"},
		{.text = "ask my manager for feedback", .l = 'A',
		 .want = 'o', .not_code = "others-judge"},

		/* no-evidence */
		{.text = "call Mum", .l = 'A', .want = 'w',
		 .code = "no-evidence", .sugg = "--confidence"},
		{.text = "call Mum", .conf = "8", .l = 'A', .want = 'p',
		 .not_code = "no-evidence"},
	};
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* Achievable: pace from progress ---------------------------------------- */

/*
 * Totals: created 2025-01-28 (32 days ago), 100 to reach by 2025-04-02
 * (32 days left).  At 40 the pace needed is 60/32 against 40/32 so far:
 * exactly 1.5 times, which passes; at 39 it is 61/39 > 1.5, which fails.
 */
static void test_pace_total(void **state)
{
#define TOTAL .text = "run 100 km in total", .kind = GOALS_KIND_TOTAL, \
	      .target = "100", .by = "2025-04-02", .created = "2025-01-28", \
	      .l = 'A'
	static const struct row rows[] = {
		{TOTAL, .count = 5, .sum = 39, .want = 'f',
		 .code = "behind-pace", .sugg = "2025-04-21"},
		{TOTAL, .count = 5, .sum = 39, .want = 'f',
		 .code = "behind-pace", .sugg = "--target 78"},
		{TOTAL, .count = 5, .sum = 40, .want = 'p',
		 .code = "on-pace"},
		{TOTAL, .count = 5, .sum = 80, .want = 'p',
		 .code = "on-pace"},
		/* no progress at all: behind, with a lower target */
		{TOTAL, .count = 1, .sum = 0, .want = 'f',
		 .code = "behind-pace", .sugg = "--target"},
		/* met, or more than met */
		{TOTAL, .count = 5, .sum = 100, .want = 'p', .code = "met"},
		{TOTAL, .count = 5, .sum = 120, .want = 'p', .code = "met"},
		/* no entries: nothing to judge by */
		{TOTAL, .count = 0, .sum = 0, .want = 'w',
		 .code = "no-evidence"},
		/* the baseline counts: from 60, 16 logged leaves 24 at
		 * 24/32 a day against 16/32 so far (1.5 times); 15 logged
		 * leaves 25 (1.67 times) */
		{TOTAL, .base = "60", .count = 2, .sum = 16, .want = 'p',
		 .code = "on-pace"},
		{TOTAL, .base = "60", .count = 2, .sum = 15, .want = 'f',
		 .code = "behind-pace"},
		/* a start field wins over the day it was created */
		{TOTAL, .start = "2025-02-22", .count = 5, .sum = 39,
		 .want = 'p', .code = "on-pace"},
		/* a pace is judged from a week after the start: 10 in 2
		 * days is too soon to tell; 10 in 7 days is 10/7 a day,
		 * against 90/32 needed */
		{.text = "run 100 km in total", .kind = GOALS_KIND_TOTAL,
		 .target = "100", .by = "2025-04-02", .created = "2025-02-27",
		 .count = 1, .sum = 10, .l = 'A', .want = 'w',
		 .code = "no-evidence"},
		{.text = "run 100 km in total", .kind = GOALS_KIND_TOTAL,
		 .target = "100", .by = "2025-04-02", .created = "2025-02-22",
		 .count = 1, .sum = 10, .l = 'A', .want = 'f',
		 .code = "behind-pace"},
		{.text = "run 100 km in total", .kind = GOALS_KIND_TOTAL,
		 .target = "100", .by = "2025-04-02", .created = "2025-02-22",
		 .count = 1, .sum = 14, .l = 'A', .want = 'p',
		 .code = "on-pace"},
		/* met on day one is met */
		{.text = "run 100 km in total", .kind = GOALS_KIND_TOTAL,
		 .target = "100", .by = "2025-04-02", .created = "2025-03-01",
		 .count = 1, .sum = 100, .l = 'A', .want = 'p',
		 .code = "met"},
		/* downwards: from 50 to 0 */
		{.text = "pay off my 50 debts", .kind = GOALS_KIND_TOTAL,
		 .base = "50", .target = "0", .by = "2025-04-02",
		 .created = "2025-01-28", .count = 2, .sum = -10, .l = 'A',
		 .want = 'f', .code = "behind-pace"},
		{.text = "pay off my 50 debts", .kind = GOALS_KIND_TOTAL,
		 .base = "50", .target = "0", .by = "2025-04-02",
		 .created = "2025-01-28", .count = 2, .sum = -25, .l = 'A',
		 .want = 'p', .code = "on-pace"},
	};
#undef TOTAL
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/*
 * Levels: anxiety from 8 to 5 by 2025-03-29 (28 days left); the pace so
 * far is the least-squares slope over the last 42 days, from 3 entries
 * over 14 days or more.
 */
static const goals_point lv_slow[] = {
	{TODAY - 14, 8}, {TODAY - 7, 7.75}, {TODAY, 7.5}};
static const goals_point lv_fast[] = {
	{TODAY - 14, 8}, {TODAY - 7, 7}, {TODAY, 6}};
static const goals_point lv_wrong_way[] = {
	{TODAY - 14, 6}, {TODAY - 7, 7}, {TODAY, 8}};
/* flat in the window; the old entry would make it look fast */
static const goals_point lv_old[] = {
	{TODAY - 60, 20}, {TODAY - 14, 7}, {TODAY - 7, 7}, {TODAY, 7}};
static const goals_point lv_two[] = {{TODAY - 20, 8}, {TODAY, 6}};
static const goals_point lv_short[] = {
	{TODAY - 13, 8}, {TODAY - 7, 7}, {TODAY, 6}};
static const goals_point lv_met[] = {{TODAY, 5}};
static const goals_point lv_met2[] = {{TODAY - 7, 6}, {TODAY, 4.5}};

static void test_pace_level(void **state)
{
#define LEVEL(p) .text = "bring my anxiety rating from 8 to 5", \
	.kind = GOALS_KIND_LEVEL, .base = "8", .target = "5", \
	.by = "2025-03-29", .l = 'A', .pts = p, .npts = N_ELEMS(p), \
	.count = (int64_t)N_ELEMS(p)
	static const struct row rows[] = {
		{LEVEL(lv_slow), .want = 'f', .code = "behind-pace",
		 .sugg = "--by"},
		{LEVEL(lv_fast), .want = 'p', .code = "on-pace"},
		/* a slope the wrong way counts as no pace */
		{LEVEL(lv_wrong_way), .want = 'f', .code = "behind-pace",
		 .reason = "no progress"},
		/* entries older than 42 days do not count */
		{LEVEL(lv_old), .want = 'f', .code = "behind-pace"},
		/* too little data: 2 entries, or 3 over 13 days */
		{LEVEL(lv_two), .want = 'w', .code = "no-evidence"},
		{LEVEL(lv_short), .want = 'w', .code = "no-evidence"},
		/* already met: passes, whatever the data */
		{LEVEL(lv_met), .want = 'p', .code = "met"},
		{LEVEL(lv_met2), .want = 'p', .code = "met"},
	};
#undef LEVEL
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/*
 * Habits: 3 times a week, created 2025-01-01.  Today (Saturday
 * 2025-03-01) is in the week of Monday 2025-02-24, which is not
 * complete; the last 4 complete weeks start on 01-27, 02-03, 02-10 and
 * 02-17.
 */
static const goals_point hb_one[] = {{TODAY - 11, 3}}; /* 02-18 */
static const goals_point hb_two[] = {{TODAY - 25, 3}, {TODAY - 11, 3}};
static const goals_point hb_split[] = {
	{TODAY - 25, 3}, {TODAY - 12, 1}, {TODAY - 10, 2}};
static const goals_point hb_current[] = {
	{TODAY - 11, 3}, {TODAY - 5, 3}, {TODAY - 4, 3}, {TODAY, 3}};
static const goals_point hb_all[] = {
	{TODAY - 32, 3}, {TODAY - 25, 3}, {TODAY - 18, 3}, {TODAY - 11, 3}};
static const goals_point hb_none[] = {{TODAY, 1}};

static void test_pace_habit(void **state)
{
#define HABIT(p) .text = "go to the gym 3 times a week", \
	.kind = GOALS_KIND_HABIT, .every = GOALS_EVERY_WEEK, \
	.target = "3", .created = "2025-01-01", .l = 'A', .pts = p, \
	.npts = N_ELEMS(p), .count = (int64_t)N_ELEMS(p)
	static const struct row rows[] = {
		/* met in 1 of 4: fewer than half */
		{HABIT(hb_one), .want = 'f', .code = "habit-behind",
		 .sugg = "--target"},
		/* exactly half passes */
		{HABIT(hb_two), .want = 'p', .code = "on-pace"},
		/* entries of a week add up */
		{HABIT(hb_split), .want = 'p', .code = "on-pace"},
		/* the current week does not count yet */
		{HABIT(hb_current), .want = 'f', .code = "habit-behind"},
		{HABIT(hb_all), .want = 'p', .code = "on-pace"},
		/* entries, but none in the last 4 complete weeks */
		{HABIT(hb_none), .want = 'f', .code = "habit-behind"},
		/* no entries at all: no evidence */
		{.text = "go to the gym 3 times a week",
		 .kind = GOALS_KIND_HABIT, .every = GOALS_EVERY_WEEK,
		 .target = "3", .created = "2025-01-01", .l = 'A',
		 .want = 'w', .code = "no-evidence"},
		/* a young habit: 2 complete weeks (02-10, 02-17), of which
		 * 1 met is exactly half */
		{.text = "go to the gym 3 times a week",
		 .kind = GOALS_KIND_HABIT, .every = GOALS_EVERY_WEEK,
		 .target = "3", .created = "2025-02-10", .l = 'A',
		 .pts = hb_one, .npts = N_ELEMS(hb_one), .count = 1,
		 .want = 'p', .code = "on-pace"},
		/* once a week, met in 1 of 4: a longer period, not a
		 * lower target */
		{.text = "call Gran once a week", .kind = GOALS_KIND_HABIT,
		 .every = GOALS_EVERY_WEEK, .target = "1",
		 .created = "2025-01-01", .l = 'A', .pts = hb_one,
		 .npts = N_ELEMS(hb_one), .count = 1, .want = 'f',
		 .code = "habit-behind", .sugg = "--every month --target",
		 .no_sugg = "lower"},
		/* 3 a week, met in 1 of 4: a lower target, what was done */
		{.text = "go to the gym 3 times a week",
		 .kind = GOALS_KIND_HABIT, .every = GOALS_EVERY_WEEK,
		 .target = "3", .created = "2025-01-01", .l = 'A',
		 .pts = hb_one, .npts = N_ELEMS(hb_one), .count = 1,
		 .want = 'f', .code = "habit-behind",
		 .sugg = "what you managed: --target 1"},
		/* created on Wednesday 02-12: its first week, cut short and
		 * not met, does not count; one complete week is too few to
		 * judge */
		{.text = "go to the gym 3 times a week",
		 .kind = GOALS_KIND_HABIT, .every = GOALS_EVERY_WEEK,
		 .target = "3", .created = "2025-02-12", .l = 'A',
		 .pts = hb_one, .npts = N_ELEMS(hb_one), .count = 1,
		 .want = 'w', .code = "no-evidence"},
	};
#undef HABIT
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* Relevant -------------------------------------------------------------- */

static void test_relevant(void **state)
{
	static const struct row rows[] = {
		/* parent */
		{.text = "call Mum", .parent = 1, .l = 'R', .want = 'p',
		 .code = "parent"},
		{.text = "call Mum", .parent = 1, .why = "I should",
		 .l = 'R', .want = 'p', .code = "parent"},

		/* why */
		{.text = "call Mum", .why = "I want to stay close", .l = 'R',
		 .want = 'p', .code = "why"},
		{.text = "call Mum", .why = "I miss her", .area = "family",
		 .l = 'R', .want = 'p', .code = "why"},
		/* obligation in --why */
		{.text = "call Mum", .why = "I should", .l = 'R',
		 .want = 'w', .code = "obligation", .sugg = "--why"},
		{.text = "call Mum", .why = "my doctor wants me to",
		 .l = 'R', .want = 'w', .code = "obligation"},
		{.text = "call Mum", .why = "Mum wants me to", .l = 'R',
		 .want = 'w', .code = "obligation"},
		{.text = "call Mum", .why = "I have to", .l = 'R',
		 .want = 'w', .code = "obligation"},
		{.text = "call Mum", .why = "I should, because I miss her",
		 .l = 'R', .want = 'p', .code = "why"},
		{.text = "call Mum", .why = "my doctor wants me to and I "
					    "want to feel stronger",
		 .l = 'R', .want = 'p', .code = "why"},

		/* obligation in the text */
		{.text = "call Mum bc I should", .l = 'R', .want = 'w',
		 .code = "obligation"},
		{.text = "call Mum, since I have to", .l = 'R', .want = 'w',
		 .code = "obligation"},
		/* POLICY: "because I should" is an obligation-only reason */
		{.text = "call Mum because I should", .l = 'R', .want = 'w',
		 .code = "obligation"},
		{.text = "call Mum because I miss her", .l = 'R',
		 .want = 'p', .code = "reason-in-text"},

		/* reason-in-text */
		{.text = "call Mum so that she knows I care", .l = 'R',
		 .want = 'p', .code = "reason-in-text"},
		{.text = "call Mum so I can hear her voice", .l = 'R',
		 .want = 'p', .code = "reason-in-text"},
		{.text = "call Mum in order to stay close", .l = 'R',
		 .want = 'p', .code = "reason-in-text"},
		{.text = "call Mum bc I miss her", .l = 'R', .want = 'p',
		 .code = "reason-in-text"},
		{.text = "call Mum since I miss her", .l = 'R', .want = 'p',
		 .code = "reason-in-text"},
		/* near misses: a quoted "because", a temporal "since", a
		 * need stated as the goal, "so" alone */
		{.text = "say 'I am calm because I breathe' 3 times a day",
		 .l = 'R', .want = 'f', .code = "no-reason"},
		{.text = "say \"so that I can rest\" each night", .l = 'R',
		 .want = 'f', .code = "no-reason"},
		{.text = "call Mum since March", .l = 'R', .want = 'f',
		 .code = "no-reason"},
		{.text = "I need to sort my sleep out", .l = 'R',
		 .want = 'f', .code = "no-reason"},
		{.text = "call Mum (because) weekly", .l = 'R', .want = 'f',
		 .code = "no-reason"},

		/* area-only */
		{.text = "call Mum", .area = "family", .l = 'R', .want = 'w',
		 .code = "area-only", .sugg = "--why"},

		/* no-reason */
		{.text = "call Mum", .l = 'R', .want = 'f',
		 .code = "no-reason", .sugg = "--why"},
	};
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* Time-bound ------------------------------------------------------------ */

static void test_time_bound(void **state)
{
	static const struct row rows[] = {
		/* quarters and days of the month are deadlines */
		{.text = "average 7 hours of sleep a night by the end of Q2",
		 .l = 'T', .want = 'p', .code = "deadline-in-text"},
		{.text = "average 7 hours of sleep a night", .l = 'T',
		 .want = 'f', .code = "frequency-only"},
		/* review */
		{.text = "call Mum", .review = 2, .l = 'T', .want = 'p',
		 .code = "review"},
		{.text = "call Mum every Sunday", .review = 2, .l = 'T',
		 .want = 'p', .code = "review"},
		{.text = "call Mum", .review = -1, .l = 'T', .want = 'f',
		 .code = "no-deadline"},

		/* vague-time */
		{.text = "call Mum soon", .l = 'T', .want = 'f',
		 .code = "vague-time", .sugg = "--by"},
		{.text = "call Mum someday", .l = 'T', .want = 'f',
		 .code = "vague-time"},
		{.text = "call Mum some day", .l = 'T', .want = 'f',
		 .code = "vague-time"},
		{.text = "call Mum one day", .l = 'T', .want = 'f',
		 .code = "vague-time"},
		{.text = "call Mum asap", .l = 'T', .want = 'f',
		 .code = "vague-time"},
		{.text = "call Mum one day a week", .l = 'T', .want = 'x',
		 .not_code = "vague-time"},
		{.text = "call Mum sometimes", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "call Mum soon, by 31 March 2025", .l = 'T',
		 .want = 'p', .code = "deadline-in-text"},

		/* frequency-only */
		{.text = "call Mum every Sunday", .l = 'T', .want = 'f',
		 .code = "frequency-only"},
		{.text = "call Mum each evening", .l = 'T', .want = 'f',
		 .code = "frequency-only"},
		{.text = "go to the gym", .kind = GOALS_KIND_HABIT,
		 .every = GOALS_EVERY_WEEK, .target = "3", .l = 'T',
		 .want = 'f', .code = "frequency-only"},
		{.text = "call Mum every Sunday until the end of May 2025",
		 .l = 'T', .want = 'p', .code = "deadline-in-text"},
		{.text = "call Mum every Sunday", .by = "2025-05-31",
		 .l = 'T', .want = 'p', .code = "deadline"},

		/* start-only */
		{.text = "call Mum starting Monday", .l = 'T', .want = 'f',
		 .code = "start-only"},
		{.text = "call Mum", .start = "2025-03-03", .l = 'T',
		 .want = 'f', .code = "start-only"},
		{.text = "call Mum for 6 weeks", .start = "2025-03-03",
		 .l = 'T', .want = 'p', .code = "deadline-in-text"},

		/* no-deadline */
		{.text = "call Mum", .l = 'T', .want = 'f',
		 .code = "no-deadline", .sugg = "--by 2025-04-26"},
		{.text = "go to bed by 23:00", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "go to bed by 10pm", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "relax by doing yoga", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "visit the baby", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "I may call Mum", .l = 'T', .want = 'f',
		 .code = "no-deadline"},
		{.text = "call Mum by Friday", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		/* POLICY: an ordinal date is a deadline */
		{.text = "call Mum by 3rd April", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},

		/* past */
		{.text = "call Mum", .by = "2025-02-01", .l = 'T',
		 .want = 'f', .code = "past"},
		{.text = "call Mum by 31 January 2025", .l = 'T',
		 .want = 'f', .code = "past"},
		{.text = "call Mum", .by = "2025-02-28", .l = 'T',
		 .want = 'f', .code = "past"},
		{.text = "call Mum", .by = "2025-03-01", .l = 'T',
		 .want = 'p', .code = "deadline"},

		/* too-far: more than 5 years */
		{.text = "call Mum", .by = "2030-03-02", .l = 'T',
		 .want = 'f', .code = "too-far"},
		{.text = "buy a house by 2045", .l = 'T', .want = 'f',
		 .code = "too-far"},
		{.text = "call Mum", .by = "2030-03-01", .l = 'T',
		 .want = 'w', .code = "far"},

		/* ambiguous-date */
		{.text = "call Mum by 03/04/2025", .l = 'T', .want = 'w',
		 .code = "ambiguous-date", .sugg = "one way: --by 2025-04-03"},
		{.text = "call Mum by 13/04/2025", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "call Mum by 04/04/2025", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "call Mum by 2025-04-03", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "call Mum by 03/04/2025", .by = "2025-04-03",
		 .l = 'T', .want = 'p', .code = "deadline"},

		/* season */
		{.text = "call Mum by summer", .l = 'T', .want = 'w',
		 .code = "season"},
		{.text = "call Mum by summer 2025", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},

		/* far: more than a year, no milestone */
		{.text = "call Mum", .by = "2026-04-01", .l = 'T',
		 .want = 'w', .code = "far", .sugg = "--review"},
		{.text = "see a counsellor within 2 years", .l = 'T',
		 .want = 'w', .code = "far"},
		{.text = "call Mum", .by = "2026-04-01", .review = 4,
		 .l = 'T', .want = 'p', .code = "deadline"},
		{.text = "call Mum", .by = "2026-03-01", .l = 'T',
		 .want = 'p', .code = "deadline"},

		/* deadline-in-text */
		{.text = "call Mum by 31 March 2025", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "paint the shed this year", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "paint the shed in 2025", .l = 'T', .want = 'p',
		 .code = "deadline-in-text"},
		{.text = "paint the shed within 3 months", .l = 'T',
		 .want = 'p', .code = "deadline-in-text"},
		{.text = "paint the shed until the end of May", .l = 'T',
		 .want = 'p', .code = "deadline-in-text"},
		{.text = "paint the shed before Easter 2025 (20 April)",
		 .l = 'T', .want = 'p', .code = "deadline-in-text"},

		/* past, but the target is met: close it, not a new date */
		{.text = "read 12 books", .kind = GOALS_KIND_TOTAL,
		 .target = "12", .by = "2025-02-20", .created = "2025-01-01",
		 .count = 3, .sum = 12, .l = 'T', .want = 'p', .code = "met",
		 .sugg = "close it as achieved", .no_sugg = "--by"},
		{.text = "read 12 books", .kind = GOALS_KIND_TOTAL,
		 .target = "12", .by = "2025-02-20", .created = "2025-01-01",
		 .count = 3, .sum = 11, .l = 'T', .want = 'f', .code = "past",
		 .sugg = "--by"},

		/* deadline: the field wins over the text, with a warning
		 * when they differ */
		{.text = "call Mum", .by = "2025-03-31", .l = 'T',
		 .want = 'p', .code = "deadline"},
		{.text = "call Mum by 31 March 2025", .by = "2025-03-31",
		 .l = 'T', .want = 'p', .code = "deadline"},
		{.text = "call Mum by 31 March 2025", .by = "2025-04-30",
		 .l = 'T', .want = 'w', .code = "deadline-differs",
		 .sugg = "--by 2025-03-31"},
	};
	(void)state;
	check_rows(rows, N_ELEMS(rows));
}

/* The deadline judged, and where it came from --------------------------- */

static void test_deadline_out(void **state)
{
	static const struct {
		const char *text, *by, *start;
		const char *want; /* NULL: none */
		int from_text;
	} cases[] = {
		{"call Mum by 31 March 2025", NULL, NULL, "2025-03-31", 1},
		{"call Mum by March 31, 2025", NULL, NULL, "2025-03-31", 1},
		{"call Mum by 31 March 2025", "2025-04-30", NULL,
		 "2025-04-30", 0},
		{"call Mum", "2025-04-30", NULL, "2025-04-30", 0},
		{"paint the shed before Easter 2025 (20 April)", NULL, NULL,
		 "2025-04-20", 1},
		{"paint the shed this year", NULL, NULL, "2025-12-31", 1},
		{"paint the shed this weekend", NULL, NULL, "2025-03-02", 1},
		{"paint the shed within 3 months", NULL, NULL, "2025-06-01",
		 1},
		{"see a counsellor within 2 years", NULL, NULL, "2027-03-01",
		 1},
		{"paint the shed by next Friday", NULL, NULL, "2025-03-07",
		 1},
		{"run 3 times a week for 6 weeks", NULL, "2025-03-03",
		 "2025-04-14", 1},
		/* without a start, "for" counts from the day it was
		 * created (2025-02-01) */
		{"run 3 times a week for 6 weeks", NULL, NULL, "2025-03-15",
		 1},
		{"call Mum in 2025", NULL, NULL, "2025-12-31", 1},
		{"call Mum by summer", NULL, NULL, "2025-08-31", 1},
		{"call Mum by 03/04/2025", NULL, NULL, "2025-04-03", 1},
		{"call Mum by 23:00", NULL, NULL, NULL, 0},
		{"call Mum every Sunday", NULL, NULL, NULL, 0},
		{"call Mum starting Monday", NULL, NULL, NULL, 0},
		{"call Mum soon", NULL, NULL, NULL, 0},
		{"call Mum", NULL, NULL, NULL, 0},
		/* POLICY: an ordinal date is a deadline, and the right one */
		{"call Mum by 3rd April", NULL, NULL, "2025-04-03", 1},
		{"call Mum by the 3rd of April", NULL, NULL, "2025-04-03", 1},
		/* quarters, days of the month, christmas, "from now" */
		{"call Mum by the end of Q2", NULL, NULL, "2025-06-30", 1},
		{"call Mum by Q3 2026", NULL, NULL, "2026-09-30", 1},
		{"call Mum this quarter", NULL, NULL, "2025-03-31", 1},
		{"call Mum by the 15th", NULL, NULL, "2025-03-15", 1},
		{"call Mum till xmas", NULL, NULL, "2025-12-25", 1},
		{"call Mum, 6 weeks from now", NULL, NULL, "2025-04-12", 1},
		/* not a quarter, not a day of a month */
		{"call Mum about Q2", NULL, NULL, "2025-06-30", 1},
		{"call Mum about the 15th", NULL, NULL, NULL, 0},
		{"save 2000 GBP", NULL, NULL, NULL, 0},
	};
	size_t i;
	int bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		struct row r;
		goals_smart s;
		char got[GOALS_DATE_BUFSZ] = "none";
		memset(&r, 0, sizeof(r));
		r.text = cases[i].text;
		r.by = cases[i].by;
		r.start = cases[i].start;
		assert_int_equal(judge(&s, &r), GOALS_OK);
		if (s.deadline != NONE)
			goals_date_format(got, s.deadline);
		if (s.deadline != D(cases[i].want) ||
		    s.deadline_from_text != cases[i].from_text) {
			print_error("'%s': deadline %s from_text=%d; want %s "
				    "from_text=%d\n",
				    cases[i].text, got, s.deadline_from_text,
				    cases[i].want ? cases[i].want : "none",
				    cases[i].from_text);
			bad++;
		}
	}
	if (bad)
		fail_msg("%d of %zu deadlines wrong", bad, N_ELEMS(cases));
}

/* Whole judgements ------------------------------------------------------ */

/* A goal that a coach would accept: every letter passes. */
static void test_smart_goal_passes(void **state)
{
	struct row r;
	goals_smart s;
	int l;
	(void)state;
	memset(&r, 0, sizeof(r));
	r.text = "call Mum every Sunday by 31 March 2025, because I miss "
		 "her";
	r.conf = "8";
	assert_int_equal(judge(&s, &r), GOALS_OK);
	for (l = 0; l < GOALS_LETTERS; l++)
		if (s.c[l].verdict != GOALS_PASS)
			fail_msg("%s: %s (%s)",
				 goals_letter_name((goals_letter)l),
				 verdict_of(s.c[l].verdict), s.c[l].code);
	assert_string_equal(s.c[GOALS_SPECIFIC].code, "behaviour");
	assert_string_equal(s.c[GOALS_MEASURABLE].code, "frequency");
	assert_string_equal(s.c[GOALS_ACHIEVABLE].code, "confident");
	assert_string_equal(s.c[GOALS_RELEVANT].code, "reason-in-text");
	assert_string_equal(s.c[GOALS_TIME_BOUND].code, "deadline-in-text");
	assert_int_equal(s.deadline, D("2025-03-31"));
	assert_int_equal(s.deadline_from_text, 1);
}

/* The worst goal: every letter fails but Achievable, which warns. */
static void test_state_goal_fails(void **state)
{
	struct row r;
	goals_smart s;
	(void)state;
	memset(&r, 0, sizeof(r));
	r.text = "be happier";
	assert_int_equal(judge(&s, &r), GOALS_OK);
	assert_int_equal(s.c[GOALS_SPECIFIC].verdict, GOALS_FAIL);
	assert_int_equal(s.c[GOALS_MEASURABLE].verdict, GOALS_FAIL);
	assert_int_equal(s.c[GOALS_ACHIEVABLE].verdict, GOALS_WARN);
	assert_int_equal(s.c[GOALS_RELEVANT].verdict, GOALS_FAIL);
	assert_int_equal(s.c[GOALS_TIME_BOUND].verdict, GOALS_FAIL);
	/* the suggestion quotes the user's own words */
	assert_non_null(strstr(SUGG(&s.c[GOALS_SPECIFIC]), "'be happier'"));
	assert_int_equal(s.deadline, NONE);
	assert_int_equal(s.deadline_from_text, 0);
}

/*
 * Goals with very long words and numbers: judged like short ones,
 * every reason and suggestion whole UTF-8 and whole (the quote cut, with
 * "...", never the message).
 */
#define E4  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
#define E24 E4 E4 E4 E4 E4 E4
static void test_long_words(void **state)
{
	static const struct {
		const char *prefix, *unit;
		size_t count;
		const char *suffix;
		char l;            /* the letter to check */
		const char *code;  /* its code */
		const char *sugg;  /* NULL, or what its suggestion has */
		const char *tail;  /* NULL, or how its suggestion ends */
	} cases[] = {
		{"Run ", "1", 4000, "km", 'M', "quantity", NULL, NULL},
		{"Run the ", "1", 60, "th", 'M', "no-measure", NULL, NULL},
		{"Be ", "a", 4000, "", 'S', "state-only", "turn 'Be...' into",
		 "3 times a week'"},
		{"Be ", "\xc3\xa9", 100, " now", 'S', "state-only",
		 "turn 'Be...' into", "3 times a week'"},
		{"Do something \xc3\xa9\xc3\xa9 ", "\xc3\xa9", 60, " more",
		 'S', "generic-object",
		 "not 'Do something \xc3\xa9\xc3\xa9...' but",
		 "'visit a museum'"},
		/* four words of 24 characters: 110 bytes, quoted whole */
		{"Do something ", E24 " ", 4, "", 'S', "generic-object",
		 "not 'Do something " E24 " " E24 "...' but",
		 "'visit a museum'"},
		{"Be a ", "\xf0\x9f\x98\x80", 40, " person", 'S',
		 "state-only", "turn 'Be a...' into", "3 times a week'"},
		{"Give ", "1", 4000, "%", 'A', "absolutist", "replace '1111",
		 "...' with a number you can reach, such as '4 days out of "
		 "7'"},
	};
	size_t i;
	int l, bad = 0;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++) {
		char *text = test_repeat(cases[i].prefix, cases[i].unit,
					 cases[i].count, cases[i].suffix);
		const goals_criterion *c;
		struct row r;
		goals_smart s;
		int ok = 1;
		memset(&r, 0, sizeof(r));
		r.text = text;
		assert_int_equal(judge(&s, &r), GOALS_OK);
		c = &s.c[letter_index(cases[i].l)];
		for (l = 0; l < GOALS_LETTERS; l++)
			if (!test_utf8_whole(s.c[l].reason) ||
			    !test_utf8_whole(SUGG(&s.c[l])))
				ok = 0;
		if (!c->code || strcmp(c->code, cases[i].code) ||
		    (cases[i].sugg && !strstr(SUGG(c), cases[i].sugg)) ||
		    (cases[i].tail &&
		     (strlen(SUGG(c)) < strlen(cases[i].tail) ||
		      strcmp(SUGG(c) + strlen(SUGG(c)) -
				     strlen(cases[i].tail),
			     cases[i].tail))))
			ok = 0;
		if (!ok) {
			print_error("'%s' + '%s' x %zu + '%s' [%c]: %s, "
				    "suggestion '%s'; want %s, with '%s', "
				    "ending '%s', all whole UTF-8\n",
				    cases[i].prefix, cases[i].unit,
				    cases[i].count, cases[i].suffix,
				    cases[i].l, c->code ? c->code : "?",
				    SUGG(c), cases[i].code,
				    cases[i].sugg ? cases[i].sugg : "",
				    cases[i].tail ? cases[i].tail : "");
			bad++;
		}
		free(text);
	}
	if (bad)
		fail_msg("%d of %zu long goals judged wrongly", bad,
			 N_ELEMS(cases));
}

/*
 * The longest suggestions, around quotes of every length up to past the
 * longest a quote may be: the suggestion is never cut short.
 */
static void test_long_quotes(void **state)
{
	static const struct {
		const char *prefix, *code, *tail;
	} cases[] = {
		{"Stop worrying about ", "absence", "take a 10-minute walk'"},
		{"Improve ", "vague-verb", "a sleep book each night'"},
		{"Have ", "state-only", "'view 3 flats by a date'"},
	};
	size_t i, n;
	(void)state;
	for (i = 0; i < N_ELEMS(cases); i++)
		for (n = 1; n <= GOALS_SMART_MSG; n++) {
			char *text = test_repeat(cases[i].prefix, "a", n, "");
			const goals_criterion *c;
			struct row r;
			goals_smart s;
			size_t sl, tl = strlen(cases[i].tail);
			memset(&r, 0, sizeof(r));
			r.text = text;
			assert_int_equal(judge(&s, &r), GOALS_OK);
			c = &s.c[GOALS_SPECIFIC];
			sl = strlen(SUGG(c));
			if (strcmp(c->code, cases[i].code) || sl < tl ||
			    strcmp(SUGG(c) + sl - tl, cases[i].tail))
				fail_msg("'%s' + %zu letters: %s, '%s'; want "
					 "%s, ending '%s'",
					 cases[i].prefix, n, c->code,
					 SUGG(c), cases[i].code,
					 cases[i].tail);
			free(text);
		}
}

/* The same input, judged twice, gives the same judgement. */
static void test_pure(void **state)
{
	static const goals_point pts[] = {{TODAY - 14, 8}, {TODAY - 7, 7.75},
					  {TODAY, 7.5}};
	struct row r;
	goals_smart a, b;
	int l;
	(void)state;
	memset(&r, 0, sizeof(r));
	r.text = "bring my anxiety rating from 8 to 5 by 29 March 2025";
	r.kind = GOALS_KIND_LEVEL;
	r.base = "8";
	r.target = "5";
	r.pts = pts;
	r.npts = N_ELEMS(pts);
	r.count = 3;
	assert_int_equal(judge(&a, &r), GOALS_OK);
	assert_int_equal(judge(&b, &r), GOALS_OK);
	for (l = 0; l < GOALS_LETTERS; l++) {
		assert_int_equal(a.c[l].verdict, b.c[l].verdict);
		assert_string_equal(a.c[l].code, b.c[l].code);
		assert_string_equal(a.c[l].reason, b.c[l].reason);
		assert_string_equal(SUGG(&a.c[l]), SUGG(&b.c[l]));
	}
	/* the deadline in the text drives the pace */
	assert_string_equal(a.c[GOALS_ACHIEVABLE].code, "behind-pace");
}

static void test_bad_arguments(void **state)
{
	goals_fields f;
	goals_smart_input in;
	goals_smart s;
	goals_time now = now_time();
	(void)state;
	goals_fields_init(&f);
	memset(&in, 0, sizeof(in));
	in.f = &f;
	assert_int_equal(goals_smart_check(NULL, &in, now), GOALS_EINVAL);
	assert_int_equal(goals_smart_check(&s, NULL, now), GOALS_EINVAL);
	in.f = NULL;
	assert_int_equal(goals_smart_check(&s, &in, now), GOALS_EINVAL);
	in.f = &f; /* no text */
	assert_int_equal(goals_smart_check(&s, &in, now), GOALS_EINVAL);
	/* an empty text is a goal with no behaviour, not an error */
	assert_int_equal(goals_fields_set_str(&f, GOALS_F_TEXT, ""), GOALS_OK);
	assert_int_equal(goals_smart_check(&s, &in, now), GOALS_OK);
	assert_int_equal(s.c[GOALS_SPECIFIC].verdict, GOALS_FAIL);
	assert_string_equal(s.c[GOALS_SPECIFIC].code, "no-behaviour");
	goals_fields_clear(&f);
}

static void test_names_and_recent_from(void **state)
{
	goals_fields f;
	(void)state;
	assert_int_equal(D("2025-03-01"), TODAY);
	assert_string_equal(goals_letter_name(GOALS_SPECIFIC), "specific");
	assert_string_equal(goals_letter_name(GOALS_MEASURABLE), "measurable");
	assert_string_equal(goals_letter_name(GOALS_ACHIEVABLE), "achievable");
	assert_string_equal(goals_letter_name(GOALS_RELEVANT), "relevant");
	assert_string_equal(goals_letter_name(GOALS_TIME_BOUND), "time_bound");
	assert_null(goals_letter_name(GOALS_LETTERS));
	assert_string_equal(goals_verdict_name(GOALS_PASS), "pass");
	assert_string_equal(goals_verdict_name(GOALS_WARN), "warn");
	assert_string_equal(goals_verdict_name(GOALS_FAIL), "fail");
	assert_null(goals_verdict_name((goals_verdict)3));

	goals_fields_init(&f);
	f.kind = GOALS_KIND_LEVEL;
	f.set = GOALS_F_KIND;
	assert_int_equal(goals_smart_recent_from(&f, TODAY), TODAY - 42);
	f.kind = GOALS_KIND_HABIT;
	f.every = GOALS_EVERY_WEEK;
	f.set |= GOALS_F_EVERY;
	/* the 4 complete weeks before the week of Monday 02-24 */
	assert_int_equal(goals_smart_recent_from(&f, TODAY), D("2025-01-27"));
	f.every = GOALS_EVERY_MONTH;
	assert_int_equal(goals_smart_recent_from(&f, TODAY), D("2024-11-01"));
	f.every = GOALS_EVERY_DAY;
	assert_int_equal(goals_smart_recent_from(&f, TODAY), TODAY - 4);
	f.kind = GOALS_KIND_TOTAL;
	f.set &= ~GOALS_F_EVERY;
	assert_int_equal(goals_smart_recent_from(&f, TODAY), TODAY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_and_recent_from),
		cmocka_unit_test(test_bad_arguments),
		cmocka_unit_test(test_specific),
		cmocka_unit_test(test_measurable),
		cmocka_unit_test(test_achievable),
		cmocka_unit_test(test_pace_total),
		cmocka_unit_test(test_pace_level),
		cmocka_unit_test(test_pace_habit),
		cmocka_unit_test(test_relevant),
		cmocka_unit_test(test_time_bound),
		cmocka_unit_test(test_deadline_out),
		cmocka_unit_test(test_smart_goal_passes),
		cmocka_unit_test(test_state_goal_fails),
		cmocka_unit_test(test_pure),
		cmocka_unit_test(test_long_words),
		cmocka_unit_test(test_long_quotes),
	};
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
