/*
 * cmd-refine.c - goals refine ID: a new revision of a goal, with why it
 * changed, from options or in the editor; shows each SMART letter before
 * and after.
 */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "editor.h"
#include "fields.h"
#include "report.h"

static const char *const synopsis[] = {
	"[options] [-m MESSAGE] ID [TEXT...]", "-E ID", "-F FILE ID", NULL};
static const struct usage usage = {
	"refine", synopsis,
	"Make a new revision of a goal: change its fields (none as a value, "
	"or --clear, clears a field), say why with -m.  With no options on "
	"a terminal, or -E, edit it in your editor.",
	COMP_GOAL, COMP_NONE};

/* What the user asked to change. */
struct request {
	struct field_args a;   /* options or template lines */
	unsigned clear;        /* --clear */
	const char *message;
};

/* Apply the request to goal `id` in one write transaction, and report. */
static int refine(const char *id, struct request *q, int json, int edited)
{
	goals_fields changes;
	goals_store *s = NULL;
	goals_goal *before = NULL, *after = NULL;
	goals_smart rb, ra;
	unsigned clear = q->clear;
	goals_id gid;
	int rc, flags = FIELDS_CLEAR;
	char *out;
	goals_fields_init(&changes);
	if ((rc = fields_parse(&changes, &clear, &q->a, flags)))
		goto out;
	if (q->message &&
	    (rc = goals_check_text(q->message, "message", GOALS_TEXT_NEWLINES))) {
		rc = cli_fail(rc, "--message");
		goto out;
	}
	if ((rc = cli_open_store(&s, 0)))
		goto out;
	if ((rc = goals_store_begin(s, 1)) || (rc = goals_resolve(&gid, s, id)) ||
	    (rc = goals_get(&before, s, id, cli.now)) ||
	    (rc = goals_check(&rb, s, before, cli.now))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if (edited && edited != before->revision) {
		rc = cli_bad_input("goal %.*s changed while you were editing "
				   "(now revision %d)",
				   before->short_len, before->id.hex,
				   before->revision);
		goto out;
	}
	if ((rc = fields_parent(&changes, &clear, &q->a, s, flags)))
		goto out;
	if ((rc = goals_refine(&after, s, &gid, &changes, clear, q->message,
			       cli.now)) ||
	    (rc = goals_check(&ra, s, after, cli.now)) ||
	    (rc = goals_store_commit(s))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if (json) {
		if ((rc = goals_json_goal(&out, after))) {
			rc = cli_fail(rc, NULL);
			goto out;
		}
		puts(out);
		free(out);
	} else {
		printf("refined %s%.*s%s to revision %d: %s\n",
		       cli_color(C_YELLOW), after->short_len, after->id.hex,
		       cli_color(C_RESET), after->revision, after->f.text);
		report_compare(&rb, &ra);
	}
	rc = EXIT_OK;
out:
	goals_goal_free(before);
	goals_goal_free(after);
	goals_fields_clear(&changes);
	goals_store_close(s);
	return rc;
}

/*
 * The editor flow: read the goal, write the template, run the editor
 * with no transaction open, and parse the result into q (pointing into
 * *buf).  *revision is the revision edited, so that a change made
 * meanwhile is caught.  *path is the file, kept when anything fails.
 */
static int edit(struct request *q, char **buf, char **path, int *revision,
		const char *id)
{
	goals_store *s;
	goals_goal *g = NULL;
	goals_smart r;
	char *vals[FA_N] = {NULL}, *content = NULL, *dbpath, *dir = NULL;
	const char *message;
	int rc, empty;
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_get(&g, s, id, cli.now)) ||
	    (rc = goals_check(&r, s, g, cli.now))) {
		goals_store_close(s);
		goals_goal_free(g);
		return cli_fail(rc, NULL);
	}
	goals_store_close(s);
	*revision = g->revision;
	rc = fields_format(vals, &g->f);
	goals_goal_free(g);
	if (!rc && !(content = editor_template((const char *const *)vals, &r,
					       1)))
		rc = cli_fail(GOALS_ENOMEM, NULL);
	fields_format_free(vals);
	if (rc)
		return rc;
	if (goals_store_path(&dbpath, cli.db) == GOALS_OK) {
		dir = strdup(dirname(dbpath));
		free(dbpath);
	}
	rc = editor_run(buf, path, content, dir);
	free(dir);
	if (!rc && !strcmp(*buf, content)) {
		fprintf(stderr, "goals: aborting: the goal is unchanged\n");
		rc = -1;
	}
	free(content);
	if (!rc && !(rc = editor_parse(*buf, &q->a, &message, &empty)) &&
	    empty) {
		fprintf(stderr, "goals: aborting: the file is empty\n");
		rc = -1;
	}
	if (!rc && !q->message)
		q->message = message;
	return rc;
}

