/*
 * complete.c - goals __complete: what may come next on a command line,
 * for the completion of bash and zsh (completion/goals.bash and
 * completion/goals.zsh), so that the shells know nothing of goals but
 * this one command.
 *
 *	goals __complete [WORD...] CURRENT
 *
 * takes the words after `goals` up to the one being completed (the last,
 * maybe empty) and prints the candidates for it that start with it, one
 * a line: "WORD", or "WORD<TAB>DESCRIPTION".  The single line ":file"
 * asks the shell to complete a file name instead.  An option's value
 * written as --kind=VALUE is completed as VALUE alone.
 *
 * Nothing is written twice: the commands come from the command table
 * (goals.c), a command's options from the table it gives opt_parse
 * (which hands it here in completion mode), what its arguments and
 * option values are from `struct usage` and `struct opt`, the words of
 * kinds, periods, statuses and formats from libgoals, and goal ids, with
 * their text, from the store in one read (goals_briefs).  It never
 * creates or writes the store, and prints nothing on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "complete.h"

/* The words after the command, while its opt_parse is awaited. */
static struct {
	int active;
	char **words; /* the current word last */
	int n;
} pending;

int complete_pending(void)
{
	return pending.active;
}

/* 1 when s starts with prefix, ignoring the case of ASCII letters. */
static int starts_with(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++) {
		char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
		char d = *prefix >= 'A' && *prefix <= 'Z'
				 ? (char)(*prefix - 'A' + 'a')
				 : *prefix;
		if (c != d)
			return 0;
	}
	return 1;
}

/* Print a description on the rest of a candidate's line: tabs as
 * spaces, cut at a character's start after about 72 bytes. */
static void describe(const char *desc)
{
	size_t n = 0;
	putchar('\t');
	for (; *desc; desc++, n++) {
		if (n >= 72 && ((unsigned char)*desc & 0xC0) != 0x80) {
			fputs("...", stdout);
			break;
		}
		putchar(*desc == '\t' || *desc == '\n' ? ' ' : *desc);
	}
}

/* Offer word (with desc, or none when NULL) when it starts with cur. */
static void offer(const char *cur, const char *word, const char *desc)
{
	if (!starts_with(word, cur))
		return;
	fputs(word, stdout);
	if (desc && *desc)
		describe(desc);
	putchar('\n');
}

/* The commands that start with cur, with what each does. */
static void offer_commands(const char *cur)
{
	const struct cmd_entry *c;
	for (c = cli_commands; c->name; c++)
		if (c->summary) /* not the hidden ones */
			offer(cur, c->name, c->summary);
}

/* The long options of opts (NULL: none) and the global ones that start
 * with cur; with_version: and --version (before a command). */
static void offer_options(const char *cur, const struct opt *opts,
			  int with_version)
{
	const struct opt *tables[] = { opts, cli_global_options }, *o;
	char name[64];
	size_t t;
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		for (o = tables[t]; o && o->kind != OPT_END; o++) {
			if (!o->long_name)
				continue;
			snprintf(name, sizeof(name), "--%s", o->long_name);
			offer(cur, name, o->help);
		}
	if (with_version)
		offer(cur, "--version", "print the version");
	offer(cur, "--help", "show the manual page");
}

/* The goals whose id starts with cur, as their short ids (or as many
 * digits as cur has, when it has more), with their text. */
static void offer_goals(const char *cur)
{
	goals_store *s = NULL;
	goals_brief_list l = { NULL, 0 };
	char *path = NULL;
	size_t i, typed = 0;
	const char *p;
	for (p = cur; *p; p++)
		typed += *p != '-';
	if (goals_store_path(&path, cli.db) != GOALS_OK ||
	    goals_store_open(&s, path, 0) != GOALS_OK ||
	    goals_briefs(&l, s, cur) != GOALS_OK) {
		free(path);
		goals_store_close(s);
		return;
	}
	for (i = 0; i < l.count; i++) {
		const goals_brief *b = &l.items[i];
		int w = (size_t)b->short_len < typed ? (int)typed
						     : b->short_len;
		printf("%.*s", w, b->id.hex);
		describe(b->text);
		putchar('\n');
	}
	goals_brief_list_free(&l);
	goals_store_close(s);
	free(path);
}

/* The values of kind comp (or, with its choices, of option o) that
 * start with cur. */
static void offer_values(enum opt_comp comp, const struct opt *o,
			 const char *cur)
{
	const char *const *c;
	const char *w;
	int i;
	if (o && o->choices) {
		for (c = o->choices; *c; c++)
			offer(cur, *c, NULL);
		return;
	}
	switch (comp) {
	case COMP_FILE:
		puts(":file");
		break;
	case COMP_GOAL:
		offer_goals(cur);
		break;
	case COMP_COMMAND:
		offer_commands(cur);
		break;
	case COMP_KIND:
		for (i = GOALS_KIND_TOTAL; (w = goals_kind_name(i)); i++)
			offer(cur, w, NULL);
		break;
	case COMP_PERIOD:
		for (i = GOALS_EVERY_DAY; (w = goals_every_name(i)); i++)
			offer(cur, w, NULL);
		break;
	case COMP_STATUS:
		for (i = GOALS_STATUS_ACTIVE; (w = goals_status_name(i)); i++)
			offer(cur, w, NULL);
		offer(cur, "all", NULL); /* as cmd-list.c reads it */
		break;
	case COMP_FORMAT:
		for (i = GOALS_EXPORT_JSON; (w = goals_export_format_name(i));
		     i++)
			offer(cur, w, NULL);
		break;
	default:
		break;
	}
}

