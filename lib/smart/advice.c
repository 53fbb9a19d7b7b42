/*
 * smart/advice.c - the advice stage of the SMART engine (see engine.h):
 * suggestions as data, and the advice that fits what the goal is.  The
 * caller (the goals binary) words them; nothing here names an option.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "advice.h"
#include "pace.h"

goals_suggestion *advise(goals_criterion *c, goals_advice a, goals_action act)
{
	goals_suggestion *s;
	if (c->n_advice >= GOALS_ADVICE_MAX)
		return NULL;
	s = &c->advice[c->n_advice++];
	memset(s, 0, sizeof(*s));
	s->advice = a;
	s->action = act;
	return s;
}

void advise_set(goals_suggestion *s, unsigned field, const char *fmt, ...)
{
	goals_setting *set;
	va_list ap;
	if (!s || s->n_set >= GOALS_SETTINGS_MAX)
		return;
	set = &s->set[s->n_set++];
	set->field = field;
	set->value[0] = '\0';
	if (fmt) {
		va_start(ap, fmt);
		vsnprintf(set->value, sizeof(set->value), fmt, ap);
		va_end(ap);
	}
}

void advise_quote_head(goals_criterion *c, const struct reading *r)
{
	sr_head_phrase(c->quote, sizeof(c->quote), r);
}

goals_date advise_deadline_day(const goals_fields *f, goals_date today)
{
	goals_date from = today;
	if ((f->set & GOALS_F_START) && f->start > from)
		from = f->start;
	return from + 56;
}

/* Set a number as people read it ("12", "2.5"). */
static void set_number(goals_suggestion *s, unsigned field, double v)
{
	char n[GOALS_SETTING_MAX];
	num_format(n, sizeof(n), v);
	advise_set(s, field, "%s", n);
}

static const char *every_word(goals_every e)
{
	return e == GOALS_EVERY_DAY    ? "day"
	       : e == GOALS_EVERY_WEEK ? "week"
				       : "month";
}

void advise_record_quantity(goals_criterion *c, const struct reading *r,
			    const goals_fields *f)
{
	struct record q;
	goals_suggestion *s;
	if (!sr_record(&q, r) || !(q.target > 0))
		return;
	if (q.every != GOALS_EVERY_NONE) {
		s = advise(c, GOALS_ADVICE_RECORD_HABIT, GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_KIND, "habit");
		set_number(s, GOALS_F_TARGET, q.target);
		advise_set(s, GOALS_F_EVERY, "%s", every_word(q.every));
		return;
	}
	s = advise(c, GOALS_ADVICE_RECORD_QUANTITY, GOALS_ACT_REFINE);
	advise_set(s, GOALS_F_KIND, "%s",
		   q.kind == GOALS_KIND_LEVEL ? "level" : "total");
	if (q.has_baseline && !(f->set & GOALS_F_BASELINE))
		set_number(s, GOALS_F_BASELINE, q.baseline);
	set_number(s, GOALS_F_TARGET, q.target);
	if (q.unit[0] && !(f->set & GOALS_F_UNIT) && s &&
	    s->n_set < GOALS_SETTINGS_MAX)
		advise_set(s, GOALS_F_UNIT, "%s", q.unit);
}

void advise_record_habit(goals_criterion *c, const struct reading *r,
			 const goals_fields *f)
{
	goals_every every;
	double times;
	goals_suggestion *s;
	(void)f;
	if (!sr_record_frequency(r, &times, &every) || !(times > 0))
		return;
	s = advise(c, GOALS_ADVICE_RECORD_HABIT, GOALS_ACT_REFINE);
	advise_set(s, GOALS_F_KIND, "habit");
	set_number(s, GOALS_F_TARGET, times);
	advise_set(s, GOALS_F_EVERY, "%s", every_word(every));
}

void advise_measure(goals_criterion *c, const struct reading *r,
		    const goals_fields *f, goals_date today)
{
	goals_suggestion *s;
	char d[GOALS_DATE_BUFSZ];
	int feeling = sr_feeling(r);
	if (feeling) {
		s = advise(c,
			   feeling > 0 ? GOALS_ADVICE_RATE_FEELING
				       : GOALS_ADVICE_RATE_DISTRESS,
			   GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_KIND, "level");
		advise_set(s, GOALS_F_TARGET, "%d", feeling > 0 ? 7 : 3);
		advise(c, GOALS_ADVICE_NAME_THE_ACT, GOALS_ACT_REWORD);
		return;
	}
	if (sr_about_someone(r)) {
		s = advise(c, GOALS_ADVICE_ACT_A_WEEK, GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_KIND, "habit");
		advise_set(s, GOALS_F_TARGET, "1");
		advise_set(s, GOALS_F_EVERY, "week");
		return;
	}
	if (sr_skill(r)) {
		s = advise(c, GOALS_ADVICE_SESSIONS, GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_KIND, "habit");
		advise_set(s, GOALS_F_TARGET, "3");
		advise_set(s, GOALS_F_EVERY, "week");
		advise(c, GOALS_ADVICE_MILESTONE, GOALS_ACT_REWORD);
		return;
	}
	if (sr_money(r)) {
		s = advise(c, GOALS_ADVICE_AMOUNT_BY_DATE, GOALS_ACT_REFINE);
		advise_set(s, GOALS_F_KIND, "total");
		advise_set(s, GOALS_F_TARGET, NULL);
		if (!(f->set & GOALS_F_DEADLINE)) {
			goals_date_format(d, advise_deadline_day(f, today));
			advise_set(s, GOALS_F_DEADLINE, "%s", d);
		}
		return;
	}
	advise(c, GOALS_ADVICE_COUNT_OR_STEP, GOALS_ACT_REWORD);
}

