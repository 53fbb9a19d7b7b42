/*
 * cmd-fsck.c - goals fsck: check the store, as git fsck checks a
 * repository, and say what is wrong, one line a problem.  The checks are
 * the library's (goals/fsck.h); this file words them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[-v] [--json]", NULL};
static const struct usage usage = {
	"fsck", synopsis,
	"Check the store for damage and for records that break the rules of "
	"goals; change nothing.",
	COMP_NONE, COMP_NONE};

struct out {
	int json;
	int64_t n; /* problems printed */
};

/* The record a problem is about, as the line names it. */
static void name_record(char *buf, size_t n, const goals_fsck_problem *p)
{
	char goal[GOALS_UUID_BUFSZ] = "", id[GOALS_FSCK_ID_BUFSZ];
	int is_goal_id = p->goal.hex[0] && !strcmp(p->id, p->goal.hex);
	if (p->goal.hex[0])
		goals_id_format(goal, &p->goal);
	if (strlen(p->id) == GOALS_ID_HEXLEN) {
		goals_id tmp;
		memcpy(tmp.hex, p->id, sizeof(tmp.hex));
		goals_id_format(id, &tmp);
	} else {
		snprintf(id, sizeof(id), "%s", p->id);
	}
	if (is_goal_id || (!strcmp(p->record, "goal") && !goal[0]))
		snprintf(buf, n, "goal %s", is_goal_id ? goal : id);
	else if (goal[0] && p->id[0])
		snprintf(buf, n, "%s %s of goal %s", p->record, id, goal);
	else if (goal[0])
		snprintf(buf, n, "%s of goal %s", p->record, goal);
	else if (p->id[0])
		snprintf(buf, n, "%s %s", p->record, id);
	else
		snprintf(buf, n, "%s", p->record);
}

/* "expected X, found Y" */
static void print_values(const goals_fsck_problem *p)
{
	printf(": expected %s, found %s\n", p->expected,
	       p->found[0] ? p->found : "none");
}

/* One line: the record, then what is wrong with it. */
static void print_problem(const goals_fsck_problem *p)
{
	char rec[256];
	name_record(rec, sizeof(rec), p);
	fputs(rec, stdout);
	switch (p->code) {
	case GOALS_FSCK_DAMAGED:
		printf(": damaged: %s\n", p->detail);
		break;
	case GOALS_FSCK_FOREIGN_KEY:
		printf(": points at a row of %s that is not there\n",
		       p->expected);
		break;
	case GOALS_FSCK_SCHEMA_MISSING:
		printf(": missing from the schema\n");
		break;
	case GOALS_FSCK_SCHEMA_CHANGED:
		printf(": differs from the schema of this version of goals\n");
		break;
	case GOALS_FSCK_SCHEMA_EXTRA:
		printf(": not part of the schema of goals\n");
		break;
	case GOALS_FSCK_REVISION_NUMBERS:
		printf(": revision numbers");
		print_values(p);
		break;
	case GOALS_FSCK_CURRENT_REVISION:
		printf(": current revision is not the newest");
		print_values(p);
		break;
	case GOALS_FSCK_ENTRY_COUNT:
		printf(": count of entries kept");
		print_values(p);
		break;
	case GOALS_FSCK_ENTRY_SUM:
		printf(": sum of entries kept");
		print_values(p);
		break;
	case GOALS_FSCK_ENTRY_SCALE:
		printf(": decimals of the sum kept");
		print_values(p);
		break;
	case GOALS_FSCK_LAST_ENTRY:
		printf(": newest entry kept");
		print_values(p);
		break;
	case GOALS_FSCK_PERIOD_SUM:
		printf(": period kept");
		print_values(p);
		break;
	case GOALS_FSCK_PERIOD_MISSING:
		printf(": period not kept: expected %s\n", p->expected);
		break;
	case GOALS_FSCK_PERIOD_EXTRA:
		printf(": period kept with no entries in it: found %s\n",
		       p->found);
		break;
	case GOALS_FSCK_VOID_MARK:
		printf(": %s\n", p->detail);
		break;
	case GOALS_FSCK_VOID_GOAL: {
		char want[GOALS_UUID_BUFSZ] = "?";
		if (strlen(p->expected) == GOALS_ID_HEXLEN) {
			goals_id tmp;
			memcpy(tmp.hex, p->expected, sizeof(tmp.hex));
			goals_id_format(want, &tmp);
		}
		printf(": voids an entry of another goal, %s\n", want);
		break;
	}
	case GOALS_FSCK_STATUS:
		printf(": status");
		printf(": expected %s (%s), found %s\n", p->expected, p->detail,
		       p->found);
		break;
	case GOALS_FSCK_PARENT_LOOP:
		printf(": its parents loop: %s\n", p->detail);
		break;
	case GOALS_FSCK_BAD_ID:
	case GOALS_FSCK_BAD_TIME:
	case GOALS_FSCK_BAD_DAY:
	case GOALS_FSCK_ENTRY_DAY:
		printf(": %s", p->detail);
		if (p->code == GOALS_FSCK_BAD_ID)
			printf(" is not an id");
		else if (p->code == GOALS_FSCK_ENTRY_DAY)
			printf(" is more than a day from its time");
		else
			printf(" is not a %s", p->code == GOALS_FSCK_BAD_TIME
						       ? "time"
						       : "day");
		printf(": expected %s, found '%s'\n", p->expected, p->found);
		break;
	case GOALS_FSCK_BAD_TEXT:
		printf(": %s\n", p->detail);
		break;
	default:
		printf(": %s\n", goals_fsck_code_name(p->code)
					 ? goals_fsck_code_name(p->code)
					 : "unknown problem");
	}
}

