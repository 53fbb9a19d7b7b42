/*
 * smart/verdicts.c - the verdicts and advice stages of the SMART engine
 * (see engine.h): one verdict, reason code, reason and suggestion per
 * letter, from a goal's fields, the reading of its words and its
 * progress.  Pure: no I/O, no clock.  The rules and their sources are in
 * goals-check(1).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "goals/smart.h"
#include "pace.h"
#include "engine.h"

/* Verdicts ----------------------------------------------------------- */

/* The most bytes of the user's words that a suggestion quotes (whole
 * words, see tok_quote): the longest suggestion around them still fits
 * in GOALS_SMART_MSG. */
#define QUOTE_BYTES 128

/* Set a criterion. */
static void say(goals_criterion *c, goals_verdict v, const char *code,
		const char *reason, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void say(goals_criterion *c, goals_verdict v, const char *code,
		const char *reason, const char *fmt, ...)
{
	va_list ap;
	c->verdict = v;
	c->code = code;
	snprintf(c->reason, sizeof(c->reason), "%s", reason);
	c->suggestion[0] = '\0';
	if (fmt) {
		va_start(ap, fmt);
		vsnprintf(c->suggestion, sizeof(c->suggestion), fmt, ap);
		va_end(ap);
	}
}

static void judge_specific(goals_criterion *c, const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, o;
	int counted = sr_has_quantity(r, 0, r->main_end) ||
		      sr_has_frequency(r, 0, r->main_end);
	char phrase[QUOTE_BYTES];
	sr_head_phrase(phrase, sizeof(phrase), r);

	if (h >= t->n) {
		say(c, GOALS_FAIL, "no-behaviour",
		    "the goal names no action to take",
		    "start with what you will do: a verb and what it acts on, "
		    "such as 'call Mum on Sundays'");
		return;
	}
	o = sr_object_after(r, h);
	if (tok_in(t, h, insight_verbs) ||
	    ((tok_is(t, h, "find") || tok_is(t, h, "work")) &&
	     tok_is(t, h + 1, "out"))) {
		say(c, GOALS_FAIL, "insight",
		    "understanding is not something you can do or count",
		    "name an action that would bring the insight, such as "
		    "'write for 10 minutes after each argument about what "
		    "set it off'");
		return;
	}
	if (sr_absence(r)) {
		say(c, GOALS_FAIL, "absence",
		    "the goal is the absence of a feeling or thought, which "
		    "no one can do",
		    "instead of '%s', say what you will do when it starts, "
		    "such as 'when I notice the worry, write it down and "
		    "take a 10-minute walk'",
		    phrase);
		return;
	}
	if (sr_giving_up(r)) {
		say(c, GOALS_PASS, "behaviour",
		    "giving up a behaviour is a concrete action", NULL);
		return;
	}
	if ((tok_in(t, h, state_verbs) && !tok_in(t, h + 1, be_concrete)) ||
	    ((tok_is(t, h, "get") || tok_is(t, h, "stay") ||
	      tok_is(t, h, "keep")) &&
	     (tok_in(t, h + 1, comparatives) ||
	      tok_in(t, h + 1, state_adjectives) ||
	      (tok_is(t, h + 1, "in") && tok_in(t, h + 2, state_adjectives)) ||
	      (tok_is(t, h + 1, "back") && tok_is(t, h + 2, "on")))) ||
	    sr_others_feel(r)) {
		say(c, counted ? GOALS_WARN : GOALS_FAIL, "state-only",
		    counted ? "the goal is worded as a state; the behaviour "
			      "behind it is not named"
			    : "the goal is a feeling or state, with no "
			      "behaviour in it",
		    "turn '%s' into something you will do and can count, "
		    "such as 'when X happens, I will Y, 3 times a week'",
		    phrase);
		return;
	}
	if (tok_is(t, h, "have") && (o >= t->n || !tok_in(t, o, event_nouns)) &&
	    !counted) {
		say(c, GOALS_FAIL, "state-only",
		    "the goal is a state to have, with no behaviour in it",
		    "keep '%s' as a long-term goal and add steps under it "
		    "with --parent, each a behaviour such as 'view 3 flats "
		    "by a date'",
		    phrase);
		return;
	}
	if (tok_in(t, h, generic_verbs) && o < t->n &&
	    tok_in(t, o, generic_objects) && !tok_is(t, o, "myself") &&
	    !sr_others_outcome(r)) {
		say(c, GOALS_FAIL, "generic-object",
		    "a general verb with a general object says nothing "
		    "particular",
		    "name the thing itself: not '%s' but, say, 'cook a new "
		    "recipe' or 'visit a museum'",
		    phrase);
		return;
	}
	if (tok_in(t, h, vague_verbs) && !counted &&
	    !(o < t->n && tok_in(t, o, vague_ok_objects)) &&
	    !tok_in(t, h, milestone_verbs)) {
		say(c, GOALS_FAIL, "vague-verb",
		    "a vague verb with no concrete behaviour",
		    "say exactly what you will do to '%s': an action, how "
		    "often, and when, such as 'read one chapter of a sleep "
		    "book each night'",
		    phrase);
		return;
	}
	if ((tok_in(t, h, vague_verbs) || tok_in(t, h, milestone_verbs)) &&
	    !counted && o < t->n && tok_in(t, o, state_nouns)) {
		say(c, GOALS_FAIL, "vague-verb",
		    "a vague verb with no concrete behaviour",
		    "say exactly what you will do to '%s': an action, how "
		    "often, and when",
		    phrase);
		return;
	}
	if ((sr_has_word(r, 0, r->main_end, comparatives) ||
	     sr_directional(r)) &&
	    !sr_has_quantity(r, 0, r->main_end)) {
		say(c, GOALS_FAIL, "comparative",
		    "'more', 'less' or 'better' with no number says no "
		    "amount",
		    "say how much: for '%s', give a number, such as '2 "
		    "evenings a week' or 'from 8 to 5'",
		    phrase);
		return;
	}
	if (o < t->n && tok_in(t, o, generic_objects) &&
	    !tok_is(t, o, "myself") && !counted && !sr_others_outcome(r)) {
		say(c, GOALS_FAIL, "generic-object",
		    "the goal acts on no one and nothing in particular",
		    "say who or what, and how many: '%s' could be 'meet two "
		    "people from the running club'",
		    phrase);
		return;
	}
	if (r->try_to) {
		say(c, GOALS_WARN, "try",
		    "'try to' leaves room to not do it",
		    "drop 'try to': say what you will do");
		return;
	}
	say(c, GOALS_PASS, "behaviour", "the goal names a concrete action",
	    NULL);
}

static void judge_measurable(goals_criterion *c, const struct reading *r,
			     const goals_fields *f)
{
	if (f->set & GOALS_F_TARGET) {
		say(c, GOALS_PASS, "target", "a target is set", NULL);
		return;
	}
	if (sr_has_quantity(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "quantity", "the goal states a number",
		    "record it as fields too: --target N --unit U");
		return;
	}
	if (sr_has_frequency(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "frequency", "the goal says how often",
		    "record it as fields too: --kind habit --target N "
		    "--every week");
		return;
	}
	if (f->kind == GOALS_KIND_DONE && sr_milestone(r)) {
		say(c, GOALS_PASS, "milestone",
		    "a one-off step: done or not done", NULL);
		return;
	}
	if (f->set & (GOALS_F_METRIC | GOALS_F_UNIT)) {
		say(c, GOALS_WARN, "no-target",
		    "what to measure is named, but no target",
		    "add --target N (and --baseline for where you start)");
		return;
	}
	say(c, GOALS_FAIL, "no-measure",
	    "nothing to count or check off",
	    "add how much or how often: --target N --unit U, or say '3 times "
	    "a week', or rate it 0-10 and add --kind level --baseline 8 "
	    "--target 5");
}

static int target_met(const goals_smart_input *in, goals_date today);

/* A habit met in under half of its last periods: a lower target, or,
 * for one time a period, a longer period with what was managed. */
static void habit_behind(goals_criterion *c, const goals_fields *f,
			 const struct pace *p)
{
	static const char *const reason =
		"the habit was met in fewer than half of the last complete "
		"periods";
	char n[32];
	double per;
	if (f->target > 1) {
		per = floor(p->average + 0.5); /* 1.5 a week: 2 */
		num_format(n, sizeof(n), per < 1 ? 1 : per);
		say(c, GOALS_FAIL, "habit-behind", reason,
		    "lower --target to %s a %s, what you managed, or make "
		    "each step smaller",
		    n, goals_every_name(f->every));
		return;
	}
	if (f->every == GOALS_EVERY_MONTH) {
		say(c, GOALS_FAIL, "habit-behind", reason,
		    "make the step smaller, so that it fits in a month");
		return;
	}
	/* once a day or a week: the same number over a longer period */
	per = floor(p->average * (f->every == GOALS_EVERY_DAY ? 7 : 4));
	if (per < 1)
		per = 1;
	num_format(n, sizeof(n), per);
	say(c, GOALS_FAIL, "habit-behind", reason,
	    "give it a longer period: --every %s --target %s",
	    f->every == GOALS_EVERY_DAY ? "week" : "month", n);
}

static void judge_achievable(goals_criterion *c, const struct reading *r,
			     const goals_smart_input *in, goals_date today,
			     goals_date deadline)
{
	const goals_fields *f = in->f;
	char word[QUOTE_BYTES], d[GOALS_DATE_BUFSZ], n1[32], n2[32];
	struct pace p;
	double kg, weeks, hours, rate = 0;

	if (sr_absolutist(r, word, sizeof(word))) {
		say(c, GOALS_FAIL, "absolutist",
		    "an all-or-nothing target is bound to fail",
		    "replace '%s' with a number you can reach, such as "
		    "'4 days out of 7'",
		    word);
		return;
	}
	if (sr_others_outcome(r)) {
		say(c, GOALS_FAIL, "others-decide",
		    "the outcome is someone else's to decide",
		    "aim at your own part, such as 'tell him once, calmly, "
		    "what I need', not at what they will do");
		return;
	}
	if ((f->set & GOALS_F_CONFIDENCE) && f->confidence <= 4) {
		say(c, GOALS_FAIL, "low-confidence",
		    "you rated your confidence 4 or less out of 10",
		    "make the step smaller until your confidence is 7 or more, "
		    "then --confidence 7");
		return;
	}
	if ((hours = sr_hours_a_day(r)) > 16) {
		say(c, GOALS_FAIL, "impossible-amount",
		    "more than 16 hours a day of one thing leaves no time to "
		    "sleep",
		    "lower the hours a day to what a day allows");
		return;
	}
	kg = sr_weight_loss(r, f, &rate);
	if (kg > 0 && !rate && deadline != GOALS_DATE_NONE && deadline > today) {
		weeks = (double)(deadline - today) / 7.0;
		rate = kg / (weeks < 1 ? 1 : weeks);
	}
	if (rate > 2) {
		/* a rate said outright, or a weight that takes a lifetime at
		 * 1 kg a week (a date past the calendar), gets no date */
		if (rate == kg || !(kg * 7 < 365.0 * 100))
			say(c, GOALS_FAIL, "unsafe-rate",
			    "losing more than 2 kg a week is not safe",
			    "aim for about 0.5-1 kg a week");
		else {
			goals_date_format(d, today + (goals_date)ceil(kg * 7));
			say(c, GOALS_FAIL, "unsafe-rate",
			    "losing more than 2 kg a week is not safe",
			    "aim for about 1 kg a week: --by %s", d);
		}
		return;
	}
	/* a huge jump from the baseline in little time */
	if ((f->set & GOALS_F_BASELINE) && (f->set & GOALS_F_TARGET) &&
	    f->baseline > 0 && f->target > 0 && deadline != GOALS_DATE_NONE) {
		double ratio = f->target / f->baseline;
		long days = (long)deadline - (long)today;
		if (ratio < 1)
			ratio = 1 / ratio;
		if (ratio >= 4 && days <= 28) {
			num_format(n1, sizeof(n1), f->baseline);
			num_format(n2, sizeof(n2),
				   f->target > f->baseline ? f->baseline * 2
							   : f->baseline / 2);
			say(c, GOALS_FAIL, "big-jump",
			    "the target is 4 times the baseline or more, "
			    "within 4 weeks",
			    "take a first step from %s: --target %s for now, "
			    "or give it more time",
			    n1, n2);
			return;
		}
	}
	/* met, even past the deadline: nothing more to reach */
	if (deadline != GOALS_DATE_NONE && deadline < today &&
	    target_met(in, today)) {
		say(c, GOALS_PASS, "met", "the target is already met", NULL);
		return;
	}
	/* pace from progress */
	if (pace_compute(&p, in, today, deadline) == 0 && p.known &&
	    (p.has_deadline || p.met || p.kind == PACE_HABIT)) {
		if (p.met) {
			say(c, GOALS_PASS, "met", "the target is already met",
			    NULL);
			return;
		}
		if (p.kind == PACE_HABIT) {
			if (p.periods_met * 2 < p.periods) {
				habit_behind(c, f, &p);
				return;
			}
		} else if (p.ratio > 1.5) {
			if (p.new_deadline != GOALS_DATE_NONE) {
				goals_date_format(d, p.new_deadline);
				num_format(n1, sizeof(n1), p.new_target);
				say(c, GOALS_FAIL, "behind-pace",
				    "the pace needed is more than 1.5 times the "
				    "pace so far",
				    "at your pace: --by %s, or keep the date "
				    "and --target %s",
				    d, n1);
			} else {
				num_format(n1, sizeof(n1), p.new_target);
				say(c, GOALS_FAIL, "behind-pace",
				    "no progress so far towards the target",
				    "log progress, or lower --target to %s",
				    n1);
			}
			return;
		}
	}
	if (rate >= 1) {
		say(c, GOALS_WARN, "fast-rate",
		    "losing 1-2 kg a week is at the edge of what is safe",
		    "give it more weeks");
		return;
	}
	if ((f->set & GOALS_F_BASELINE) && (f->set & GOALS_F_TARGET) &&
	    f->baseline > 0 && f->target > 0 && deadline != GOALS_DATE_NONE) {
		double ratio = f->target / f->baseline;
		if (ratio < 1)
			ratio = 1 / ratio;
		if (ratio >= 2 && (long)deadline - (long)today <= 56) {
			say(c, GOALS_WARN, "big-jump",
			    "the target is twice the baseline within 8 weeks",
			    "check it is realistic, or give it more time");
			return;
		}
	}
	if (sr_has_word(r, 0, r->main_end, judged)) {
		say(c, GOALS_WARN, "others-judge",
		    "others judge this outcome, though your work drives it",
		    "add a step that is all yours, such as 'apply to 5 jobs "
		    "a week'");
		return;
	}
	if (f->set & GOALS_F_CONFIDENCE) {
		if (f->confidence <= 6)
			say(c, GOALS_WARN, "low-confidence",
			    "your confidence is 5 or 6 out of 10",
			    "make the step a little smaller, until you would "
			    "rate it 7 or more");
		else
			say(c, GOALS_PASS, "confident",
			    "you are confident you can do it", NULL);
		return;
	}
	if (p.known && in->count > 0 && (p.has_deadline || p.kind == PACE_HABIT)) {
		say(c, GOALS_PASS, "on-pace", "your pace so far is enough",
		    NULL);
		return;
	}
	say(c, GOALS_WARN, "no-evidence",
	    "nothing yet says whether it is within reach",
	    "add --confidence 0-10: how sure are you that you can do it?");
}

static void judge_relevant(goals_criterion *c, const struct reading *r,
			   const goals_fields *f)
{
	struct toks why = {NULL, 0, NULL};
	int duty = 0;
	if (f->set & GOALS_F_PARENT) {
		say(c, GOALS_PASS, "parent",
		    "it serves a longer-term goal", NULL);
		return;
	}
	if ((f->set & GOALS_F_WHY) && f->why) {
		if (toks_make(&why, f->why) == GOALS_OK) {
			duty = sr_obligation_only(&why, 0);
			toks_free(&why);
		}
		if (duty)
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want",
			    "say what it will change for you: --why 'so I "
			    "can ...'");
		else
			say(c, GOALS_PASS, "why", "you said why it matters",
			    NULL);
		return;
	}
	if (r->has_reason) {
		if (sr_obligation_only(&r->t, r->main_end))
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want",
			    "say what it will change for you: --why 'so I "
			    "can ...'");
		else
			say(c, GOALS_PASS, "reason-in-text",
			    "the goal says why it matters", NULL);
		return;
	}
	if (f->set & GOALS_F_AREA) {
		say(c, GOALS_WARN, "area-only",
		    "an area is set, but not why this goal matters",
		    "add --why 'what it will change for you'");
		return;
	}
	say(c, GOALS_FAIL, "no-reason", "nothing says why it matters to you",
	    "add --why 'what it will change for you', or --parent ID of the "
	    "longer-term goal it serves");
}

