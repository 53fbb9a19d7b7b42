/*
 * pace.h - pace maths: how fast a goal is moving against how fast it must
 * move to meet its deadline, and what deadline or target the pace so far
 * would reach.  Private.
 */
#ifndef GOALS_LIB_PACE_H
#define GOALS_LIB_PACE_H

#include <stddef.h>

#include "goals/smart.h"

enum pace_kind { PACE_TOTAL, PACE_LEVEL, PACE_HABIT };

struct pace {
	int known;              /* 1 when there is data enough to judge */
	int has_deadline;       /* 0: needed and new_target mean nothing */
	enum pace_kind kind;
	int met;                /* the target is already met */
	double current;         /* where the goal is now */
	double remaining;       /* distance still to go, in its direction */
	double needed;          /* per day, to meet the deadline */
	double so_far;          /* per day, so far (0 when going backwards) */
	double ratio;           /* needed / so_far; HUGE_VAL when so_far = 0 */
	int periods;            /* habit: complete periods looked at (<= 4) */
	int periods_met;        /* habit: of which the target was met */
	double average;         /* habit: the mean sum of those periods */
	goals_date new_deadline; /* today + remaining / so_far, or NONE */
	double new_target;      /* current +- so_far * days left */
};

/*
 * Compute the pace of a goal as of today towards deadline (NONE: no
 * deadline).  Total goals: average rate since the start (at least 7
 * days); level goals: least-squares slope over the last 42 days (at
 * least 3 entries over 14 days); habits: the last 4 complete periods
 * (weeks start on Monday).  out->known = 0 when the data does not allow
 * a judgement.  Returns 0.
 */
int pace_compute(struct pace *out, const goals_smart_input *in,
		 goals_date today, goals_date deadline);

/* The first day whose entries pace_compute needs in in->recent. */
goals_date pace_recent_from(const goals_fields *f, goals_date today);

/* Write a number as people read it: 12, 3.5, 0.25. */
void num_format(char *buf, size_t n, double v);

#endif
