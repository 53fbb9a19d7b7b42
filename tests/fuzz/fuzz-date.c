/*
 * fuzz-date.c - the date grammar: goals_date_parse (days, relative forms,
 * days in words), goals_time_parse_iso and goals_time_parse (instants,
 * for --at and $GOALS_NOW), in several time zones and on several days.
 *
 * Input: one byte that picks the time zone and "today", then the text.
 * Oracles: whatever is accepted is a day in years 1..9999 that reads
 * back the same once formatted; an instant reads back the same from its
 * UTC form; --at never accepts a time after now.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fuzz.h"
#include "goals.h"

static const char *const zones[] = {
	"UTC", "America/New_York", "Europe/Berlin", "Pacific/Kiritimati",
	"America/St_Johns", "Australia/Lord_Howe", "Pacific/Pago_Pago",
	"Asia/Kathmandu",
};

/* Days "today" may be: ordinary days, month and year ends, a leap day,
 * and the edges of the calendar. */
static const char *const todays[] = {
	"2026-11-27", "2026-01-31", "2024-02-29", "2026-12-31", "2026-03-29",
	"2026-10-25", "0001-01-01", "9999-12-31",
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

/* d formats as YYYY-MM-DD and reads back as d. */
static void check_day(goals_date d)
{
	char buf[GOALS_DATE_BUFSZ];
	goals_date back;
	int y, m, dd;
	if (d == GOALS_DATE_NONE)
		return;
	goals_date_to_ymd(d, &y, &m, &dd);
	FUZZ_ASSERT(y >= 1 && y <= 9999);
	FUZZ_ASSERT(m >= 1 && m <= 12);
	FUZZ_ASSERT(dd >= 1 && dd <= goals_days_in_month(y, m));
	goals_date_format(buf, d);
	FUZZ_ASSERT(strlen(buf) == 10);
	FUZZ_ASSERT(goals_date_parse(&back, buf, 0, 0) == GOALS_OK);
	FUZZ_ASSERT(back == d);
	FUZZ_ASSERT(goals_date_weekday(d) >= 1 && goals_date_weekday(d) <= 7);
}

/* t formats as an instant in UTC and reads back as t. */
static void check_instant(goals_time t)
{
	char buf[GOALS_TIME_BUFSZ];
	goals_time back;
	goals_time_format(buf, t);
	FUZZ_ASSERT(strlen(buf) == 20);
	FUZZ_ASSERT(goals_time_parse_iso(&back, buf) == GOALS_OK);
	FUZZ_ASSERT(back == t);
	check_day(goals_local_date(t));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int zone = -1;
	goals_date today, d;
	goals_time now, t;
	char *s;
	int pick, rc;
	if (size < 1 || size > 256)
		return 0;
	pick = data[0];
	if ((pick & 7) != zone) {
		zone = pick & 7;
		setenv("TZ", zones[zone], 1);
		tzset();
	}
	if (goals_date_parse(&today, todays[(pick >> 3) & 7], 0, 0) != GOALS_OK)
		abort();
	/* now: on today in UTC, at 00:00:01, 08:00:01, 16:00:01 or
	 * 23:59:59 (in range, as $GOALS_NOW must be; its local day may be
	 * the day before or after) */
	now = (goals_time)today * 86400 +
	      ((pick >> 6) == 3 ? 86399 : (pick >> 6) * 8 * 3600 + 1);
	{
		/* a now that $GOALS_NOW could give: its local day too in
		 * years 1..9999 */
		char buf[GOALS_TIME_BUFSZ];
		goals_time_format(buf, now);
		if (goals_time_parse_iso(&t, buf) != GOALS_OK)
			return 0;
	}
	s = fuzz_str(data + 1, size - 1);

	rc = goals_date_parse(&d, s, today, 0);
	FUZZ_ASSERT(rc == GOALS_OK || rc == GOALS_EINVAL);
	if (rc == GOALS_OK) {
		FUZZ_ASSERT(d != GOALS_DATE_NONE);
		check_day(d);
	}
	rc = goals_date_parse(&d, s, today, GOALS_DATE_ALLOW_NONE);
	FUZZ_ASSERT(rc == GOALS_OK || rc == GOALS_EINVAL);
	if (rc == GOALS_OK)
		check_day(d);

	rc = goals_time_parse_iso(&t, s);
	FUZZ_ASSERT(rc == GOALS_OK || rc == GOALS_EINVAL);
	if (rc == GOALS_OK)
		check_instant(t);

	rc = goals_time_parse(&t, s, now);
	FUZZ_ASSERT(rc == GOALS_OK || rc == GOALS_EINVAL);
	if (rc == GOALS_OK) {
		FUZZ_ASSERT(t <= now);
		check_instant(t);
	}
	free(s);
	return 0;
}
