/*
 * cmd-show.c - goals show ID: one goal, every field and its progress.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[--json] ID", NULL};
static const struct usage usage = {
	"show", synopsis, "Show a goal: its fields, status and progress.",
	COMP_GOAL, COMP_NONE};

/* Print a "Label:  value" line. */
static void field(const char *label, const char *value)
{
	printf("%-12s%s\n", label, value);
}

/* Describe how far day d is from today: "today", "in 3 days", "2 days ago". */
static void relative(char *buf, size_t n, goals_date d)
{
	long diff = (long)d - (long)cli.today;
	if (diff == 0)
		snprintf(buf, n, "today");
	else if (diff == 1)
		snprintf(buf, n, "tomorrow");
	else if (diff == -1)
		snprintf(buf, n, "yesterday");
	else if (diff > 0)
		snprintf(buf, n, "in %ld days", diff);
	else
		snprintf(buf, n, "%ld days ago", -diff);
}

/* The progress line of a goal, by kind. */
static void progress_line(char *buf, size_t n, const goals_goal *g)
{
	const goals_fields *f = &g->f;
	const goals_progress *p = &g->progress;
	char cur[32] = "-", tgt[32] = "", pct[32] = "";
	if (p->has_current)
		cli_number(cur, sizeof(cur), p->current);
	if (f->set & GOALS_F_TARGET)
		cli_number(tgt, sizeof(tgt), f->target);
	if (p->has_percent)
		snprintf(pct, sizeof(pct), "%d%%", cli_percent(p->percent));
	switch (f->kind) {
	case GOALS_KIND_HABIT:
		snprintf(buf, n, "%s of %s %s, %s of %ss met, %lld %s",
			 cur, tgt,
			 cli_this_period(f->every),
			 pct,
			 goals_every_name(f->every), (long long)p->entries,
			 p->entries == 1 ? "entry" : "entries");
		break;
	case GOALS_KIND_DONE:
		snprintf(buf, n, "%s", g->status == GOALS_STATUS_ACHIEVED
					       ? "done"
					       : "not done yet");
		break;
	default:
		snprintf(buf, n, "%s%s%s%s%s, %lld %s", cur,
			 *tgt ? (f->kind == GOALS_KIND_LEVEL ? ", target "
							     : " of ")
			      : "",
			 tgt,
			 (f->set & GOALS_F_UNIT) ? " " : "",
			 (f->set & GOALS_F_UNIT) ? f->unit : "",
			 (long long)p->entries,
			 p->entries == 1 ? "entry" : "entries");
		if (*pct) {
			size_t l = strlen(buf);
			snprintf(buf + l, n - l, " (%s)", pct);
		}
	}
}

/* A goal with the goals around it in the tree, and how it was closed. */
struct tree {
	goals_goal *parent;    /* NULL when none (or deleted) */
	goals_goal **children;
	size_t n_children;
	goals_history h;       /* for the last change of status */
};

/* Read the parent and children of g. */
static int tree_read(struct tree *t, goals_store *s, const goals_goal *g)
{
	goals_id *kids;
	size_t i;
	int rc;
	memset(t, 0, sizeof(*t));
	if (g->f.set & GOALS_F_PARENT) {
		rc = goals_get(&t->parent, s, g->f.parent.hex, cli.now);
		if (rc && rc != GOALS_ENOTFOUND)
			return rc;
	}
	if ((rc = goals_children(&kids, &t->n_children, s, &g->id)))
		return rc;
	if (t->n_children &&
	    !(t->children = calloc(t->n_children, sizeof(*t->children))))
		rc = GOALS_ENOMEM;
	for (i = 0; !rc && i < t->n_children; i++)
		rc = goals_get(&t->children[i], s, kids[i].hex, cli.now);
	free(kids);
	if (!rc && g->status != GOALS_STATUS_ACTIVE)
		rc = goals_history_get(&t->h, s, &g->id);
	return rc;
}

static void tree_free(struct tree *t)
{
	size_t i;
	goals_goal_free(t->parent);
	for (i = 0; t->children && i < t->n_children; i++)
		goals_goal_free(t->children[i]);
	free(t->children);
	goals_history_free(&t->h);
}

/* "achieved on 2026-11-30 10:00", and the message it was closed with on
 * one line, from the last change of status of a closed goal. */
static void closed_lines(const goals_goal *g, const struct tree *tr)
{
	const goals_event *e;
	char when[32];
	const char *m;
	if (!tr->h.n_events) {
		field("Status:", goals_status_name(g->status));
		return;
	}
	e = &tr->h.events[tr->h.n_events - 1];
	cli_local_time(when, sizeof(when), e->at);
	printf("%-12s%s on %s\n", "Status:", goals_status_name(g->status),
	       when);
	if (!e->message)
		return;
	printf("%-12s", "Message:");
	for (m = e->message; *m; m++)
		if (*m == '\n')
			fputs(cli.utf8 ? "\xe2\x86\xb5" : " / ", stdout);
		else
			putchar(*m);
	putchar('\n');
}

