/*
 * error.c - error codes' descriptions and the per-thread detailed message
 * of the last failing call.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

#define MSG_MAX 2048

static _Thread_local char last_msg[MSG_MAX];

static const char *const descriptions[] = {
	"success",                      /* GOALS_OK */
	"invalid input",                /* GOALS_EINVAL */
	"no such goal",                 /* GOALS_ENOTFOUND */
	"ambiguous goal id",            /* GOALS_EAMBIGUOUS */
	"out of memory",                /* GOALS_ENOMEM */
	"storage error",                /* GOALS_ESTORE */
	"the store is locked",          /* GOALS_EBUSY */
	"the store is damaged",         /* GOALS_ECORRUPT */
	"the store is from a newer version", /* GOALS_ESCHEMA */
	"system error",                 /* GOALS_EOS */
};

const char *goals_strerror(int code)
{
	const int n = (int)(sizeof(descriptions) / sizeof(descriptions[0]));
	if (code > 0 || code <= -n) /* no -code before this: INT_MIN */
		return "unknown error";
	return descriptions[-code];
}

const char *goals_errmsg(void)
{
	return last_msg;
}

int goals_error_is_input(int code)
{
	return code == GOALS_EINVAL || code == GOALS_ENOTFOUND ||
	       code == GOALS_EAMBIGUOUS;
}

int goals_error(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_msg, sizeof(last_msg), fmt, ap);
	va_end(ap);
	return code;
}

void goals_error_append(const char *fmt, ...)
{
	size_t len = strlen(last_msg);
	va_list ap;
	if (len + 2 >= sizeof(last_msg))
		return;
	last_msg[len++] = '\n';
	last_msg[len] = '\0';
	va_start(ap, fmt);
	vsnprintf(last_msg + len, sizeof(last_msg) - len, fmt, ap);
	va_end(ap);
}

int goals_error_oom(void)
{
	return goals_error(GOALS_ENOMEM, "out of memory");
}
