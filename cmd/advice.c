/*
 * advice.c - wording the SMART engine's advice: the library gives each
 * suggestion as data (what it is for, what it does, fields and values);
 * here it becomes a line for people, with the options to give
 * ("--target 5").
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "advice.h"
#include "fields.h"

/* The sentence of each advice code: %q is the quote of the goal's
 * words, %s the options of its fields. */
static const char *const sentences[GOALS_ADVICE_COUNT] = {
	[GOALS_ADVICE_NAME_ACTION] =
		"start with what you will do: a verb and what it acts on, "
		"such as 'call Mum on Sundays'",
	[GOALS_ADVICE_ACT_FOR_INSIGHT] =
		"name an action that would bring the insight, such as 'write "
		"for 10 minutes after each argument about what set it off'",
	[GOALS_ADVICE_ACT_WHEN_IT_STARTS] =
		"instead of '%q', say what you will do when it starts, such "
		"as 'when I notice the worry, write it down and take a "
		"10-minute walk'",
	[GOALS_ADVICE_STATE_AS_ACT] =
		"turn '%q' into something you will do and can count, such as "
		"'when X happens, I will Y, 3 times a week'",
	[GOALS_ADVICE_STEPS_UNDER] =
		"keep '%q' as a long-term goal and add steps under it with "
		"--parent, each a behaviour such as 'view 3 flats by a date'",
	[GOALS_ADVICE_NAME_THE_THING] =
		"name the thing itself: not '%q' but, say, 'cook a new "
		"recipe' or 'visit a museum'",
	[GOALS_ADVICE_WHO_OR_WHAT] =
		"say who or what, and how many: '%q' could be 'meet two "
		"people from the running club'",
	[GOALS_ADVICE_ACTION_HOW_OFTEN] =
		"say exactly what you will do to '%q': an action, how often, "
		"and when, such as 'read one chapter of a sleep book each "
		"night'",
	[GOALS_ADVICE_ACTION_FOR_STATE] =
		"say exactly what you will do to '%q': an action, how often, "
		"and when",
	[GOALS_ADVICE_HOW_MUCH] =
		"say how much: for '%q', give a number, such as '2 evenings a "
		"week' or 'from 8 to 5'",
	[GOALS_ADVICE_WHAT_IT_MEANS] =
		"say what '%q' would be, as something you can check: the pay, "
		"the hours, the place, with a number",
	[GOALS_ADVICE_DROP_TRY] = "drop 'try to': say what you will do",
	[GOALS_ADVICE_RECORD_QUANTITY] = "record it as fields too: %s",
	[GOALS_ADVICE_RECORD_HABIT] = "record it as a habit too: %s",
	[GOALS_ADVICE_SET_TARGET] =
		"add %s (and --baseline for where you start)",
	[GOALS_ADVICE_RATE_FEELING] =
		"rate it 0-10 each day, higher is better, and aim for a "
		"level: %s",
	[GOALS_ADVICE_RATE_DISTRESS] =
		"rate it 0-10 each day, lower is better, and aim for a "
		"level: %s",
	[GOALS_ADVICE_NAME_THE_ACT] =
		"say what you would do when you feel it, and how often",
	[GOALS_ADVICE_SESSIONS] = "count the sessions of practice: %s",
	[GOALS_ADVICE_MILESTONE] =
		"name a milestone that shows the skill, such as 'play one "
		"song start to finish'",
	[GOALS_ADVICE_AMOUNT_BY_DATE] = "say how much, and by when: %s",
	[GOALS_ADVICE_ACT_A_WEEK] =
		"name one thing you will do for them, and count it: %s",
	[GOALS_ADVICE_COUNT_OR_STEP] =
		"add how much or how often, such as '3 times a week', or the "
		"one-off step that marks it done",
	[GOALS_ADVICE_REACHABLE] =
		"replace '%q' with a number you can reach, such as '4 days "
		"out of 7'",
	[GOALS_ADVICE_FIRST_PERIOD] =
		"start with a first period, then look at it again: %s",
	[GOALS_ADVICE_OWN_PART] =
		"aim at your own part, such as 'tell him once, calmly, what I "
		"need', not at what they will do",
	[GOALS_ADVICE_SMALLER_STEP] =
		"make the step smaller, until you would rate your confidence "
		"7 or more",
	[GOALS_ADVICE_FEWER_HOURS] =
		"lower the hours a day to what a day allows",
	[GOALS_ADVICE_SAFE_RATE] = "aim for about 1 kg a week: %s",
	[GOALS_ADVICE_FIRST_STEP] = "take a first step: %s for now",
	[GOALS_ADVICE_MORE_TIME] = "give it more time: %s",
	[GOALS_ADVICE_PACE_DEADLINE] = "at your pace: %s",
	[GOALS_ADVICE_PACE_TARGET] = "keep the date and %s",
	[GOALS_ADVICE_LOG_PROGRESS] = "log progress",
	[GOALS_ADVICE_LOWER_TARGET] = "lower the target: %s",
	[GOALS_ADVICE_HABIT_LOWER] =
		"lower the target to what you managed: %s",
	[GOALS_ADVICE_HABIT_LONGER] = "give it a longer period: %s",
	[GOALS_ADVICE_HABIT_SMALLER] =
		"make each step smaller, so that it fits in the period",
	[GOALS_ADVICE_OWN_STEP] =
		"add a step that is all yours, such as 'apply to 5 jobs a "
		"week', with --parent pointing here",
	[GOALS_ADVICE_RATE_CONFIDENCE] =
		"add %s: how sure are you that you can do it?",
	[GOALS_ADVICE_WHY] = "add %s",
	[GOALS_ADVICE_OWN_WHY] = "say what it will change for you: %s",
	[GOALS_ADVICE_SERVES] = "%s of the longer-term goal it serves",
	[GOALS_ADVICE_DEADLINE] = "add %s (or another date)",
	[GOALS_ADVICE_REVIEW] = "add %s",
	[GOALS_ADVICE_CLOSE] = "close it as achieved",
	[GOALS_ADVICE_LET_GO] = "close the goal",
	[GOALS_ADVICE_NEARER_STEP] =
		"add a nearer step, within a year, with --parent pointing "
		"here",
	[GOALS_ADVICE_EXACT_DATE] = "give the date one way: %s",
	[GOALS_ADVICE_AGREE] =
		"make them agree: change the words, or set %s",
};

