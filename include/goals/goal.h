/*
 * goals/goal.h - the model: goals, their fields, kinds and statuses.
 *
 * A goal has a stable random id, a status and a chain of immutable
 * revisions; its current state is its newest revision, whose fields are
 * a goals_fields.  These are plain value types: the caller owns what it
 * holds and releases it with the matching *_clear / *_free function.
 */
#ifndef GOALS_GOAL_H
#define GOALS_GOAL_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"

/* How entries count towards the target. */
typedef enum goals_kind {
	GOALS_KIND_TOTAL = 1, /* entries add up from baseline to target */
	GOALS_KIND_LEVEL = 2, /* the latest measurement counts */
	GOALS_KIND_HABIT = 3, /* target times per `every` period */
	GOALS_KIND_DONE = 4   /* a milestone, achieved when closed */
} goals_kind;

/* The period of a habit. */
typedef enum goals_every {
	GOALS_EVERY_NONE = 0,
	GOALS_EVERY_DAY = 1,
	GOALS_EVERY_WEEK = 2, /* weeks start on Monday */
	GOALS_EVERY_MONTH = 3
} goals_every;

typedef enum goals_status {
	GOALS_STATUS_ACTIVE = 1,
	GOALS_STATUS_ACHIEVED = 2,
	GOALS_STATUS_ABANDONED = 3
} goals_status;

/* How often a goal is reviewed: n days, weeks or months ("2w"). */
typedef struct goals_review {
	int n;     /* 1..999; 0 means no review cadence */
	char unit; /* 'd', 'w' or 'm' */
} goals_review;

/* A goal's id: a random (version 4) UUID, kept as 32 lowercase hex digits. */
#define GOALS_ID_HEXLEN 32
#define GOALS_UUID_BUFSZ 37 /* 8-4-4-4-12 and a NUL */
#define GOALS_SHORT_MIN 7   /* shortest id shown */
#define GOALS_PREFIX_MIN 4  /* shortest prefix accepted */
typedef struct goals_id {
	char hex[GOALS_ID_HEXLEN + 1];
} goals_id;

/* Bits of goals_fields.set: which fields hold a value. */
enum goals_field_bit {
	GOALS_F_TEXT = 1u << 0,
	GOALS_F_AREA = 1u << 1,
	GOALS_F_KIND = 1u << 2,
	GOALS_F_METRIC = 1u << 3,
	GOALS_F_UNIT = 1u << 4,
	GOALS_F_BASELINE = 1u << 5,
	GOALS_F_TARGET = 1u << 6,
	GOALS_F_EVERY = 1u << 7,
	GOALS_F_START = 1u << 8,
	GOALS_F_DEADLINE = 1u << 9,
	GOALS_F_WHY = 1u << 10,
	GOALS_F_PARENT = 1u << 11,
	GOALS_F_CONFIDENCE = 1u << 12,
	GOALS_F_REVIEW = 1u << 13,
	GOALS_F_OVER = 1u << 14
};
#define GOALS_F_ALL 0x7fffu

/*
 * The fields of one revision.  A field holds a value only when its bit is
 * in `set`; strings are owned (heap) and freed by goals_fields_clear.
 * `parent` is the full id of the parent goal.
 */
typedef struct goals_fields {
	unsigned set;
	char *text;
	char *area;
	goals_kind kind;
	char *metric;
	char *unit;
	double baseline;
	double target;
	goals_every every;
	goals_date start;
	goals_date deadline;
	char *why;
	goals_id parent;
	int confidence; /* 0..10 */
	goals_review review;
	/* 1 when the deadline was read from the text when the revision was
	 * written ("by Friday" counts from that day), not given as a field */
	int deadline_from_text;
	/* level goals: judged on the mean of the entries of the last `over`
	 * days (1..366), not on the newest entry alone */
	int over;
} goals_fields;

/* Set every field to absent. */
void goals_fields_init(goals_fields *f);
/* Free the strings of f and set every field to absent; f may be NULL. */
void goals_fields_clear(goals_fields *f);
/* Set a string field (GOALS_F_TEXT, _AREA, _METRIC, _UNIT, _WHY) to a copy
 * of value, replacing any old value.  GOALS_ENOMEM on failure. */
int goals_fields_set_str(goals_fields *f, unsigned bit, const char *value);

/*
 * Check the fields of a revision, alone and against each other, and fill
 * in the kind when absent (habit with `every`, total with a target or a
 * baseline, done otherwise).  GOALS_EINVAL with a message saying what to change.  The
 * store verbs check again; callers check first to fail before opening.
 */
int goals_fields_check(goals_fields *f);

/* Progress of a goal, aggregated from its entries. */
typedef struct goals_progress {
	int has_current;   /* 0 for a level goal with no baseline or entry */
	double current;    /* see goals(1): depends on the kind */
	int has_percent;   /* 0 when there is no target to measure against */
	double percent;    /* 0..100 */
	int64_t entries;   /* number of progress entries */
	goals_time last_at; /* time of the newest entry, when entries > 0 */
} goals_progress;

/* A goal as stored: identity, status, current revision and progress. */
typedef struct goals_goal {
	goals_id id;
	int short_len; /* length of the shortest unique prefix, >= 7 */
	goals_status status;
	goals_time created;
	goals_time updated;
	int revision; /* number of the current revision, from 1 */
	goals_fields f;
	goals_progress progress;
	goals_time revised; /* when the current revision was written */
} goals_goal;

/* Free a goal returned by libgoals; g may be NULL. */
void goals_goal_free(goals_goal *g);

/* A list of goals. */
typedef struct goals_goal_list {
	goals_goal *items;
	size_t count;
} goals_goal_list;

/* Free a list and its goals; l may be NULL. */
void goals_goal_list_free(goals_goal_list *l);

/* Write id as a dashed UUID (GOALS_UUID_BUFSZ bytes). */
void goals_id_format(char *buf, const goals_id *id);

/* Names of enumerations, as used on the command line and in JSON. */
const char *goals_kind_name(goals_kind k);
const char *goals_every_name(goals_every e);
const char *goals_status_name(goals_status s);

#endif
