/*
 * cmd-export.c - goals export: every record of the store (or of some
 * goals), as JSON, JSON Lines, CSV or iCalendar, to standard output or to
 * a file that appears whole or not at all.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {
	"[--format json|jsonl|csv|ics] [--since WHEN] [-o FILE] [ID...]", NULL};
static const struct usage usage = {
	"export", synopsis,
	"Export goals with every revision, entry, change of status and void "
	"(json, jsonl), the entries (csv), or the deadlines (ics).",
	COMP_GOAL, COMP_GOAL};

/* Where the bytes go, and the first error writing them. */
struct sink {
	FILE *f;
	int err; /* errno of the first failed write, or 0 */
};

static int sink_write(void *ctx, const char *buf, size_t len)
{
	struct sink *k = ctx;
	if (fwrite(buf, 1, len, k->f) == len)
		return 0;
	k->err = errno ? errno : EIO;
	return GOALS_EOS;
}

/*
 * Parse --since: a day in the date grammar ("7d" and "2w" count back
 * like "-7d"), from the start of that local day; or a time with a T.
 */
static int parse_since(goals_time *out, const char *v)
{
	char buf[64], day[GOALS_DATE_BUFSZ];
	goals_date d;
	size_t n = strspn(v, "0123456789");
	if (strchr(v, 'T'))
		return goals_time_parse(out, v, cli.now) ? cli_fail(GOALS_EINVAL,
								    "--since")
							  : EXIT_OK;
	if (n > 0 && n < 12 && strchr("dwmy", v[n]) && v[n] && !v[n + 1]) {
		snprintf(buf, sizeof(buf), "-%s", v); /* 7d: 7 days ago */
		v = buf;
	}
	if (goals_date_parse(&d, v, cli.today, 0))
		return cli_fail(GOALS_EINVAL, "--since");
	if (d > cli.today)
		return cli_bad_input("--since: '%.40s' is still to come: "
				     "expected a day that has begun",
				     v);
	goals_date_format(day, d);
	if (goals_time_parse_iso(out, day)) /* local midnight */
		return cli_fail(GOALS_EINVAL, "--since");
	return EXIT_OK;
}

/* Open a private temporary file beside path; *tmp is malloc'd. */
static int open_temp(FILE **f, char **tmp, const char *path)
{
	char *copy = strdup(path), *dir;
	size_t n;
	int fd;
	if (!copy)
		return cli_fail(GOALS_ENOMEM, NULL);
	dir = dirname(copy);
	n = strlen(dir) + sizeof("/.goals-export-XXXXXX");
	if (!(*tmp = malloc(n))) {
		free(copy);
		return cli_fail(GOALS_ENOMEM, NULL);
	}
	snprintf(*tmp, n, "%s/.goals-export-XXXXXX", dir);
	free(copy);
	if ((fd = mkstemp(*tmp)) < 0) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", path,
			strerror(errno));
		free(*tmp);
		*tmp = NULL;
		return EXIT_STORE;
	}
	if (fchmod(fd, 0600) != 0 || !(*f = fdopen(fd, "w"))) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", path,
			strerror(errno));
		close(fd);
		unlink(*tmp);
		free(*tmp);
		*tmp = NULL;
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* Where a path that is not there yet will be: what a dangling link
 * points to (relative to the link's directory), else the path itself.
 * Malloc'd; NULL when out of memory. */
static char *link_target(const char *path)
{
	char to[4096], *copy, *out;
	ssize_t n = readlink(path, to, sizeof(to) - 1);
	size_t len;
	if (n <= 0)
		return strdup(path);
	to[n] = '\0';
	if (to[0] == '/' || !strchr(path, '/'))
		return strdup(to);
	if (!(copy = strdup(path)))
		return NULL;
	len = strlen(dirname(copy)) + strlen(to) + 2;
	if ((out = malloc(len)))
		snprintf(out, len, "%s/%s", dirname(copy), to);
	free(copy);
	return out;
}

/*
 * Open where -o FILE writes: a device, a FIFO or a socket (at the path or
 * behind a link) is written as it is (-o /dev/stdout, a pipe); a regular
 * file is written whole or not at all, through a temporary file beside it
 * (beside the file a link points to, so the link stays).  *tmp is NULL
 * for the former; *target (malloc'd) is the file the temporary one
 * replaces at the end.
 */
static int open_out(FILE **f, char **tmp, char **target, const char *path)
{
	struct stat st;
	int rc;
	*tmp = *target = NULL;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			return cli_bad_input("-o: '%s' is a directory: expected "
					     "a file",
					     path);
		if (!(*f = fopen(path, "w"))) {
			fprintf(stderr, "goals: cannot write '%s': %s\n", path,
				strerror(errno));
			return EXIT_STORE;
		}
		return EXIT_OK;
	}
	/* the file a link points to (not there yet: where the link says) */
	if (!(*target = realpath(path, NULL)) &&
	    !(*target = link_target(path)))
		return cli_fail(GOALS_ENOMEM, NULL);
	if ((rc = open_temp(f, tmp, *target))) {
		free(*target);
		*target = NULL;
	}
	return rc;
}

