/*
 * json-write.h - a small JSON writer for the export's hot path: the
 * million entries of a big store.  Building a cJSON object per entry cost
 * the export most of its time (tests/bench/run.sh: export against sqlite3
 * -json); these write the same bytes cJSON prints, straight into a
 * buffer, and test-json checks that they do.  Private.
 */
#ifndef GOALS_LIB_JSON_WRITE_H
#define GOALS_LIB_JSON_WRITE_H

#include <stddef.h>

/* A growing buffer; oom is set when it could not grow. */
struct jbuf {
	char *s;
	size_t len, cap;
	int oom;
};

/* Append len bytes of p. */
void jw_raw(struct jbuf *b, const char *p, size_t len);
/* Append a C string as it is. */
void jw_lit(struct jbuf *b, const char *p);
/* Append s as a JSON string (quoted, escaped as cJSON escapes), or null
 * for NULL. */
void jw_string(struct jbuf *b, const char *s);
/* Append d as cJSON prints a number. */
void jw_number(struct jbuf *b, double d);
/* Append a 32-hex id as a quoted UUID (8-4-4-4-12). */
void jw_uuid(struct jbuf *b, const char *hex);

#endif
