/*
 * goals/entry.h - progress entries: immutable records of a value logged
 * against a goal at an instant, counted for a local calendar day fixed
 * when logged (a later change of time zone never moves it).
 */
#ifndef GOALS_ENTRY_H
#define GOALS_ENTRY_H

#include <stddef.h>

#include "date.h"
#include "goal.h"
#include "store.h"

/*
 * A void: the record of a correction.  It takes one entry out of every
 * sum, count and listing of progress, for good; the entry itself stays,
 * as it was logged.  A void names its entry by id, so that stores merged
 * from exports never bring a voided entry back.
 */
typedef struct goals_void {
	goals_id id;
	goals_id entry;  /* the entry it voids */
	goals_id goal;
	goals_time at;   /* when the correction was made */
	char *reason;    /* NULL when none */
	int has_entry;   /* 1 when the entry is known: its day and value */
	goals_date day;
	double value;
	int short_len;   /* the shortest prefix of the entry's id that tells
			  * it from every other entry's (>= 7) */
} goals_void;

typedef struct goals_entry {
	goals_id id;
	goals_id goal;
	goals_time at;  /* UTC instant */
	goals_date day; /* the local day it counts for */
	double value;
	char *note;     /* NULL when none */
	int short_len;  /* shortest unique prefix among entries (>= 7) */
	int voided;     /* 1 when a void takes it out: see v */
	goals_void v;   /* the void, when voided */
} goals_entry;

typedef struct goals_entry_list {
	goals_entry *items;
	size_t count;
} goals_entry_list;

/* Free the note of e (and its void's reason); e may be NULL. */
void goals_entry_clear(goals_entry *e);
/* Free the reason of v; v may be NULL. */
void goals_void_clear(goals_void *v);
/* Free a list and its entries; l may be NULL. */
void goals_entry_list_free(goals_entry_list *l);

/*
 * Log value against the goal whose id prefix is `goal`, at instant `at`,
 * counted for the local day of `at`, with an optional note (newlines
 * allowed).  Only active goals take entries; a value is finite and at
 * most 1e15 either way.  *out (optional) receives the entry; free it with
 * goals_entry_clear.
 */
int goals_entry_add(goals_entry *out, goals_store *s, const char *goal,
		    double value, goals_time at, const char *note);

/* The newest `limit` entries of a goal (by id) that are not void, newest
 * first. */
int goals_entries_recent(goals_entry_list *out, goals_store *s,
			 const goals_id *goal, size_t limit);

/* Every entry of a goal, newest first, the voided ones with their void. */
int goals_entries_all(goals_entry_list *out, goals_store *s,
		      const goals_id *goal);

/*
 * Resolve an entry id prefix (4 or more hex digits, as for goals) to an
 * entry's id.  GOALS_EINVAL for something that is not a prefix,
 * GOALS_ENOTFOUND when no entry matches, GOALS_EAMBIGUOUS when several do
 * (the message lists them).
 */
int goals_entry_resolve(goals_id *out, goals_store *s, const char *prefix);

/*
 * Void the entry whose id prefix is `entry`, at instant now, with an
 * optional reason (newlines allowed).  GOALS_EINVAL when it is void
 * already.  *out (optional) receives the void, with the entry's day and
 * value; free it with goals_void_clear.
 */
int goals_entry_void(goals_void *out, goals_store *s, const char *entry,
		     const char *reason, goals_time now);

/*
 * Void the entry of the goal whose id prefix is `goal` that was logged
 * last and is not void already (undo the last `goals progress ID VALUE`,
 * even when --at gave it an earlier time).  GOALS_EINVAL
 * when it has none.  *out as for goals_entry_void.
 */
int goals_entry_undo(goals_void *out, goals_store *s, const char *goal,
		     const char *reason, goals_time now);

#endif
