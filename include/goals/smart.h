/*
 * goals/smart.h - judging a goal against the SMART criteria, as a good
 * coach would: per letter a verdict, a stable reason code, the reason in
 * plain words and a concrete suggestion.
 *
 * The judgement is a pure function of the goal's current fields, a
 * summary of its progress entries and "now": it reads the structured
 * fields and the user's own words (structured fields win where both
 * speak).  "Not SMART" is a result, never an error.
 */
#ifndef GOALS_SMART_H
#define GOALS_SMART_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "goal.h"
#include "store.h"

typedef enum goals_verdict {
	GOALS_PASS = 0,
	GOALS_WARN = 1,
	GOALS_FAIL = 2
} goals_verdict;

typedef enum goals_letter {
	GOALS_SPECIFIC = 0,
	GOALS_MEASURABLE = 1,
	GOALS_ACHIEVABLE = 2,
	GOALS_RELEVANT = 3,
	GOALS_TIME_BOUND = 4,
	GOALS_LETTERS = 5
} goals_letter;

#define GOALS_SMART_MSG 320

/*
 * The version of the engine's rules.  It grows whenever a goal's
 * verdicts, codes or advice may change for the same input, so that a
 * judgement kept (a cache of the reading of each revision) can tell it
 * is stale.  The judgement is a pure function of the revision's text,
 * the day it was written, its fields, its progress and "now".
 */
#define GOALS_SMART_RULES_VERSION 1

/* The judgement of one letter. */
typedef struct goals_criterion {
	goals_verdict verdict;
	const char *code;                   /* stable: "state-only", ... */
	char reason[GOALS_SMART_MSG];       /* one line, plain words */
	char suggestion[GOALS_SMART_MSG];   /* "" when there is nothing to do */
} goals_criterion;

/* The judgement of a goal. */
typedef struct goals_smart {
	goals_criterion c[GOALS_LETTERS];
	goals_date deadline;    /* the deadline judged, or NONE */
	int deadline_from_text; /* 1 when it was read from the text */
} goals_smart;

/* One progress entry, as the judgement needs it. */
typedef struct goals_point {
	goals_date day; /* the local day it counts for */
	double value;
} goals_point;

/* What the judgement reads. */
typedef struct goals_smart_input {
	const goals_fields *f;   /* the current revision */
	goals_status status;
	goals_date created;      /* local day the goal was created */
	int64_t count;           /* number of entries */
	double sum;              /* sum of all entries */
	const goals_point *recent; /* entries on or after recent_from, by day */
	size_t n_recent;
	goals_date recent_from;  /* see goals_smart_recent_from */
	/* When the current revision was written (goals_goal.revised): its
	 * words are read as of that day.  0 for fields not stored yet: they
	 * are read as of now, and a deadline in the text counts as the
	 * deadline when the fields have none. */
	goals_time revised;
} goals_smart_input;

/* The first day whose entries the judgement needs in `recent` (the last
 * 42 days for level goals, the last 4 complete periods for habits). */
goals_date goals_smart_recent_from(const goals_fields *f, goals_date today);

/* Judge a goal as of now.  Returns GOALS_OK (or GOALS_EINVAL for a NULL
 * argument); the verdicts are in *out. */
int goals_smart_check(goals_smart *out, const goals_smart_input *in,
		      goals_time now);

/*
 * Judge a stored goal (as goals_get or goals_list gave it) as of now:
 * loads what the judgement needs from the store, in one transaction
 * unless one is open.
 */
int goals_check(goals_smart *out, goals_store *s, const goals_goal *g,
		goals_time now);

/* "specific", "measurable", "achievable", "relevant", "time_bound". */
const char *goals_letter_name(goals_letter l);
/* "pass", "warn", "fail". */
const char *goals_verdict_name(goals_verdict v);

#endif
