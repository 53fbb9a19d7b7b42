/*
 * cmd-add.c - goals add: write a new goal down, from the command line or
 * in the editor, and say how SMART it is.
 */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "editor.h"
#include "fields.h"
#include "report.h"

static const char *const synopsis[] = {
	"[options] [--] TEXT...", "[options] -E [TEXT...]", "[options] -F FILE",
	NULL};
static const struct usage usage = {
	"add", synopsis,
	"Add a goal, in your own words, with what makes it SMART.  With no "
	"TEXT on a terminal, or -E, write it in your editor.",
	COMP_NONE, COMP_NONE};

/* Judge fields f not stored yet, as a goal created today with no
 * progress. */
static int judge_new(goals_smart *out, const goals_fields *f)
{
	goals_smart_input in;
	memset(&in, 0, sizeof(in));
	in.f = f;
	in.status = GOALS_STATUS_ACTIVE;
	in.created = cli.today;
	in.recent_from = cli.today;
	return goals_smart_check(out, &in, cli.now);
}

/*
 * For --strict: judge f; when a letter fails, print the report ("not
 * added: TEXT" and the letters, or the JSON of `goals check`) and return
 * 1.  Return 0 to go on adding, or the exit code of an error.
 */
static int refuse_failing(const goals_fields *f, int json)
{
	goals_smart r;
	goals_goal g;
	const goals_goal *one = &g;
	int rc = judge_new(&r, f);
	if (rc)
		return cli_fail(rc, NULL);
	if (report_worst(&r) != GOALS_FAIL)
		return EXIT_OK;
	if (json) {
		memset(&g, 0, sizeof(g)); /* no id: it was not added */
		g.f = *f;
		if ((rc = report_json(&one, &r, 1)))
			return rc;
	} else {
		printf("not added: %s\n", f->text);
		report_letters(&r);
	}
	return EXIT_NEGATIVE;
}

/* Print what was added: its short id, text and SMART summary (or its
 * JSON). */
static int report(const goals_goal *g, const goals_smart *r, int json)
{
	char *out;
	int rc;
	if (json) {
		if ((rc = goals_json_goal(&out, g)))
			return cli_fail(rc, NULL);
		puts(out);
		free(out);
		return EXIT_OK;
	}
	printf("added %s%.*s%s %s\n", cli_color(C_YELLOW), g->short_len,
	       g->id.hex, cli_color(C_RESET), g->f.text);
	report_summary(r);
	if (report_worst(r) != GOALS_PASS)
		printf("run 'goals check %.*s' for what to change\n",
		       g->short_len, g->id.hex);
	return EXIT_OK;
}

/* Add the goal that a describes, with message (NULL for none: only a
 * file or the editor gives one); the whole command after the input. */
