/*
 * options.h - the one option parser of the goals binary.  Each command
 * describes its options in a table; the parser fills the command's
 * variables, collects positional arguments, and writes the -h usage from
 * the same table, so usage is never written twice.
 */
#ifndef GOALS_CMD_OPTIONS_H
#define GOALS_CMD_OPTIONS_H

#include <stdio.h>

/*
 * What a value is, for completion: what the shells offer for an option's
 * value or a command's argument (cmd/complete.c).
 */
enum opt_comp {
	COMP_NONE = 0, /* free text (a goal's, a number, a date): nothing */
	COMP_OPTIONS,  /* no argument at all: offer the options */
	COMP_FILE,     /* a file name: the shell completes it */
	COMP_GOAL,     /* a goal id: the ids in the store, with their text */
	COMP_COMMAND,  /* a goals command */
	COMP_KIND,     /* a kind: total, level, ... (libgoals' names) */
	COMP_PERIOD,   /* a habit's period: day, week, month */
	COMP_STATUS,   /* a status, or all (list --status) */
	COMP_FORMAT    /* an export format: json, jsonl, ... */
};

enum opt_kind {
	OPT_END = 0,
	OPT_FLAG,   /* int *: set to flag_value (1 when 0) */
	OPT_STRING, /* const char **: the option's argument */
	OPT_CALL    /* call fn with the argument (see struct opt) */
};

struct opt {
	enum opt_kind kind;
	char short_name;       /* 0 for none */
	const char *long_name; /* NULL for none */
	void *value;
	const char *argh; /* name of the argument in the usage: "word" */
	const char *help;
	int flag_value;
	/*
	 * OPT_CALL: fn(o, arg) is called for each use of the option and
	 * returns 0 or the exit code of an error it reported.  With
	 * `choices` (NULL-terminated), the option takes an optional value,
	 * one of them in any case: --color=WHEN, or --color WHEN when the
	 * next word is one of them; arg is the choice as the list spells
	 * it, or NULL when none was given.  Without, it takes no value and
	 * arg is NULL.
	 */
	int (*fn)(const struct opt *o, const char *arg);
	const char *const *choices;
	enum opt_comp comp; /* OPT_STRING: what its value is */
};

#define OPT_FLAG_(s, l, v, h)                                                  \
	{ OPT_FLAG, (s), (l), (v), NULL, (h), 1, NULL, NULL, COMP_NONE }
/* A string option whose value is c (enum opt_comp), for completion. */
#define OPT_STRC(s, l, v, a, h, c)                                             \
	{ OPT_STRING, (s), (l), (v), (a), (h), 0, NULL, NULL, (c) }
#define OPT_STR(s, l, v, a, h) OPT_STRC(s, l, v, a, h, COMP_NONE)
/* A long option that calls f: see struct opt. */
#define OPT_CALL_(l, f, c, a, h)                                               \
	{ OPT_CALL, 0, (l), NULL, (a), (h), 0, (f), (c), COMP_NONE }
#define OPT_END_()                                                             \
	{ OPT_END, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, COMP_NONE }

/*
 * The global options (--db, --color, --no-color), in goals.c: known
 * before the command and among its options alike.
 */
extern const struct opt cli_global_options[];

/* What a command's usage is: its name and synopsis lines, and what its
 * arguments are (for completion). */
struct usage {
	const char *cmd;              /* "add" */
	const char *const *synopsis;  /* NULL-terminated: "[options] [--] TEXT" */
	const char *summary;          /* one line: what the command does */
	enum opt_comp arg;            /* its first argument */
	enum opt_comp args;           /* the arguments after the first */
};

/* Sentinel return of opt_parse: keep going. */
#define OPT_CONTINUE (-1)

/*
 * Parse argv[1..argc) (argv[0] is the command name) against opts and
 * the global options (cli_global_options).  Options may come before or
 * after positional arguments, and an option given twice takes the last
 * value; "--" ends the options; "-h" prints the usage to stdout;
 * "--help" shows the man page.
 * A word that looks like a negative number is positional unless it is a
 * known short option.  Positional arguments are moved, in order, to
 * argv[0..*nargs).
 * Return OPT_CONTINUE, or the exit code the command should return with
 * (0 after help, 2 after a usage error, already reported).
 */
int opt_parse(const struct usage *u, const struct opt *opts, int argc,
	      char **argv, int *nargs);

/*
 * Parse the global option at argv[*i] (before the command), moving *i
 * past a value it takes.  Return OPT_CONTINUE when it was one,
 * OPT_UNKNOWN when argv[*i] is no global option (nothing reported), or
 * the exit code of an error, already reported.
 */
#define OPT_UNKNOWN (-2)
int opt_parse_global(int argc, char **argv, int *i);

/*
 * Print the options of opts, one a line ("    -a, --area <word>  help"),
 * their help aligned at `width` columns or more (at most 30); return the
 * width used.
 */
int opt_list(FILE *out, const struct opt *opts, int width);

/* Print the usage of a command to stdout (to_err = 0) or stderr. */
void opt_usage(const struct usage *u, const struct opt *opts, int to_err);

/* The options of opts, then the global ones, whose long name is the
 * len bytes at name; NULL for none. */
const struct opt *opt_find_long(const struct opt *opts, const char *name,
				size_t len);
/* The option of opts whose short name is c; NULL for none. */
const struct opt *opt_find_short(const struct opt *opts, char c);

/* Report a usage error of command cmd: "goals CMD: MESSAGE (see ...)" on
 * stderr (cmd NULL: "goals: MESSAGE (see 'goals -h')"); return 2. */
int opt_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* 1 when s equals w, ignoring the case of ASCII letters (whatever the
 * locale): enumerated values are accepted in any case. */
int opt_word_eq(const char *s, const char *w);

/*
 * Report the arguments args[0..n) (n >= 1) that command cmd does not
 * take: "goals CMD: unexpected argument 'b': EXPECTED (see ...)", naming
 * up to three of them; return 2.
 */
int opt_extra(const char *cmd, int n, char **args, const char *expected);

#endif
