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

typedef struct goals_entry {
	goals_id id;
	goals_id goal;
	goals_time at;  /* UTC instant */
	goals_date day; /* the local day it counts for */
	double value;
	char *note;     /* NULL when none */
} goals_entry;

typedef struct goals_entry_list {
	goals_entry *items;
	size_t count;
} goals_entry_list;

/* Free the note of e; e may be NULL. */
void goals_entry_clear(goals_entry *e);
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

/* The newest `limit` entries of a goal (by id), newest first. */
int goals_entries_recent(goals_entry_list *out, goals_store *s,
			 const goals_id *goal, size_t limit);

#endif
