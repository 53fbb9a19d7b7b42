/*
 * status.c - closing and reopening goals: one transaction for all the
 * ids given, and a line for each.
 */
#include <stdlib.h>
#include <string.h>

#include "status.h"

int status_change(char **ids, int n, goals_status to, const char *message)
{
	goals_store *s;
	goals_goal **done;
	int i, rc;
	if (message &&
	    (rc = goals_check_text(message, "message", GOALS_TEXT_NEWLINES)))
		return cli_fail(rc, "--message");
	if (!(done = calloc((size_t)n, sizeof(*done))))
		return cli_fail(GOALS_ENOMEM, NULL);
	if ((rc = cli_open_store(&s, 0))) {
		free(done);
		return rc;
	}
	rc = goals_store_begin(s, 1);
	for (i = 0; !rc && i < n; i++) {
		goals_id id;
		int j, again = 0;
		if ((rc = goals_resolve(&id, s, ids[i])))
			break;
		for (j = 0; j < i; j++) /* the same goal given twice */
			again |= done[j] && !strcmp(done[j]->id.hex, id.hex);
		if (again)
			continue;
		if (!(rc = goals_set_status(s, &id, to, message, cli.now)))
			rc = goals_get(&done[i], s, ids[i], cli.now);
	}
	if (!rc)
		rc = goals_store_commit(s);
	goals_store_close(s);
	if (rc)
		rc = cli_fail(rc, NULL);
	for (i = 0; i < n; i++) {
		if (!rc && done[i])
			printf("%s %s%.*s%s %s\n",
			       to == GOALS_STATUS_ACTIVE ? "reopened"
							 : goals_status_name(to),
			       cli_color(C_YELLOW), done[i]->short_len,
			       done[i]->id.hex, cli_color(C_RESET),
			       done[i]->f.text);
		goals_goal_free(done[i]);
	}
	free(done);
	return rc;
}