/* Finish the file: flush, sync and move it over path; or remove it. */
static int close_temp(FILE *f, char *tmp, const char *path, int ok)
{
	int e = 0;
	if (ok && (fflush(f) != 0 || fsync(fileno(f)) != 0))
		e = errno;
	if (fclose(f) != 0 && !e)
		e = errno;
	if (ok && !e && rename(tmp, path) != 0)
		e = errno;
	if (!ok || e)
		unlink(tmp);
	free(tmp);
	if (ok && e) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", path,
			strerror(e));
		return EXIT_STORE;
	}
	return EXIT_OK;
}

int cmd_export(int argc, char **argv)
{
	const char *format = "json", *since = NULL, *file = NULL;
	goals_export_opts o;
	goals_store *s = NULL;
	goals_id *ids = NULL;
	struct sink k = {stdout, 0};
	char *tmp = NULL, *target = NULL;
	int i, nargs, rc;
	const struct opt opts[] = {
		OPT_STRC(0, "format", &format, "format",
			 "json (the default), jsonl, csv or ics", COMP_FORMAT),
		OPT_STR(0, "since", &since, "when",
			"only what happened since then: 7d, 2026-11-01, ..."),
		OPT_STRC('o', "output", &file, "file",
			 "write to FILE (whole or not at all), not to "
			 "standard output",
			 COMP_FILE),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	memset(&o, 0, sizeof(o));
	o.now = cli.now;
	if (goals_parse_export_format(&o.format, format))
		return cli_fail(GOALS_EINVAL, "--format");
	if (since && (rc = parse_since(&o.since, since)))
		return rc;
	if (file && !*file)
		return opt_error("export", "-o needs a file name");
	if (nargs && !(ids = calloc((size_t)nargs, sizeof(*ids))))
		return cli_fail(GOALS_ENOMEM, NULL);
	if ((rc = cli_open_store(&s, 0))) {
		free(ids);
		return rc;
	}
	if ((rc = goals_store_begin(s, 0))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	for (i = 0; i < nargs; i++)
		if ((rc = goals_resolve(&ids[i], s, argv[i]))) {
			rc = cli_fail(rc, NULL);
			goto out;
		}
	o.ids = nargs ? ids : NULL;
	o.n_ids = (size_t)nargs;
	if (file && (rc = open_out(&k.f, &tmp, &target, file)))
		goto out;
	rc = goals_export(s, &o, sink_write, &k);
	if (k.err && k.f == stdout) {
		rc = cli_output_error(k.err);
	} else if (k.err) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", file,
			strerror(k.err));
		rc = EXIT_STORE;
	} else if (rc) {
		rc = cli_fail(rc, NULL);
	}
	if (file && tmp) {
		int crc = close_temp(k.f, tmp, target, rc == EXIT_OK);
		if (!rc)
			rc = crc;
	} else if (file && fclose(k.f) != 0 && !rc) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", file,
			strerror(errno));
		rc = EXIT_STORE;
	}
out:
	goals_store_close(s);
	free(ids);
	free(target);
	return rc;
}
