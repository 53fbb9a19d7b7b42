/*
 * json-int.h - the JSON building blocks of json.c that the export uses
 * too: values absent as null, a goal's object, a void's, and printing a
 * tree that lost no key.  Private.
 */
#ifndef GOALS_LIB_JSON_INT_H
#define GOALS_LIB_JSON_INT_H

#include <cjson/cJSON.h>

#include "goals/entry.h"
#include "goals/goal.h"

/* Note that adding to a tree failed (out of memory): the next json_print
 * reports it instead of printing a tree with a key missing. */
void json_failed(void);
#define J(call) ((call) ? (void)0 : json_failed())

/* Add a string, a number, a date or an instant under key; null when
 * absent (NULL, !has). */
void json_str(cJSON *o, const char *key, const char *v);
void json_num(cJSON *o, const char *key, int has, double v);
void json_date(cJSON *o, const char *key, int has, goals_date d);
void json_time(cJSON *o, const char *key, int has, goals_time t);

/* Add field `bit` of f under key, as goal objects have it. */
void json_field(cJSON *o, const char *key, const goals_fields *f,
		unsigned bit);

/* The JSON name of the field of GOALS_F_* bit number i (0..), or NULL
 * past the last. */
const char *json_field_name(unsigned i);

/* The object of a goal (see goals/json.h), with "type": type first when
 * type is not NULL; NULL when out of memory. */
cJSON *json_goal(const goals_goal *g, const char *type);

/* The object of a void, with "type": "void" when typed. */
cJSON *json_void(const goals_void *v, int typed);

/* Print o compactly into *out (malloc'd) and free o; GOALS_ENOMEM when
 * o is NULL or lost a key. */
int json_print(char **out, cJSON *o);

#endif
