/*
 * goals/fsck.h - checking a store, as git fsck checks a repository: the
 * file (SQLite's integrity check), the links between its rows (foreign
 * keys), its schema, and what the model promises of the data (revision
 * numbers contiguous from 1, the sums kept by triggers equal to what
 * their entries give, voids marking entries of their own goal, parents
 * without a loop, a goal's status that of its newest change, well-formed
 * ids, times, days and text).
 *
 * A check only reads: it never repairs and never writes, and it works on
 * a store opened read-only.  Each problem is handed to a callback as
 * data -- what is wrong (a code), which record, what was expected and
 * what was found -- so that memory does not grow with the number of
 * problems, and the caller words them.
 */
#ifndef GOALS_FSCK_H
#define GOALS_FSCK_H

#include <stddef.h>
#include <stdint.h>

#include "goal.h"
#include "store.h"

/* What is wrong.  Append-only: values never change meaning. */
typedef enum goals_fsck_code {
	/* the file: SQLite's integrity check found damage; `detail` says
	 * what it reported (then nothing else is checked) */
	GOALS_FSCK_DAMAGED = 1,
	/* a row points at a row that is not there (`record` is the table,
	 * `id` its row id, `expected` the table it points at) */
	GOALS_FSCK_FOREIGN_KEY = 2,
	/* a table, index or trigger of the schema is missing or differs
	 * from the one this version of goals makes, or a trigger is there
	 * that it does not make (`record` is its type, `id` its name) */
	GOALS_FSCK_SCHEMA_MISSING = 3,
	GOALS_FSCK_SCHEMA_CHANGED = 4,
	GOALS_FSCK_SCHEMA_EXTRA = 5,
	/* a goal without revision 1, or whose revision numbers are not
	 * 1, 2, ... n (`expected` "1..n", `found` the numbers) */
	GOALS_FSCK_REVISION_NUMBERS = 6,
	/* a goal whose current revision is not its newest one */
	GOALS_FSCK_CURRENT_REVISION = 7,
	/* the count, sum, scale, newest time or newest value of a goal's
	 * entries, kept on the goal, differs from its entries that are not
	 * void */
	GOALS_FSCK_ENTRY_COUNT = 8,
	GOALS_FSCK_ENTRY_SUM = 9,
	GOALS_FSCK_ENTRY_SCALE = 10,
	GOALS_FSCK_LAST_ENTRY = 11,
	/* a week's or a month's sum kept for a goal differs from its
	 * entries, is missing, or is kept where there are no entries
	 * (`id` is "week 2026-11-23" or "month 2026-11-01") */
	GOALS_FSCK_PERIOD_SUM = 12,
	GOALS_FSCK_PERIOD_MISSING = 13,
	GOALS_FSCK_PERIOD_EXTRA = 14,
	/* an entry marked void that no void names, or named by a void and
	 * not marked */
	GOALS_FSCK_VOID_MARK = 15,
	/* a void whose goal is not the goal of the entry it voids */
	GOALS_FSCK_VOID_GOAL = 16,
	/* a goal's status is not the one its newest change of status gives
	 * (active when it has none) */
	GOALS_FSCK_STATUS = 17,
	/* goals whose current parents lead back to themselves (one problem
	 * per loop, `detail` lists it) */
	GOALS_FSCK_PARENT_LOOP = 18,
	/* an id that is not 32 lowercase hex digits, or a revision without
	 * an id */
	GOALS_FSCK_BAD_ID = 19,
	/* a time that is not YYYY-MM-DDTHH:MM:SSZ, or a day that is not a
	 * real YYYY-MM-DD (`detail` names the column) */
	GOALS_FSCK_BAD_TIME = 20,
	GOALS_FSCK_BAD_DAY = 21,
	/* an entry's day more than a day away from the UTC day of its time
	 * (no time zone is that far) */
	GOALS_FSCK_ENTRY_DAY = 22,
	/* text that is not valid UTF-8 or holds control characters (`detail`
	 * names the column and says what is wrong) */
	GOALS_FSCK_BAD_TEXT = 23
} goals_fsck_code;

/* Sizes of the text of a problem, NUL included. */
#define GOALS_FSCK_ID_BUFSZ 64
#define GOALS_FSCK_VALUE_BUFSZ 64
#define GOALS_FSCK_DETAIL_BUFSZ 256

/* One problem.  Strings are "" when they do not apply, and are valid
 * UTF-8 without control characters whatever the store holds (a byte that
 * is not is written \xNN), cut short to fit. */
typedef struct goals_fsck_problem {
	goals_fsck_code code;
	/* the kind of record: "store", "table", "index", "trigger", "goal",
	 * "revision", "entry", "void", "event", "period" or a table name */
	const char *record;
	/* the goal it belongs to (all zeros when none or unknown) */
	goals_id goal;
	/* the record: an id (32 hex), a revision number, a period, a name */
	char id[GOALS_FSCK_ID_BUFSZ];
	/* what the store should hold, and what it holds */
	char expected[GOALS_FSCK_VALUE_BUFSZ];
	char found[GOALS_FSCK_VALUE_BUFSZ];
	/* more words, where a code needs them: SQLite's report of damage,
	 * the column, the goals of a loop */
	char detail[GOALS_FSCK_DETAIL_BUFSZ];
} goals_fsck_problem;

/* Called once per problem, in the order they are found; a non-zero
 * return stops the check, which returns it.  p is borrowed. */
typedef int (*goals_fsck_fn)(void *ctx, const goals_fsck_problem *p);

/* What a check went through. */
typedef struct goals_fsck_stats {
	int64_t goals, revisions, entries, voids, events;
	int64_t problems;
} goals_fsck_stats;

/*
 * Check the store, in one read transaction: GOALS_OK when the check ran
 * to its end (whether or not it found problems: stats->problems says how
 * many, each was given to cb), or the error that stopped it (a storage
 * error, or the callback's value).  Damage to the file found by SQLite's
 * integrity check is reported as problems, and ends the check there:
 * the rest would read damaged pages.  stats may be NULL.
 */
int goals_fsck(goals_store *s, goals_fsck_fn cb, void *ctx,
	       goals_fsck_stats *stats);

/* A stable name of a code, for JSON and scripts: "damaged",
 * "foreign-key", "revision-numbers", "entry-sum", ...; NULL for an
 * unknown code. */
const char *goals_fsck_code_name(goals_fsck_code code);

/* Render a problem as a JSON object: { "code" (its name), "record",
 * "goal" (a UUID, or null), "id", "expected", "found", "detail" (null
 * where empty) }.  *out is the caller's, to free(). */
int goals_fsck_problem_json(char **out, const goals_fsck_problem *p);

#endif
