/*
 * smart/advice.h - the advice stage of the SMART engine (see engine.h):
 * building a letter's suggestions as data (what each is for, what it
 * does, the fields it sets and their values), and choosing, from what
 * the words say, the advice that fits the goal: a feeling is rated, a
 * skill practised, money counted, someone given an act a week.
 * Private.
 */
#ifndef GOALS_LIB_SMART_ADVICE_H
#define GOALS_LIB_SMART_ADVICE_H

#include "goals/smart.h"
#include "read.h"

/* Add a suggestion to c (at most GOALS_ADVICE_MAX: NULL past that). */
goals_suggestion *advise(goals_criterion *c, goals_advice a,
			 goals_action act);

/* Add a field and its value (printf-style; NULL: yours to give) to s;
 * s may be NULL. */
void advise_set(goals_suggestion *s, unsigned field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Quote the goal's head phrase (sr_head_phrase) as c's quote. */
void advise_quote_head(goals_criterion *c, const struct reading *r);

/* The deadline to propose: 8 weeks from today, or from the start when
 * it is later (a deadline is never before the start). */
goals_date advise_deadline_day(const goals_fields *f, goals_date today);

/* Measurable passes on a number of the words: propose it as fields
 * (a kind, target and unit), when the words say them plainly. */
void advise_record_quantity(goals_criterion *c, const struct reading *r,
			    const goals_fields *f);

/* Measurable passes on a frequency of the words: propose it as a habit,
 * when the words say how many times a day, week or month. */
void advise_record_habit(goals_criterion *c, const struct reading *r,
			 const goals_fields *f);

/* Measurable fails: advice by what the goal is -- a feeling (rate it
 * 0-10), someone (an act a week), a skill (sessions a week), money (an
 * amount by a date), else how much, how often or a one-off step. */
void advise_measure(goals_criterion *c, const struct reading *r,
		    const goals_fields *f, goals_date today);

#endif
