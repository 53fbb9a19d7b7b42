/*
 * editor.h - editing a goal in the user's editor, as `git commit` does:
 * the template of "key: value" lines with SMART comments, running the
 * editor on a private temporary file, and reading the result back.
 */
#ifndef GOALS_CMD_EDITOR_H
#define GOALS_CMD_EDITOR_H

#include "fields.h"

/* The editor to run: $GOALS_EDITOR, $VISUAL, $EDITOR, else vi. */
const char *editor_command(void);

/*
 * Write the template: a header explaining the format, one "key: value"
 * line per field with vals[i] (NULL or "" for empty), a "message:" line
 * when `refine`, and the SMART report r (may be NULL) and what each
 * letter asks, as '#' comments.  The result is malloc'd; NULL when out
 * of memory.
 */
char *editor_template(const char *const vals[FA_N], const goals_smart *r,
		      int refine);

/*
 * Write content into a new private file (0600, in dir when not NULL,
 * else $TMPDIR or /tmp), run the editor on it, and read it back into
 * *out (malloc'd).  *path receives the file's name (malloc'd), which the
 * caller removes (editor_done) or keeps to tell the user where their
 * text is.  Reports failures and returns the exit code, else 0.
 */
int editor_run(char **out, char **path, const char *content, const char *dir);

/* Read a whole file into *out (malloc'd), standard input when path is
 * "-"; reports and returns the exit code, else 0. */
int editor_read_file(char **out, const char *path);

/*
 * Parse an edited template in buf (changed in place: the strings of *a
 * and *message point into it).  Comment lines (#) and blank lines are
 * dropped; every other line is "key: value" with a key of the template.
 * Reports a bad line ("line 7: ...") and returns 2; returns 0 with
 * *empty = 1 when nothing but comments is left.
 */
int editor_parse(char *buf, struct field_args *a, const char **message,
		 int *empty);

/* Say where the user's text is kept after a failure, and how to go on:
 * "hint: your text is saved in PATH; ...". */
void editor_keep(const char *path, const char *cmd, const char *id);

#endif
