/*
 * fields.h - the fields of a goal as the binary takes them: the options
 * that set them (add, refine), the "key: value" lines of the editor
 * template, and turning their strings into goals_fields.
 */
#ifndef GOALS_CMD_FIELDS_H
#define GOALS_CMD_FIELDS_H

#include "cli.h"
#include "options.h"

/* The fields one can give, in template order. */
enum field_arg {
	FA_TEXT,
	FA_AREA,
	FA_KIND,
	FA_METRIC,
	FA_UNIT,
	FA_BASELINE,
	FA_TARGET,
	FA_EVERY,
	FA_START,
	FA_BY,
	FA_WHY,
	FA_PARENT,
	FA_CONFIDENCE,
	FA_REVIEW,
	FA_OVER,
	FA_N
};

/* The raw strings of the fields (NULL when not given), and, for the
 * editor, the line each came from (0 for an option). */
struct field_args {
	const char *v[FA_N];
	int line[FA_N];
};

/* The key of a field: its long option and its template key ("by"). */
const char *field_key(enum field_arg i);

/* The key of the first field option given in a ("by"), TEXT aside; NULL
 * when none is. */
const char *fields_first_given(const struct field_args *a);

/* The GOALS_F_* bit of a field. */
unsigned field_bit(enum field_arg i);

/* Option table entries for struct field_args a (a list, for an opt[]). */
#define FIELD_OPTIONS(a)                                                     \
	OPT_STR('a', "area", &(a).v[FA_AREA], "word",                        \
		"life area: self, relationships, life, health, work, ..."),  \
	OPT_STRC('k', "kind", &(a).v[FA_KIND], "kind",                       \
		 "total, level, habit or done", COMP_KIND),                  \
	OPT_STR(0, "metric", &(a).v[FA_METRIC], "text",                      \
		"what is counted or measured"),                              \
	OPT_STR('u', "unit", &(a).v[FA_UNIT], "text", "unit of the metric"), \
	OPT_STR('b', "baseline", &(a).v[FA_BASELINE], "number",              \
		"where you start from"),                                     \
	OPT_STR('t', "target", &(a).v[FA_TARGET], "number",                  \
		"where you want to get (habits: times per period)"),         \
	OPT_STRC('e', "every", &(a).v[FA_EVERY], "period",                   \
		 "habit period: day, week or month", COMP_PERIOD),           \
	OPT_STR(0, "start", &(a).v[FA_START], "date", "when you start"),     \
	OPT_STR('d', "by", &(a).v[FA_BY], "date", "deadline"),               \
	OPT_STR('w', "why", &(a).v[FA_WHY], "text",                          \
		"why it matters to you"),                                    \
	OPT_STRC('p', "parent", &(a).v[FA_PARENT], "id",                     \
		 "the longer-term goal this one serves", COMP_GOAL),         \
	OPT_STR('c', "confidence", &(a).v[FA_CONFIDENCE], "0-10",            \
		"how sure you are that you can do it"),                      \
	OPT_STR(0, "review", &(a).v[FA_REVIEW], "cadence",                   \
		"how often you review it: 7d, 2w, 1m"),                      \
	OPT_STR(0, "over", &(a).v[FA_OVER], "days",                          \
		"level goals: judge the mean of the last 7d, 2w, ...")

/* Flags for fields_parse. */
#define FIELDS_CLEAR 0x1  /* "none" (and, from a template, "") clears */
#define FIELDS_QUIET 0x2  /* don't report errors (the caller will) */

/*
 * Parse the given fields of a (all but the parent, which needs the
 * store) into f, which must be initialised.  With FIELDS_CLEAR, the
 * fields given as "none" are added to *clear instead.  On invalid input,
 * report it naming the option ("--by") or the template line, and return
 * the exit code; else 0.  Run it before opening the store, so that bad
 * input never creates one.
 */
int fields_parse(goals_fields *f, unsigned *clear, const struct field_args *a,
		 unsigned flags);

/*
 * Resolve a->v[FA_PARENT] (when given) in store s into f (or *clear for
 * "none").  Reports and returns the exit code, or 0.
 */
int fields_parent(goals_fields *f, unsigned *clear,
		  const struct field_args *a, goals_store *s, unsigned flags);

/*
 * Write the fields of f as the user types them (dates YYYY-MM-DD, the
 * parent as a 12-digit prefix), one malloc'd string per field in vals,
 * NULL for absent ones.  Reports and returns the exit code, else 0; free
 * with fields_format_free.
 */
int fields_format(char *vals[FA_N], const goals_fields *f);
void fields_format_free(char *vals[FA_N]);

/* Parse "--clear area,why" into GOALS_F_* bits; reports and returns the
 * exit code, or 0. */
int fields_clear_list(unsigned *bits, const char *list);

#endif
