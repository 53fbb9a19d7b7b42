/*
 * editor.c - the editor flow: the template, a private temporary file,
 * running $GOALS_EDITOR/$VISUAL/$EDITOR through the shell as git does,
 * and parsing the "key: value" lines back.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "advice.h"
#include "editor.h"
#include "report.h"

/* The largest edited file read back: every field at its longest, with
 * room to spare for comments. */
#define EDIT_MAX (1 << 20)

/* A growing string. */
struct buf {
	char *s;
	size_t len, cap;
	int oom;
};

/* Append printf-style text to b. */
static void bprintf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	if (b->oom)
		return;
	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s ? b->s + b->len : NULL,
			      b->s ? b->cap - b->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0) {
			b->oom = 1;
			return;
		}
		if (b->s && b->len + (size_t)n < b->cap) {
			b->len += (size_t)n;
			return;
		}
		{
			size_t ncap = (b->cap + (size_t)n + 1) * 2;
			char *grown = realloc(b->s, ncap);
			if (!grown) {
				b->oom = 1;
				return;
			}
			b->s = grown;
			b->cap = ncap;
		}
	}
}

const char *editor_command(void)
{
	static const char *const vars[] = {"GOALS_EDITOR", "VISUAL", "EDITOR"};
	size_t i;
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return "vi";
}

/* What each field means, for the comment above it. */
static const char *const field_help[FA_N] = {
	"the goal in your own words",
	"a word for the part of life it is about: self, relationships, life",
	"total (adds up), level (latest counts), habit (N per period), done",
	"what is counted or measured",
	"unit of the metric",
	"where you start from",
	"where you want to get (habits: times per period)",
	"habits: day, week or month",
	"when you start: YYYY-MM-DD, today, monday, +1w",
	"deadline: YYYY-MM-DD, +8w, eom, eoy, friday; none for no date",
	"why it matters to you",
	"id of the longer-term goal this one serves",
	"0-10: how sure are you that you can do this? Below 7: make it smaller",
	"how often you look at it again: 7d, 2w, 1m",
	"level goals: judged on the mean of the last days: 7d, 2w"};

/* What each SMART letter asks. */
static const char *const letter_help[] = {
	"Specific    a behaviour you can see, not a feeling: what will you do?",
	"Measurable  a number, a count per week, or a step done or not done",
	"Achievable  within reach: confidence 7 or more, a pace you can keep",
	"Relevant    why it matters to you (why:), or the goal it serves",
	"Time-bound  a deadline (by:) or a review cadence (review:)"};

