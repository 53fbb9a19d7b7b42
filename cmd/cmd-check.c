/*
 * cmd-check.c - goals check [ID...]: the SMART report of goals, letter by
 * letter, with what to do about each.
 */
#include <stdlib.h>

#include "options.h"
#include "report.h"

static const char *const synopsis[] = {"[--strict] [--json] [ID...]", NULL};
static const struct usage usage = {
	"check", synopsis,
	"Judge goals (all active ones by default) against SMART, and say how "
	"to fix each letter.",
	COMP_GOAL, COMP_GOAL};

int cmd_check(int argc, char **argv)
{
	int json = 0, strict = 0, nargs, rc, i;
	goals_store *s = NULL;
	goals_goal_list all = {NULL, 0};
	const goals_goal **goals = NULL;
	goals_goal **owned = NULL;
	goals_smart *r = NULL;
	size_t n = 0, k;
	goals_verdict worst = GOALS_PASS;
	const struct opt opts[] = {
		OPT_FLAG_(0, "strict", &strict,
			  "exit 1 on a warning too, not only on a failure"),
		OPT_FLAG_(0, "json", &json, "print a JSON array"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_store_begin(s, 0)))
		goto fail;
	if (nargs == 0) {
		if ((rc = goals_list(&all, s, NULL, cli.now)))
			goto fail;
		n = all.count;
	} else {
		n = (size_t)nargs;
		if (!(owned = calloc(n, sizeof(*owned)))) {
			rc = GOALS_ENOMEM;
			goto fail;
		}
		for (i = 0; i < nargs; i++)
			if ((rc = goals_get(&owned[i], s, argv[i], cli.now)))
				goto fail;
	}
	goals = calloc(n ? n : 1, sizeof(*goals));
	r = calloc(n ? n : 1, sizeof(*r));
	if (!goals || !r) {
		rc = GOALS_ENOMEM;
		goto fail;
	}
	for (k = 0; k < n; k++) {
		goals[k] = owned ? owned[k] : &all.items[k];
		if ((rc = goals_check(&r[k], s, goals[k], cli.now)))
			goto fail;
		if (report_worst(&r[k]) > worst)
			worst = report_worst(&r[k]);
	}
	goals_store_rollback(s);
	if (json) {
		rc = report_json(goals, r, n);
	} else {
		for (k = 0; k < n; k++) {
			if (k)
				putchar('\n');
			report_smart(goals[k], &r[k]);
		}
		rc = EXIT_OK;
	}
	if (rc == EXIT_OK &&
	    (worst == GOALS_FAIL || (strict && worst == GOALS_WARN)))
		rc = EXIT_NEGATIVE;
	goto out;
fail:
	rc = cli_fail(rc, NULL);
out:
	for (k = 0; owned && k < n; k++)
		goals_goal_free(owned[k]);
	free(owned);
	free(goals);
	free(r);
	goals_goal_list_free(&all);
	goals_store_close(s);
	return rc;
}
