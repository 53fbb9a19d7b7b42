/*
 * json-fsck.c - a problem of goals fsck as JSON (see goals/fsck.h).
 */
#include <string.h>

#include <cjson/cJSON.h>

#include "goals/fsck.h"
#include "id.h"
#include "json-int.h"

int goals_fsck_problem_json(char **out, const goals_fsck_problem *p)
{
	cJSON *o = cJSON_CreateObject();
	char uuid[GOALS_UUID_BUFSZ];
	*out = NULL;
	if (o) {
		json_str(o, "code", goals_fsck_code_name(p->code));
		json_str(o, "record", p->record);
		if (p->goal.hex[0]) {
			goals_id_format(uuid, &p->goal);
			json_str(o, "goal", uuid);
		} else {
			json_str(o, "goal", NULL);
		}
		if (id_hex_valid(p->id)) {
			goals_id id;
			memcpy(id.hex, p->id, sizeof(id.hex));
			goals_id_format(uuid, &id);
			json_str(o, "id", uuid);
		} else {
			json_str(o, "id", p->id[0] ? p->id : NULL);
		}
		json_str(o, "expected", p->expected[0] ? p->expected : NULL);
		json_str(o, "found", p->found[0] ? p->found : NULL);
		json_str(o, "detail", p->detail[0] ? p->detail : NULL);
	}
	return json_print(out, o);
}