/* The value of option o, being completed as cur. */
static int offer_value(const struct opt *o, const char *cur)
{
	offer_values(o->kind == OPT_STRING ? o->comp : COMP_NONE, o, cur);
	return EXIT_OK;
}

/* Take note of the value v of option o: --db is the store to read. */
static void note(const struct opt *o, const char *v)
{
	static char path[4096];
	const char *home = getenv("HOME");
	if (o->value != (void *)&cli.db)
		return;
	cli.db = v;
	/* the shell passes the word as typed: ~/x is the user's */
	if (!strncmp(v, "~/", 2) && home &&
	    snprintf(path, sizeof(path), "%s%s", home, v + 1) <
		    (int)sizeof(path))
		cli.db = path;
}

/* 1 when s reads as a negative number ("-2", "-3.5"), as for opt_parse. */
static int negative_number(const char *s)
{
	return s[0] == '-' && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.');
}

/* 1 when word is one of the choices of o. */
static int is_choice(const struct opt *o, const char *word)
{
	const char *const *c;
	for (c = o->choices; c && *c; c++)
		if (opt_word_eq(word, *c))
			return 1;
	return 0;
}

int complete_options(const struct usage *u, const struct opt *opts)
{
	char **w = pending.words;
	int n = pending.n, k, only_args = 0, pos = 0;
	const char *cur = w[n - 1], *eq, *p;
	const struct opt *o;
	enum opt_comp comp;
	pending.active = 0;
	/* the words before the current one: options, their values, and
	 * how many arguments */
	for (k = 0; k < n - 1; k++) {
		const char *a = w[k];
		if (only_args || a[0] != '-' || !a[1] ||
		    (negative_number(a) && !opt_find_short(opts, a[1]))) {
			pos++;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = 1;
			continue;
		}
		if (a[1] == '-') {
			eq = strchr(a + 2, '=');
			o = opt_find_long(opts, a + 2,
					  eq ? (size_t)(eq - a - 2)
					     : strlen(a + 2));
			if (!o)
				continue;
			if (eq) {
				note(o, eq + 1);
			} else if (o->kind == OPT_STRING) {
				if (k == n - 2)
					return offer_value(o, cur);
				note(o, w[++k]);
			} else if (o->choices && k < n - 2 &&
				   is_choice(o, w[k + 1])) {
				k++;
			}
			continue;
		}
		/* a group of short options: the one that takes a value
		 * takes the rest of the word, or the next word */
		for (p = a + 1; *p; p++) {
			o = opt_find_short(opts, *p);
			if (!o || o->kind != OPT_STRING)
				continue;
			if (!p[1]) {
				if (k == n - 2)
					return offer_value(o, cur);
				k++;
			}
			break;
		}
	}
	if (!only_args && !strncmp(cur, "--", 2) && (eq = strchr(cur, '='))) {
		o = opt_find_long(opts, cur + 2, (size_t)(eq - cur - 2));
		return o ? offer_value(o, eq + 1) : EXIT_OK;
	}
	comp = pos == 0 ? u->arg : u->args;
	if (!only_args && ((cur[0] == '-' && !negative_number(cur)) ||
			   comp == COMP_OPTIONS)) {
		offer_options(cur, opts, 0);
		return EXIT_OK;
	}
	offer_values(comp, NULL, cur);
	return EXIT_OK;
}

int cmd_complete(int argc, char **argv)
{
	const struct cmd_entry *c;
	const struct opt *o;
	const char *cur, *eq;
	char *args[2];
	int i;
	if (argc < 2) {
		offer_commands("");
		return EXIT_OK;
	}
	cur = argv[argc - 1];
	/* the global options before the command */
	for (i = 1; i < argc - 1 && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (a[1] != '-')
			return EXIT_OK;
		eq = strchr(a + 2, '=');
		o = opt_find_long(NULL, a + 2,
				  eq ? (size_t)(eq - a - 2) : strlen(a + 2));
		if (!o)
			return EXIT_OK;
		if (eq) {
			note(o, eq + 1);
		} else if (o->kind == OPT_STRING) {
			if (i + 1 == argc - 1)
				return offer_value(o, cur);
			note(o, argv[++i]);
		} else if (o->choices && i + 1 < argc - 1 &&
			   is_choice(o, argv[i + 1])) {
			i++;
		}
	}
	if (i == argc - 1) {
		if (!strncmp(cur, "--", 2) && (eq = strchr(cur, '='))) {
			o = opt_find_long(NULL, cur + 2,
					  (size_t)(eq - cur - 2));
			return o ? offer_value(o, eq + 1) : EXIT_OK;
		}
		if (cur[0] == '-')
			offer_options(cur, NULL, 1);
		else
			offer_commands(cur);
		return EXIT_OK;
	}
	c = cli_find_command(argv[i]);
	if (!c || !c->summary)
		return EXIT_OK;
	/* the command's opt_parse hands its table to complete_options */
	pending.active = 1;
	pending.words = argv + i + 1;
	pending.n = argc - i - 1;
	args[0] = (char *)c->name;
	args[1] = NULL;
	return c->fn(1, args);
}
