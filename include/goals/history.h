/*
 * goals/history.h - how goals change: refining a goal into a new
 * revision, closing and reopening it, deleting it, its history, and the
 * tree that parent goals make.
 */
#ifndef GOALS_HISTORY_H
#define GOALS_HISTORY_H

#include <stddef.h>

#include "date.h"
#include "entry.h"
#include "goal.h"
#include "store.h"

/* One revision: immutable once written. */
typedef struct goals_revision {
	int number;    /* 1 for the goal as added */
	goals_time at;
	char *message; /* why it changed; NULL for none */
	goals_fields f;
	goals_id id;   /* its own id, for merging stores */
} goals_revision;

typedef enum goals_event_type {
	GOALS_EVENT_ACHIEVED = 1,
	GOALS_EVENT_ABANDONED = 2,
	GOALS_EVENT_REOPENED = 3
} goals_event_type;

/* A change of status, with its time and message. */
typedef struct goals_event {
	goals_id id;
	goals_event_type type;
	goals_time at;
	char *message; /* NULL for none */
} goals_event;

/* A goal's history: its revisions, events and the voids of its entries,
 * each oldest first. */
typedef struct goals_history {
	goals_revision *revisions;
	size_t n_revisions;
	goals_event *events;
	size_t n_events;
	goals_void *voids;
	size_t n_voids;
} goals_history;

/* Free what a history holds; h may be NULL. */
void goals_history_free(goals_history *h);

/* "achieved", "abandoned", "reopened". */
const char *goals_event_name(goals_event_type t);

/* The bits (GOALS_F_*) of the fields whose values differ between a and b
 * (a field set in one and not the other differs). */
unsigned goals_fields_diff(const goals_fields *a, const goals_fields *b);

/*
 * Refine goal id: a new revision with the fields of `changes` (those in
 * changes->set) set, those in `clear` (GOALS_F_* bits) cleared, and the
 * rest as they were, with message (may be NULL).  GOALS_EINVAL when that
 * changes nothing, when a required field would be cleared (text, kind),
 * when the fields do not check, or when the new parent is the goal itself
 * or one of its descendants.  *out (optional) is the refined goal.
 */
int goals_refine(goals_goal **out, goals_store *s, const goals_id *id,
		 const goals_fields *changes, unsigned clear,
		 const char *message, goals_time now);

/* Read the history of goal id. */
int goals_history_get(goals_history *out, goals_store *s, const goals_id *id);

/*
 * Set the status of goal id (achieved or abandoned closes it, active
 * reopens it) and record the change with message (may be NULL).
 * GOALS_EINVAL when it already has that status, or when closing a goal
 * that is closed the other way (reopen it first).
 */
int goals_set_status(goals_store *s, const goals_id *id, goals_status to,
		     const char *message, goals_time now);

/*
 * Delete goal id with its revisions, entries and events.  When other
 * goals name it as parent: GOALS_EINVAL unless force, and with force each
 * such child gets a new revision without a parent (message "parent goal
 * deleted"), so it lives on and its history says why.
 */
int goals_remove(goals_store *s, const goals_id *id, int force,
		 goals_time now);

/* The ids of the goals whose current revision names id as parent, oldest
 * first; *out is malloc'd (NULL when none). */
int goals_children(goals_id **out, size_t *n, goals_store *s,
		   const goals_id *id);

#endif
