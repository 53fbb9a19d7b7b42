/*
 * period.h - the periods of habits (a day, a week from Monday, a calendar
 * month).  Private; a leaf: it calls nothing of the library's but dates.
 */
#ifndef GOALS_LIB_PERIOD_H
#define GOALS_LIB_PERIOD_H

#include "goals/date.h"
#include "goals/goal.h"

/* The first day of the period (day, week from Monday, month) holding d. */
goals_date period_start(goals_every every, goals_date d);

/* The first day of the period n periods after (n < 0: before) the one
 * starting at p. */
goals_date period_add(goals_every every, goals_date p, int n);

/* Number of whole periods from the one starting at a to the one starting
 * at b (both period starts, a <= b). */
long periods_between(goals_every every, goals_date a, goals_date b);

#endif