/* Print the human view of a goal. */
static void render(const goals_goal *g, const struct tree *tr)
{
	const goals_fields *f = &g->f;
	/* room for a text or unit at its longest, and the words around it */
	char uuid[GOALS_UUID_BUFSZ], buf[2 * GOALS_TEXT_MAX + 256];
	char d[GOALS_DATE_BUFSZ], rel[32];
	goals_id_format(uuid, &g->id);
	printf("%sgoal %s%s\n", cli_color(C_YELLOW), uuid, cli_color(C_RESET));
	field("Text:", f->text);
	if (g->status == GOALS_STATUS_ACTIVE)
		field("Status:", goals_status_name(g->status));
	else
		closed_lines(g, tr);
	if (f->kind == GOALS_KIND_HABIT) {
		char t[32];
		cli_number(t, sizeof(t), f->target);
		snprintf(buf, sizeof(buf), "habit, %s per %s", t,
			 goals_every_name(f->every));
		field("Kind:", buf);
	} else if (f->kind == GOALS_KIND_LEVEL && (f->set & GOALS_F_OVER)) {
		snprintf(buf, sizeof(buf), "level, the mean of the last %d day%s",
			 f->over, f->over == 1 ? "" : "s");
		field("Kind:", buf);
	} else {
		field("Kind:", goals_kind_name(f->kind));
	}
	if (f->set & GOALS_F_AREA)
		field("Area:", f->area);
	if (f->set & GOALS_F_METRIC)
		field("Metric:", f->metric);
	if (f->set & GOALS_F_UNIT)
		field("Unit:", f->unit);
	if (f->set & GOALS_F_BASELINE) {
		cli_number(buf, sizeof(buf), f->baseline);
		field("Baseline:", buf);
	}
	if ((f->set & GOALS_F_TARGET) && f->kind != GOALS_KIND_HABIT) {
		cli_number(buf, sizeof(buf), f->target);
		field("Target:", buf);
	}
	if (f->set & GOALS_F_START) {
		goals_date_format(d, f->start);
		relative(rel, sizeof(rel), f->start);
		snprintf(buf, sizeof(buf), "%s (%s)", d, rel);
		field("Start:", buf);
	}
	if (f->set & GOALS_F_DEADLINE) {
		goals_date_format(d, f->deadline);
		relative(rel, sizeof(rel), f->deadline);
		snprintf(buf, sizeof(buf), "%s (%s%s)", d, rel,
			 f->deadline_from_text ? ", from the text" : "");
		field("Deadline:", buf);
	}
	if (f->set & GOALS_F_WHY)
		field("Why:", f->why);
	if (tr->parent) {
		snprintf(buf, sizeof(buf), "%.*s %s", tr->parent->short_len,
			 tr->parent->id.hex, tr->parent->f.text);
		field("Parent:", buf);
	} else if (f->set & GOALS_F_PARENT) {
		snprintf(buf, sizeof(buf), "%.*s (deleted)", GOALS_SHORT_MIN,
			 f->parent.hex);
		field("Parent:", buf);
	}
	if (f->set & GOALS_F_CONFIDENCE) {
		snprintf(buf, sizeof(buf), "%d/10", f->confidence);
		field("Confidence:", buf);
	}
	if (f->set & GOALS_F_REVIEW) {
		char r[8];
		goals_review_format(r, f->review);
		snprintf(buf, sizeof(buf), "every %s", r);
		field("Review:", buf);
	}
	progress_line(buf, sizeof(buf), g);
	field("Progress:", buf);
	for (size_t i = 0; i < tr->n_children; i++) {
		const goals_goal *c = tr->children[i];
		snprintf(buf, sizeof(buf), "%.*s %s%s%s", c->short_len,
			 c->id.hex, c->f.text,
			 c->status == GOALS_STATUS_ACTIVE ? "" : " (",
			 c->status == GOALS_STATUS_ACTIVE
				 ? ""
				 : goals_status_name(c->status));
		if (c->status != GOALS_STATUS_ACTIVE)
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
				 ")");
		field(i ? "" : "Children:", buf);
	}
	cli_local_time(buf, sizeof(buf), g->created);
	field("Created:", buf);
	{
		char up[32];
		cli_local_time(up, sizeof(up), g->updated);
		snprintf(buf, sizeof(buf), "%d, %s", g->revision, up);
		field("Revision:", buf);
	}
}

int cmd_show(int argc, char **argv)
{
	int json = 0, nargs, rc;
	goals_store *s;
	goals_goal *g = NULL;
	struct tree t;
	const struct opt opts[] = {
		OPT_FLAG_(0, "json", &json, "print the goal as JSON"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs == 0)
		return opt_error("show", "missing ID");
	if (nargs > 1)
		return opt_extra("show", nargs - 1, argv + 1, "give one ID");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	memset(&t, 0, sizeof(t));
	if ((rc = goals_store_begin(s, 0)) ||
	    (rc = goals_get(&g, s, argv[0], cli.now)) ||
	    (!json && (rc = tree_read(&t, s, g)))) {
		goals_store_close(s);
		goals_goal_free(g);
		tree_free(&t);
		return cli_fail(rc, NULL);
	}
	goals_store_close(s);
	if (json) {
		char *out;
		if ((rc = goals_json_goal(&out, g))) {
			goals_goal_free(g);
			return cli_fail(rc, NULL);
		}
		puts(out);
		free(out);
	} else {
		render(g, &t);
	}
	tree_free(&t);
	goals_goal_free(g);
	return EXIT_OK;
}
