/*
 * goals/date.h - calendar days, instants, and the date grammar of goals.
 *
 * A goals_date is a calendar day (deadlines and start dates are days, not
 * instants: a goal due 2027-03-01 is due that day wherever the user is),
 * counted as days since 1970-01-01 in the proleptic Gregorian calendar.
 * Only years 1..9999 are valid.  A goals_time is an instant: seconds since
 * 1970-01-01T00:00:00Z.
 *
 * Nothing here reads the clock: "now" is always passed in, so the callers
 * decide (the binary honours $GOALS_NOW).  Local days are computed in the
 * process's time zone ($TZ).
 */
#ifndef GOALS_DATE_H
#define GOALS_DATE_H

#include <stdint.h>

typedef int32_t goals_date;
typedef int64_t goals_time;

/* An absent date (no deadline, no start). */
#define GOALS_DATE_NONE INT32_MIN

/* Buffer sizes for the formatters, NUL included. */
#define GOALS_DATE_BUFSZ 11 /* YYYY-MM-DD */
#define GOALS_TIME_BUFSZ 21 /* YYYY-MM-DDTHH:MM:SSZ */

/* Flags for goals_date_parse. */
#define GOALS_DATE_ALLOW_NONE 0x1 /* accept "none" -> GOALS_DATE_NONE */

/*
 * Make a date from year, month (1-12) and day (1-31).  Return GOALS_EINVAL
 * when the day does not exist (2026-02-30, year 0, month 13).
 */
int goals_date_from_ymd(goals_date *out, int year, int month, int day);

/* Split a valid date into year, month and day; any out may be NULL. */
void goals_date_to_ymd(goals_date d, int *year, int *month, int *day);

/* ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
int goals_date_weekday(goals_date d);

/* Number of days in a month (1-12) of a year, leap years included. */
int goals_days_in_month(int year, int month);

/*
 * Add n calendar months (n may be negative), clamping the day to the end
 * of the target month: 2026-01-31 + 1 month = 2026-02-28, 2024-02-29 + 12
 * months = 2025-02-28.  Return GOALS_EINVAL when out of 1..9999.
 */
int goals_date_add_months(goals_date *out, goals_date d, int n);

/*
 * Parse a date in the grammar of goals, relative to `today`:
 *   YYYY-MM-DD, today, tomorrow, yesterday,
 *   +Nd +Nw +Nm +Ny and -Nd -Nw -Nm -Ny (months and years clamp to the
 *   month's end), eow (the coming Sunday, today if today is Sunday),
 *   eom, eoy, weekday names (monday or mon, ...: the next such day after
 *   today, never today), a day in words as the SMART reader finds it in
 *   a goal's text ("next friday", "end of june", "june 30", "30 june
 *   2027"; a month, a year or a season alone is refused: it names no
 *   day), and "none" when flags has GOALS_DATE_ALLOW_NONE.
 * A date in digits other than YYYY-MM-DD (31/12/2026, 03/04) is refused
 * with a hint to write YYYY-MM-DD.  Matching is case-insensitive;
 * surrounding spaces are not accepted.  Return GOALS_OK or GOALS_EINVAL
 * with a message naming the value and what was expected.
 */
int goals_date_parse(goals_date *out, const char *s, goals_date today,
		     unsigned flags);

/* Write d as YYYY-MM-DD into buf (at least GOALS_DATE_BUFSZ bytes). */
void goals_date_format(char *buf, goals_date d);

/* The local calendar day (in $TZ) that instant t falls on. */
goals_date goals_local_date(goals_time t);

/*
 * Parse an ISO 8601 instant: YYYY-MM-DD (local midnight),
 * YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS, each optionally followed by Z or
 * +HH:MM / -HH:MM (without a zone: local time in $TZ; a space may stand
 * for the T).  This is the grammar of $GOALS_NOW.
 */
int goals_time_parse_iso(goals_time *out, const char *s);

/*
 * Parse an instant for --at, relative to now: every form of
 * goals_time_parse_iso, "now" (now itself), plus every relative form of
 * goals_date_parse (today, yesterday, -2d, monday, 30 june 2026 ...),
 * which name that day at the current local time of day ("today" is now
 * itself).  Here a weekday name is the last such day before today,
 * never today: "--at monday" says when something happened.  A time
 * after now is refused (GOALS_EINVAL): progress is logged once it has
 * happened, and a time to come is most often a typo.
 */
int goals_time_parse(goals_time *out, const char *s, goals_time now);

/* Write t in UTC as YYYY-MM-DDTHH:MM:SSZ (GOALS_TIME_BUFSZ bytes). */
void goals_time_format(char *buf, goals_time t);

#endif
