/*
 * cmd-add.c - goals add: write a new goal down.
 */
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "report.h"

static const char *const synopsis[] = {"[options] [--] TEXT...", NULL};
static const struct usage usage = {
	"add", synopsis, "Add a goal, in your own words, with what makes it SMART."};

/* Join args with single spaces into a malloc'd string. */
static char *join_words(int n, char **args)
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

int cmd_add(int argc, char **argv)
{
	struct field_args a;
	int json = 0, strict = 0, nargs, rc;
	goals_smart judged;
	goals_fields f;
	goals_store *s = NULL;
	goals_goal *g = NULL;
	char *text;
	memset(&a, 0, sizeof(a));
	{
		const struct opt opts[] = {
			FIELD_OPTIONS(a),
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
	if (nargs == 0)
		return opt_error("add", "missing the goal's TEXT");
	if (!(text = join_words(nargs, argv)))
		return cli_fail(GOALS_ENOMEM, NULL);
	goals_fields_init(&f);
	rc = goals_check_text(text, "text", 0);
	if (!rc)
		rc = goals_fields_set_str(&f, GOALS_F_TEXT, text);
	free(text);
	if (rc) {
		goals_fields_clear(&f);
		return cli_fail(rc, NULL);
	}
	/* Check everything that needs no store before creating one. */
	if ((rc = fields_check_args(&f, &a)))
		goto out;
	if ((rc = goals_fields_check(&f))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if (strict && !a.parent && (rc = refuse_failing(&f, json)))
		goto out;
	/* With --parent, a missing store has no parent: don't create it. */
	if ((rc = cli_open_store(&s, a.parent == NULL)))
		goto out;
	if ((rc = goals_store_begin(s, 1))) {
		rc = cli_fail(rc, NULL);
		goto out;
	}
	if (a.parent) {
		if ((rc = goals_resolve(&f.parent, s, a.parent))) {
			rc = cli_fail(rc, "--parent");
			goto out;
		}
		f.set |= GOALS_F_PARENT;
		if (strict && (rc = refuse_failing(&f, json)))
			goto out; /* closing the store rolls back */
	}
	if ((rc = goals_add(&g, s, &f, cli.now)) ||
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
