/*
 * smart/verdicts.c - the verdicts and advice stages of the SMART engine
 * (see engine.h): one verdict, reason code, reason and suggestion per
 * letter, from a goal's fields, the reading of its words and its
 * progress.  Pure: no I/O, no clock.  The rules and their sources are in
 * goals-check(1).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "goals/smart.h"
#include "pace.h"
#include "advice.h"
#include "engine.h"

/* Verdicts ----------------------------------------------------------- */

/* Set a criterion's verdict, code and reason; no advice yet. */
static void say(goals_criterion *c, goals_verdict v, const char *code,
		const char *reason)
{
	c->verdict = v;
	c->code = code;
	snprintf(c->reason, sizeof(c->reason), "%s", reason);
	c->n_advice = 0;
	c->quote[0] = '\0';
}

/* Set a criterion whose advice is to reword the goal (a), about its
 * head phrase. */
static void say_reword(goals_criterion *c, goals_verdict v, const char *code,
		       const char *reason, goals_advice a,
		       const struct reading *r)
{
	say(c, v, code, reason);
	advise(c, a, GOALS_ACT_REWORD);
	if (r)
		advise_quote_head(c, r);
}

static void judge_specific(goals_criterion *c, const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, o;
	int counted = sr_has_quantity(r, 0, r->main_end) ||
		      sr_has_frequency(r, 0, r->main_end);

	if (h >= t->n) {
		say_reword(c, GOALS_FAIL, "no-behaviour",
			   "the goal names no action to take",
			   GOALS_ADVICE_NAME_ACTION, NULL);
		return;
	}
	o = sr_object_after(r, h);
	if (tok_in(t, h, insight_verbs) ||
	    ((tok_is(t, h, "find") || tok_is(t, h, "work")) &&
	     tok_is(t, h + 1, "out"))) {
		say_reword(c, GOALS_FAIL, "insight",
			   "understanding is not something you can do or count",
			   GOALS_ADVICE_ACT_FOR_INSIGHT, NULL);
		return;
	}
	if (sr_absence(r)) {
		say_reword(c, GOALS_FAIL, "absence",
			   "the goal is the absence of a feeling or thought, "
			   "which no one can do",
			   GOALS_ADVICE_ACT_WHEN_IT_STARTS, r);
		return;
	}
	if (sr_giving_up(r)) {
		say(c, GOALS_PASS, "behaviour",
		    "giving up a behaviour is a concrete action");
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
		say_reword(c, counted ? GOALS_WARN : GOALS_FAIL, "state-only",
			   counted ? "the goal is worded as a state; the "
				     "behaviour behind it is not named"
				   : "the goal is a feeling or state, with no "
				     "behaviour in it",
			   GOALS_ADVICE_STATE_AS_ACT, r);
		return;
	}
	if (tok_is(t, h, "have") && (o >= t->n || !tok_in(t, o, event_nouns)) &&
	    !counted) {
		say(c, GOALS_FAIL, "state-only",
		    "the goal is a state to have, with no behaviour in it");
		advise(c, GOALS_ADVICE_STEPS_UNDER, GOALS_ACT_STEP);
		advise_quote_head(c, r);
		return;
	}
	if (tok_in(t, h, generic_verbs) && o < t->n &&
	    tok_in(t, o, generic_objects) && !tok_is(t, o, "myself") &&
	    !sr_others_outcome(r)) {
		say_reword(c, GOALS_FAIL, "generic-object",
			   "a general verb with a general object says nothing "
			   "particular",
			   GOALS_ADVICE_NAME_THE_THING, r);
		return;
	}
	if (tok_in(t, h, vague_verbs) && !counted &&
	    !(o < t->n && tok_in(t, o, vague_ok_objects)) &&
	    !tok_in(t, h, milestone_verbs)) {
		say_reword(c, GOALS_FAIL, "vague-verb",
			   "a vague verb with no concrete behaviour",
			   GOALS_ADVICE_ACTION_HOW_OFTEN, r);
		return;
	}
	if ((tok_in(t, h, vague_verbs) || tok_in(t, h, milestone_verbs)) &&
	    !counted && o < t->n && tok_in(t, o, state_nouns)) {
		say_reword(c, GOALS_FAIL, "vague-verb",
			   "a vague verb with no concrete behaviour",
			   GOALS_ADVICE_ACTION_FOR_STATE, r);
		return;
	}
	if ((sr_has_word(r, 0, r->main_end, comparatives) ||
	     sr_directional(r)) &&
	    !sr_has_quantity(r, 0, r->main_end)) {
		size_t k = sr_comparative_outcome(r);
		say(c, GOALS_FAIL, "comparative",
		    "'more', 'less' or 'better' with no number says no "
		    "amount");
		if (k < t->n) {
			/* "a better job": what "better" would mean */
			advise(c, GOALS_ADVICE_WHAT_IT_MEANS, GOALS_ACT_REWORD);
			tok_quote(c->quote, sizeof(c->quote), t, k, k + 2, 0);
		} else {
			advise(c, GOALS_ADVICE_HOW_MUCH, GOALS_ACT_REWORD);
			advise_quote_head(c, r);
		}
		return;
	}
	if (o < t->n && tok_in(t, o, generic_objects) &&
	    !tok_is(t, o, "myself") && !counted && !sr_others_outcome(r)) {
		say_reword(c, GOALS_FAIL, "generic-object",
			   "the goal acts on no one and nothing in particular",
			   GOALS_ADVICE_WHO_OR_WHAT, r);
		return;
	}
	if (r->try_to) {
		say(c, GOALS_WARN, "try", "'try to' leaves room to not do it");
		advise(c, GOALS_ADVICE_DROP_TRY, GOALS_ACT_REWORD);
		return;
	}
	say(c, GOALS_PASS, "behaviour", "the goal names a concrete action");
}

