/*
 * store-int.h - what the files of the store module share: the handle,
 * error mapping, and binding and reading helpers.  Only store*.c include
 * it, and only they include sqlite3.h.
 */
#ifndef GOALS_LIB_STORE_INT_H
#define GOALS_LIB_STORE_INT_H

#include <sqlite3.h>

#include "storage.h"

#define BUSY_TIMEOUT_MS 10000

/* 'goal' in ASCII: the application id that marks a SQLite file as a
 * goals store. */
#define STORE_APPLICATION_ID 0x676f616c

/* How many prepared statements a store keeps for reuse. */
#define STMT_CACHE 48

/* A prepared statement kept for reuse, keyed by its SQL text (a string
 * literal, so its address is enough). */
struct cached_stmt {
	const char *sql;
	sqlite3_stmt *st;
	int busy; /* handed out and not released yet */
};

struct goals_store {
	struct cached_stmt cache[STMT_CACHE];
	sqlite3 *db;
	char *path;
	int create;  /* opened with GOALS_OPEN_CREATE */
	int existed; /* the file was a store before this open */
	int reused;  /* an existing file (empty) was made into a store */
	int memory;  /* a missing store, opened as an empty one in memory */
	int as_empty; /* a SQLite file with no schema, opened without
		       * create: to be read as an empty store */
	int readonly; /* opened read-only and immutable: may not be written */
	int readonly_live; /* with readonly: opened read-only but not
			    * immutable (GOALS_OPEN_READONLY), as others
			    * may write while it reads */
	int exclusive; /* no shared memory could be made: the file is used
			* in exclusive locking mode */
	int last_rc;  /* the SQLite code of the last failure (sq_fail) */
	int baseline_changes; /* sqlite3_total_changes after the schema */
	int in_txn;
};

/*
 * Bring the schema of the open store to the version this library knows,
 * or refuse a newer one or someone else's file.  A file with no schema
 * opened without create is not written: s->as_empty is set instead.
 */
int store_migrate(goals_store *s);

/* Open an empty store in memory with the schema of this version, to
 * compare another store's schema with (goals fsck). */
int store_open_reference(goals_store **out);

/* Map SQLite result rc to a goals error with a message; return it. */
int sq_fail(goals_store *s, int rc, const char *doing);
/* Prepare sql (a string literal) into *st, or take it from the cache of
 * prepared statements; give it back with sq_release. */
int sq_prepare(goals_store *s, sqlite3_stmt **st, const char *sql);
/* Give back a statement of sq_prepare: reset for reuse, or finalized. */
void sq_release(goals_store *s, sqlite3_stmt *st);
/* Step a statement that returns no rows, and finalize it. */
int sq_run(goals_store *s, sqlite3_stmt *st, const char *doing);
/* Run SQL text with no parameters. */
int sq_exec(goals_store *s, const char *sql, const char *doing);

/* Bind a field's value, or NULL when its bit is not set in f->set. */
int sq_bind_str(sqlite3_stmt *st, int i, const goals_fields *f, unsigned bit,
	     const char *v);
int sq_bind_double(sqlite3_stmt *st, int i, const goals_fields *f, unsigned bit,
		double v);
/* Bind a day as YYYY-MM-DD (NULL for GOALS_DATE_NONE), an instant as
 * YYYY-MM-DDTHH:MM:SSZ. */
int sq_bind_date(sqlite3_stmt *st, int i, goals_date d);
int sq_bind_time(sqlite3_stmt *st, int i, goals_time t);

/* Read a day (GOALS_DATE_NONE for NULL), an instant (0 for NULL), a
 * string into a field of f, an id. */
goals_date sq_col_date(sqlite3_stmt *st, int i);
goals_time sq_col_time(sqlite3_stmt *st, int i);
int sq_col_str(sqlite3_stmt *st, int i, goals_fields *f, unsigned bit);
void sq_col_id(sqlite3_stmt *st, int i, goals_id *id);

#endif
