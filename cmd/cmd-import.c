/*
 * cmd-import.c - goals import: merge an export (JSON or JSON Lines) into
 * the store, all or nothing, and say what it added.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[--dry-run] [--json] [FILE|-]",
				       NULL};
static const struct usage usage = {
	"import", synopsis,
	"Merge an export into the store, all or nothing: records already "
	"there are skipped, the rest added.",
	COMP_FILE, COMP_NONE};

/* Where the bytes come from, and the first error reading them. */
struct source {
	FILE *f;
	int err;
};

static int source_read(void *ctx, char *buf, size_t cap, size_t *len)
{
	struct source *src = ctx;
	*len = fread(buf, 1, cap, src->f);
	if (*len == 0 && ferror(src->f)) {
		src->err = errno ? errno : EIO;
		return GOALS_EOS;
	}
	return 0;
}

/* "3 goals, 1 revision, ..." for the counts of st. */
static void counts(const goals_import_stats *st)
{
	const size_t n[] = {st->goals, st->revisions, st->entries, st->events,
			    st->voids};
	static const char *const one[] = {"goal", "revision", "entry",
					  "change of status", "void"};
	static const char *const many[] = {"goals", "revisions", "entries",
					   "changes of status", "voids"};
	size_t i;
	for (i = 0; i < 5; i++)
		printf("%s%zu %s", i ? (i == 4 ? " and " : ", ") : "", n[i],
		       n[i] == 1 ? one[i] : many[i]);
}

/* How many directories on the way to the store at path are missing (the
 * ones opening it for an import will make). */
static int missing_dirs(const char *path)
{
	char buf[4096], *slash;
	struct stat st;
	int n = 0;
	if ((size_t)snprintf(buf, sizeof(buf), "%s", path) >= sizeof(buf))
		return 0;
	while ((slash = strrchr(buf, '/')) && slash != buf) {
		*slash = '\0';
		if (stat(buf, &st) == 0)
			break;
		n++;
	}
	return n;
}

/* Remove a store created by a failed import, its -wal and -shm, and the
 * `dirs` directories made on the way to it. */
static void forget(const char *path, int dirs)
{
	static const char *const ends[] = {"", "-wal", "-shm"};
	char buf[4096], *slash;
	size_t i;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if ((size_t)snprintf(buf, sizeof(buf), "%s%s", path, ends[i]) <
		    sizeof(buf))
			unlink(buf);
	if ((size_t)snprintf(buf, sizeof(buf), "%s", path) >= sizeof(buf))
		return;
	for (; dirs > 0 && (slash = strrchr(buf, '/')) && slash != buf;
	     dirs--) {
		*slash = '\0';
		if (rmdir(buf) != 0)
			break;
	}
}

int cmd_import(int argc, char **argv)
{
	int dry = 0, json = 0, nargs, rc;
	const char *name;
	goals_import_stats st;
	goals_store *s;
	struct source src = {stdin, 0};
	struct stat sb;
	char *fresh;
	int dirs = 0;
	const struct opt opts[] = {
		OPT_FLAG_('n', "dry-run", &dry,
			  "check the input and say what it would add; change "
			  "nothing"),
		OPT_FLAG_(0, "json", &json, "say what was added, as JSON"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs > 1)
		return opt_extra("import", nargs - 1, argv + 1,
				 "give one FILE, or - for standard input");
	name = nargs && strcmp(argv[0], "-") ? argv[0] : NULL;
	if (!name && isatty(STDIN_FILENO))
		return opt_error("import", "missing FILE (or pipe an export "
					   "to standard input)");
	if (name) {
		if (stat(name, &sb) == 0 && S_ISDIR(sb.st_mode))
			return cli_bad_input("'%s' is a directory: expected an "
					     "export",
					     name);
		if (!(src.f = fopen(name, "r"))) {
			fprintf(stderr, "goals: cannot read '%s': %s\n", name,
				strerror(errno));
			return errno == ENOENT ? EXIT_USAGE : EXIT_STORE;
		}
	}
	/* a dry run creates no store; an import does, as add does */
	if (!dry) {
		char *where;
		if (goals_store_path(&where, cli.db) == GOALS_OK) {
			dirs = missing_dirs(where);
			free(where);
		}
	}
	if ((rc = cli_open_store(&s, !dry))) {
		if (name)
			fclose(src.f);
		return rc;
	}
	rc = goals_import(&st, s, source_read, &src,
			  dry ? GOALS_IMPORT_DRY_RUN : 0);
	/* a store this import made, and then had nothing to keep, goes */
	fresh = !dry && !goals_store_existed(s) && !goals_store_reused(s) &&
		(rc || src.err) ? strdup(goals_store_file(s)) : NULL;
	goals_store_close(s);
	if (fresh) {
		forget(fresh, dirs);
		free(fresh);
	}
	if (name)
		fclose(src.f);
	if (src.err) {
		fprintf(stderr, "goals: cannot read %s%s%s: %s\n",
			name ? "'" : "standard input", name ? name : "",
			name ? "'" : "", strerror(src.err));
		return EXIT_STORE;
	}
	if (rc)
		return cli_fail(rc, name ? name : "standard input");
	if (json) {
		printf("{\"dry_run\":%s,\"goals\":%zu,\"revisions\":%zu,"
		       "\"entries\":%zu,\"events\":%zu,\"voids\":%zu,"
		       "\"present\":%zu}\n",
		       dry ? "true" : "false", st.goals, st.revisions,
		       st.entries, st.events, st.voids, st.present);
		return EXIT_OK;
	}
	printf("%s ", dry ? "would import" : "imported");
	counts(&st);
	if (st.present)
		printf(" (%zu record%s already here)", st.present,
		       st.present == 1 ? " was" : "s were");
	putchar('\n');
	return EXIT_OK;
}
