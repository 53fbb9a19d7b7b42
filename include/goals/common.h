/*
 * goals/common.h - error codes and error messages of libgoals.
 *
 * Every fallible call in libgoals returns an int: GOALS_OK (0) on success,
 * or one of the negative codes below.  A failing call also leaves a
 * detailed, human-readable message for the calling thread, which
 * goals_errmsg() returns until the next failing call on that thread.
 * "Not SMART" is never an error: it is a result.
 */
#ifndef GOALS_COMMON_H
#define GOALS_COMMON_H

#define GOALS_VERSION "0.1.0"

/* Error codes.  Append-only: values never change meaning. */
typedef enum goals_error_code {
	GOALS_OK = 0,
	GOALS_EINVAL = -1,     /* invalid input: a bad value, date, number, text */
	GOALS_ENOTFOUND = -2,  /* no goal matches an id */
	GOALS_EAMBIGUOUS = -3, /* an id prefix matches several goals */
	GOALS_ENOMEM = -4,     /* out of memory */
	GOALS_ESTORE = -5,     /* the store cannot be opened, read or written */
	GOALS_EBUSY = -6,      /* the store stayed locked too long */
	GOALS_ECORRUPT = -7,   /* the store file is damaged or not a store */
	GOALS_ESCHEMA = -8,    /* the store was written by a newer libgoals */
	GOALS_EOS = -9         /* a system call failed (mkdir, open, random) */
} goals_error_code;

/* Return a static, one-line description of an error code. */
const char *goals_strerror(int code);

/*
 * Return the detailed message of the last failing call on this thread,
 * or "" when there is none.  The message may hold more than one line:
 * the first says what failed, later ones are hints (the candidates of an
 * ambiguous id, for instance).  The pointer stays valid until the next
 * libgoals call on this thread.
 */
const char *goals_errmsg(void);

/* Return 1 when the code is the caller's fault (bad input, unknown or
 * ambiguous id), 0 when it is a storage or system failure. */
int goals_error_is_input(int code);

#endif