/* Time-bound ----------------------------------------------------------- */

static void judge_time(goals_criterion *c, const struct reading *r,
		       const goals_fields *f, goals_date today,
		       goals_date deadline, int from_text, int met)
{
	char d[GOALS_DATE_BUFSZ], s[GOALS_DATE_BUFSZ];
	goals_date five_years, suggest;
	int y, m, dd;
	goals_date_to_ymd(today, &y, &m, &dd);
	if (goals_date_from_ymd(&five_years, y + 5, m,
				m == 2 && dd == 29 ? 28 : dd))
		five_years = today + 5 * 365 + 1;
	suggest = today + 56;
	goals_date_format(s, suggest);
	if (deadline == GOALS_DATE_NONE) {
		if ((f->set & GOALS_F_REVIEW) && f->review.n > 0) {
			say(c, GOALS_PASS, "review",
			    "it has a review cadence", NULL);
			return;
		}
		if (r->when.vague) {
			say(c, GOALS_FAIL, "vague-time",
			    "'soon' or 'one day' is no date",
			    "add --by %s (or another date), or --review 2w", s);
			return;
		}
		if (sr_has_frequency(r, 0, r->main_end) || (f->set & GOALS_F_EVERY)) {
			say(c, GOALS_FAIL, "frequency-only",
			    "how often is said, but not until when",
			    "add --by %s, or --review 2w to look at it again",
			    s);
			return;
		}
		if (r->when.start_only || (f->set & GOALS_F_START)) {
			say(c, GOALS_FAIL, "start-only",
			    "a start is given, but no end",
			    "add --by %s, or --review 2w", s);
			return;
		}
		say(c, GOALS_FAIL, "no-deadline", "there is no deadline",
		    "add --by %s (or another date), or --review 2w", s);
		return;
	}
	goals_date_format(d, deadline);
	if (deadline < today && met) {
		say(c, GOALS_PASS, "met",
		    "the target is met, and the deadline has passed",
		    "close it as achieved");
		return;
	}
	if (deadline < today) {
		say(c, GOALS_FAIL, "past",
		    "the deadline has passed",
		    "set a new date with --by %s, or close the goal", s);
		return;
	}
	if (deadline > five_years) {
		say(c, GOALS_FAIL, "too-far",
		    "the deadline is more than 5 years away",
		    "set a nearer milestone: a step within a year, with "
		    "--parent pointing here");
		return;
	}
	if (from_text && r->when.ambiguous) {
		say(c, GOALS_WARN, "ambiguous-date",
		    "the date in the text could be read two ways",
		    "give it as --by YYYY-MM-DD");
		return;
	}
	if (from_text && r->when.season_no_year) {
		say(c, GOALS_WARN, "season",
		    "a season with no year is a loose deadline",
		    "give a date: --by %s", d);
		return;
	}
	if (!from_text && r->when.found && r->when.date != deadline) {
		goals_date_format(s, r->when.date);
		say(c, GOALS_WARN, "deadline-differs", "",
		    "make them agree: change the words, or set --by %s", s);
		snprintf(c->reason, sizeof(c->reason),
			 "the text says %s, but the deadline is %s", s, d);
		return;
	}
	if (deadline - today > 366 && !(f->set & GOALS_F_REVIEW)) {
		say(c, GOALS_WARN, "far",
		    "more than a year away, with no milestone on the way",
		    "add --review 1m, or a nearer step with --parent");
		return;
	}
	if (from_text) {
		say(c, GOALS_PASS, "deadline-in-text", "", NULL);
		snprintf(c->reason, sizeof(c->reason),
			 "the text gives the deadline, %s", d);
	} else
		say(c, GOALS_PASS, "deadline", "it has a deadline", NULL);
}

