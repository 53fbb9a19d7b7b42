/*
 * goals/pace.h - how fast a goal is moving: the pace needed to meet its
 * deadline against the pace so far, a forecast, streaks for habits, and
 * the recent days for a sparkline.
 */
#ifndef GOALS_PACE_H
#define GOALS_PACE_H

#include "date.h"
#include "goal.h"
#include "store.h"

/* Days of recent activity in goals_pace.spark. */
#define GOALS_SPARK_DAYS 14

typedef struct goals_pace {
	int known;          /* 1 when the entries allow a judgement */
	int habit;          /* 1 for a habit: periods, not a rate per day */
	int met;            /* the target is already met */
	double needed;      /* per day, to meet the deadline (0: no deadline) */
	double so_far;      /* per day, so far, in the goal's direction */
	double ratio;       /* needed / so_far; HUGE_VAL when so_far is 0 */
	goals_date deadline; /* the deadline used (field or text), or NONE */
	goals_date forecast; /* when the pace so far meets the target, or NONE */
	double suggested_target; /* what the pace so far reaches by the
				  * deadline */
	int periods;        /* habit: complete periods looked at (<= 4) */
	int periods_met;    /* habit: of which the target was met */
	int streak;         /* habit: periods met in a row, up to now */
	int best_streak;    /* habit: the longest such run */
	double spark[GOALS_SPARK_DAYS]; /* the last days, oldest first: the
					 * sum of each day (level: its last
					 * value) */
	int spark_has[GOALS_SPARK_DAYS]; /* 0 for a day with no entry */
	goals_date today;   /* the day it was computed for (the last of spark) */
} goals_pace;

/* The pace of goal g (as goals_get gave it) as of now, with the rules of
 * goals-check(1) for each kind. */
int goals_pace_get(goals_pace *out, goals_store *s, const goals_goal *g,
		   goals_time now);

#endif
