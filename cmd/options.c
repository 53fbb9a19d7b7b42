/*
 * options.c - parsing a command's options from its table, and writing
 * its usage from the same table.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "options.h"

int opt_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "goals %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see 'goals %s -h')\n", cmd);
	return EXIT_USAGE;
}

/* Width of the option column of the usage for o. */
static int opt_label(char *buf, size_t n, const struct opt *o)
{
	char arg[64] = "";
	if (o->kind == OPT_STRING)
		snprintf(arg, sizeof(arg), " <%s>", o->argh ? o->argh : "value");
	if (o->short_name && o->long_name)
		return snprintf(buf, n, "-%c, --%s%s", o->short_name,
				o->long_name, arg);
	if (o->long_name)
		return snprintf(buf, n, "    --%s%s", o->long_name, arg);
	return snprintf(buf, n, "-%c%s", o->short_name, arg);
}

void opt_usage(const struct usage *u, const struct opt *opts, int to_err)
{
	FILE *out = to_err ? stderr : stdout;
	const struct opt *o;
	int i, width = 0;
	char label[128];
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
	for (o = opts; o && o->kind != OPT_END; o++) {
		int w = opt_label(label, sizeof(label), o);
		if (w > width)
			width = w;
	}
	if (width < 10)
		width = 10; /* room for "    --help" */
	if (width > 30)
		width = 30;
	fputc('\n', out);
	for (o = opts; o && o->kind != OPT_END; o++) {
		opt_label(label, sizeof(label), o);
		if ((int)strlen(label) > width)
			fprintf(out, "    %s\n    %*s  %s\n", label, width, "",
				o->help);
		else
			fprintf(out, "    %-*s  %s\n", width, label, o->help);
	}
	fprintf(out, "    %-*s  %s\n", width, "-h", "show this usage");
	fprintf(out, "    %-*s  %s\n", width, "    --help",
		"show the manual page");
}

/* Store an option's value. */
static void set(const struct opt *o, const char *arg)
{
	if (o->kind == OPT_FLAG)
		*(int *)o->value = o->flag_value ? o->flag_value : 1;
	else
		*(const char **)o->value = arg;
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

/* 1 when s reads as a negative number ("-2", "-3.5", "-2d"). */
static int negative_number(const char *s)
{
	return s[0] == '-' && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.');
}

/* Print every long option, for shell completion. */
static void completion(const struct opt *opts)
{
	const struct opt *o;
	const char *sep = "";
	for (o = opts; o && o->kind != OPT_END; o++) {
		if (!o->long_name)
			continue;
		printf("%s--%s%s", sep, o->long_name,
		       o->kind == OPT_STRING ? "=" : "");
		sep = " ";
	}
	printf("%s--help\n", sep);
}

int opt_parse(const struct usage *u, const struct opt *opts, int argc,
	      char **argv, int *nargs)
{
	int i, n = 0, only_args = 0;
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
				return opt_error(u->cmd,
						 "unknown option '--%.*s'",
						 (int)len, name);
			if (o->kind == OPT_FLAG) {
				if (eq)
					return opt_error(u->cmd,
							 "option '--%s' takes "
							 "no value",
							 o->long_name);
				set(o, NULL);
			} else if (eq) {
				set(o, eq + 1);
			} else if (i + 1 < argc) {
				set(o, argv[++i]);
			} else {
				return opt_error(u->cmd,
						 "option '--%s' needs a value",
						 o->long_name);
			}
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
