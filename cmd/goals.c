/*
 * goals.c - the entry point of the goals binary: global options, the
 * clock, colour and locale, and the table that dispatches to one function
 * per command (cmd-*.c).
 */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "complete.h"
#include "options.h"

struct cli cli;

/* The commands, in the order `goals help` lists them. */
const struct cmd_entry cli_commands[] = {
	{"init", cmd_init, "create the store and say where it is"},
	{"add", cmd_add, "add a goal"},
	{"refine", cmd_refine, "change a goal: a new revision, with why"},
	{"check", cmd_check, "judge goals against SMART and say what to fix"},
	{"progress", cmd_progress, "log progress, or show how far a goal has come"},
	{"status", cmd_status, "show what each goal needs: overdue, behind, ..."},
	{"remind", cmd_remind, "print what needs attention, for cron"},
	{"list", cmd_list, "list goals"},
	{"show", cmd_show, "show one goal"},
	{"log", cmd_log, "show how a goal changed, newest first"},
	{"close", cmd_close, "mark goals achieved or abandoned"},
	{"reopen", cmd_reopen, "make closed goals active again"},
	{"rm", cmd_rm, "delete goals"},
	{"export", cmd_export, "write every record out: json, jsonl, csv, ics"},
	{"import", cmd_import, "merge an export into the store"},
	{"help", cmd_help, "show help for goals or one of its commands"},
	/* hidden (no summary): for the shells' completion */
	{"__complete", cmd_complete, NULL},
	{NULL, NULL, NULL},
};

const struct cmd_entry *cli_find_command(const char *name)
{
	const struct cmd_entry *c;
	for (c = cli_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

void main_usage(FILE *out)
{
	const struct cmd_entry *c;
	int width;
	fprintf(out,
		"usage: goals [--db FILE] [--color[=WHEN]] COMMAND [ARGS]\n"
		"       goals --version\n\n"
		"Keep personal goals, make them SMART, and log progress.\n\n"
		"Commands:\n");
	for (c = cli_commands; c->name; c++)
		if (c->summary)
			fprintf(out, "    %-8s  %s\n", c->name, c->summary);
	fprintf(out,
		"\nGlobal options, before COMMAND or among its options:\n");
	width = opt_list(out, cli_global_options, 0);
	fprintf(out,
		"    %-*s  print the version\n\n"
		"'goals help COMMAND' or 'goals COMMAND --help' shows a "
		"command's manual.\n",
		width, "    --version");
}

/* Decide on colour from --color's WHEN (NULL: auto), $NO_COLOR and
 * whether stdout is a tty. */
static void set_color(const char *when)
{
	const char *no = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if (!when || !strcmp(when, "auto"))
		cli.color = isatty(STDOUT_FILENO) && !(no && *no) &&
			    !(term && !strcmp(term, "dumb"));
	else
		cli.color = !strcmp(when, "always");
}

/* --color[=WHEN] and --no-color; a later one overrides an earlier one. */
static int color_option(const struct opt *o, const char *when)
{
	if (!strcmp(o->long_name, "no-color"))
		set_color("never");
	else
		set_color(when ? when : "always");
	return EXIT_OK;
}

static const char *const color_words[] = { "auto", "always", "never", NULL };

/* The global options: before the command, or among its options. */
const struct opt cli_global_options[] = {
	OPT_STRC(0, "db", &cli.db, "file",
		 "use this store instead of the default", COMP_FILE),
	OPT_CALL_("color", color_option, color_words, "when",
		  "colour output: auto, always or never"),
	OPT_CALL_("no-color", color_option, NULL, NULL,
		  "no colour: the same as --color=never"),
	OPT_END_(),
};

/* Read the clock, or $GOALS_NOW. */
static int set_clock(void)
{
	const char *now = getenv("GOALS_NOW");
	if (now && *now) {
		if (goals_time_parse_iso(&cli.now, now) != GOALS_OK)
			return cli_bad_input("invalid GOALS_NOW '%.40s': expected "
					     "an ISO 8601 time such as "
					     "2026-03-01T09:00:00Z",
					     now);
	} else {
		cli.now = (goals_time)time(NULL);
	}
	cli.today = goals_local_date(cli.now);
	return EXIT_OK;
}

/* Parse the global options and run the command; return its exit code. */
static int run(int argc, char **argv)
{
	const struct cmd_entry *c;
	const char *codeset;
	int i, rc;

	setlocale(LC_CTYPE, "");
	codeset = nl_langinfo(CODESET);
	cli.utf8 = codeset && !strcmp(codeset, "UTF-8");
	tzset();

	set_color(NULL);
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--version")) {
			printf("goals %s\n", GOALS_VERSION);
			return EXIT_OK;
		} else if (!strcmp(a, "-h")) {
			main_usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--help")) {
			if (!cli_man(NULL))
				main_usage(stdout);
			return EXIT_OK;
		}
		rc = opt_parse_global(argc, argv, &i);
		if (rc == OPT_UNKNOWN)
			return cli_bad_input("unknown option '%.40s' (see "
					     "'goals -h')",
					     a);
		if (rc != OPT_CONTINUE)
			return rc;
	}
	if ((rc = set_clock()))
		return rc;
	if (i >= argc) {
		main_usage(stderr);
		return EXIT_USAGE;
	}
	c = cli_find_command(argv[i]);
	if (!c)
		return cli_unknown_command(argv[i]);
	return c->fn(argc - i, argv + i);
}

int main(int argc, char **argv)
{
	/* A file-size limit makes a write fail (EFBIG), which is reported
	 * as any failed write is, instead of killing goals mid-command. */
	signal(SIGXFSZ, SIG_IGN);
	return cli_finish_output(run(argc, argv));
}
