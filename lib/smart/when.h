/*
 * smart/when.h - the second stage of the SMART engine (see engine.h):
 * the time expressions in a goal's words -- deadlines ("by 30 June", "for
 * 6 weeks", "this year"), starts ("starting Monday"),
 * frequencies that are no deadline ("every Sunday") and vague times
 * ("soon").  The same reading of a calendar expression serves the dates
 * of options (smart_date_words, for goals_date_parse), so that the two
 * agree.  Private.
 */
#ifndef GOALS_LIB_SMART_WHEN_H
#define GOALS_LIB_SMART_WHEN_H

#include <stddef.h>

#include "goals/date.h"
#include "tokens.h"

/* A time expression found in text: a deadline, or a vague time. */
struct when {
	int found;         /* 1: a usable deadline in `date` */
	goals_date date;
	int season_no_year; /* "by summer": warn */
	int ambiguous;     /* 03/04/2025 */
	int vague;         /* soon, someday, one day, asap */
	int start_only;    /* "starting Monday": a start, not an end */
	size_t at, len;    /* where the expression is, in tokens */
};

/*
 * Find the deadline that the words in [from, to) give, relative to today
 * and to start (the day counting begins, for "for 6 weeks").  Marks the
 * tokens of every time expression found (tok.time), so that their
 * numbers are not read as quantities.
 */
void find_deadline(struct when *out, struct toks *t, size_t from, size_t to,
		   goals_date today, goals_date start);

/* 1 when tokens [i, i+len) form a time frame ("for 6 weeks", "within 2
 * years", "in the next 3 months"), so their number is no quantity. */
int in_time_frame(const struct toks *t, size_t i);

/* What smart_date_words says of a value, beyond GOALS_OK (a day) and
 * GOALS_ENOMEM. */
#define SMART_DATE_NONE   1 /* no calendar expression, or more than one */
#define SMART_DATE_PERIOD 2 /* a month, year, quarter or week, not a day */
#define SMART_DATE_SEASON 3 /* a season: its end depends on the hemisphere */
#define SMART_DATE_RANGE  4 /* a day outside years 0001 to 9999 */

/*
 * Read all of s, in any case, as one calendar expression of a goal's
 * words that names a day, relative to today: "next friday", "end of
 * june", "the end of next month", "june 30", "30 june 2027", "the 15th",
 * "christmas".  Without a year, a day of the year is the next one from
 * today on.  Return GOALS_OK and set *out, or one of the SMART_DATE_*
 * answers above (no message), or GOALS_ENOMEM.
 */
int smart_date_words(goals_date *out, const char *s, goals_date today);

#endif
