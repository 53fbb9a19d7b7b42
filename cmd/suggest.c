/*
 * suggest.c - what a mistyped command meant: "goals: 'chek' is not a
 * goals command; did you mean 'check'?".
 *
 * In order: a word people use for a command it is not (edit, delete,
 * done: the table below), the commands the word begins (imp: import;
 * re: refine, remind or reopen), the command it begins with
 * (initialize, remind-me, rm-all; but rmind is no rm), then the commands
 * nearest to it by
 * edit distance, a swap of two letters counting as one edit, and only
 * those near enough for a word of its length (one edit up to 4 letters,
 * two beyond), so that a short word is not "corrected" into another
 * command (edit is two edits from init).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "options.h"

/* Words that are not commands, and what to type instead. */
static const struct {
	const char *word;
	const char *meant;
} aliases[] = {
	{ "edit", "refine -E" },
	{ "change", "refine" },
	{ "update", "refine" },
	{ "new", "add" },
	{ "create", "add" },
	{ "ls", "list" },
	{ "view", "show" },
	{ "info", "show" },
	{ "history", "log" },
	{ "track", "progress" },
	{ "done", "close" },
	{ "finish", "close" },
	{ "complete", "close" },
	{ "achieve", "close" },
	{ "abandon", "close --abandoned" },
	{ "undo", "progress --undo" },
	{ "delete", "rm" },
	{ "remove", "rm" },
	{ "del", "rm" },
	{ "backup", "export" },
	{ "dump", "export" },
	{ "restore", "import" },
	{ "load", "import" },
};

/* Edit distance between a and b, counting a swap of two neighbouring
 * letters as one edit ("lsit" is one from "list"); (size_t)-1 for words
 * over 32 bytes. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t d[33][33];
	if (la > 32 || lb > 32)
		return (size_t)-1;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

/* 1 when word begins with command cmd: followed by a letter only when
 * cmd has 4 letters or more (initialize, remind-me, but not rmind). */
static int begins_with(const char *word, const char *cmd)
{
	size_t n = strlen(cmd);
	char next = word[n];
	if (strncmp(word, cmd, n) != 0)
		return 0;
	return n >= 4 ||
	       !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
}

/* Up to this many commands are named in one suggestion. */
#define MAX_MEANT 4

/* Fill meant[] with what name may have meant; return how many. */
static size_t meanings(const char *name, const char *meant[MAX_MEANT])
{
	const struct cmd_entry *c;
	size_t n = 0, i, best = (size_t)-1, len = strlen(name), d;
	size_t near = len <= 4 ? 1 : 2;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (opt_word_eq(name, aliases[i].word)) {
			meant[0] = aliases[i].meant;
			return 1;
		}
	for (c = cli_commands; c->name && len; c++)
		if (c->summary && !strncmp(c->name, name, len) && n < MAX_MEANT)
			meant[n++] = c->name;
	if (n)
		return n;
	for (c = cli_commands; c->name; c++)
		if (c->summary && begins_with(name, c->name) && n < MAX_MEANT)
			meant[n++] = c->name;
	if (n)
		return n;
	for (c = cli_commands; c->name; c++) {
		if (!c->summary || (d = distance(name, c->name)) > near ||
		    d > best)
			continue;
		if (d < best) {
			best = d;
			n = 0;
		}
		if (n < MAX_MEANT)
			meant[n++] = c->name;
	}
	return n;
}

int cli_unknown_command(const char *name)
{
	const char *meant[MAX_MEANT];
	size_t n = meanings(name, meant), i;
	if (!n) {
		fprintf(stderr,
			"goals: '%.40s' is not a goals command (see 'goals "
			"help')\n",
			name);
		return EXIT_USAGE;
	}
	fprintf(stderr, "goals: '%.40s' is not a goals command; did you mean ",
		name);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s'%s'",
			!i          ? ""
			: i + 1 < n ? ", "
				    : " or ",
			meant[i]);
	fputs("?\n", stderr);
	return EXIT_USAGE;
}
