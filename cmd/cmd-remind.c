/*
 * cmd-remind.c - goals remind: for cron, one line for each goal that
 * needs attention (overdue, due soon, behind, stale, review due) and
 * nothing at all otherwise, so that cron mails only what matters.
 */
#include <stdlib.h>

#include "attend.h"
#include "options.h"

static const char *const synopsis[] = {
	"[--within DAYS] [--stale DAYS] [--exit-code] [--json]", NULL};
static const struct usage usage = {
	"remind", synopsis,
	"Print the goals that need attention, one a line with why, and "
	"nothing when none does: for cron.",
	COMP_OPTIONS, COMP_OPTIONS};

/* How a reason's group is named in a reminder line. */
static const char *const labels[GOALS_GROUPS] = {
	"overdue",    "behind",   "due soon", "stale",
	"review due", "on track", "achieved"};

int cmd_remind(int argc, char **argv)
{
	const char *within = NULL, *stale = NULL;
	int json = 0, exit_code = 0, nargs, rc, printed = 0;
	goals_attention_opts o;
	struct attend a;
	size_t i, r;
	const struct opt opts[] = {
		OPT_STR(0, "within", &within, "days",
			"remind of deadlines within this window (default "
			"7d)"),
		OPT_STR(0, "stale", &stale, "days",
			"remind of goals with no entry for this long "
			"(default 14d)"),
		OPT_FLAG_(0, "exit-code", &exit_code,
			  "exit 1 when it printed a reminder"),
		OPT_FLAG_(0, "json", &json,
			  "print the reminders as JSON ([] for none)"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs)
		return opt_error("remind", "unexpected argument '%.40s'",
				 argv[0]);
	goals_attention_defaults(&o);
	if ((within && (rc = attend_days(&o.within, "--within", within))) ||
	    (stale && (rc = attend_days(&o.stale, "--stale", stale))))
		return rc;
	if ((rc = attend_load(&a, 1u << GOALS_STATUS_ACTIVE, &o)))
		return rc;
	for (i = 0; i < a.goals.count; i++)
		printed |= a.att[i].needs_attention;
	if (json) {
		const goals_goal **gs = NULL;
		char *out;
		if (a.goals.count &&
		    !(gs = calloc(a.goals.count, sizeof(*gs)))) {
			attend_free(&a);
			return cli_fail(GOALS_ENOMEM, NULL);
		}
		for (i = 0; i < a.goals.count; i++)
			gs[i] = &a.goals.items[i];
		rc = goals_json_remind(&out, gs, a.att, a.goals.count);
		free(gs);
		if (rc) {
			attend_free(&a);
			return cli_fail(rc, NULL);
		}
		puts(out);
		free(out);
	} else {
		for (i = 0; i < a.goals.count; i++) {
			const goals_goal *g = &a.goals.items[i];
			const goals_attention *at = &a.att[i];
			if (!at->needs_attention)
				continue;
			printf("%.*s %s:", g->short_len, g->id.hex, g->f.text);
			for (r = 0; r < at->n_why; r++)
				printf("%s %s: %s", r ? ";" : "",
				       labels[at->why[r].group],
				       at->why[r].text);
			putchar('\n');
		}
	}
	attend_free(&a);
	return exit_code && printed ? EXIT_NEGATIVE : EXIT_OK;
}
