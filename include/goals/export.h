/*
 * goals/export.h - every record of a store out, and back in: export as
 * JSON, JSON Lines, CSV or iCalendar, and import (merge) of JSON or JSON
 * Lines.  See goals-export(5) for the format.
 *
 * The library writes through a callback and reads through one, so that
 * the caller decides where the bytes go (a file, standard output).
 */
#ifndef GOALS_EXPORT_H
#define GOALS_EXPORT_H

#include <stddef.h>

#include "date.h"
#include "goal.h"
#include "store.h"

/* The format's name and version, in its header. */
#define GOALS_EXPORT_FORMAT "goals-export"
#define GOALS_EXPORT_VERSION 1

typedef enum goals_export_format {
	GOALS_EXPORT_JSON = 1,  /* one document */
	GOALS_EXPORT_JSONL = 2, /* a header line, then a record a line */
	GOALS_EXPORT_CSV = 3,   /* the entries that are not void */
	GOALS_EXPORT_ICS = 4    /* a VTODO per active goal with a deadline */
} goals_export_format;

/* "json", "jsonl", "csv", "ics" (any case) into *out. */
int goals_parse_export_format(goals_export_format *out, const char *s);
/* The name of a format ("jsonl"), or NULL for none: from
 * GOALS_EXPORT_JSON on, until NULL, they are every format. */
const char *goals_export_format_name(goals_export_format f);

/* Write len bytes of buf; non-zero stops the export, which returns it. */
typedef int (*goals_write_fn)(void *ctx, const char *buf, size_t len);

typedef struct goals_export_opts {
	goals_export_format format;
	const goals_id *ids; /* only these goals (in id order); NULL: all */
	size_t n_ids;
	goals_time since;    /* 0: everything; else revisions, entries,
			      * events and voids from this instant on */
	goals_time now;      /* the "exported" time; progress as of it */
} goals_export_opts;

/*
 * Export the goals of the store as o says, in one read transaction
 * (unless one is open), in a deterministic order: goals by creation
 * time, then by id; a goal's
 * revisions by number, its entries, events and voids by time, then by
 * the order they were recorded.  JSON Lines is written as it is read:
 * memory does not grow with the store.
 */
int goals_export(goals_store *s, const goals_export_opts *o,
		 goals_write_fn write, void *ctx);

/* Read up to cap bytes into buf; *len = 0 at the end.  Non-zero stops
 * the import, which returns it. */
typedef int (*goals_read_fn)(void *ctx, char *buf, size_t cap, size_t *len);

/* What an import added (or would add), and what it found there already. */
typedef struct goals_import_stats {
	size_t goals, revisions, entries, events, voids; /* added */
	size_t present; /* records already in the store, skipped */
} goals_import_stats;

/* Flags for goals_import. */
#define GOALS_IMPORT_DRY_RUN 0x1 /* check and count, then change nothing */

/*
 * Import an export (JSON or JSON Lines, told apart by its first line) into
 * the store, in one transaction: each record is added unless a record
 * with its id is there already (then it must be the same, or the import
 * is refused); a goal takes its status from its newest change of status
 * and its current revision from its newest revision.  Anything malformed
 * is refused with GOALS_EINVAL and a message naming the record (its line,
 * for JSON Lines) and the key, and the store is left as it was.
 */
int goals_import(goals_import_stats *out, goals_store *s, goals_read_fn read,
		 void *ctx, unsigned flags);

#endif
