/*
 * cmd-status.c - goals status: the active goals grouped by what they
 * need (overdue, behind, due soon, stale, review due, on track) and the
 * goals achieved recently, with counts at the top and why each goal is
 * where it is, as `git status` says what changed.
 */
#include <stdlib.h>

#include "attend.h"
#include "options.h"

static const char *const synopsis[] = {
	"[--within DAYS] [--stale DAYS] [--json]", NULL};
static const struct usage usage = {
	"status", synopsis,
	"Show the goals by what they need: overdue, behind, due soon, "
	"stale, review due, on track, and achieved recently.",
	COMP_OPTIONS, COMP_OPTIONS};

/* How each group is headed and counted. */
static const char *const headings[GOALS_GROUPS] = {
	"Overdue",    "Behind pace", "Due soon",        "Stale",
	"Review due", "On track",    "Achieved recently"};
static const char *const counted[GOALS_GROUPS] = {
	"overdue",    "behind",   "due soon",         "stale",
	"review due", "on track", "achieved recently"};
static const char *const colours[GOALS_GROUPS] = {
	C_RED, C_RED, C_YELLOW, C_YELLOW, C_YELLOW, C_GREEN, C_GREEN};

/* Print the groups that have goals, with why each goal is in its own. */
static void show(const struct attend *a)
{
	size_t n[GOALS_GROUPS] = {0}, i, r;
	int k, any = 0;
	for (i = 0; i < a->goals.count; i++)
		if (a->att[i].groups)
			n[a->att[i].group]++;
	for (k = 0; k < GOALS_GROUPS; k++)
		if (n[k]) {
			printf("%s%zu %s", any ? ", " : "", n[k], counted[k]);
			any = 1;
		}
	if (!any) {
		printf("no active goals\n");
		return;
	}
	putchar('\n');
	for (k = 0; k < GOALS_GROUPS; k++) {
		if (!n[k])
			continue;
		printf("\n%s%s:%s\n", cli_color(colours[k]), headings[k],
		       cli_color(C_RESET));
		for (i = 0; i < a->goals.count; i++) {
			const goals_goal *g = &a->goals.items[i];
			const goals_attention *at = &a->att[i];
			if (!at->groups || at->group != (goals_group)k)
				continue;
			printf("  %s%-*.*s%s  %s\n", cli_color(C_YELLOW),
			       GOALS_SHORT_MIN, g->short_len, g->id.hex,
			       cli_color(C_RESET), g->f.text);
			for (r = 0; r < at->n_why; r++)
				printf("  %*s  %s\n", GOALS_SHORT_MIN, "",
				       at->why[r].text);
		}
	}
}

int cmd_status(int argc, char **argv)
{
	const char *within = NULL, *stale = NULL;
	int json = 0, nargs, rc;
	goals_attention_opts o;
	struct attend a;
	const struct opt opts[] = {
		OPT_STR(0, "within", &within, "days",
			"due soon: a deadline within this window (default "
			"7d)"),
		OPT_STR(0, "stale", &stale, "days",
			"stale: no entry for this long (default 14d)"),
		OPT_FLAG_(0, "json", &json, "print the groups as JSON"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs)
		return opt_error("status", "unexpected argument '%.40s'",
				 argv[0]);
	goals_attention_defaults(&o);
	if ((within && (rc = attend_days(&o.within, "--within", within))) ||
	    (stale && (rc = attend_days(&o.stale, "--stale", stale))))
		return rc;
	if ((rc = attend_load(&a, (1u << GOALS_STATUS_ACTIVE) |
					  (1u << GOALS_STATUS_ACHIEVED),
			      &o)))
		return rc;
	if (json) {
		const goals_goal **gs = NULL;
		char *out;
		size_t i;
		if (a.goals.count &&
		    !(gs = calloc(a.goals.count, sizeof(*gs)))) {
			attend_free(&a);
			return cli_fail(GOALS_ENOMEM, NULL);
		}
		for (i = 0; i < a.goals.count; i++)
			gs[i] = &a.goals.items[i];
		rc = goals_json_status(&out, gs, a.att, a.goals.count);
		free(gs);
		if (rc) {
			attend_free(&a);
			return cli_fail(rc, NULL);
		}
		puts(out);
		free(out);
	} else {
		show(&a);
	}
	attend_free(&a);
	return EXIT_OK;
}