static void judge_measurable(goals_criterion *c, const struct reading *r,
			     const goals_fields *f, goals_date today)
{
	goals_suggestion *s;
	if (f->set & GOALS_F_TARGET) {
		say(c, GOALS_PASS, "target", "a target is set");
		return;
	}
	if (sr_has_quantity(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "quantity", "the goal states a number");
		advise_record_quantity(c, r, f);
		return;
	}
	if (sr_has_frequency(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "frequency", "the goal says how often");
		advise_record_habit(c, r, f);
		return;
	}
	if (f->kind == GOALS_KIND_DONE && sr_milestone(r)) {
		say(c, GOALS_PASS, "milestone",
		    "a one-off step: done or not done");
		return;
	}
	if (f->set & (GOALS_F_METRIC | GOALS_F_UNIT)) {
		say(c, GOALS_WARN, "no-target",
		    "what to measure is named, but no target");
		s = advise(c, GOALS_ADVICE_SET_TARGET, GOALS_ACT_REFINE);
		if (f->kind == GOALS_KIND_DONE)
			advise_set(s, GOALS_F_KIND, "total");
		advise_set(s, GOALS_F_TARGET, NULL);
		return;
	}
	say(c, GOALS_FAIL, "no-measure", "nothing to count or check off");
	advise_measure(c, r, f, today);
}

static int target_met(const goals_smart_input *in, goals_date today);

/* A habit met in under half of its last periods: a lower target, or,
 * for one time a period, a longer period with what was managed. */
static void habit_behind(goals_criterion *c, const goals_fields *f,
			 const struct pace *p)
{
	goals_suggestion *s;
	char n[GOALS_SETTING_MAX];
	double per;
	say(c, GOALS_FAIL, "habit-behind",
	    "the habit was met in fewer than half of the last complete "
	    "periods");
	if (f->target > 1) {
		per = floor(p->average + 0.5); /* 1.5 a week: 2 */
		num_format(n, sizeof(n), per < 1 ? 1 : per);
		s = advise(c, GOALS_ADVICE_HABIT_LOWER, GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_TARGET, "%s", n);
		advise(c, GOALS_ADVICE_HABIT_SMALLER, GOALS_ACT_REWORD);
		return;
	}
	if (f->every == GOALS_EVERY_MONTH) {
		advise(c, GOALS_ADVICE_HABIT_SMALLER, GOALS_ACT_REWORD);
		return;
	}
	/* once a day or a week: the same number over a longer period */
	per = floor(p->average * (f->every == GOALS_EVERY_DAY ? 7 : 4));
	if (per < 1)
		per = 1;
	num_format(n, sizeof(n), per);
	s = advise(c, GOALS_ADVICE_HABIT_LONGER, GOALS_ACT_REFINE);
	advise_set(s, GOALS_F_EVERY, "%s",
		   f->every == GOALS_EVERY_DAY ? "week" : "month");
	advise_set(s, GOALS_F_TARGET, "%s", n);
}

