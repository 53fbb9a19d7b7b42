/*
 * options.c - parsing a command's options from its table, and writing
 * its usage from the same table.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "complete.h"
#include "options.h"

int opt_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "goals%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see 'goals%s%s -h')\n", cmd ? " " : "",
		cmd ? cmd : "");
	return EXIT_USAGE;
}

int opt_extra(const char *cmd, int n, char **args, const char *expected)
{
	char list[160];
	size_t len = 0;
	int i;
	list[0] = '\0';
	for (i = 0; i < n && i < 3; i++) {
		int w = snprintf(list + len, sizeof(list) - len, "%s'%.40s'",
				 !i ? "" : i + 1 < n ? ", " : " and ", args[i]);
		if (w < 0 || (size_t)w >= sizeof(list) - len)
			break;
		len += (size_t)w;
	}
	return opt_error(cmd, "unexpected argument%s %s%s: %s",
			 n == 1 ? "" : "s", list, n > 3 ? ", ..." : "",
			 expected);
}

/* Width of the option column of the usage for o. */
static int opt_label(char *buf, size_t n, const struct opt *o)
{
	char arg[64] = "";
	const char *argh = o->argh ? o->argh : "value";
	if (o->kind == OPT_STRING)
		snprintf(arg, sizeof(arg), " <%s>", argh);
	else if (o->kind == OPT_CALL && o->choices)
		snprintf(arg, sizeof(arg), "[=<%s>]", argh);
	if (o->short_name && o->long_name)
		return snprintf(buf, n, "-%c, --%s%s", o->short_name,
				o->long_name, arg);
	if (o->long_name)
		return snprintf(buf, n, "    --%s%s", o->long_name, arg);
	return snprintf(buf, n, "-%c%s", o->short_name, arg);
}

int opt_list(FILE *out, const struct opt *opts, int width)
{
	const struct opt *o;
	char label[128];
	for (o = opts; o && o->kind != OPT_END; o++) {
		int w = opt_label(label, sizeof(label), o);
		if (w > width)
			width = w;
	}
	if (width > 30)
		width = 30;
	for (o = opts; o && o->kind != OPT_END; o++) {
		opt_label(label, sizeof(label), o);
		if ((int)strlen(label) > width)
			fprintf(out, "    %s\n    %*s  %s\n", label, width, "",
				o->help);
		else
			fprintf(out, "    %-*s  %s\n", width, label, o->help);
	}
	return width;
}

void opt_usage(const struct usage *u, const struct opt *opts, int to_err)
{
	FILE *out = to_err ? stderr : stdout;
	int i, width;
	for (i = 0; u->synopsis[i]; i++)
		fprintf(out, "%s goals %s %s\n", i ? "   or:" : "usage:", u->cmd,
			u->synopsis[i]);
	if (u->summary) {
		/* wrapped at 72 columns */
		const char *p = u->summary;
		size_t col = 0;
		fputc('\n', out);
		while (*p) {
			size_t w = strcspn(p, " ");
			if (col && col + 1 + w > 72) {
				fputc('\n', out);
				col = 0;
			} else if (col) {
				fputc(' ', out);
				col++;
			}
			fwrite(p, 1, w, out);
			col += w;
			p += w;
			while (*p == ' ')
				p++;
		}
		fputc('\n', out);
	}
	fputc('\n', out);
	width = opt_list(out, opts, 10); /* room for "    --help" */
	fprintf(out, "    %-*s  %s\n", width, "-h", "show this usage");
	fprintf(out, "    %-*s  %s\n", width, "    --help",
		"show the manual page");
}

/* Store the value of a flag or string option. */
static void set(const struct opt *o, const char *arg)
{
	if (o->kind == OPT_FLAG)
		*(int *)o->value = o->flag_value ? o->flag_value : 1;
	else
		*(const char **)o->value = arg;
}

int opt_word_eq(const char *s, const char *w)
{
	for (; *s && *w; s++, w++) {
		char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
		char d = *w >= 'A' && *w <= 'Z' ? (char)(*w - 'A' + 'a') : *w;
		if (c != d)
			return 0;
	}
	return *s == *w;
}

/* The choice of o that s names, in any case, as o spells it; NULL for
 * none. */
static const char *choice(const struct opt *o, const char *s)
{
	const char *const *c;
	for (c = o->choices; *c; c++)
		if (opt_word_eq(s, *c))
			return *c;
	return NULL;
}

/* Write the choices of o as "auto, always or never" into buf. */
static void choices_text(char *buf, size_t n, const struct opt *o)
{
	size_t len = 0;
	int i;
	buf[0] = '\0';
	for (i = 0; o->choices[i] && len < n; i++) {
		int w = snprintf(buf + len, n - len, "%s%s",
				 !i                  ? ""
				 : o->choices[i + 1] ? ", "
						     : " or ",
				 o->choices[i]);
		if (w < 0)
			break;
		len += (size_t)w;
	}
}

/*
 * Apply the long option o of command cmd (NULL before the command),
 * written at argv[*i] with its value after eq ('=') or, when eq is NULL,
 * in the next word when it takes one (moving *i past it).  Return
 * OPT_CONTINUE, or the exit code of an error, already reported.
 */