const char *goals_advice_name(goals_advice a)
{
	static const char *const names[GOALS_ADVICE_COUNT] = {
		[GOALS_ADVICE_NONE] = "none",
		[GOALS_ADVICE_NAME_ACTION] = "name-action",
		[GOALS_ADVICE_ACT_FOR_INSIGHT] = "act-for-insight",
		[GOALS_ADVICE_ACT_WHEN_IT_STARTS] = "act-when-it-starts",
		[GOALS_ADVICE_STATE_AS_ACT] = "state-as-act",
		[GOALS_ADVICE_STEPS_UNDER] = "steps-under",
		[GOALS_ADVICE_NAME_THE_THING] = "name-the-thing",
		[GOALS_ADVICE_WHO_OR_WHAT] = "who-or-what",
		[GOALS_ADVICE_ACTION_HOW_OFTEN] = "action-how-often",
		[GOALS_ADVICE_ACTION_FOR_STATE] = "action-for-state",
		[GOALS_ADVICE_HOW_MUCH] = "how-much",
		[GOALS_ADVICE_WHAT_IT_MEANS] = "what-it-means",
		[GOALS_ADVICE_DROP_TRY] = "drop-try",
		[GOALS_ADVICE_RECORD_QUANTITY] = "record-quantity",
		[GOALS_ADVICE_RECORD_HABIT] = "record-habit",
		[GOALS_ADVICE_SET_TARGET] = "set-target",
		[GOALS_ADVICE_RATE_FEELING] = "rate-feeling",
		[GOALS_ADVICE_RATE_DISTRESS] = "rate-distress",
		[GOALS_ADVICE_NAME_THE_ACT] = "name-the-act",
		[GOALS_ADVICE_SESSIONS] = "sessions",
		[GOALS_ADVICE_MILESTONE] = "milestone",
		[GOALS_ADVICE_AMOUNT_BY_DATE] = "amount-by-date",
		[GOALS_ADVICE_ACT_A_WEEK] = "act-a-week",
		[GOALS_ADVICE_COUNT_OR_STEP] = "count-or-step",
		[GOALS_ADVICE_REACHABLE] = "reachable",
		[GOALS_ADVICE_FIRST_PERIOD] = "first-period",
		[GOALS_ADVICE_OWN_PART] = "own-part",
		[GOALS_ADVICE_SMALLER_STEP] = "smaller-step",
		[GOALS_ADVICE_FEWER_HOURS] = "fewer-hours",
		[GOALS_ADVICE_SAFE_RATE] = "safe-rate",
		[GOALS_ADVICE_FIRST_STEP] = "first-step",
		[GOALS_ADVICE_MORE_TIME] = "more-time",
		[GOALS_ADVICE_PACE_DEADLINE] = "pace-deadline",
		[GOALS_ADVICE_PACE_TARGET] = "pace-target",
		[GOALS_ADVICE_LOG_PROGRESS] = "log-progress",
		[GOALS_ADVICE_LOWER_TARGET] = "lower-target",
		[GOALS_ADVICE_HABIT_LOWER] = "habit-lower",
		[GOALS_ADVICE_HABIT_LONGER] = "habit-longer",
		[GOALS_ADVICE_HABIT_SMALLER] = "habit-smaller",
		[GOALS_ADVICE_OWN_STEP] = "own-step",
		[GOALS_ADVICE_RATE_CONFIDENCE] = "rate-confidence",
		[GOALS_ADVICE_WHY] = "why",
		[GOALS_ADVICE_OWN_WHY] = "own-why",
		[GOALS_ADVICE_SERVES] = "serves",
		[GOALS_ADVICE_DEADLINE] = "deadline",
		[GOALS_ADVICE_REVIEW] = "review",
		[GOALS_ADVICE_CLOSE] = "close",
		[GOALS_ADVICE_LET_GO] = "let-go",
		[GOALS_ADVICE_NEARER_STEP] = "nearer-step",
		[GOALS_ADVICE_EXACT_DATE] = "exact-date",
		[GOALS_ADVICE_AGREE] = "agree",
	};
	return (unsigned)a < GOALS_ADVICE_COUNT ? names[a] : NULL;
}

const char *goals_action_name(goals_action a)
{
	static const char *const names[] = {"reword", "refine", "step",
					    "close", "log"};
	return (unsigned)a <= GOALS_ACT_LOG ? names[a] : NULL;
}