static int on_problem(void *ctx, const goals_fsck_problem *p)
{
	struct out *o = ctx;
	if (o->json) {
		char *s;
		int rc = goals_fsck_problem_json(&s, p);
		if (rc)
			return rc;
		printf("%s%s", o->n ? "," : "", s);
		free(s);
	} else {
		print_problem(p);
	}
	o->n++;
	return 0;
}

/* "3 goals" / "1 goal" */
static const char *plural(int64_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

int cmd_fsck(int argc, char **argv)
{
	int json = 0, verbose = 0, nargs, rc;
	goals_store *s = NULL;
	goals_fsck_stats st;
	struct out o = {0, 0};
	char *path;
	const struct opt opts[] = {
		OPT_FLAG_('v', "verbose", &verbose,
			  "say what was checked, sound or not"),
		OPT_FLAG_(0, "json", &json,
			  "print the problems as a JSON array"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs)
		return opt_extra("fsck", nargs, argv, "fsck takes no argument");
	/* read-only: an older store is not upgraded, nothing is written */
	if ((rc = goals_store_path(&path, cli.db)))
		return cli_fail(rc, NULL);
	rc = goals_store_open(&s, path, GOALS_OPEN_READONLY);
	free(path);
	if (rc)
		return cli_fail(rc, NULL);
	o.json = json;
	if (json)
		putchar('[');
	rc = goals_fsck(s, on_problem, &o, &st);
	if (json && !rc)
		puts("]");
	goals_store_close(s);
	if (rc) {
		if (json)
			putchar('\n');
		return cli_fail(rc, NULL);
	}
	if (verbose)
		fprintf(stderr,
			"checked %lld %s, %lld %s, %lld %s, %lld %s, %lld %s: "
			"%lld %s\n",
			(long long)st.goals, plural(st.goals, "goal", "goals"),
			(long long)st.revisions,
			plural(st.revisions, "revision", "revisions"),
			(long long)st.entries,
			plural(st.entries, "entry", "entries"),
			(long long)st.voids, plural(st.voids, "void", "voids"),
			(long long)st.events,
			plural(st.events, "change of status",
			       "changes of status"),
			(long long)st.problems,
			plural(st.problems, "problem", "problems"));
	return st.problems ? EXIT_NEGATIVE : EXIT_OK;
}