char *editor_template(const char *const vals[FA_N], const goals_smart *r,
		      int refine)
{
	static const char *const marks[] = {"pass", "warn", "FAIL"};
	static const char *const labels[] = {"specific", "measurable",
					     "achievable", "relevant",
					     "time-bound"};
	struct buf b = {NULL, 0, 0, 0};
	int i;
	bprintf(&b, "# %s, one field a line as \"key: value\"; leave a value "
		    "empty for none.\n"
		    "# Lines starting with '#' are ignored; an empty file "
		    "aborts, and so does an unchanged one.\n#\n",
		refine ? "Change the goal" : "Write your goal");
	for (i = 0; i < FA_N; i++) {
		bprintf(&b, "# %s\n", field_help[i]);
		bprintf(&b, "%s: %s\n", field_key(i),
			vals[i] ? vals[i] : "");
	}
	if (refine)
		bprintf(&b, "# why you changed it (kept in 'goals log')\n"
			    "message: \n");
	bprintf(&b, "#\n# SMART asks:\n");
	for (i = 0; i < GOALS_LETTERS; i++)
		bprintf(&b, "#   %s\n", letter_help[i]);
	if (r) {
		bprintf(&b, "#\n# The check of the goal as it %s:\n",
			refine ? "is now" : "stands");
		for (i = 0; i < GOALS_LETTERS; i++) {
			const goals_criterion *c = &r->c[i];
			bprintf(&b, "#   %s %-10s %s\n", marks[c->verdict],
				labels[i], c->reason);
			if (c->n_advice) {
				char words[ADVICE_LINE];
				advice_words(words, sizeof(words), c, NULL);
				bprintf(&b, "#        -> %s\n", words);
			}
		}
	}
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* Write content to a new private file; *path is malloc'd. */
static int write_temp(char **path, const char *content, const char *dir)
{
	const char *tmp = getenv("TMPDIR");
	size_t n;
	int fd;
	FILE *f;
	struct stat st;
	if (!dir || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		dir = tmp && *tmp ? tmp : "/tmp";
	n = strlen(dir) + sizeof("/GOAL_EDIT-XXXXXX.txt");
	if (!(*path = malloc(n)))
		return cli_fail(GOALS_ENOMEM, NULL);
	snprintf(*path, n, "%s/GOAL_EDIT-XXXXXX.txt", dir);
	fd = mkstemps(*path, 4);
	if (fd < 0) {
		fprintf(stderr, "goals: cannot create a file in '%s': %s\n",
			dir, strerror(errno));
		free(*path);
		*path = NULL;
		return EXIT_STORE;
	}
	if (fchmod(fd, 0600) != 0 || !(f = fdopen(fd, "w"))) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", *path,
			strerror(errno));
		close(fd);
		unlink(*path);
		return EXIT_STORE;
	}
	fputs(content, f);
	if (fclose(f) != 0) {
		fprintf(stderr, "goals: cannot write '%s': %s\n", *path,
			strerror(errno));
		unlink(*path);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/*
 * Run the editor on path through the shell; report a failure.  While it
 * runs, goals ignores SIGINT and SIGQUIT, as git does: a ^C on the
 * terminal reaches the editor, whose exit decides, and goals lives on to
 * keep the file and say where it is.  The editor gets the dispositions
 * goals had.
 */
static int run_editor(const char *path)
{
	const char *ed = editor_command();
	struct sigaction ign, old_int, old_quit;
	pid_t pid;
	int status, saved;
	fflush(stdout);
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pid = fork();
	if (pid < 0) {
		saved = errno;
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		fprintf(stderr, "goals: cannot start the editor: %s\n",
			strerror(saved));
		return EXIT_STORE;
	}
	if (pid == 0) {
		/* as git does: the editor is shell text, the file "$@" */
		size_t n = strlen(ed) + sizeof(" \"$@\"");
		char *cmd = malloc(n);
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		if (cmd) {
			snprintf(cmd, n, "%s \"$@\"", ed);
			execl("/bin/sh", "sh", "-c", cmd, ed, path, (char *)NULL);
		}
		_exit(127);
	}
	do
		saved = waitpid(pid, &status, 0) < 0 ? errno : 0;
	while (saved == EINTR);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	if (saved) {
		fprintf(stderr, "goals: lost the editor: %s\n",
			strerror(saved));
		return EXIT_STORE;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "goals: the editor '%s' failed (%s %d)\n", ed,
			WIFEXITED(status) ? "exit status" : "signal",
			WIFEXITED(status) ? WEXITSTATUS(status)
					  : WTERMSIG(status));
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* Close f, unless it is standard input. */
static void close_input(FILE *f)
{
	if (f != stdin)
		fclose(f);
}

int editor_read_file(char **out, const char *path)
{
	int from_stdin = !strcmp(path, "-");
	FILE *f = from_stdin ? stdin : fopen(path, "r");
	struct buf b = {NULL, 0, 0, 0};
	char chunk[4096], name[64 + 4096];
	struct stat st;
	size_t n;
	*out = NULL;
	/* what the messages call it: 'PATH', or standard input */
	snprintf(name, sizeof(name), from_stdin ? "standard input" : "'%s'",
		 path);
	if (!f) {
		fprintf(stderr, "goals: cannot read %s: %s\n", name,
			strerror(errno));
		return errno == ENOENT ? EXIT_USAGE : EXIT_STORE;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		close_input(f);
		return cli_bad_input("%s is a directory: expected a file of "
				     "\"key: value\" lines",
				     name);
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (memchr(chunk, '\0', n)) {
			close_input(f);
			free(b.s);
			return cli_bad_input("%s holds a NUL byte: expected "
					     "text",
					     name);
		}
		if (b.len + n > EDIT_MAX) {
			close_input(f);
			free(b.s);
			return cli_bad_input("%s is larger than %d bytes: "
					     "expected a goal's fields",
					     name, EDIT_MAX);
		}
		bprintf(&b, "%.*s", (int)n, chunk);
	}
	if (ferror(f) || b.oom) {
		fprintf(stderr, "goals: cannot read %s: %s\n", name,
			b.oom ? strerror(ENOMEM) : strerror(errno));
		close_input(f);
		free(b.s);
		return EXIT_STORE;
	}
	close_input(f);
	if (!b.s && !(b.s = calloc(1, 1)))
		return cli_fail(GOALS_ENOMEM, NULL);
	*out = b.s;
	return EXIT_OK;
}

int editor_run(char **out, char **path, const char *content, const char *dir)
{
	int rc;
	*out = NULL;
	if ((rc = write_temp(path, content, dir)))
		return rc;
	if ((rc = run_editor(*path)))
		return rc;
	return editor_read_file(out, *path);
}

/* Trim spaces and tabs at both ends of s, in place. */
static char *trim(char *s)
{
	char *end;
	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
			   end[-1] == '\r'))
		*--end = '\0';
	return s;
}

int editor_parse(char *buf, struct field_args *a, const char **message,
		 int *empty)
{
	char *line = buf, *next;
	int n = 0, i;
	memset(a, 0, sizeof(*a));
	*message = NULL;
	*empty = 1;
	for (; line; line = next) {
		char *colon, *key, *val;
		n++;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (line[0] == '#' || !*trim(line))
			continue;
		*empty = 0;
		colon = strchr(line, ':');
		if (!colon)
			return cli_bad_input("line %d: expected \"key: value\", "
					     "got '%.40s'",
					     n, trim(line));
		*colon = '\0';
		key = trim(line);
		val = trim(colon + 1);
		if (!strcmp(key, "message")) {
			*message = *val ? val : NULL;
			continue;
		}
		for (i = 0; i < FA_N; i++)
			if (!strcmp(key, field_key(i)))
				break;
		if (i == FA_N)
			return cli_bad_input("line %d: unknown key '%.40s': "
					     "expected text, area, kind, metric, "
					     "unit, baseline, target, every, "
					     "start, by, why, parent, "
					     "confidence, review, over or "
					     "message",
					     n, key);
		if (a->line[i])
			return cli_bad_input("line %d: '%s' is given twice "
					     "(first on line %d)",
					     n, key, a->line[i]);
		a->v[i] = val;
		a->line[i] = n;
	}
	return EXIT_OK;
}

void editor_keep(const char *path, const char *cmd, const char *id)
{
	fprintf(stderr,
		"hint: your text is saved in %s; edit it and run 'goals %s "
		"-F %s%s%s'\n",
		path, cmd, path, id ? " " : "", id ? id : "");
}
