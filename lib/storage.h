/*
 * storage.h - the verbs of the store.  Private to libgoals.
 *
 * store.c is the only file that includes sqlite3.h: everything else asks
 * for what it needs through these verbs, never with SQL.  The verbs do not
 * open transactions themselves; the caller brackets one command's verbs
 * with store_begin and store_commit (or store_rollback).
 */
#ifndef GOALS_LIB_STORAGE_H
#define GOALS_LIB_STORAGE_H

#include <stddef.h>
#include <stdint.h>

#include "goals/entry.h"
#include "goals/history.h"
#include "goals/smart.h"
#include "goals/store.h"

/* Aggregates of a goal's entries, kept up to date by the store. */
typedef struct store_agg {
	int64_t n;           /* number of entries */
	double sum;          /* sum of their values */
	goals_time last_at;  /* newest entry's time, when n > 0 */
	double last_value;   /* newest entry's value, when n > 0 */
} store_agg;

/* A goal as read from the store: the goal (without progress and short
 * id, which the caller computes), its row id and its aggregates. */
typedef struct store_row {
	goals_goal g;
	int64_t gid;
	store_agg agg;
} store_row;

/* Called once per goal; the callee owns row->g.f's strings (free them
 * with goals_fields_clear).  A non-zero return stops the walk and is
 * returned by the walk. */
typedef int (*store_row_cb)(void *ctx, store_row *row);

/* Open a transaction: write != 0 takes the write lock at once
 * (BEGIN IMMEDIATE), waiting up to the busy timeout. */
int store_begin(goals_store *s, int write);
int store_commit(goals_store *s);
/* Roll back the open transaction, if any.  Never fails. */
void store_rollback(goals_store *s);
/* 1 while a transaction is open. */
int store_in_txn(const goals_store *s);

/* Insert a goal row; *gid receives its row id. */
int store_goal_insert(goals_store *s, const goals_id *id, goals_status status,
		      goals_time created, int64_t *gid);

/* Insert revision `number` of goal gid, with a new random id, and make
 * it the current one. */
int store_revision_insert(goals_store *s, int64_t gid, int number,
			  goals_time at, const char *message,
			  const goals_fields *f);

/* Insert revision r of goal gid as it is (its id and number), and
 * nothing else: the goal's current revision is the caller's to set. */
int store_revision_put(goals_store *s, int64_t gid, const goals_revision *r);

/* Return 1 in *exists when a goal has exactly this id. */
int store_goal_exists(goals_store *s, const goals_id *id, int *exists);

/*
 * Find goals whose id starts with hex prefix: up to `max` of them into
 * ids[] (and their current text into texts[], malloc'd, when texts is
 * not NULL).  *count receives how many matched, up to max + 1, so that
 * "more than max" can be told.
 */
int store_goal_match(goals_store *s, const char *prefix, goals_id *ids,
		     char **texts, size_t max, size_t *count);

/* Read one goal by its full id.  GOALS_ENOTFOUND if there is none. */
int store_goal_read(goals_store *s, const goals_id *id, store_row *out);

/* Walk the goals that match filter, ordered by deadline (none last),
 * then creation. */
int store_goal_walk(goals_store *s, const goals_filter *filter,
		    store_row_cb cb, void *ctx);

/*
 * The ids nearest to id in sort order (the one before and after); either
 * may be absent (has_* = 0).  Used for the shortest unique prefix.
 */
int store_id_neighbours(goals_store *s, const goals_id *id, goals_id *prev,
			int *has_prev, goals_id *next, int *has_next);

/* All goal ids in sorted order; *out is malloc'd (NULL when none). */
int store_id_all(goals_store *s, goals_id **out, size_t *n);

/*
 * Walk every goal in id order, calling cb with its id and status, and
 * with its current text when its id is in [lo, hi) (NULL otherwise): one
 * read of the goals' ids, and of the texts asked for.  A non-zero return
 * of cb stops the walk and is returned.
 */
typedef int (*store_brief_cb)(void *ctx, const goals_id *id,
			      goals_status status, const char *text);
int store_goal_briefs(goals_store *s, const char *lo, const char *hi,
		      store_brief_cb cb, void *ctx);

/* One habit period: its first day and the sum of its entries' values. */
typedef struct store_period {
	goals_date first;
	double sum;
} store_period;

/*
 * Sum a goal's entries by period (day, week from Monday, month) over the
 * days from..to (inclusive), in order.  Periods with no entries are not
 * listed.  *out is malloc'd (NULL when none).
 */
int store_period_sums(goals_store *s, int64_t gid, goals_every every,
		      goals_date from, goals_date to, store_period **out,
		      size_t *n);

/* All revisions of goal gid, oldest first; *out is malloc'd, and each
 * revision's message and fields are the caller's. */
int store_revisions(goals_store *s, int64_t gid, goals_revision **out,
		    size_t *n);

/* Record a change of status of goal gid. */
int store_event_insert(goals_store *s, int64_t gid, const goals_event *e);

/* The status events of goal gid, oldest first (malloc'd). */
int store_events(goals_store *s, int64_t gid, goals_event **out, size_t *n);

/* Set the status of goal gid, and its updated time. */
int store_goal_set_status(goals_store *s, int64_t gid, goals_status status,
			  goals_time at);

/* Delete goal gid with its revisions, entries and events. */
int store_goal_delete(goals_store *s, int64_t gid);

/* The goals whose current revision names id as parent, oldest first
 * (malloc'd). */
int store_children(goals_store *s, const goals_id *id, goals_id **out,
		   size_t *n);

