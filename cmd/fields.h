/*
 * fields.h - the options that set a goal's fields (shared by add and,
 * later, refine), and turning their strings into goals_fields.
 */
#ifndef GOALS_CMD_FIELDS_H
#define GOALS_CMD_FIELDS_H

#include "cli.h"
#include "options.h"

/* The raw strings of the field options; NULL when not given. */
struct field_args {
	const char *area, *kind, *metric, *unit, *baseline, *target, *every;
	const char *start, *by, *why, *parent, *confidence, *review;
};

/* Option table entries for struct field_args a (expands to a list). */
#define FIELD_OPTIONS(a)                                                     \
	OPT_STR('a', "area", &(a).area, "word",                             \
		"life area: self, relationships, life, health, work, ..."), \
	OPT_STR('k', "kind", &(a).kind, "kind",                             \
		"total, level, habit or done"),                             \
	OPT_STR(0, "metric", &(a).metric, "text",                           \
		"what is counted or measured"),                             \
	OPT_STR('u', "unit", &(a).unit, "text", "unit of the metric"),      \
	OPT_STR('b', "baseline", &(a).baseline, "number",                   \
		"where you start from"),                                    \
	OPT_STR('t', "target", &(a).target, "number",                       \
		"where you want to get (habits: times per period)"),        \
	OPT_STR('e', "every", &(a).every, "period",                         \
		"habit period: day, week or month"),                        \
	OPT_STR(0, "start", &(a).start, "date", "when you start"),          \
	OPT_STR('d', "by", &(a).by, "date", "deadline"),                    \
	OPT_STR('w', "why", &(a).why, "text", "why it matters to you"),     \
	OPT_STR('p', "parent", &(a).parent, "id",                           \
		"the longer-term goal this one serves"),                    \
	OPT_STR('c', "confidence", &(a).confidence, "0-10",                 \
		"how sure you are that you can do it"),                     \
	OPT_STR(0, "review", &(a).review, "cadence",                        \
		"how often you review it: 7d, 2w, 1m")

/*
 * Parse the given options of a into f (which must be initialised), all
 * but --parent, which needs the store.  On invalid input, report it
 * naming the option and return the exit code; else 0.  Run it before
 * opening the store, so that bad input never creates one.
 */
int fields_check_args(goals_fields *f, const struct field_args *a);

#endif
