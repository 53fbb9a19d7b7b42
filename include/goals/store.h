/*
 * goals/store.h - the store: where it lives, opening it, and the verbs
 * that read and change goals in it.
 *
 * A store is one SQLite file.  Each verb below is one transaction: it
 * happens whole or not at all.  A store opened without GOALS_OPEN_CREATE
 * whose file does not exist behaves as an empty store and creates nothing.
 */
#ifndef GOALS_STORE_H
#define GOALS_STORE_H

#include "date.h"
#include "goal.h"

typedef struct goals_store goals_store;

/* Flags for goals_store_open. */
#define GOALS_OPEN_CREATE 0x1 /* create the file (and its directory) */

/*
 * Resolve the store's path: `opt` (the --db option) when not NULL, else
 * $GOALS_DB, else $XDG_DATA_HOME/goals/goals.db, else
 * $HOME/.local/share/goals/goals.db.  Empty variables count as unset.
 * *out is the caller's, to free().  GOALS_EINVAL for an empty opt,
 * GOALS_EOS when none of the variables is set.
 */
int goals_store_path(char **out, const char *opt);

/*
 * Open the store at path.  With GOALS_OPEN_CREATE, a missing file is
 * created 0600 in a directory created 0700 (whatever the umask).  An
 * older schema is migrated forward; a newer one is refused with
 * GOALS_ESCHEMA.  Without GOALS_OPEN_CREATE, a store this process may not
 * write (or whose directory it may not write) is opened read-only and
 * immutable, leaving no file beside it; with it, such a store is refused
 * (GOALS_ESTORE).  *out is the caller's, closed with goals_store_close.
 */
int goals_store_open(goals_store **out, const char *path, unsigned flags);

/* Close a store; s may be NULL. */
void goals_store_close(goals_store *s);

/* 1 when the store's file was a goals store before goals_store_open; 0
 * when this open created it (or made an empty file into a store). */
int goals_store_existed(const goals_store *s);

/* 1 when this open made an existing empty file into a store (and made
 * it private); goals_store_existed is 0 then. */
int goals_store_reused(const goals_store *s);

/*
 * Check the whole file for damage (SQLite's quick_check): GOALS_OK, or
 * GOALS_ECORRUPT with a message saying what is wrong.  It reads every
 * page, so it costs time in proportion to the store's size.
 */
int goals_store_verify(goals_store *s);

/* The path the store was opened with (borrowed). */
const char *goals_store_file(const goals_store *s);

/*
 * Group several verbs into one transaction: between goals_store_begin and
 * goals_store_commit, the verbs below join the open transaction instead
 * of making their own.  write != 0 takes the write lock at once, so that
 * a command that will write never fails half-way on a lock.  After a
 * failing verb, call goals_store_rollback.
 */
int goals_store_begin(goals_store *s, int write);
int goals_store_commit(goals_store *s);
void goals_store_rollback(goals_store *s);

/*
 * Add a goal: revision 1 with fields f, status active, created at now.
 * f must have GOALS_F_TEXT.  When f has no kind, it is habit if `every`
 * is set, total if a target or baseline is set, done otherwise.  A parent must name
 * an existing goal.  Fields are validated (goals_check_text and friends,
 * deadline not before start, habit needs every and target, every only
 * for habits).  *out (optional) receives the stored goal.
 */
int goals_add(goals_goal **out, goals_store *s, const goals_fields *f,
	      goals_time now);

/*
 * goals_add with message (may be NULL): why the goal was set, kept as
 * the message of revision 1 (goals_history_get).  The message is checked
 * as goals_refine checks its own (text, newlines allowed).
 */
int goals_add_with_message(goals_goal **out, goals_store *s,
			   const goals_fields *f, const char *message,
			   goals_time now);

/*
 * Resolve an id prefix (4 or more hex digits; dashes are ignored, so a
 * full UUID works) to a goal's id.  GOALS_EINVAL for something that is
 * not a prefix, GOALS_ENOTFOUND when no goal matches, GOALS_EAMBIGUOUS
 * when several do (the message lists them).
 */
int goals_resolve(goals_id *out, goals_store *s, const char *prefix);

/* Look up one goal by id prefix, with its progress as of now. */
int goals_get(goals_goal **out, goals_store *s, const char *prefix,
	      goals_time now);

/* Which goals goals_list returns. */
typedef struct goals_filter {
	unsigned statuses;    /* bitmask of 1u << goals_status; 0 = active */
	const char *area;     /* NULL = any; else as goals_parse_area gives */
	goals_date due_before; /* GOALS_DATE_NONE = any; else deadline < it */
} goals_filter;

/*
 * List the goals that match filter (NULL: active goals), ordered by
 * deadline (none last), then creation, with their progress as of now.
 */
int goals_list(goals_goal_list *out, goals_store *s, const goals_filter *filter,
	       goals_time now);

/* A goal as a picker shows it: its id, the digits that tell it from
 * every other goal's (at least GOALS_SHORT_MIN, as goals_list gives
 * them), its status and its current text. */
typedef struct goals_brief {
	goals_id id;
	int short_len;
	goals_status status;
	char *text;
} goals_brief;

typedef struct goals_brief_list {
	goals_brief *items;
	size_t count;
} goals_brief_list;

/*
 * The goals whose id starts with prefix (0 to 32 hex digits, in any case,
 * dashes ignored: "" is every goal), in id order: what a shell's
 * completion offers.  One read of the store's ids, and of the texts of
 * those that match; no progress is computed, so it stays fast at
 * thousands of goals.  A prefix that is not hex matches nothing.
 */
int goals_briefs(goals_brief_list *out, goals_store *s, const char *prefix);

/* Free the items of a list of goals_briefs; l may be NULL. */
void goals_brief_list_free(goals_brief_list *l);

#endif