/* Insert a progress entry of goal gid (void at once when a void already
 * names it: a merge brought the void first). */
int store_entry_insert(goals_store *s, int64_t gid, const goals_entry *e);

/*
 * Find entries whose id starts with hex prefix: up to `max` of them into
 * ids[] (with their day and value in days[] and values[]); *count
 * receives how many matched, up to max + 1.
 */
int store_entry_match(goals_store *s, const char *prefix, goals_id *ids,
		      goals_date *days, double *values, size_t max,
		      size_t *count);

/* Read entry id, with its void if any; *gid is its goal's row id.
 * GOALS_ENOTFOUND when there is none. */
int store_entry_read(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_entry *out);

/* The id of the entry of goal gid logged last that is not void (by when
 * it was logged, not by the time it is for); *has = 0 when there is
 * none. */
int store_entry_newest_live(goals_store *s, int64_t gid, goals_id *out,
			    int *has);

/* Record void v of an entry of goal gid: the entry leaves every sum. */
int store_void_insert(goals_store *s, int64_t gid, const goals_void *v);

/* The voids of goal gid, oldest first, with their entries' day and
 * value; *out is malloc'd, and each reason is the caller's. */
int store_voids(goals_store *s, int64_t gid, goals_void **out, size_t *n);

/* The entry ids nearest to id in sort order, for its shortest prefix. */
int store_entry_neighbours(goals_store *s, const goals_id *id, goals_id *prev,
			   int *has_prev, goals_id *next, int *has_next);

/* The entries of goal gid on or after day `from`, as (day, value), by
 * day and time.  *out is malloc'd (NULL when none). */
int store_entry_points(goals_store *s, int64_t gid, goals_date from,
		       goals_point **out, size_t *n);

/* The newest `limit` entries of goal gid (0: all), newest first: those
 * that are not void, or with `voided` every one, with its void. */
int store_entries_recent(goals_store *s, int64_t gid, const goals_id *goal,
			 size_t limit, int voided, goals_entry_list *out);

/* The mean of the values of goal gid's entries on or after day `from`
 * that are not void, with a decimal more than they have; *has = 0 when
 * there are none. */
int store_entry_mean(goals_store *s, int64_t gid, goals_date from,
		     double *mean, int *has);

/* The value of a goal's oldest entry; *has = 0 when it has none. */
int store_first_value(goals_store *s, int64_t gid, double *value, int *has);

/* Export and import (store-sync.c) ----------------------------------- */

/* The number a revision merged into a goal is put at, plus its number
 * where it came from, until store_goal_settle orders the goal's
 * revisions. */
#define REVISION_MERGED 1000000

/* Give the store a page cache of its own size for a bulk write (an
 * import of many records): the pages of a big transaction stay in memory
 * instead of spilling to the file again and again, and statement
 * journals in memory.  Bounded: 16 MiB. */
int store_bulk(goals_store *s);

/* Look up goal id: *found, and then its row id and creation time. */
int store_goal_lookup(goals_store *s, const goals_id *id, int64_t *gid,
		      goals_time *created, int *found);

/* Up to `limit` goal ids after `after` (NULL: from the first), in order
 * of creation then of id, into the growing array *out (capacity *cap);
 * *n is how many. */
int store_goal_ids(goals_store *s, goals_id **out, size_t *n, size_t *cap,
		   const goals_id *after, size_t limit);

/* Add a goal as an export gives it: active, no revision yet (settle it
 * once its revisions are in). */
int store_goal_put(goals_store *s, const goals_id *id, goals_time created,
		   int64_t *gid);

/* Find a revision, an event, a void or an entry by id: *found, and then
 * its goal's row id and the record (the caller's to clear). */
int store_revision_find(goals_store *s, const goals_id *id, int64_t *gid,
			goals_revision *out, int *found);
int store_event_find(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_event *out, int *found);
int store_void_find(goals_store *s, const goals_id *id, int64_t *gid,
		    goals_void *out, int *found);
int store_entry_find(goals_store *s, const goals_id *id, int64_t *gid,
		     goals_entry *out, int *found);

/* The highest revision number of goal gid (0 when none). */
int store_revision_max(goals_store *s, int64_t gid, int *max);

/*
 * After records were merged into goal gid: number its revisions from 1
 * in order of time (then of the number they came with, then of id), make
 * the last one current, take the status of its newest change of status,
 * and its time of the last change.
 */
int store_goal_settle(goals_store *s, int64_t gid);

/* An entry as its row holds it, for the export's writers: the strings
 * are the statement's, valid during the callback only. */
struct store_entry_text {
	const char *uuid, *at, *day, *note; /* note: NULL for none */
	double value;
	int voided;
};
typedef int (*store_entry_text_cb)(void *ctx,
				   const struct store_entry_text *e);

/* Walk the entries of goal gid logged at or after `since` (0: all),
 * voided ones too, in order of time then of logging, as their rows hold
 * them (no parsing: the export's hot path). */
int store_entries_texts(goals_store *s, int64_t gid, goals_time since,
			store_entry_text_cb cb, void *ctx);

/* Called for each entry of a walk; the callee may keep nothing of e
 * (its strings are freed after). */
typedef int (*store_entry_cb)(void *ctx, const goals_entry *e);

/* Walk the entries of goal gid (whose id is goal) logged at or after
 * `since` (0: all), voided ones too, in order of time then of logging. */
int store_entries_walk(goals_store *s, int64_t gid, const goals_id *goal,
		       goals_time since, store_entry_cb cb, void *ctx);

#endif
