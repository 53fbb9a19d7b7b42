/*
 * smart-time.h - what the reader of time expressions (smart-time.c)
 * offers beyond the SMART engine: reading a whole value, such as an
 * option's date, as one of the calendar expressions it finds in a
 * goal's words, so that the two agree.  Private.
 */
#ifndef GOALS_LIB_SMART_TIME_H
#define GOALS_LIB_SMART_TIME_H

#include "goals/date.h"

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
