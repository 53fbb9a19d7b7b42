/*
 * cmd-rm.c - goals rm ID...: delete goals with their revisions, entries
 * and history.  Asks first on a terminal; without one it needs -f.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[-f] ID...", NULL};
static const struct usage usage = {
	"rm", synopsis,
	"Delete goals with everything they hold.  On a terminal it asks "
	"first; elsewhere it needs -f.  A goal that other goals name as "
	"parent needs -f, and they keep living without a parent.",
	COMP_GOAL, COMP_GOAL};

/* Ask on the terminal whether to delete g; 1 for yes.  End of input is
 * no, on a line of its own. */
static int confirm(const goals_goal *g)
{
	char *answer = NULL;
	size_t cap = 0;
	ssize_t n;
	int yes;
	fprintf(stderr, "delete goal %.*s '%s' (%d revision%s, %lld %s)? [y/N] ",
		g->short_len, g->id.hex, g->f.text, g->revision,
		g->revision == 1 ? "" : "s", (long long)g->progress.entries,
		g->progress.entries == 1 ? "entry" : "entries");
	/* read the whole line, however long, so it never spills over */
	n = getline(&answer, &cap, stdin);
	/* ended by end of input, the terminal echoed no newline: end the
	 * line, so that what comes next starts a line of its own */
	if (n <= 0 || answer[n - 1] != '\n')
		fputc('\n', stderr);
	if (n < 0) {
		free(answer);
		return 0;
	}
	answer[strcspn(answer, "\n")] = '\0';
	yes = !strcmp(answer, "y") || !strcmp(answer, "yes") ||
	      !strcmp(answer, "Y");
	free(answer);
	return yes;
}

int cmd_rm(int argc, char **argv)
{
	int force = 0, nargs, rc, i, asked;
	goals_store *s = NULL;
	goals_goal **g;
	int *yes;
	const struct opt opts[] = {
		OPT_FLAG_('f', "force", &force,
			  "don't ask; also delete parents of other goals"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs == 0)
		return opt_error("rm", "missing ID");
	asked = !force;
	if (asked && !isatty(STDIN_FILENO))
		return opt_error("rm", "not on a terminal, so not asking: give "
				       "-f to delete");
	g = calloc((size_t)nargs, sizeof(*g));
	yes = calloc((size_t)nargs, sizeof(*yes));
	if (!g || !yes) {
		free(g);
		free(yes);
		return cli_fail(GOALS_ENOMEM, NULL);
	}
	if ((rc = cli_open_store(&s, 0)))
		goto out;
	/* Read first, ask with no transaction open, then delete. */
	for (i = 0; !rc && i < nargs; i++) {
		int j;
		if ((rc = goals_get(&g[i], s, argv[i], cli.now))) {
			rc = cli_fail(rc, NULL);
			break;
		}
		for (j = 0; j < i; j++) /* the same goal given twice */
			if (g[j] && !strcmp(g[j]->id.hex, g[i]->id.hex)) {
				goals_goal_free(g[i]);
				g[i] = NULL;
				break;
			}
	}
	/* a parent of other goals needs -f: say so before asking */
	for (i = 0; !rc && !force && i < nargs; i++) {
		goals_id *kids;
		size_t n;
		if (!g[i])
			continue;
		if ((rc = goals_children(&kids, &n, s, &g[i]->id))) {
			rc = cli_fail(rc, NULL);
			break;
		}
		free(kids);
		if (n)
			rc = cli_bad_input("goal %.*s is the parent of %zu other "
					   "goal%s; use -f to delete it and "
					   "leave %s without a parent",
					   g[i]->short_len, g[i]->id.hex, n,
					   n == 1 ? "" : "s",
					   n == 1 ? "it" : "them");
	}
	for (i = 0; !rc && i < nargs; i++)
		yes[i] = g[i] && (!asked || confirm(g[i]));
	if (!rc && (rc = goals_store_begin(s, 1)))
		rc = cli_fail(rc, NULL);
	for (i = 0; !rc && i < nargs; i++)
		if (yes[i] && (rc = goals_remove(s, &g[i]->id, force, cli.now)))
			rc = cli_fail(rc, NULL);
	if (!rc && (rc = goals_store_commit(s)))
		rc = cli_fail(rc, NULL);
	for (i = 0; !rc && i < nargs; i++)
		if (g[i])
			printf("%s %.*s %s\n", yes[i] ? "deleted" : "kept",
			       g[i]->short_len, g[i]->id.hex, g[i]->f.text);
out:
	for (i = 0; i < nargs; i++)
		goals_goal_free(g[i]);
	free(g);
	free(yes);
	goals_store_close(s);
	return rc;
}