static int add(const struct field_args *a, const char *message, int strict,
	       int json)
{
	goals_fields f;
	goals_store *s = NULL;
	goals_goal *g = NULL;
	goals_smart judged;
	/* a parent given ("none" or an empty template line is none) */
	int parent = a->v[FA_PARENT] && *a->v[FA_PARENT] &&
		     strcmp(a->v[FA_PARENT], "none") != 0;
	int rc;
	goals_fields_init(&f);
	if (!a->v[FA_TEXT] || (a->line[FA_TEXT] && !*a->v[FA_TEXT])) {
		rc = cli_bad_input("the goal has no text: write it after "
				   "'text:'");
		goto out;
	}
	/* Check everything that needs no store before creating one. */
	if ((rc = fields_parse(&f, NULL, a, 0)))
		goto out;
	if ((rc = goals_fields_check(&f)) ||
	    (message && (rc = goals_check_text(message, "message",
					       GOALS_TEXT_NEWLINES)))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if (strict && !parent && (rc = refuse_failing(&f, json)))
		goto out;
	/* With a parent, a missing store has no parent: don't create it. */
	if ((rc = cli_open_store(&s, !parent)))
		goto out;
	if ((rc = goals_store_begin(s, 1))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if ((rc = fields_parent(&f, NULL, a, s, 0)))
		goto out;
	if (strict && parent && (rc = refuse_failing(&f, json)))
		goto out; /* closing the store rolls back */
	if ((rc = goals_add_with_message(&g, s, &f, message, cli.now)) ||
	    (rc = goals_check(&judged, s, g, cli.now)) ||
	    (rc = goals_store_commit(s))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	rc = report(g, &judged, json);
out:
	goals_goal_free(g);
	goals_fields_clear(&f);
	goals_store_close(s);
	return rc;
}

/* The directory of the store, for the editor's file (malloc'd or NULL). */
static char *store_dir(void)
{
	char *path, *dir = NULL;
	if (goals_store_path(&path, cli.db) != GOALS_OK)
		return NULL;
	dir = strdup(dirname(path));
	free(path);
	return dir;
}

/* Write the template for a (and the judgement of what it holds so far),
 * run the editor, and leave the result in *buf and its file in *path;
 * *unchanged says whether the file came back as it was written. */
static int edit(char **buf, char **path, const struct field_args *a,
		int *unchanged)
{
	goals_fields f;
	goals_smart r;
	int judged = 0, rc;
	char *content, *dir;
	goals_fields_init(&f);
	if (a->v[FA_TEXT] && fields_parse(&f, NULL, a, FIELDS_QUIET) == 0 &&
	    goals_fields_check(&f) == GOALS_OK)
		judged = judge_new(&r, &f) == GOALS_OK;
	goals_fields_clear(&f);
	if (!(content = editor_template(a->v, judged ? &r : NULL, 0)))
		return cli_fail(GOALS_ENOMEM, NULL);
	dir = store_dir();
	rc = editor_run(buf, path, content, dir);
	*unchanged = !rc && !strcmp(*buf, content);
	free(dir);
	free(content);
	return rc;
}

int cmd_add(int argc, char **argv)
{
	struct field_args a, from_file;
	int json = 0, strict = 0, use_editor = 0, nargs, rc, empty, i,
	    given = 0, unchanged = 0;
	const char *file = NULL, *message;
	char *text = NULL, *buf = NULL, *path = NULL;
	memset(&a, 0, sizeof(a));
	{
		const struct opt opts[] = {
			FIELD_OPTIONS(a),
			OPT_FLAG_('E', "edit", &use_editor,
				  "write the goal in your editor"),
			OPT_STRC('F', "file", &file, "file",
				 "read the goal from FILE, as the editor "
				 "writes it",
				 COMP_FILE),
			OPT_FLAG_(0, "strict", &strict,
				  "refuse (exit 1) a goal that fails a SMART "
				  "letter"),
			OPT_FLAG_(0, "json", &json, "print the new goal as JSON"),
			OPT_END_(),
		};
		if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) !=
		    OPT_CONTINUE)
			return rc;
	}
	for (i = 0; i < FA_N; i++)
		given |= a.v[i] != NULL;
	if (file && nargs)
		return opt_error("add", "-F FILE gives the whole goal: no TEXT "
					"with it, got '%.40s'",
				 argv[0]);
	if (file && (use_editor || given))
		return opt_error("add",
				 "-F FILE gives the whole goal: no field "
				 "options or -E with it, got %s%s",
				 given ? "--" : "-E",
				 given ? fields_first_given(&a) : "");
	if (nargs == 0 && !file && !use_editor) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
			return opt_error("add", "missing the goal's TEXT (or -E "
						"to write it in your editor)");
		use_editor = 1;
	}
	if (nargs && !(text = cli_join_words(nargs, argv)))
		return cli_fail(GOALS_ENOMEM, NULL);
	a.v[FA_TEXT] = text;
	if (!use_editor && !file) {
		rc = add(&a, NULL, strict, json);
		free(text);
		return rc;
	}
	rc = file ? editor_read_file(&buf, file)
		  : edit(&buf, &path, &a, &unchanged);
	free(text);
	if ((rc && file) || (file && !strcmp(file, "-")))
		file = NULL; /* unread, or no file: nothing to point at */
	if (!rc && unchanged) {
		fprintf(stderr, "goals: aborting: the goal is unchanged\n");
		rc = EXIT_USAGE;
		unlink(path);
	} else if (!rc && !(rc = editor_parse(buf, &from_file, &message,
					      &empty)) &&
		   empty) {
		fprintf(stderr, "goals: aborting: the goal is empty\n");
		rc = EXIT_USAGE;
		if (path)
			unlink(path);
	} else {
		if (!rc)
			rc = add(&from_file, message, strict, json);
		if (path && rc == EXIT_OK)
			unlink(path);
		else if (rc != EXIT_OK && (path || file))
			editor_keep(path ? path : file, "add", NULL);
	}
	free(buf);
	free(path);
	return rc;
}
