/*
 * goals/json.h - the JSON shapes of goals (see goals(1), "JSON").
 *
 * Keys are stable and snake_case, dates are ISO 8601, ids are full UUIDs
 * with a short_id beside them, and absent values are null.
 */
#ifndef GOALS_JSON_H
#define GOALS_JSON_H

#include "goal.h"

/* Render one goal as a JSON object; *out is the caller's, to free(). */
int goals_json_goal(char **out, const goals_goal *g);

/* Render a list of goals as a JSON array; *out is the caller's. */
int goals_json_goal_list(char **out, const goals_goal_list *l);

#endif
