/*
 * cli.h - what every command of the goals binary shares: the global
 * options, exit codes, reporting errors, opening the store, and the
 * entry points of the commands.
 */
#ifndef GOALS_CMD_CLI_H
#define GOALS_CMD_CLI_H

#include <stdio.h>

#include "goals.h"

struct usage;
struct opt;

/* Exit codes (see goals(1), EXIT STATUS). */
#define EXIT_OK 0
#define EXIT_NEGATIVE 1 /* a negative answer a script asked for */
#define EXIT_USAGE 2    /* usage error or invalid input */
#define EXIT_STORE 3    /* storage or system error */

/* The global state of one run of goals. */
struct cli {
	const char *db; /* --db FILE, or NULL */
	int color;      /* 1 when output is coloured */
	int utf8;       /* 1 in a UTF-8 locale: Unicode bars and marks */
	goals_time now; /* $GOALS_NOW or the clock */
	int output_failed; /* a failed write to stdout was reported */
	goals_date today; /* the local day of now */
};

extern struct cli cli;

/* A command: receives argv with argv[0] its name. */
typedef int (*cmd_fn)(int argc, char **argv);

int cmd_add(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_close(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_help(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_log(int argc, char **argv);
int cmd_progress(int argc, char **argv);
int cmd_refine(int argc, char **argv);
int cmd_remind(int argc, char **argv);
int cmd_reopen(int argc, char **argv);
int cmd_rm(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_status(int argc, char **argv);

/* The command table, for help. */
struct cmd_entry {
	const char *name;
	cmd_fn fn;
	const char *summary; /* NULL: hidden from help and suggestions */
};
extern const struct cmd_entry cli_commands[];
const struct cmd_entry *cli_find_command(const char *name);

/*
 * Report the libgoals failure rc (its message, with any further lines of
 * it as "hint:" lines) on stderr and return the exit code for it: 2 for
 * input errors, 3 for storage and system errors.  `what`, when not NULL,
 * prefixes the message ("--by").
 */
int cli_fail(int rc, const char *what);

/*
 * Flush and close standard output, as git does at exit: when what was
 * written could not all be written (a full disk, a closed file), say so
 * and return 3 in place of a successful rc; else return rc.
 */
int cli_finish_output(int rc);

/* Report that writing standard output failed with errno e, once: the
 * check at exit says nothing more.  Returns 3. */
int cli_output_error(int e);

/* Report an invalid input on stderr ("goals: ...") and return 2. */
int cli_bad_input(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Resolve the store's path and open it; create != 0 creates it when
 * missing (for commands that write).  On failure, report it and return
 * the exit code; else 0.
 */
int cli_open_store(goals_store **out, int create);

/* Show the man page of goals-CMD (cmd NULL: goals(1)).  Return 1 when it
 * was shown, 0 when man or the page is missing (show the usage then). */
int cli_man(const char *cmd);

/* Report that name is no command, suggesting the nearest; return 2. */
int cli_unknown_command(const char *name);

/* Print the general usage and the list of commands. */
void main_usage(FILE *out);

/* Colours: the escape when colour is on, else "". */
const char *cli_color(const char *code);
#define C_RESET "\033[m"
#define C_BOLD "\033[1m"
#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_DIM "\033[2m"

/* Write a number as people read it (12, 3.5, 0.25) and as it reads back
 * exactly (up to 17 digits). */
void cli_number(char *buf, size_t n, double v);

/* Join n words with single spaces into a malloc'd string (NULL when out
 * of memory): the words of TEXT as the shell split them. */
char *cli_join_words(int n, char **args);

/* Write instant t as local "YYYY-MM-DD HH:MM" (n >= 17). */
void cli_local_time(char *buf, size_t n, goals_time t);

/* "today", "this week" or "this month": the current period of a habit. */
const char *cli_this_period(goals_every every);

/* A percent as shown to people: rounded half up to a whole number. */
int cli_percent(double p);

/* Number of terminal columns that UTF-8 text s takes (one per code point,
 * a good enough measure for alignment). */
size_t cli_width(const char *s);

/* Print s padded with spaces to `width` columns. */
void cli_pad(FILE *out, const char *s, size_t width);

#endif
