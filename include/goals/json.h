/*
 * goals/json.h - the JSON shapes of goals (see goals(1), "JSON").
 *
 * Keys are stable and snake_case, dates are ISO 8601, ids are full UUIDs
 * with a short_id beside them, and absent values are null.
 */
#ifndef GOALS_JSON_H
#define GOALS_JSON_H

#include <stddef.h>

#include "attention.h"
#include "entry.h"
#include "goal.h"
#include "history.h"
#include "pace.h"
#include "smart.h"

/* Render one goal as a JSON object; *out is the caller's, to free(). */
int goals_json_goal(char **out, const goals_goal *g);

/* Render a list of goals as a JSON array; *out is the caller's. */
int goals_json_goal_list(char **out, const goals_goal_list *l);

/*
 * How a caller words a letter's advice for people, into buf (n bytes):
 * the library gives the advice as data, and names no option.
 */
typedef void (*goals_advice_words)(char *buf, size_t n,
				   const goals_criterion *c, void *ctx);

/*
 * Render SMART judgements as a JSON array: for each goal, id, short_id,
 * text, and "smart" with one object per letter (specific, measurable,
 * achievable, relevant, time_bound), each { verdict, code, reason,
 * suggestion, quote, advice }, then "deadline" (the date judged, from
 * the field or the text, or null) and "deadline_from_text".  suggestion
 * is what words(ctx) makes of the advice, null when it is "" or words
 * is NULL; advice is an array of { code, action, set }, set an object
 * of field names and proposed values (null: the user's to give).  A
 * goal with an empty id (not stored) has null id and short_id.
 */
int goals_json_checks(char **out, const goals_goal *const *goals,
		      const goals_smart *judgements, size_t n,
		      goals_advice_words words, void *ctx);

/* Render one progress entry: id, short_id, goal, at, day, value, note,
 * and void (null, or the void without its type). */
int goals_json_entry(char **out, const goals_entry *e);

/* Render a void: { "type": "void", id, entry, goal, at, reason, day,
 * value } (day and value of the entry, null when it is not known). */
int goals_json_void(char **out, const goals_void *v);

/*
 * Render a goal's progress view: { "goal": goal, "pace": pace, "entries":
 * [entry...] } with the entries newest first.  The pace: known, met,
 * needed_per_day, so_far_per_day, ratio (null when the pace so far is 0),
 * deadline, forecast, suggested_target, periods, periods_met, streak,
 * best_streak, and "recent": the last days, oldest first, each { "day",
 * "value" } (value null for a day with no entry).
 */
int goals_json_progress(char **out, const goals_goal *g,
			const goals_pace *pace,
			const goals_entry_list *entries);

/*
 * Render a goal's history as a JSON array, newest first: revisions as
 * { "type": "revision", revision, at, message, every field (text ...
 * review), "changes": { field: { "from", "to" } } } (the first revision's
 * changes are its fields, from null), and status events as { "type":
 * "event", "event": achieved|abandoned|reopened, at, message }.
 */
int goals_json_history(char **out, const goals_history *h);

/*
 * Render `goals status`: { "counts": { group: n, ... }, "groups": {
 * group: [ goal + "reasons": [ { "code", "text" } ], ... ], ... } } with
 * every group named (goals_group_name), empty ones too.  goals[i] is in
 * the group att[i].group; goals in no group (att[i].groups == 0) are
 * left out.
 */
int goals_json_status(char **out, const goals_goal *const *goals,
		      const goals_attention *att, size_t n);

/*
 * Render `goals remind`: an array of goal + "reasons": [ { "code", "text" } ]
 * for the goals that need attention (att[i].needs_attention), in the
 * order given; [] when none does.
 */
int goals_json_remind(char **out, const goals_goal *const *goals,
		      const goals_attention *att, size_t n);

#endif
