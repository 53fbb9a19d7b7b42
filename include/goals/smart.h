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
#define GOALS_SMART_RULES_VERSION 2

/*
 * Advice is data: what a suggestion is for (a goals_advice code), what
 * it does (a goals_action) and, for a change of fields, each field with
 * the value it proposes.  The caller words it; the library names no
 * command-line option.  Codes are stable; new ones may be added.
 */
typedef enum goals_advice {
	GOALS_ADVICE_NONE = 0,
	/* Specific: the goal's words */
	GOALS_ADVICE_NAME_ACTION,     /* say what you will do: a verb, an object */
	GOALS_ADVICE_ACT_FOR_INSIGHT, /* an action that would bring the insight */
	GOALS_ADVICE_ACT_WHEN_IT_STARTS, /* what you will do when the feeling
					  * (quote) starts */
	GOALS_ADVICE_STATE_AS_ACT,    /* the state (quote) as something done */
	GOALS_ADVICE_STEPS_UNDER,     /* keep it long-term, add steps under it */
	GOALS_ADVICE_NAME_THE_THING,  /* not a general verb and object (quote) */
	GOALS_ADVICE_WHO_OR_WHAT,     /* who or what, and how many (quote) */
	GOALS_ADVICE_ACTION_HOW_OFTEN, /* a vague verb (quote): the action, how
					* often, when */
	GOALS_ADVICE_ACTION_FOR_STATE, /* a doing verb on a state (quote) */
	GOALS_ADVICE_HOW_MUCH,        /* a comparative (quote): a number */
	GOALS_ADVICE_WHAT_IT_MEANS,   /* a comparative outcome (quote): what
				       * "better" means */
	GOALS_ADVICE_DROP_TRY,        /* drop "try to" */
	/* Measurable */
	GOALS_ADVICE_RECORD_QUANTITY, /* the number of the words, as fields */
	GOALS_ADVICE_RECORD_HABIT,    /* the frequency of the words, as fields */
	GOALS_ADVICE_SET_TARGET,      /* what is measured is named: a target */
	GOALS_ADVICE_RATE_FEELING,    /* rate it 0-10, higher is better */
	GOALS_ADVICE_RATE_DISTRESS,   /* rate it 0-10, lower is better */
	GOALS_ADVICE_NAME_THE_ACT,    /* or name what you would do */
	GOALS_ADVICE_SESSIONS,        /* a skill: sessions a week */
	GOALS_ADVICE_MILESTONE,       /* or a milestone that shows it */
	GOALS_ADVICE_AMOUNT_BY_DATE,  /* money: an amount and a date */
	GOALS_ADVICE_ACT_A_WEEK,      /* someone: one act for them a week */
	GOALS_ADVICE_COUNT_OR_STEP,   /* how much, how often, or a one-off step */
	/* Achievable */
	GOALS_ADVICE_REACHABLE,       /* replace the absolute (quote) */
	GOALS_ADVICE_FIRST_PERIOD,    /* abstaining: a first period, then review */
	GOALS_ADVICE_OWN_PART,        /* aim at your own part */
	GOALS_ADVICE_SMALLER_STEP,    /* a smaller step, until you are confident */
	GOALS_ADVICE_FEWER_HOURS,     /* the hours a day allows */
	GOALS_ADVICE_SAFE_RATE,       /* 0.5 to 1 kg a week */
	GOALS_ADVICE_FIRST_STEP,      /* a first step from the baseline */
	GOALS_ADVICE_MORE_TIME,       /* a later deadline */
	GOALS_ADVICE_PACE_DEADLINE,   /* the deadline the pace so far reaches */
	GOALS_ADVICE_PACE_TARGET,     /* the target the pace so far reaches */
	GOALS_ADVICE_LOG_PROGRESS,    /* log what you have done */
	GOALS_ADVICE_LOWER_TARGET,    /* no progress: a target already reached */
	GOALS_ADVICE_HABIT_LOWER,     /* a habit: what you managed a period */
	GOALS_ADVICE_HABIT_LONGER,    /* a habit: a longer period */
	GOALS_ADVICE_HABIT_SMALLER,   /* a habit: a step that fits the period */
	GOALS_ADVICE_OWN_STEP,        /* others judge: a step all your own */
	GOALS_ADVICE_RATE_CONFIDENCE, /* how sure are you, 0-10 */
	/* Relevant */
	GOALS_ADVICE_WHY,             /* what it will change for you */
	GOALS_ADVICE_OWN_WHY,         /* an obligation: what you want from it */
	GOALS_ADVICE_SERVES,          /* the longer-term goal it serves */
	/* Time-bound */
	GOALS_ADVICE_DEADLINE,        /* a deadline */
	GOALS_ADVICE_REVIEW,          /* a review cadence */
	GOALS_ADVICE_CLOSE,           /* close it as achieved */
	GOALS_ADVICE_LET_GO,          /* close it, as achieved or abandoned */
	GOALS_ADVICE_NEARER_STEP,     /* a nearer step under it */
	GOALS_ADVICE_EXACT_DATE,      /* the date, written one way */
	GOALS_ADVICE_AGREE,           /* the deadline the words give */
	GOALS_ADVICE_COUNT            /* the number of codes */
} goals_advice;

/* What following a suggestion does. */
typedef enum goals_action {
	GOALS_ACT_REWORD = 0, /* change the goal's words: yours to write */
	GOALS_ACT_REFINE = 1, /* give the fields of `set` their values, in one
			       * new revision */
	GOALS_ACT_STEP = 2,   /* add a goal with this one as its parent */
	GOALS_ACT_CLOSE = 3,  /* close the goal as achieved */
	GOALS_ACT_LOG = 4     /* log progress */
} goals_action;

#define GOALS_SETTINGS_MAX 3 /* fields one suggestion sets */
#define GOALS_SETTING_MAX 32 /* bytes of a proposed value, NUL included */
#define GOALS_ADVICE_MAX 2   /* suggestions of one letter */
#define GOALS_QUOTE_MAX 128  /* bytes of a quote of the goal's words */

/* A field and the value proposed for it, as the field is written on
 * input ("5", "total", "week", "2025-07-27", "2w", "30d").  "" when the
 * value is yours to give: a why, a confidence, a parent, an amount. */
typedef struct goals_setting {
	unsigned field; /* one GOALS_F_* bit of goal.h */
	char value[GOALS_SETTING_MAX];
} goals_setting;

/* One suggestion. */
typedef struct goals_suggestion {
	goals_advice advice;
	goals_action action;
	int n_set;
	goals_setting set[GOALS_SETTINGS_MAX]; /* GOALS_ACT_REFINE */
} goals_suggestion;

/* The judgement of one letter. */
typedef struct goals_criterion {
	goals_verdict verdict;
	const char *code;                   /* stable: "state-only", ... */
	char reason[GOALS_SMART_MSG];       /* one line, plain words */
	/* what to do: alternatives, any one of which will do (none when
	 * there is nothing to do) */
	int n_advice;
	goals_suggestion advice[GOALS_ADVICE_MAX];
	/* the goal's words the advice is about, as written, whole words
	 * only ("be happier", "never"), or "" */
	char quote[GOALS_QUOTE_MAX];
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
/* The stable name of an advice code: "rate-feeling", ...; NULL when
 * out of range. */
const char *goals_advice_name(goals_advice a);
/* "reword", "refine", "step", "close", "log". */
const char *goals_action_name(goals_action a);

#endif
