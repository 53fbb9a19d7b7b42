/*
 * date.c - calendar days, instants, and the date grammar of goals.
 *
 * This file owns the proleptic Gregorian arithmetic (days since 1970-01-01
 * to and from year, month and day, limited to years 1..9999), the parsers
 * of the user's dates (YYYY-MM-DD, today, +3d, eow, friday, ...; days in
 * words, "end of june", are read by smart/when.c, as in a goal's text)
 * and instants (ISO 8601 and the same relative forms for --at), and the
 * formatters.  It never reads the clock; the local time zone is consulted
 * only through localtime_r and mktime.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "goals/date.h"
#include "error.h"
#include "smart/when.h"

#define MIN_YEAR         1
#define MAX_YEAR         9999
#define MIN_DAY          (-719162) /* 0001-01-01 */
#define MAX_DAY          2932896   /* 9999-12-31 */
#define SECS_PER_DAY     86400
#define MAX_OFFSET       (14 * 60) /* largest zone offset, in minutes */
#define MAX_COUNT_DIGITS 5         /* +99999d at most */

#define DATE_FORMS                                                             \
	"expected YYYY-MM-DD, today, tomorrow, yesterday, +Nd/+Nw/+Nm/+Ny, "   \
	"eow, eom, eoy, a weekday name"
#define WORDS_FORMS "a day in words such as 'next friday' or '30 june 2027'"
#define NUMERIC_HINT                                                           \
	"write a date in digits as YYYY-MM-DD (the order of day and month "    \
	"differs from country to country)"
#define ISO_FORMS "expected YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM|-HH:MM]"
#define TIME_FORMS                                                             \
	ISO_FORMS ", now, today, tomorrow, yesterday, +Nd/-Nd (or w, m, y), "  \
		  "eow, eom, eoy, a weekday name or " WORDS_FORMS

/* parse_relative's answer when s is none of the relative forms. */
#define NOT_RELATIVE 1

static const char *const month_names[] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

static const struct {
	const char *name;
	int wday;
} weekday_names[] = {
	{ "monday", 1 }, { "mon", 1 },      { "tuesday", 2 },
	{ "tue", 2 },    { "tues", 2 },     { "wednesday", 3 },
	{ "wed", 3 },    { "thursday", 4 }, { "thu", 4 },
	{ "thur", 4 },   { "thurs", 4 },    { "friday", 5 },
	{ "fri", 5 },    { "saturday", 6 }, { "sat", 6 },
	{ "sunday", 7 }, { "sun", 7 },
};

/* Record "invalid KIND 'S': WHY" and return GOALS_EINVAL. */
static int invalid(const char *kind, const char *s, const char *why)
{
	return goals_error(GOALS_EINVAL, "invalid %s '%s': %s", kind, s, why);
}

/* Return 1 when year y is a leap year of the Gregorian calendar. */
static int is_leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Floor division of a by a positive b. */
static long long floor_div(long long a, long long b)
{
	return a / b - (a % b != 0 && a < 0);
}

/* Days since 1970-01-01 of y-m-d (any y, m 1..12, d 1..31; not checked). */
static long long days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;
	y -= m <= 2;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Year, month and day of z days since 1970-01-01; the inverse of the above. */
