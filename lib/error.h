/*
 * error.h - how libgoals records the message of a failing call.
 * Private to the library.
 */
#ifndef GOALS_LIB_ERROR_H
#define GOALS_LIB_ERROR_H

#include "goals/common.h"

#if defined(__GNUC__)
#define GOALS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define GOALS_PRINTF(a, b)
#endif

/*
 * Record a message for this thread and return code, so that a failing
 * path reads `return goals_error(GOALS_EINVAL, "bad date '%s'", s);`.
 * The message is truncated to fit its buffer.
 */
int goals_error(int code, const char *fmt, ...) GOALS_PRINTF(2, 3);

/* Append a line to the message of this thread (a hint). */
void goals_error_append(const char *fmt, ...) GOALS_PRINTF(1, 2);

/* Record "out of memory" and return GOALS_ENOMEM. */
int goals_error_oom(void);

#endif
