/*
 * cmd-list.c - goals list: the goals that match a filter, one a line.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {
	"[--status STATUS] [--area WORD] [--due-before DATE] [--json]", NULL};
static const struct usage usage = {
	"list", synopsis,
	"List goals (active ones by default), soonest deadline first."};

/* Parse --status into a bitmask of statuses. */
static int parse_statuses(unsigned *out, const char *v)
{
	goals_status st;
	if (!v) {
		*out = 1u << GOALS_STATUS_ACTIVE;
		return EXIT_OK;
	}
	if (!strcmp(v, "all")) {
		*out = (1u << GOALS_STATUS_ACTIVE) |
		       (1u << GOALS_STATUS_ACHIEVED) |
		       (1u << GOALS_STATUS_ABANDONED);
		return EXIT_OK;
	}
	if (goals_parse_status(&st, v) != GOALS_OK)
		return cli_bad_input("invalid --status '%.40s': expected "
				     "active, achieved, abandoned or all",
				     v);
	*out = 1u << st;
	return EXIT_OK;
}

/* Print one goal as a line: id, deadline, percent, [status], text, area. */
static void line(const goals_goal *g, int with_status)
{
	char due[GOALS_DATE_BUFSZ] = "-", pct[16] = "-";
	if (g->f.set & GOALS_F_DEADLINE)
		goals_date_format(due, g->f.deadline);
	if (g->progress.has_percent)
		snprintf(pct, sizeof(pct), "%d%%",
			 cli_percent(g->progress.percent));
	printf("%s%-*.*s%s  %-10s  %4s  ", cli_color(C_YELLOW),
	       GOALS_SHORT_MIN, g->short_len, g->id.hex, cli_color(C_RESET),
	       due, pct);
	if (with_status)
		printf("%-9s  ", goals_status_name(g->status));
	fputs(g->f.text, stdout);
	if (g->f.set & GOALS_F_AREA)
		printf("  %s[%s]%s", cli_color(C_DIM), g->f.area,
		       cli_color(C_RESET));
	putchar('\n');
}

int cmd_list(int argc, char **argv)
{
	const char *status = NULL, *area = NULL, *due = NULL;
	char areabuf[GOALS_AREA_MAX + 1];
	int json = 0, nargs, rc;
	goals_filter filter = {0, NULL, GOALS_DATE_NONE};
	goals_goal_list l = {NULL, 0};
	goals_store *s = NULL;
	size_t i;
	const struct opt opts[] = {
		OPT_STR('s', "status", &status, "status",
			"active, achieved, abandoned or all"),
		OPT_STR('a', "area", &area, "word", "only goals in this area"),
		OPT_STR(0, "due-before", &due, "date",
			"only goals due before this date"),
		OPT_FLAG_(0, "json", &json, "print a JSON array"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs > 0)
		return opt_error("list", "unexpected argument '%.40s'", argv[0]);
	if ((rc = parse_statuses(&filter.statuses, status)))
		return rc;
	if (area) {
		if ((rc = goals_parse_area(areabuf, area)))
			return cli_fail(rc, "--area");
		filter.area = areabuf;
	}
	if (due && (rc = goals_date_parse(&filter.due_before, due, cli.today,
					  0)))
		return cli_fail(rc, "--due-before");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	rc = goals_list(&l, s, &filter, cli.now);
	goals_store_close(s);
	if (rc)
		return cli_fail(rc, NULL);
	if (json) {
		char *out;
		rc = goals_json_goal_list(&out, &l);
		if (rc) {
			goals_goal_list_free(&l);
			return cli_fail(rc, NULL);
		}
		puts(out);
		free(out);
	} else {
		int with_status = filter.statuses != 1u << GOALS_STATUS_ACTIVE;
		for (i = 0; i < l.count; i++)
			line(&l.items[i], with_status);
	}
	goals_goal_list_free(&l);
	return EXIT_OK;
}
