/*
 * attend.h - what `goals status` and `goals remind` share: their window
 * options, and judging every goal of the store for attention in one
 * read.
 */
#ifndef GOALS_CMD_ATTEND_H
#define GOALS_CMD_ATTEND_H

#include "cli.h"

/* Every goal judged, in list order, with its attention. */
struct attend {
	goals_goal_list goals;
	goals_attention *att; /* one per goal */
};

/*
 * Parse a window option ("7d", "2w", "1m": a month counts 30 days) into
 * days.  Reports a bad one naming the option and returns 2; else 0.
 */
int attend_days(int *out, const char *option, const char *v);

/* Judge the goals of the given statuses (a bitmask of 1u << status) as
 * of the clock.  Reports a failure and returns its exit code; else 0. */
int attend_load(struct attend *out, unsigned statuses,
		const goals_attention_opts *o);

void attend_free(struct attend *a);

#endif
