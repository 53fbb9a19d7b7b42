/*
 * goals/attention.h - what needs attention: for `goals status` and `goals
 * remind`, which group a goal is in (overdue, behind, due soon, stale,
 * review due, on track, achieved recently) and why, in stable codes and
 * plain words.
 */
#ifndef GOALS_ATTENTION_H
#define GOALS_ATTENTION_H

#include <stddef.h>

#include "date.h"
#include "goal.h"
#include "store.h"

/* The groups, most urgent first.  A goal is in every group whose reason
 * holds, and shown in the first of them. */
typedef enum goals_group {
	GOALS_GROUP_OVERDUE = 0,  /* the deadline has passed */
	GOALS_GROUP_BEHIND = 1,   /* behind the pace its deadline needs */
	GOALS_GROUP_DUE_SOON = 2, /* due within the window */
	GOALS_GROUP_STALE = 3,    /* no entry for the stale window */
	GOALS_GROUP_REVIEW = 4,   /* its review cadence has come round */
	GOALS_GROUP_ON_TRACK = 5, /* active, and none of the above */
	GOALS_GROUP_ACHIEVED = 6, /* achieved recently */
	GOALS_GROUPS = 7
} goals_group;

/* The reasons a goal may give, at most one per group. */
#define GOALS_ATTENTION_MAX GOALS_GROUPS

typedef struct goals_reason {
	goals_group group;
	const char *code; /* stable: "overdue", "met", "due-soon", ... */
	char text[160];   /* one line, plain words */
} goals_reason;

typedef struct goals_attention {
	unsigned groups;    /* bits 1u << goals_group */
	goals_group group;  /* the first of them */
	goals_reason why[GOALS_ATTENTION_MAX];
	size_t n_why;
	int needs_attention; /* in overdue, behind, due soon, stale or
			      * review due: what `goals remind` prints */
} goals_attention;

/* The windows of a judgement, in days. */
typedef struct goals_attention_opts {
	int within;   /* due soon: a deadline within this many days (7) */
	int stale;    /* stale: no entry for this many days (14) */
	int achieved; /* achieved recently: within this many days (14) */
} goals_attention_opts;

/* The defaults: 7, 14 and 14 days. */
void goals_attention_defaults(goals_attention_opts *o);

/*
 * Judge goal g (as goals_get or goals_list gave it) as of now.  Active
 * goals land in one of the first six groups; an achieved goal is in
 * GOALS_GROUP_ACHIEVED when it was achieved within o->achieved days, and
 * in no group otherwise (groups == 0), as is an abandoned one.
 */
int goals_attention_get(goals_attention *out, goals_store *s,
			const goals_goal *g, const goals_attention_opts *o,
			goals_time now);

/* "overdue", "behind", "due_soon", "stale", "review_due", "on_track",
 * "achieved". */
const char *goals_group_name(goals_group g);

#endif