static void civil_from_days(long long z, long long *y, int *m, int *d)
{
	long long era, doe, yoe, doy, mp;
	z += 719468;
	era = floor_div(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* Return 1 when z days since 1970-01-01 lies in years 1..9999. */
static int day_in_range(long long z)
{
	return z >= MIN_DAY && z <= MAX_DAY;
}

/* Days of month m (1..12) in year y, without checking m. */
static int month_days(long long y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31 };
	return days[m - 1] + (m == 2 && is_leap(y));
}

/*
 * Check y-m-d and store its day number in *out; on failure return
 * GOALS_EINVAL with "invalid KIND 'SHOWN': why".
 */
static int check_ymd(goals_date *out, int y, int m, int d, const char *kind,
		     const char *shown)
{
	if (y < MIN_YEAR || y > MAX_YEAR)
		return invalid(kind, shown, "year must be 0001 to 9999");
	if (m < 1 || m > 12)
		return invalid(kind, shown, "month must be 01 to 12");
	if (d < 1)
		return invalid(kind, shown, "day must be 01 or more");
	if (d > month_days(y, m))
		return goals_error(
			GOALS_EINVAL, "invalid %s '%s': %s %04d has %d days",
			kind, shown, month_names[m - 1], y, month_days(y, m));
	*out = (goals_date)days_from_civil(y, m, d);
	return GOALS_OK;
}

/* Shift d by n months, clamping the day; return -1 when out of range. */
static int shift_months(goals_date *out, goals_date d, long long n)
{
	long long y, months;
	int m, day;
	if (!day_in_range(d))
		return -1;
	civil_from_days(d, &y, &m, &day);
	months = y * 12 + (m - 1) + n;
	y = floor_div(months, 12);
	m = (int)(months - y * 12) + 1;
	if (y < MIN_YEAR || y > MAX_YEAR)
		return -1;
	if (day > month_days(y, m))
		day = month_days(y, m);
	*out = (goals_date)days_from_civil(y, m, day);
	return 0;
}

/* Read exactly n ASCII digits at s into *out; return 0, or -1 if not. */
static int read_digits(const char *s, int n, int *out)
{
	int i, v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* Read YYYY-MM-DD at s (no range checks); return the end, or NULL. */
static const char *read_ymd(const char *s, int *y, int *m, int *d)
{
	if (read_digits(s, 4, y) || s[4] != '-' || read_digits(s + 5, 2, m) ||
	    s[7] != '-' || read_digits(s + 8, 2, d))
		return NULL;
	return s + 10;
}

/* Return 1 when s equals the lowercase word w, ignoring ASCII case. */
static int word_eq(const char *s, const char *w)
{
	for (; *s && *w; s++, w++) {
		char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
		if (c != *w)
			return 0;
	}
	return *s == *w;
}

/*
 * Parse ±N{d,w,m,y} at s into *out relative to today; return 0, -1 when
 * the result leaves years 1..9999, -2 when N has too many digits, or
 * NOT_RELATIVE when s does not have that shape.
 */
static int parse_offset(goals_date *out, const char *s, goals_date today)
{
	long long n = 0, z;
	int len = 0, sign = s[0] == '-' ? -1 : 1;
	char unit;
	if (s[0] != '+' && s[0] != '-')
		return NOT_RELATIVE;
	for (s++; *s >= '0' && *s <= '9'; s++, len++)
		if (len < MAX_COUNT_DIGITS)
			n = n * 10 + (*s - '0');
	unit = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
	if (len == 0 || !unit || s[1] != '\0')
		return NOT_RELATIVE;
	if (unit != 'd' && unit != 'w' && unit != 'm' && unit != 'y')
		return NOT_RELATIVE;
	if (len > MAX_COUNT_DIGITS)
		return -2;
	n *= sign;
	if (unit == 'm' || unit == 'y')
		return shift_months(out, today, unit == 'y' ? n * 12 : n);
	z = (long long)today + (unit == 'w' ? n * 7 : n);
	if (!day_in_range(today) || !day_in_range(z))
		return -1;
	*out = (goals_date)z;
	return 0;
}

/*
 * Parse the named forms (today, eow, friday, ...) at s into *out; return
 * 0, -1 when the result leaves years 1..9999, or NOT_RELATIVE.  A weekday
 * name is the next such day after today, or with `past` the last one
 * before today (never today).
 */
static int parse_named(goals_date *out, const char *s, goals_date today,
		       int past)
{
	size_t i, n = sizeof(weekday_names) / sizeof(*weekday_names);
	int wd = goals_date_weekday(today), m, d;
	long long z, y;
	if (word_eq(s, "today"))
		z = today;
	else if (word_eq(s, "tomorrow"))
		z = (long long)today + 1;
	else if (word_eq(s, "yesterday"))
		z = (long long)today - 1;
	else if (word_eq(s, "eow"))
		z = (long long)today + (7 - wd);
	else if (word_eq(s, "eom") || word_eq(s, "eoy")) {
		civil_from_days(today, &y, &m, &d);
		if (word_eq(s, "eoy"))
			m = 12;
		z = days_from_civil(y, m, month_days(y, m));
	} else {
		for (i = 0; i < n; i++)
			if (word_eq(s, weekday_names[i].name))
				break;
		if (i == n)
			return NOT_RELATIVE;
		if (past) {
			d = (wd - weekday_names[i].wday + 7) % 7;
			z = (long long)today - (d ? d : 7);
		} else {
			d = (weekday_names[i].wday - wd + 7) % 7;
			z = (long long)today + (d ? d : 7);
		}
	}
	if (!day_in_range(today) || !day_in_range(z))
		return -1;
	*out = (goals_date)z;
	return 0;
}

/*
 * Parse every form of the date grammar but YYYY-MM-DD and none; return
 * GOALS_OK, GOALS_EINVAL with a message naming s (as KIND), or
 * NOT_RELATIVE without a message when s is none of the forms.
 */
static int parse_relative(goals_date *out, const char *s, goals_date today,
			  const char *kind, int past)
{
	int rc = parse_offset(out, s, today);
	if (rc == -2)
		return invalid(kind, s, "the count must be 0 to 99999");
	if (rc == NOT_RELATIVE)
		rc = parse_named(out, s, today, past);
	if (rc == -1)
		return invalid(kind, s,
			       "the result is outside years 0001 to 9999");
	return rc;
}

/* Return 1 when s is a date in digits other than YYYY-MM-DD: groups of
 * digits joined by '/', '.' or '-' (31/12/2026, 03/04, 2026-1-5). */
static int numeric_date(const char *s)
{
	int groups = 0, seps = 0;
	while (*s) {
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
		groups++;
		if (!*s)
			break;
		if (*s != '/' && *s != '.' && *s != '-')
			return 0;
		s++;
		seps++;
	}
	return groups >= 2 && seps == groups - 1;
}

/*
 * Parse s as a day in words, as a goal's text says it (smart/when.c):
 * return GOALS_OK, GOALS_EINVAL with a message naming s (as KIND) when
 * it names a period or a season rather than a day or leaves the
 * calendar, NOT_RELATIVE without a message when it is no such day, or
 * GOALS_ENOMEM.
 */
static int parse_words(goals_date *out, const char *s, goals_date today,
		       const char *kind)
{
	int rc = smart_date_words(out, s, today);
	switch (rc) {
	case SMART_DATE_NONE:
		return NOT_RELATIVE;
	case SMART_DATE_PERIOD:
		return invalid(kind, s,
			       "expected a day, not a period: such as 'end of "
			       "june' or 'june 30'");
	case SMART_DATE_SEASON:
		return invalid(kind, s,
			       "a season ends on different days north and "
			       "south of the equator: expected a day, such as "
			       "'end of june'");
	case SMART_DATE_RANGE:
		return invalid(kind, s,
			       "the result is outside years 0001 to 9999");
	default:
		return rc;
	}
}

/*
 * Set *out to t when t, and its local day, fall in years 1..9999 (an
 * offset can push 0001-01-01T00:00+14:00 out); GOALS_EINVAL naming s
 * otherwise.
 */
static int in_range(goals_time *out, goals_time t, const char *s)
{
	if (!day_in_range(floor_div(t, SECS_PER_DAY)) ||
	    !day_in_range(goals_local_date(t)))
		return invalid("time", s, "expected a time in years 0001 to 9999");
	*out = t;
	return GOALS_OK;
}

/*
 * The instant of local wall-clock time tm (DST left to mktime); return
 * GOALS_EINVAL naming s when it cannot be represented.
 */
static int local_mktime(goals_time *out, struct tm *tm, const char *s)
{
	time_t res;
	tm->tm_isdst = -1;
	tm->tm_wday = -1; /* mktime sets it on success */
	res = mktime(tm);
	if (res == (time_t)-1 && tm->tm_wday == -1)
		return invalid("time", s,
			       "cannot be represented in the local time zone");
	return in_range(out, (goals_time)res, s);
}

int goals_date_from_ymd(goals_date *out, int year, int month, int day)
{
	char shown[48];
	if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 &&
	    day >= 1 && day <= month_days(year, month)) {
		*out = (goals_date)days_from_civil(year, month, day);
		return GOALS_OK;
	}
	snprintf(shown, sizeof(shown), "%04d-%02d-%02d", year, month, day);
	return check_ymd(out, year, month, day, "date", shown);
}

void goals_date_to_ymd(goals_date d, int *year, int *month, int *day)
{
	long long y;
	int m, dd;
	civil_from_days(d, &y, &m, &dd);
	if (year)
		*year = (int)y;
	if (month)
		*month = m;
	if (day)
		*day = dd;
}

int goals_date_weekday(goals_date d)
{
	/* 1970-01-01 was a Thursday (4). */
	long long r = ((long long)d + 3) % 7;
	return (int)(r < 0 ? r + 7 : r) + 1;
}

int goals_days_in_month(int year, int month)
{
	if (month < 1 || month > 12)
		return 0;
	return month_days(year, month);
}

int goals_date_add_months(goals_date *out, goals_date d, int n)
{
	char buf[GOALS_DATE_BUFSZ];
	if (shift_months(out, d, n) == 0)
		return GOALS_OK;
	goals_date_format(buf, d);
	return goals_error(GOALS_EINVAL,
			   "date out of range: '%s' %+d months is outside "
			   "years 0001 to 9999",
			   buf, n);
}

int goals_date_parse(goals_date *out, const char *s, goals_date today,
		     unsigned flags)
{
	int y, m, d, rc;
	const char *end;
	if (!s)
		return goals_error(GOALS_EINVAL, "missing date");
	end = read_ymd(s, &y, &m, &d);
	if (end && *end == '\0')
		return check_ymd(out, y, m, d, "date", s);
	if ((flags & GOALS_DATE_ALLOW_NONE) && word_eq(s, "none")) {
		*out = GOALS_DATE_NONE;
		return GOALS_OK;
	}
	rc = parse_relative(out, s, today, "date", 0);
	if (rc != NOT_RELATIVE)
		return rc;
	if (numeric_date(s))
		return invalid("date", s, NUMERIC_HINT);
	rc = parse_words(out, s, today, "date");
	if (rc != NOT_RELATIVE)
		return rc;
	if (flags & GOALS_DATE_ALLOW_NONE)
		return invalid("date", s,
			       DATE_FORMS ", " WORDS_FORMS ", or none");
	return invalid("date", s, DATE_FORMS " or " WORDS_FORMS);
}

/* Write v as exactly n decimal digits at buf (v >= 0). */
static void put_digits(char *buf, long long v, int n)
{
	while (n-- > 0) {
		buf[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* Write day z (in range) as the 10 characters YYYY-MM-DD, no NUL. */
static void put_ymd(char *buf, long long z)
{
	long long y;
	int m, d;
	civil_from_days(z, &y, &m, &d);
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
}

void goals_date_format(char *buf, goals_date d)
{
	if (!day_in_range(d)) {
		snprintf(buf, GOALS_DATE_BUFSZ, "%s",
			 d == GOALS_DATE_NONE ? "none" : "invalid");
		return;
	}
	put_ymd(buf, d);
	buf[10] = '\0';
}

/*
 * Make localtime_r follow $TZ: call tzset when $TZ changed since the last
 * call (tzset reads the zone files, too slow to do for every row).
 */
static void follow_tz(void)
{
	static _Thread_local char last[256];
	static _Thread_local int set;
	const char *tz = getenv("TZ");
	char now[256];
	snprintf(now, sizeof(now), "%c%s", tz ? '=' : '-', tz ? tz : "");
	if (set && !strcmp(now, last))
		return;
	tzset();
	memcpy(last, now, sizeof(last));
	set = 1;
}

goals_date goals_local_date(goals_time t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	follow_tz();
	if ((goals_time)tt != t || !localtime_r(&tt, &tm))
		return (goals_date)floor_div(t, SECS_PER_DAY);
	return (goals_date)days_from_civil((long long)tm.tm_year + 1900,
					   tm.tm_mon + 1, tm.tm_mday);
}

/*
 * Read the zone at s (Z, ±HH:MM or ±HHMM) into *minutes east of UTC;
 * return the end, or NULL when s holds no zone.  Ranges are not checked.
 */
static const char *read_zone(const char *s, int *minutes, int *hh, int *mm)
{
	int sign = s[0] == '-' ? -1 : 1;
	*hh = *mm = 0;
	if (s[0] == 'Z' || s[0] == 'z') {
		*minutes = 0;
		return s + 1;
	}
	if ((s[0] != '+' && s[0] != '-') || read_digits(s + 1, 2, hh))
		return NULL;
	s += 3;
	if (*s == ':')
		s++;
	if (read_digits(s, 2, mm))
		return NULL;
	*minutes = sign * (*hh * 60 + *mm);
	return s + 2;
}

int goals_time_parse_iso(goals_time *out, const char *s)
{
	int y, m, d, hh = 0, mi = 0, ss = 0, zone = 0, zh = 0, zm = 0, rc;
	int has_zone = 0;
	const char *p;
	goals_date day;
	struct tm tm = { 0 };
	if (!s)
		return goals_error(GOALS_EINVAL, "missing time");
	p = read_ymd(s, &y, &m, &d);
	if (!p)
		goto bad;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		if (read_digits(p + 1, 2, &hh) || p[3] != ':' ||
		    read_digits(p + 4, 2, &mi))
			goto bad;
		p += 6;
		if (*p == ':') {
			if (read_digits(p + 1, 2, &ss))
				goto bad;
			p += 3;
		}
	}
	if (*p) {
		p = read_zone(p, &zone, &zh, &zm);
		if (!p || *p)
			goto bad;
		has_zone = 1;
	}
	rc = check_ymd(&day, y, m, d, "time", s);
	if (rc)
		return rc;
	if (hh > 23 || mi > 59 || ss > 59)
		return invalid(
			"time", s,
			"expected a time of day from 00:00:00 to 23:59:59");
	if (zm > 59 || zh * 60 + zm > MAX_OFFSET)
		return invalid("time", s,
			       "expected an offset from -14:00 to +14:00");
	if (has_zone)
		return in_range(out,
				(goals_time)day * SECS_PER_DAY + hh * 3600 +
					mi * 60 + ss - zone * 60,
				s);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = hh;
	tm.tm_min = mi;
	tm.tm_sec = ss;
	return local_mktime(out, &tm, s);
bad:
	return invalid("time", s, ISO_FORMS);
}

/* goals_time_parse, but for the check that the time has passed. */
static int time_parse(goals_time *out, const char *s, goals_time now)
{
	goals_date today, day;
	time_t t = (time_t)now;
	struct tm tm;
	int y, m, d, rc;
	if (!s)
		return goals_error(GOALS_EINVAL, "missing time");
	if (read_ymd(s, &y, &m, &d))
		return goals_time_parse_iso(out, s);
	if (word_eq(s, "now")) {
		*out = now;
		return GOALS_OK;
	}
	today = goals_local_date(now);
	rc = parse_relative(&day, s, today, "time", 1);
	if (rc == NOT_RELATIVE && numeric_date(s))
		return invalid("time", s, NUMERIC_HINT);
	if (rc == NOT_RELATIVE &&
	    (rc = parse_words(&day, s, today, "time")) == GOALS_OK &&
	    day > today) {
		char buf[GOALS_DATE_BUFSZ];
		goals_date_format(buf, day);
		return goals_error(GOALS_EINVAL,
				   "invalid time '%s': that is %s, a day "
				   "still to come: expected a time that has "
				   "passed",
				   s, buf);
	}
	if (rc == NOT_RELATIVE)
		return invalid("time", s, TIME_FORMS);
	if (rc)
		return rc;
	if (day == today) {
		*out = now;
		return GOALS_OK;
	}
	/* That day at the local time of day of now. */
	follow_tz();
	if ((goals_time)t != now || !localtime_r(&t, &tm))
		return invalid("time", s, "the current time is out of range");
	goals_date_to_ymd(day, &y, &m, &d);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	return local_mktime(out, &tm, s);
}

int goals_time_parse(goals_time *out, const char *s, goals_time now)
{
	char buf[GOALS_TIME_BUFSZ];
	goals_time t;
	int rc = time_parse(&t, s, now);
	if (rc)
		return rc;
	if (t <= now) {
		*out = t;
		return GOALS_OK;
	}
	/* progress is logged when it has happened: a time to come is a
	 * typo (a year, a month) more often than not */
	goals_time_format(buf, t);
	return goals_error(GOALS_EINVAL,
			   "invalid time '%s': that is %s, still to come: "
			   "expected a time that has passed",
			   s, buf);
}

void goals_time_format(char *buf, goals_time t)
{
	long long days = floor_div(t, SECS_PER_DAY);
	long long secs = t % SECS_PER_DAY;
	if (secs < 0)
		secs += SECS_PER_DAY;
	if (!day_in_range(days)) {
		snprintf(buf, GOALS_TIME_BUFSZ, "%s", "invalid");
		return;
	}
	put_ymd(buf, days);
	buf[10] = 'T';
	put_digits(buf + 11, secs / 3600, 2);
	buf[13] = ':';
	put_digits(buf + 14, secs / 60 % 60, 2);
	buf[16] = ':';
	put_digits(buf + 17, secs % 60, 2);
	buf[19] = 'Z';
	buf[20] = '\0';
}
