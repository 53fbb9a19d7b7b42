/*
 * status.c - closing and reopening goals: one transaction for all the
 * ids given, a line for each, and hints when a goal closed as achieved
 * was at 0% or has active goals under it.
 */
#include <stdlib.h>
#include <string.h>

#include "status.h"

/* What a goal closed as achieved may need a hint about. */
struct hints {
	int zero;      /* its progress said 0% of a target */
	size_t active; /* goals under it still active */
};

/* Look at goal g, closed as achieved, for hints (see struct hints). */
static int achieved_hints(struct hints *out, goals_store *s,
			  const goals_goal *g)
{
	goals_goal *kid;
	goals_id *kids = NULL;
	size_t n = 0, i;
	int rc;
	memset(out, 0, sizeof(*out));
	out->zero = g->f.kind != GOALS_KIND_DONE && g->progress.has_percent &&
		    g->progress.percent <= 0;
	if ((rc = goals_children(&kids, &n, s, &g->id)))
		return rc;
	for (i = 0; !rc && i < n; i++) {
		if (!(rc = goals_get(&kid, s, kids[i].hex, cli.now))) {
			out->active += kid->status == GOALS_STATUS_ACTIVE;
			goals_goal_free(kid);
		}
	}
	free(kids);
	return rc;
}

/* Print the hints of h about g on stderr. */
static void print_hints(const struct hints *h, const goals_goal *g)
{
	if (h->zero)
		fprintf(stderr,
			"hint: %.*s was at 0%% of its target; if it was not "
			"achieved, 'goals reopen %.*s' and close it with "
			"--abandoned\n",
			g->short_len, g->id.hex, g->short_len, g->id.hex);
	if (h->active)
		fprintf(stderr,
			"hint: %zu goal%s under %.*s %s still active: close "
			"%s too, or give %s another --parent\n",
			h->active, h->active == 1 ? "" : "s", g->short_len,
			g->id.hex, h->active == 1 ? "is" : "are",
			h->active == 1 ? "it" : "them",
			h->active == 1 ? "it" : "them");
}

int status_change(char **ids, int n, goals_status to, const char *message)
{
	goals_store *s;
	goals_goal **done;
	struct hints *hints = NULL;
	int i, rc;
	if (message &&
	    (rc = goals_check_text(message, "message", GOALS_TEXT_NEWLINES)))
		return cli_fail(rc, "--message");
	if (!(done = calloc((size_t)n, sizeof(*done))) ||
	    !(hints = calloc((size_t)n, sizeof(*hints)))) {
		free(done);
		return cli_fail(GOALS_ENOMEM, NULL);
	}
	if ((rc = cli_open_store(&s, 0))) {
		free(done);
		free(hints);
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
	/* once every goal given is closed: a child closed with its parent
	 * is no longer active */
	for (i = 0; !rc && to == GOALS_STATUS_ACHIEVED && i < n; i++)
		if (done[i])
			rc = achieved_hints(&hints[i], s, done[i]);
	if (!rc)
		rc = goals_store_commit(s);
	goals_store_close(s);
	if (rc)
		rc = cli_fail(rc, NULL);
	for (i = 0; i < n; i++) {
		if (!rc && done[i]) {
			printf("%s %s%.*s%s %s\n",
			       to == GOALS_STATUS_ACTIVE ? "reopened"
							 : goals_status_name(to),
			       cli_color(C_YELLOW), done[i]->short_len,
			       done[i]->id.hex, cli_color(C_RESET),
			       done[i]->f.text);
			print_hints(&hints[i], done[i]);
		}
		goals_goal_free(done[i]);
	}
	free(done);
	free(hints);
	return rc;
}