/* Propose deadline d as a refinement coded a. */
static void advise_by(goals_criterion *c, goals_advice a, goals_date d)
{
	char buf[GOALS_DATE_BUFSZ];
	goals_date_format(buf, d);
	advise_set(advise(c, a, GOALS_ACT_REFINE), GOALS_F_DEADLINE, "%s",
		   buf);
}

/* Propose target v as a refinement coded a. */
static void advise_target(goals_criterion *c, goals_advice a, double v)
{
	char n[GOALS_SETTING_MAX];
	num_format(n, sizeof(n), v);
	advise_set(advise(c, a, GOALS_ACT_REFINE), GOALS_F_TARGET, "%s", n);
}

static void judge_achievable(goals_criterion *c, const struct reading *r,
			     const goals_smart_input *in, goals_date today,
			     goals_date deadline)
{
	const goals_fields *f = in->f;
	struct pace p;
	double kg, weeks, hours, rate = 0;

	if (sr_absolutist(r, c->quote, sizeof(c->quote))) {
		char word[GOALS_QUOTE_MAX];
		memcpy(word, c->quote, sizeof(word));
		say(c, GOALS_FAIL, "absolutist",
		    "an all-or-nothing target is bound to fail");
		advise(c, GOALS_ADVICE_REACHABLE, GOALS_ACT_REWORD);
		memcpy(c->quote, word, sizeof(word));
		return;
	}
	if (sr_others_outcome(r)) {
		say(c, GOALS_FAIL, "others-decide",
		    "the outcome is someone else's to decide");
		advise(c, GOALS_ADVICE_OWN_PART, GOALS_ACT_REWORD);
		return;
	}
	if ((f->set & GOALS_F_CONFIDENCE) && f->confidence <= 4) {
		say(c, GOALS_FAIL, "low-confidence",
		    "you rated your confidence 4 or less out of 10");
		advise(c, GOALS_ADVICE_SMALLER_STEP, GOALS_ACT_REWORD);
		return;
	}
	if ((hours = sr_hours_a_day(r)) > 16) {
		say(c, GOALS_FAIL, "impossible-amount",
		    "more than 16 hours a day of one thing leaves no time to "
		    "sleep");
		advise(c, GOALS_ADVICE_FEWER_HOURS, GOALS_ACT_REWORD);
		return;
	}
	kg = sr_weight_loss(r, f, &rate);
	if (kg > 0 && !rate && deadline != GOALS_DATE_NONE && deadline > today) {
		weeks = (double)(deadline - today) / 7.0;
		rate = kg / (weeks < 1 ? 1 : weeks);
	}
	if (rate > 2) {
		say(c, GOALS_FAIL, "unsafe-rate",
		    "losing more than 2 kg a week is not safe");
		/* a rate said outright, or a weight that takes a lifetime at
		 * 1 kg a week (a date past the calendar), gets no date */
		if (rate == kg || !(kg * 7 < 365.0 * 100))
			advise(c, GOALS_ADVICE_SAFE_RATE, GOALS_ACT_REWORD);
		else
			advise_by(c, GOALS_ADVICE_SAFE_RATE,
				  today + (goals_date)ceil(kg * 7));
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
			say(c, GOALS_FAIL, "big-jump",
			    "the target is 4 times the baseline or more, "
			    "within 4 weeks");
			advise_target(c, GOALS_ADVICE_FIRST_STEP,
				      f->target > f->baseline
					      ? f->baseline * 2
					      : f->baseline / 2);
			advise_by(c, GOALS_ADVICE_MORE_TIME, today + 57);
			return;
		}
	}
	/* met, even past the deadline: nothing more to reach */
	if (deadline != GOALS_DATE_NONE && deadline < today &&
	    target_met(in, today)) {
		say(c, GOALS_PASS, "met", "the target is already met");
		return;
	}
	/* pace from progress */
	if (pace_compute(&p, in, today, deadline) == 0 && p.known &&
	    (p.has_deadline || p.met || p.kind == PACE_HABIT)) {
		if (p.met) {
			say(c, GOALS_PASS, "met", "the target is already met");
			return;
		}
		if (p.kind == PACE_HABIT) {
			if (p.periods_met * 2 < p.periods) {
				habit_behind(c, f, &p);
				return;
			}
		} else if (p.ratio > 1.5) {
			if (p.new_deadline != GOALS_DATE_NONE) {
				say(c, GOALS_FAIL, "behind-pace",
				    "the pace needed is more than 1.5 times the "
				    "pace so far");
				advise_by(c, GOALS_ADVICE_PACE_DEADLINE,
					  p.new_deadline);
				advise_target(c, GOALS_ADVICE_PACE_TARGET,
					      p.new_target);
			} else {
				say(c, GOALS_FAIL, "behind-pace",
				    "no progress so far towards the target");
				advise(c, GOALS_ADVICE_LOG_PROGRESS,
				       GOALS_ACT_LOG);
				advise_target(c, GOALS_ADVICE_LOWER_TARGET,
					      p.new_target);
			}
			return;
		}
	}
	if (rate >= 1) {
		say(c, GOALS_WARN, "fast-rate",
		    "losing 1-2 kg a week is at the edge of what is safe");
		/* 0.8 kg a week */
		if (kg * 7 < 365.0 * 100)
			advise_by(c, GOALS_ADVICE_MORE_TIME,
				  today + (goals_date)ceil(kg * 7 / 0.8));
		return;
	}
	if ((f->set & GOALS_F_BASELINE) && (f->set & GOALS_F_TARGET) &&
	    f->baseline > 0 && f->target > 0 && deadline != GOALS_DATE_NONE) {
		double ratio = f->target / f->baseline;
		if (ratio < 1)
			ratio = 1 / ratio;
		if (ratio >= 2 && (long)deadline - (long)today <= 56) {
			say(c, GOALS_WARN, "big-jump",
			    "the target is twice the baseline within 8 weeks");
			advise_by(c, GOALS_ADVICE_MORE_TIME, today + 57);
			return;
		}
	}
	if (sr_has_word(r, 0, r->main_end, judged)) {
		say(c, GOALS_WARN, "others-judge",
		    "others judge this outcome, though your work drives it");
		advise(c, GOALS_ADVICE_OWN_STEP, GOALS_ACT_STEP);
		return;
	}
	if (f->set & GOALS_F_CONFIDENCE) {
		if (f->confidence <= 6) {
			say(c, GOALS_WARN, "low-confidence",
			    "your confidence is 5 or 6 out of 10");
			advise(c, GOALS_ADVICE_SMALLER_STEP, GOALS_ACT_REWORD);
		} else
			say(c, GOALS_PASS, "confident",
			    "you are confident you can do it");
		return;
	}
	if (p.known && in->count > 0 && (p.has_deadline || p.kind == PACE_HABIT)) {
		say(c, GOALS_PASS, "on-pace", "your pace so far is enough");
		return;
	}
	say(c, GOALS_WARN, "no-evidence",
	    "nothing yet says whether it is within reach");
	advise_set(advise(c, GOALS_ADVICE_RATE_CONFIDENCE, GOALS_ACT_REFINE),
		   GOALS_F_CONFIDENCE, NULL);
}