static int take_long(const char *cmd, const struct opt *o, const char *eq,
		     int argc, char **argv, int *i)
{
	const char *arg = NULL;
	char expected[128];
	int rc;
	if (eq && (o->kind == OPT_FLAG || (o->kind == OPT_CALL && !o->choices)))
		return opt_error(cmd,
				 "option '--%s' takes no value, got '%.40s'",
				 o->long_name, eq + 1);
	switch (o->kind) {
	case OPT_FLAG:
		set(o, NULL);
		break;
	case OPT_STRING:
		if (!eq && *i + 1 >= argc)
			return opt_error(cmd, "option '--%s' needs a value",
					 o->long_name);
		set(o, eq ? eq + 1 : argv[++*i]);
		break;
	case OPT_CALL:
		if (eq && !(arg = choice(o, eq + 1))) {
			choices_text(expected, sizeof(expected), o);
			return opt_error(cmd,
					 "invalid --%s '%.40s': expected %s",
					 o->long_name, eq + 1, expected);
		}
		if (!eq && o->choices && *i + 1 < argc &&
		    (arg = choice(o, argv[*i + 1])))
			++*i;
		if ((rc = o->fn(o, arg)))
			return rc;
		break;
	default:
		break;
	}
	return OPT_CONTINUE;
}

/* Find a long option by name (the part before any '='). */
static const struct opt *find_long(const struct opt *opts, const char *name,
				   size_t len)
{
	const struct opt *o;
	for (o = opts; o && o->kind != OPT_END; o++)
		if (o->long_name && strlen(o->long_name) == len &&
		    !strncmp(o->long_name, name, len))
			return o;
	return NULL;
}

static const struct opt *find_short(const struct opt *opts, char c)
{
	const struct opt *o;
	for (o = opts; o && o->kind != OPT_END; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

const struct opt *opt_find_long(const struct opt *opts, const char *name,
				size_t len)
{
	const struct opt *o = find_long(opts, name, len);
	return o ? o : find_long(cli_global_options, name, len);
}

const struct opt *opt_find_short(const struct opt *opts, char c)
{
	return find_short(opts, c);
}

/* 1 when s reads as a negative number ("-2", "-3.5", "-2d"). */
static int negative_number(const char *s)
{
	return s[0] == '-' && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.');
}

/* Print every long option of the command, then the global ones, for
 * shell completion. */
static void completion(const struct opt *opts)
{
	const struct opt *tables[] = { opts, cli_global_options }, *o;
	const char *sep = "";
	size_t t;
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		for (o = tables[t]; o && o->kind != OPT_END; o++) {
			if (!o->long_name)
				continue;
			printf("%s--%s%s", sep, o->long_name,
			       o->kind == OPT_STRING || o->choices ? "=" : "");
			sep = " ";
		}
	printf("%s--help\n", sep);
}

int opt_parse_global(int argc, char **argv, int *i)
{
	const char *name = argv[*i] + 2, *eq = strchr(name, '=');
	const struct opt *o;
	if (strncmp(argv[*i], "--", 2) != 0)
		return OPT_UNKNOWN;
	o = find_long(cli_global_options, name,
		      eq ? (size_t)(eq - name) : strlen(name));
	if (!o)
		return OPT_UNKNOWN;
	return take_long(NULL, o, eq, argc, argv, i);
}

int opt_parse(const struct usage *u, const struct opt *opts, int argc,
	      char **argv, int *nargs)
{
	int i, n = 0, only_args = 0, rc;
	if (complete_pending()) /* goals __complete: complete, don't run */
		return complete_options(u, opts);
	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct opt *o;
		if (only_args || a[0] != '-' || a[1] == '\0') {
			argv[n++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = 1;
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			if (!strcmp(name, "help")) {
				if (!cli_man(u->cmd))
					opt_usage(u, opts, 0);
				return EXIT_OK;
			}
			if (!strcmp(name, "completion-helper")) {
				completion(opts);
				return EXIT_OK;
			}
			o = find_long(opts, name, len);
			if (!o)
				o = find_long(cli_global_options, name, len);
			if (!o)
				return opt_error(u->cmd,
						 "unknown option '--%.*s'",
						 (int)len, name);
			if ((rc = take_long(u->cmd, o, eq, argc, argv, &i)) !=
			    OPT_CONTINUE)
				return rc;
			continue;
		}
		if (negative_number(a) && !find_short(opts, a[1])) {
			argv[n++] = a;
			continue;
		}
		/* a group of short options: -fq, -aself, -a self */
		for (a++; *a; a++) {
			if (*a == 'h' && !find_short(opts, 'h')) {
				opt_usage(u, opts, 0);
				return EXIT_OK;
			}
			o = find_short(opts, *a);
			if (!o)
				return opt_error(u->cmd, "unknown option '-%c'",
						 *a);
			if (o->kind == OPT_FLAG) {
				set(o, NULL);
				continue;
			}
			if (a[1]) {
				set(o, a + 1);
			} else if (i + 1 < argc) {
				set(o, argv[++i]);
			} else {
				return opt_error(u->cmd,
						 "option '-%c' needs a value",
						 *a);
			}
			break;
		}
	}
	argv[n] = NULL;
	*nargs = n;
	return OPT_CONTINUE;
}
