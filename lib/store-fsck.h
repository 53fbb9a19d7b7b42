/*
 * store-fsck.h - what goals fsck reads from a store: SQLite's own
 * checks, the schema beside a fresh one, and, for each invariant of the
 * model, the values kept beside the values recomputed from the rows they
 * come from.  The store only reads and hands rows over; fsck.c judges
 * them.  Private.
 */
#ifndef GOALS_LIB_STORE_FSCK_H
#define GOALS_LIB_STORE_FSCK_H

#include <stdint.h>

#include "goals/fsck.h"
#include "goals/store.h"

/* Row callbacks: a non-zero return stops the walk, which returns it. */

/* SQLite's integrity check: each line of damage it reports (none for a
 * sound file). */
int store_fsck_integrity(goals_store *s,
			 int (*cb)(void *ctx, const char *line), void *ctx);

/* Each row that points at a row that is not there. */
int store_fsck_foreign_keys(goals_store *s,
			    int (*cb)(void *ctx, const char *table,
				      int64_t rowid, const char *parent),
			    void *ctx);

/* Each table, index, trigger and view of the store or of a fresh one,
 * in order of type and name: have_sql NULL when the store lacks it,
 * want_sql NULL when a fresh store would not have it. */
int store_fsck_schema(goals_store *s,
		      int (*cb)(void *ctx, const char *type, const char *name,
				const char *have_sql, const char *want_sql),
		      void *ctx);

/* How many goals, revisions, entries, voids and events there are. */
int store_fsck_counts(goals_store *s, goals_fsck_stats *out);

/* A goal's revisions: its current number and the numbers there are. */
typedef struct store_fsck_revs {
	goals_id goal;
	int64_t current; /* goals.revision */
	int64_t n;       /* how many revisions */
	int64_t min, max; /* their lowest and highest numbers (n > 0) */
	int64_t no_id;   /* how many have no id */
} store_fsck_revs;
int store_fsck_revisions(goals_store *s,
			 int (*cb)(void *ctx, const store_fsck_revs *r),
			 void *ctx);

/* What a goal keeps of its entries, or what they give. */
typedef struct store_fsck_sums {
	int64_t n;
	double sum;
	int64_t scale;
	const char *last_at; /* NULL when there is no entry */
	double last_value;
} store_fsck_sums;
int store_fsck_goal_sums(goals_store *s,
			 int (*cb)(void *ctx, const goals_id *goal,
				   const store_fsck_sums *kept,
				   const store_fsck_sums *actual),
			 void *ctx);

/* A goal's period (a week from Monday, a month): as kept and as its
 * entries give it (has_* 0 where there is none). */
typedef struct store_fsck_period {
	goals_id goal;
	const char *every; /* "week" or "month" */
	const char *first; /* its first day */
	int has_kept, has_actual;
	double kept_sum, actual_sum;
	int64_t kept_n, actual_n, kept_scale, actual_scale;
} store_fsck_period;
int store_fsck_periods(goals_store *s,
		       int (*cb)(void *ctx, const store_fsck_period *p),
		       void *ctx);

/* Each entry whose void mark disagrees with the voids: marked void
 * (voided = 1) with no void naming it, or named and not marked. */
int store_fsck_void_marks(goals_store *s,
			  int (*cb)(void *ctx, const goals_id *goal,
				    const goals_id *entry, int marked),
			  void *ctx);

/* Each void whose goal is not its entry's goal. */
int store_fsck_void_goals(goals_store *s,
			  int (*cb)(void *ctx, const goals_id *void_id,
				    const goals_id *void_goal,
				    const goals_id *entry_goal),
			  void *ctx);

/* Each goal's status and the type of its newest change of status (NULL
 * when it has none). */
int store_fsck_statuses(goals_store *s,
			int (*cb)(void *ctx, const goals_id *goal,
				  const char *status, const char *newest),
			void *ctx);

/* Each goal and the parent its current revision names (NULL for none),
 * in order of goal id. */
int store_fsck_parents(goals_store *s,
		       int (*cb)(void *ctx, const goals_id *goal,
				 const char *parent),
		       void *ctx);

/* What a column check looks for. */
enum store_fsck_col {
	FSCK_COL_ID,        /* not 32 lowercase hex digits */
	FSCK_COL_NO_ID,     /* NULL where an id belongs */
	FSCK_COL_TIME,      /* not YYYY-MM-DDTHH:MM:SSZ, a real instant */
	FSCK_COL_DAY,       /* not a real YYYY-MM-DD */
	FSCK_COL_ENTRY_DAY, /* an entry's day far from its time */
	FSCK_COL_TEXT,      /* every value, for fsck.c to check as text */
	FSCK_COL_NOTE       /* the same, where newlines are allowed */
};

/* A value of a column: the record it is in, the goal of the record. */
typedef struct store_fsck_value {
	enum store_fsck_col check;
	const char *record; /* "goal", "revision", "entry", ... */
	const char *column;
	goals_id goal;      /* empty when unknown */
	const char *id;     /* the record: an id or a revision number */
	const char *value;  /* NULL for NULL */
	int64_t len;        /* its length in bytes (it may hold a NUL) */
} store_fsck_value;

/* The values that fail each check on ids, times and days (found by
 * SQL), and every value of the text columns. */
int store_fsck_columns(goals_store *s,
		       int (*cb)(void *ctx, const store_fsck_value *v),
		       void *ctx);

#endif