/* Ask for a reason: a why of one's own (a), or the goal it serves. */
static void advise_reason(goals_criterion *c, goals_advice a, int parent)
{
	advise_set(advise(c, a, GOALS_ACT_REFINE), GOALS_F_WHY, NULL);
	if (parent)
		advise_set(advise(c, GOALS_ADVICE_SERVES, GOALS_ACT_REFINE),
			   GOALS_F_PARENT, NULL);
}

static void judge_relevant(goals_criterion *c, const struct reading *r,
			   const goals_fields *f)
{
	struct toks why = {NULL, 0, NULL};
	int duty = 0;
	if (f->set & GOALS_F_PARENT) {
		say(c, GOALS_PASS, "parent", "it serves a longer-term goal");
		return;
	}
	if ((f->set & GOALS_F_WHY) && f->why) {
		if (toks_make(&why, f->why) == GOALS_OK) {
			duty = sr_obligation_only(&why, 0);
			toks_free(&why);
		}
		if (duty) {
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want");
			advise_reason(c, GOALS_ADVICE_OWN_WHY, 0);
		} else
			say(c, GOALS_PASS, "why", "you said why it matters");
		return;
	}
	if (r->has_reason) {
		if (sr_obligation_only(&r->t, r->main_end)) {
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want");
			advise_reason(c, GOALS_ADVICE_OWN_WHY, 0);
		} else
			say(c, GOALS_PASS, "reason-in-text",
			    "the goal says why it matters");
		return;
	}
	if (f->set & GOALS_F_AREA) {
		say(c, GOALS_WARN, "area-only",
		    "an area is set, but not why this goal matters");
		advise_reason(c, GOALS_ADVICE_WHY, 0);
		return;
	}
	say(c, GOALS_FAIL, "no-reason", "nothing says why it matters to you");
	advise_reason(c, GOALS_ADVICE_WHY, 1);
}