/* What stands for a value that is the user's to give. */
static const char *placeholder(const goals_suggestion *s, unsigned field)
{
	switch (field) {
	case GOALS_F_TARGET:
		return s->advice == GOALS_ADVICE_AMOUNT_BY_DATE ? "AMOUNT" : "N";
	case GOALS_F_CONFIDENCE:
		return "0-10";
	case GOALS_F_WHY:
		return s->advice == GOALS_ADVICE_OWN_WHY
			       ? "'so I can ...'"
			       : "'what it will change for you'";
	case GOALS_F_PARENT:
		return "ID";
	default:
		return "VALUE";
	}
}

/* The option of a field ("by" for the deadline). */
static const char *option(unsigned field)
{
	int i;
	for (i = 0; i < FA_N; i++)
		if (field_bit((enum field_arg)i) == field)
			return field_key((enum field_arg)i);
	return "?";
}

/* 1 when v can be typed as it is, unquoted. */
static int plain_value(const char *v)
{
	for (; *v; v++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789._/:+-",
			    *v))
			return 0;
	return 1;
}

/* Append to buf (n bytes) at *o, never past its end. */
static void put(char *buf, size_t n, size_t *o, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void put(char *buf, size_t n, size_t *o, const char *fmt, ...)
{
	va_list ap;
	int w;
	if (*o >= n)
		return;
	va_start(ap, fmt);
	w = vsnprintf(buf + *o, n - *o, fmt, ap);
	va_end(ap);
	if (w > 0)
		*o = *o + (size_t)w < n ? *o + (size_t)w : n - 1;
}

void advice_options(char *buf, size_t n, const goals_suggestion *s)
{
	size_t o = 0;
	int k;
	if (n)
		buf[0] = '\0';
	for (k = 0; k < s->n_set; k++) {
		const goals_setting *set = &s->set[k];
		const char *v = set->value[0] ? set->value
					       : placeholder(s, set->field);
		put(buf, n, &o, "%s--%s ", k ? " " : "", option(set->field));
		if (!set->value[0] || plain_value(v))
			put(buf, n, &o, "%s", v);
		else if (!strchr(v, '\''))
			put(buf, n, &o, "'%s'", v);
		else
			put(buf, n, &o, "\"%s\"", v);
	}
}

void advice_words(char *buf, size_t n, const goals_criterion *c, void *ctx)
{
	size_t o = 0;
	int i;
	(void)ctx;
	if (n)
		buf[0] = '\0';
	for (i = 0; i < c->n_advice; i++) {
		const goals_suggestion *s = &c->advice[i];
		const char *p = (unsigned)s->advice < GOALS_ADVICE_COUNT
					? sentences[s->advice]
					: NULL;
		char opts[GOALS_SETTINGS_MAX * (GOALS_SETTING_MAX + 48)];
		if (!p)
			continue;
		if (s->advice == GOALS_ADVICE_SAFE_RATE && !s->n_set)
			p = "aim for about 0.5-1 kg a week";
		advice_options(opts, sizeof(opts), s);
		if (o) {
			put(buf, n, &o, ", or ");
			if (!strncmp(p, "add ", 4))
				p += 4;
		}
		for (; *p; p++) {
			if (*p == '%' && p[1] == 'q') {
				put(buf, n, &o, "%s", c->quote);
				p++;
			} else if (*p == '%' && p[1] == 's') {
				put(buf, n, &o, "%s", opts);
				p++;
			} else {
				put(buf, n, &o, "%c", *p);
			}
		}
	}
}
