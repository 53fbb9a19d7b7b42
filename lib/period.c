/*
 * period.c - the periods of habits: a day, a week from Monday, a calendar
 * month; where one starts, the one n after, and how many lie between.
 * Pure date arithmetic, for the store (sums by period), progress and
 * pace alike.
 */
#include "goals/common.h"
#include "period.h"

goals_date period_start(goals_every every, goals_date d)
{
	int y, m;
	goals_date out;
	switch (every) {
	case GOALS_EVERY_WEEK:
		return d - (goals_date_weekday(d) - 1);
	case GOALS_EVERY_MONTH:
		goals_date_to_ymd(d, &y, &m, NULL);
		if (goals_date_from_ymd(&out, y, m, 1) != GOALS_OK)
			return d;
		return out;
	default:
		return d;
	}
}

goals_date period_add(goals_every every, goals_date p, int n)
{
	goals_date out;
	switch (every) {
	case GOALS_EVERY_WEEK:
		return p + 7 * n;
	case GOALS_EVERY_MONTH:
		if (goals_date_add_months(&out, p, n))
			return p + 31 * n;
		return out;
	default:
		return p + n;
	}
}

/* Number of whole periods from the one starting at a to the one starting
 * at b (both period starts, a <= b). */
long periods_between(goals_every every, goals_date a, goals_date b)
{
	int ya, ma, yb, mb;
	switch (every) {
	case GOALS_EVERY_WEEK:
		return (long)(b - a) / 7;
	case GOALS_EVERY_MONTH:
		goals_date_to_ymd(a, &ya, &ma, NULL);
		goals_date_to_ymd(b, &yb, &mb, NULL);
		return (long)(yb - ya) * 12 + (mb - ma);
	default:
		return (long)(b - a);
	}
}