/* Time-bound ----------------------------------------------------------- */

/* Propose a deadline 8 weeks away (d), or a review cadence. */
static void advise_deadline(goals_criterion *c, goals_date d)
{
	advise_by(c, GOALS_ADVICE_DEADLINE, d);
	advise_set(advise(c, GOALS_ADVICE_REVIEW, GOALS_ACT_REFINE),
		   GOALS_F_REVIEW, "2w");
}

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
	suggest = advise_deadline_day(f, today);
	if (deadline == GOALS_DATE_NONE) {
		if ((f->set & GOALS_F_REVIEW) && f->review.n > 0) {
			say(c, GOALS_PASS, "review",
			    "it has a review cadence");
			return;
		}
		if (r->when.vague)
			say(c, GOALS_FAIL, "vague-time",
			    "'soon' or 'one day' is no date");
		else if (sr_has_frequency(r, 0, r->main_end) ||
			 (f->set & GOALS_F_EVERY))
			say(c, GOALS_FAIL, "frequency-only",
			    "how often is said, but not until when");
		else if (r->when.start_only || (f->set & GOALS_F_START))
			say(c, GOALS_FAIL, "start-only",
			    "a start is given, but no end");
		else
			say(c, GOALS_FAIL, "no-deadline",
			    "there is no deadline");
		advise_deadline(c, suggest);
		return;
	}
	goals_date_format(d, deadline);
	if (deadline < today && met) {
		say(c, GOALS_PASS, "met",
		    "the target is met, and the deadline has passed");
		advise(c, GOALS_ADVICE_CLOSE, GOALS_ACT_CLOSE);
		return;
	}
	if (deadline < today) {
		say(c, GOALS_FAIL, "past", "the deadline has passed");
		advise_by(c, GOALS_ADVICE_DEADLINE, suggest);
		advise(c, GOALS_ADVICE_LET_GO, GOALS_ACT_CLOSE);
		return;
	}
	if (deadline > five_years) {
		say(c, GOALS_FAIL, "too-far",
		    "the deadline is more than 5 years away");
		advise(c, GOALS_ADVICE_NEARER_STEP, GOALS_ACT_STEP);
		return;
	}
	if (from_text && r->when.ambiguous) {
		say(c, GOALS_WARN, "ambiguous-date",
		    "the date in the text could be read two ways");
		advise_by(c, GOALS_ADVICE_EXACT_DATE, deadline);
		return;
	}
	if (from_text && r->when.season_no_year) {
		say(c, GOALS_WARN, "season",
		    "a season with no year is a loose deadline");
		advise_by(c, GOALS_ADVICE_EXACT_DATE, deadline);
		return;
	}
	if (!from_text && r->when.found && r->when.date != deadline) {
		goals_date_format(s, r->when.date);
		say(c, GOALS_WARN, "deadline-differs", "");
		snprintf(c->reason, sizeof(c->reason),
			 "the text says %s, but the deadline is %s", s, d);
		advise_by(c, GOALS_ADVICE_AGREE, r->when.date);
		return;
	}
	if (deadline - today > 366 && !(f->set & GOALS_F_REVIEW)) {
		say(c, GOALS_WARN, "far",
		    "more than a year away, with no milestone on the way");
		advise_set(advise(c, GOALS_ADVICE_REVIEW, GOALS_ACT_REFINE),
			   GOALS_F_REVIEW, "1m");
		advise(c, GOALS_ADVICE_NEARER_STEP, GOALS_ACT_STEP);
		return;
	}
	if (from_text) {
		say(c, GOALS_PASS, "deadline-in-text", "");
		snprintf(c->reason, sizeof(c->reason),
			 "the text gives the deadline, %s", d);
	} else
		say(c, GOALS_PASS, "deadline", "it has a deadline");
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
	judge_measurable(&out->c[GOALS_MEASURABLE], &r, in->f, today);
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
