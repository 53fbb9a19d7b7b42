/*
 * options.h - the one option parser of the goals binary.  Each command
 * describes its options in a table; the parser fills the command's
 * variables, collects positional arguments, and writes the -h usage from
 * the same table, so usage is never written twice.
 */
#ifndef GOALS_CMD_OPTIONS_H
#define GOALS_CMD_OPTIONS_H

enum opt_kind {
	OPT_END = 0,
	OPT_FLAG,   /* int *: set to flag_value (1 when 0) */
	OPT_STRING  /* const char **: the option's argument */
};

struct opt {
	enum opt_kind kind;
	char short_name;       /* 0 for none */
	const char *long_name; /* NULL for none */
	void *value;
	const char *argh; /* name of the argument in the usage: "word" */
	const char *help;
	int flag_value;
};

#define OPT_FLAG_(s, l, v, h) {OPT_FLAG, (s), (l), (v), NULL, (h), 1}
#define OPT_STR(s, l, v, a, h) {OPT_STRING, (s), (l), (v), (a), (h), 0}
#define OPT_END_() {OPT_END, 0, NULL, NULL, NULL, NULL, 0}

/* What a command's usage is: its name and synopsis lines. */
struct usage {
	const char *cmd;              /* "add" */
	const char *const *synopsis;  /* NULL-terminated: "[options] [--] TEXT" */
	const char *summary;          /* one line: what the command does */
};

/* Sentinel return of opt_parse: keep going. */
#define OPT_CONTINUE (-1)

/*
 * Parse argv[1..argc) (argv[0] is the command name) against opts.
 * Options may come before or after positional arguments; "--" ends the
 * options; "-h" prints the usage to stdout; "--help" shows the man page.
 * A word that looks like a negative number is positional unless it is a
 * known short option.  Positional arguments are moved, in order, to
 * argv[0..*nargs).
 * Return OPT_CONTINUE, or the exit code the command should return with
 * (0 after help, 2 after a usage error, already reported).
 */
int opt_parse(const struct usage *u, const struct opt *opts, int argc,
	      char **argv, int *nargs);

/* Print the usage of a command to stdout (to_err = 0) or stderr. */
void opt_usage(const struct usage *u, const struct opt *opts, int to_err);

/* Report a usage error of command cmd: "goals CMD: MESSAGE (see ...)" on
 * stderr; return 2. */
int opt_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
