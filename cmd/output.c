/*
 * output.c - how the goals binary talks: errors on stderr in git's style,
 * colour, numbers, widths, and the man page for --help.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "options.h"

int cli_fail(int rc, const char *what)
{
	const char *msg = goals_errmsg();
	const char *nl = strchr(msg, '\n');
	if (!*msg)
		msg = goals_strerror(rc);
	fprintf(stderr, "goals: %s%s%.*s\n", what ? what : "", what ? ": " : "",
		nl ? (int)(nl - msg) : (int)strlen(msg), msg);
	while (nl) {
		const char *line = nl + 1;
		nl = strchr(line, '\n');
		fprintf(stderr, "hint: %.*s\n",
			nl ? (int)(nl - line) : (int)strlen(line), line);
	}
	return goals_error_is_input(rc) ? EXIT_USAGE : EXIT_STORE;
}

int cli_output_error(int e)
{
	if (!cli.output_failed)
		fprintf(stderr, "goals: cannot write the output: %s\n",
			e ? strerror(e) : "write error");
	cli.output_failed = 1;
	return EXIT_STORE;
}

int cli_finish_output(int rc)
{
	int failed, e;
	errno = 0;
	failed = fflush(stdout) != 0 || ferror(stdout);
	e = errno;
	if (fclose(stdout) != 0 && !failed) {
		failed = 1;
		e = errno;
	}
	if (!failed)
		return rc;
	if (cli.output_failed) /* said already */
		return rc == EXIT_OK || rc == EXIT_NEGATIVE ? EXIT_STORE : rc;
	if (e == EPIPE) /* the reader went away: nothing to tell it */
		return rc == EXIT_OK ? EXIT_STORE : rc;
	fprintf(stderr, "goals: cannot write the output: %s\n",
		e ? strerror(e) : "write error");
	return rc == EXIT_OK || rc == EXIT_NEGATIVE ? EXIT_STORE : rc;
}

int cli_bad_input(const char *fmt, ...)
{
	va_list ap;
	fputs("goals: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_USAGE;
}

int cli_open_store(goals_store **out, int create)
{
	char *path;
	int rc = goals_store_path(&path, cli.db);
	if (rc)
		return cli_fail(rc, NULL);
	rc = goals_store_open(out, path, create ? GOALS_OPEN_CREATE : 0);
	free(path);
	return rc ? cli_fail(rc, NULL) : EXIT_OK;
}

/* Run `man [args]` quietly; return its exit status (127: no man). */
static int run_man(const char *page, int check_only)
{
	pid_t pid;
	int status;
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return 127;
	if (pid == 0) {
		if (check_only) {
			FILE *r = freopen("/dev/null", "w", stdout);
			FILE *e = freopen("/dev/null", "w", stderr);
			(void)r;
			(void)e;
			execlp("man", "man", "-w", page, (char *)NULL);
		} else {
			execlp("man", "man", page, (char *)NULL);
		}
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return 127;
	return WEXITSTATUS(status);
}

int cli_man(const char *cmd)
{
	char page[64];
	if (cmd)
		snprintf(page, sizeof(page), "goals-%s", cmd);
	else
		snprintf(page, sizeof(page), "goals");
	return run_man(page, 1) == 0 && run_man(page, 0) == 0;
}

const char *cli_color(const char *code)
{
	return cli.color ? code : "";
}

void cli_number(char *buf, size_t n, double v)
{
	/* the shortest of 15 or 17 digits that reads back as v, so that a
	 * value shown (or written to the editor) and read again is v */
	if (v == 0)
		v = 0; /* no "-0" */
	snprintf(buf, n, "%.15g", v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, n, "%.17g", v);
}

char *cli_join_words(int n, char **args)
{
	size_t len = 1;
	char *out, *p;
	int i;
	for (i = 0; i < n; i++)
		len += strlen(args[i]) + 1;
	if (!(out = malloc(len)))
		return NULL;
	p = out;
	for (i = 0; i < n; i++) {
		size_t l = strlen(args[i]);
		if (i)
			*p++ = ' ';
		memcpy(p, args[i], l);
		p += l;
	}
	*p = '\0';
	return out;
}

void cli_local_time(char *buf, size_t n, goals_time t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm) || !strftime(buf, n, "%Y-%m-%d %H:%M", &tm))
		snprintf(buf, n, "?");
}

const char *cli_this_period(goals_every every)
{
	return every == GOALS_EVERY_DAY    ? "today"
	       : every == GOALS_EVERY_WEEK ? "this week"
					   : "this month";
}

int cli_percent(double p)
{
	return (int)(p + 0.5);
}

size_t cli_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

void cli_pad(FILE *out, const char *s, size_t width)
{
	size_t w = cli_width(s);
	fputs(s, out);
	for (; w < width; w++)
		fputc(' ', out);
}