/* 1 when a total or level goal has reached its target, whatever its
 * deadline. */
static int target_met(const goals_smart_input *in, goals_date today)
{
	struct pace p;
	return in->f->kind != GOALS_KIND_HABIT &&
	       pace_compute(&p, in, today, GOALS_DATE_NONE) == 0 && p.met;
}

/* Public ----------------------------------------------------------------- */

goals_date goals_smart_recent_from(const goals_fields *f, goals_date today)
{
	return pace_recent_from(f, today);
}

int goals_smart_check(goals_smart *out, const goals_smart_input *in,
		      goals_time now)
{
	struct reading r;
	goals_date today, start, deadline;
	int from_text = 0, rc;
	if (!out || !in || !in->f || !(in->f->set & GOALS_F_TEXT) ||
	    !in->f->text)
		return goals_error(GOALS_EINVAL, "no goal to check");
	memset(out, 0, sizeof(*out));
	today = goals_local_date(now);
	start = (in->f->set & GOALS_F_START) ? in->f->start : in->created;
	/* the words are read as of the day they were written: "by Friday"
	 * is the Friday after that day, whenever the check runs */
	if ((rc = sr_read_text(&r, in->f->text,
			       in->revised ? goals_local_date(in->revised)
					   : today,
			       start)))
		return rc;
	deadline = (in->f->set & GOALS_F_DEADLINE) ? in->f->deadline
						   : GOALS_DATE_NONE;
	from_text = deadline != GOALS_DATE_NONE && in->f->deadline_from_text;
	if (deadline == GOALS_DATE_NONE && !in->revised && r.when.found) {
		/* not stored yet: what the store will keep as its deadline */
		deadline = r.when.date;
		from_text = 1;
	}
	out->deadline = deadline;
	out->deadline_from_text = from_text;
	judge_specific(&out->c[GOALS_SPECIFIC], &r);
	judge_measurable(&out->c[GOALS_MEASURABLE], &r, in->f);
	judge_achievable(&out->c[GOALS_ACHIEVABLE], &r, in, today, deadline);
	judge_relevant(&out->c[GOALS_RELEVANT], &r, in->f);
	judge_time(&out->c[GOALS_TIME_BOUND], &r, in->f, today, deadline,
		   from_text, target_met(in, today));
	toks_free(&r.t);
	return GOALS_OK;
}

const char *goals_letter_name(goals_letter l)
{
	static const char *const names[] = {"specific", "measurable",
					    "achievable", "relevant",
					    "time_bound"};
	return (unsigned)l < GOALS_LETTERS ? names[l] : NULL;
}

const char *goals_verdict_name(goals_verdict v)
{
	static const char *const names[] = {"pass", "warn", "fail"};
	return (unsigned)v <= GOALS_FAIL ? names[v] : NULL;
}
