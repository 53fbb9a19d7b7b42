/*
 * ops.h - what the verbs of the public API share: joining or opening a
 * transaction, copying fields, reading a goal whole.  Private.
 */
#ifndef GOALS_LIB_OPS_H
#define GOALS_LIB_OPS_H

#include "storage.h"

/* Join the caller's transaction, or open one; *own says which. */
int ops_txn_enter(goals_store *s, int write, int *own);

/* Leave a transaction entered with ops_txn_enter: when ours, commit it
 * if rc is success and roll it back otherwise.  Returns the outcome. */
int ops_txn_leave(goals_store *s, int own, int rc);

/* Copy src into dst, duplicating strings (dst is overwritten). */
int ops_fields_copy(goals_fields *dst, const goals_fields *src);

/*
 * When f has no deadline, read one from its text as of day `written`
 * (counting "for 6 weeks" from f's start, else from `created`, the day
 * the goal was created) and keep it as f's deadline, marked as read from
 * the text.  It is read once, when the revision is written: from then on
 * it is a deadline like any other.
 */
int ops_text_deadline(goals_fields *f, goals_date written, goals_date created);

/* Set e->short_len: the shortest prefix that tells e's id from every
 * other entry's (at least GOALS_SHORT_MIN). */
int ops_entry_short_len(goals_store *s, goals_entry *e);
/* The same for entry id, into *len. */
int ops_entry_id_len(goals_store *s, const goals_id *id, int *len);

/* Read goal id with its progress as of now and its short id. */
int ops_read_goal(goals_goal **out, goals_store *s, const goals_id *id,
		  goals_time now);

#endif