int cmd_refine(int argc, char **argv)
{
	struct request q;
	const char *clear_list = NULL, *file = NULL, *message;
	int json = 0, use_editor = 0, nargs, rc, i, given = 0, revision = 0,
	    empty;
	char *text = NULL, *buf = NULL, *path = NULL;
	memset(&q, 0, sizeof(q));
	{
		const struct opt opts[] = {
			FIELD_OPTIONS(q.a),
			OPT_STR('m', "message", &q.message, "text",
				"why the goal changed"),
			OPT_STR(0, "clear", &clear_list, "fields",
				"clear fields, such as --clear why,review"),
			OPT_FLAG_('E', "edit", &use_editor,
				  "edit the goal in your editor"),
			OPT_STRC('F', "file", &file, "file",
				 "read the goal from FILE, as the editor "
				 "writes it",
				 COMP_FILE),
			OPT_FLAG_(0, "json", &json,
				  "print the refined goal as JSON"),
			OPT_END_(),
		};
		if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) !=
		    OPT_CONTINUE)
			return rc;
	}
	if (nargs < 1)
		return opt_error("refine", "missing the goal's ID");
	if (clear_list && (rc = fields_clear_list(&q.clear, clear_list)))
		return rc;
	for (i = 0; i < FA_N; i++)
		given |= q.a.v[i] != NULL;
	given |= nargs > 1 || q.clear;
	if ((file || use_editor) && nargs > 1)
		return opt_error("refine", "%s: no TEXT with it, got '%.40s'",
				 file ? "-F FILE gives the whole goal"
				      : "-E edits the goal as it is",
				 argv[1]);
	if ((file || use_editor) && given)
		return opt_error("refine", "%s: no field options with it, got "
					   "--%s",
				 file ? "-F FILE gives the whole goal"
				      : "-E edits the goal as it is",
				 q.clear ? "clear" : fields_first_given(&q.a));
	if (file && use_editor)
		return opt_error("refine",
				 "-F FILE gives the whole goal: no -E with it");
	if (!given && !file && !use_editor) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
			return opt_error("refine",
					 "nothing to change: give field "
					 "options, TEXT, or -E to edit the "
					 "goal in your editor");
		use_editor = 1;
	}
	if (!use_editor && !file) {
		if (nargs > 1 && !(text = cli_join_words(nargs - 1, argv + 1)))
			return cli_fail(GOALS_ENOMEM, NULL);
		q.a.v[FA_TEXT] = text;
		rc = refine(argv[0], &q, json, 0);
		free(text);
		return rc;
	}
	if (file) {
		if ((rc = editor_read_file(&buf, file)))
			file = NULL; /* unread: no text of the user's in it */
		if (!rc && !(rc = editor_parse(buf, &q.a, &message, &empty)) &&
		    empty)
			rc = strcmp(file, "-")
				     ? cli_bad_input("'%s' holds no goal", file)
				     : cli_bad_input("standard input holds no "
						     "goal");
		if (file && !strcmp(file, "-"))
			file = NULL; /* no file to point at */
		if (!rc && !q.message)
			q.message = message;
	} else {
		rc = edit(&q, &buf, &path, &revision, argv[0]);
	}
	if (rc == -1) { /* aborted: nothing typed to keep */
		unlink(path);
		rc = EXIT_USAGE;
	} else {
		if (!rc)
			rc = refine(argv[0], &q, json, revision);
		if (path && rc == EXIT_OK)
			unlink(path);
		else if (rc != EXIT_OK && (path || file))
			editor_keep(path ? path : file, "refine", argv[0]);
	}
	free(buf);
	free(path);
	return rc;
}
