/*
 * cmd-progress.c - goals progress ID [VALUE]: log a progress entry, show
 * how far a goal has come and its recent entries, or correct an entry
 * (--undo, --void): a void that takes it out of every sum, for good.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "options.h"
#include "report.h"

#define RECENT 10

static const char *const synopsis[] = {
	"[-n NOTE] [--at WHEN] [--json] ID VALUE", "[--all] [--json] ID",
	"--undo [-m WHY] [--json] ID", "--void ENTRY [-m WHY] [--json]", NULL};
static const struct usage usage = {
	"progress", synopsis,
	"Log progress against a goal, or show how far it has come.",
	COMP_GOAL, COMP_NONE};

/* Print a bar of `width` cells for percent p. */
static void bar(double p, int width)
{
	int full = (int)(p / 100.0 * width + 0.5), i;
	if (full > width)
		full = width;
	if (full < 0)
		full = 0;
	putchar('[');
	for (i = 0; i < width; i++)
		fputs(i < full ? (cli.utf8 ? "\xe2\x96\x88" : "#")
			       : (cli.utf8 ? "\xc2\xb7" : "."),
		      stdout);
	putchar(']');
}

/* Print the last days as a sparkline: ▁▂▃▄▅▆▇█ (ASCII: _-~=+*#@),
 * a dot for a day with no entry. */
static void sparkline(const goals_pace *p, int level)
{
	static const char *const utf8[] = {
		"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83",
		"\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86",
		"\xe2\x96\x87", "\xe2\x96\x88"};
	static const char ascii[] = "_-~=+*#@";
	double lo = 0, hi = 0;
	int i, any = 0;
	for (i = 0; i < GOALS_SPARK_DAYS; i++) {
		if (!p->spark_has[i])
			continue;
		if (!any || p->spark[i] < lo)
			lo = p->spark[i];
		if (!any || p->spark[i] > hi)
			hi = p->spark[i];
		any = 1;
	}
	if (!any)
		return;
	/* sums are drawn from 0; a level between its own lowest and
	 * highest, so that 80.1 and 80.8 kg do not both fill the cell */
	if (lo > 0 && !level)
		lo = 0;
	printf("  last %d days: ", GOALS_SPARK_DAYS);
	for (i = 0; i < GOALS_SPARK_DAYS; i++) {
		int k;
		if (!p->spark_has[i]) {
			fputs(cli.utf8 ? "\xc2\xb7" : ".", stdout);
			continue;
		}
		k = hi > lo ? (int)((p->spark[i] - lo) / (hi - lo) * 7 + 0.5)
			    : 7;
		if (k < 0)
			k = 0;
		if (k > 7)
			k = 7;
		if (cli.utf8)
			fputs(utf8[k], stdout);
		else
			putchar(ascii[k]);
	}
	putchar('\n');
}

/* Print the pace: needed against so far, a forecast, streaks. */
static void pace_lines(const goals_goal *g, const goals_pace *p)
{
	const goals_fields *f = &g->f;
	char a[32], b[32], d[GOALS_DATE_BUFSZ];
	if (f->kind == GOALS_KIND_HABIT) {
		if (p->periods)
			printf("  last %d %s%s: met %d\n", p->periods,
			       goals_every_name(f->every),
			       p->periods == 1 ? "" : "s", p->periods_met);
		printf("  streak: %d %s%s in a row (best %d)\n", p->streak,
		       goals_every_name(f->every), p->streak == 1 ? "" : "s",
		       p->best_streak);
		return;
	}
	if (!p->known)
		return;
	if (p->met) {
		printf("  the target is met\n");
		return;
	}
	cli_number(b, sizeof(b), round(p->so_far * 70) / 10);
	if (p->needed > 0) {
		cli_number(a, sizeof(a), round(p->needed * 70) / 10);
		printf("  pace: %s a week needed, %s a week so far%s\n", a, b,
		       p->so_far > 0 && p->ratio > 1.5 ? " (behind)"
		       : p->so_far >= p->needed	       ? " (on track)"
						       : "");
	} else {
		printf("  pace: %s a week so far\n", b);
	}
	if (p->forecast != GOALS_DATE_NONE) {
		goals_date_format(d, p->forecast);
		printf("  at this pace: target reached on %s\n", d);
	} else if (p->so_far <= 0) {
		printf("  at this pace: not reached (no progress lately)\n");
	}
}

/* Print a note on one line, so that it keeps to its row of the table:
 * each newline as U+21B5 (a downwards arrow with a corner leftwards), or
 * " / " outside a UTF-8 locale. */
static void note_line(const char *note)
{
	for (; *note; note++)
		if (*note == '\n')
			fputs(cli.utf8 ? "\xe2\x86\xb5" : " / ", stdout);
		else
			putchar(*note);
}

/* Print the entries of l, one a line: with `all`, their ids and voids. */
static void entry_lines(const goals_entry_list *l, int all)
{
	char when[32], v[32];
	size_t i;
	for (i = 0; i < l->count; i++) {
		const goals_entry *e = &l->items[i];
		cli_local_time(when, sizeof(when), e->at);
		cli_number(v, sizeof(v), e->value);
		if (all)
			printf("    %s%.*s%s", cli_color(C_YELLOW), e->short_len,
			       e->id.hex, cli_color(C_RESET));
		printf("    %s  %8s", when, v);
		if (e->voided) {
			printf("  %s[void%s", cli_color(C_DIM),
			       e->v.reason ? ": " : "");
			if (e->v.reason)
				note_line(e->v.reason);
			printf("]%s", cli_color(C_RESET));
		}
		if (e->note) {
			fputs("  ", stdout);
			note_line(e->note);
		}
		putchar('\n');
	}
}

/* Show the progress view of g with its pace and recent entries (every
 * entry, with its id and void, with `all`). */
static void view(const goals_goal *g, const goals_pace *pace,
		 const goals_entry_list *l, int all)
{
	const goals_fields *f = &g->f;
	const goals_progress *p = &g->progress;
	char cur[32] = "-", tgt[32] = "";
	printf("%s%.*s%s %s\n", cli_color(C_YELLOW), g->short_len, g->id.hex,
	       cli_color(C_RESET), f->text);
	if (p->has_current)
		cli_number(cur, sizeof(cur), p->current);
	if (f->set & GOALS_F_TARGET)
		cli_number(tgt, sizeof(tgt), f->target);
	if (f->kind == GOALS_KIND_HABIT)
		printf("  %s: %s of %s\n", cli_this_period(f->every), cur, tgt);
	else if (f->kind != GOALS_KIND_DONE)
		printf("  now: %s%s%s%s%s\n", cur,
		       (f->set & GOALS_F_UNIT) ? " " : "",
		       (f->set & GOALS_F_UNIT) ? f->unit : "",
		       *tgt ? ", target " : "", tgt);
	if (p->has_percent) {
		printf("  ");
		bar(p->percent, 20);
		printf(" %d%%%s\n", cli_percent(p->percent),
		       f->kind == GOALS_KIND_HABIT ? " of periods met" : "");
	}
	pace_lines(g, pace);
	if (f->kind != GOALS_KIND_DONE)
		sparkline(pace, f->kind == GOALS_KIND_LEVEL);
	printf("  %lld %s", (long long)p->entries,
	       p->entries == 1 ? "entry" : "entries");
	if (all && l->count > (size_t)p->entries)
		printf(", and %zu voided", l->count - (size_t)p->entries);
	putchar('\n');
	entry_lines(l, all);
}

/* Say what a void took out: "voided 3f2a1b2 (801 on 2026-11-27) of
 * d895cd5 Read 12 books", or print the void as JSON. */
static int said_void(goals_store *s, const goals_void *v, int json)
{
	goals_goal *g = NULL;
	char day[GOALS_DATE_BUFSZ], val[32], *out;
	int rc;
	if (json) {
		if ((rc = goals_json_void(&out, v)))
			return cli_fail(rc, NULL);
		puts(out);
		free(out);
		return EXIT_OK;
	}
	if ((rc = goals_get(&g, s, v->goal.hex, cli.now)))
		return cli_fail(rc, NULL);
	goals_date_format(day, v->day);
	cli_number(val, sizeof(val), v->value);
	printf("voided %s%.*s%s (%s on %s) of %s%.*s%s %s\n",
	       cli_color(C_YELLOW), v->short_len, v->entry.hex,
	       cli_color(C_RESET), val, day,
	       cli_color(C_YELLOW), g->short_len, g->id.hex, cli_color(C_RESET),
	       g->f.text);
	goals_goal_free(g);
	return EXIT_OK;
}

/* Void an entry (entry != NULL) or the newest of goal (undo), with why. */
static int correct(const char *entry, const char *goal, const char *why,
		   int json)
{
	goals_store *s;
	goals_void v;
	int rc;
	if (why && (rc = goals_check_text(why, "message", GOALS_TEXT_NEWLINES)))
		return cli_fail(rc, "--message");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_store_begin(s, 1)) ||
	    (rc = entry ? goals_entry_void(&v, s, entry, why, cli.now)
			: goals_entry_undo(&v, s, goal, why, cli.now))) {
		goals_store_close(s);
		return cli_fail(rc, entry ? "--void" : NULL);
	}
	if ((rc = goals_store_commit(s))) {
		goals_void_clear(&v);
		goals_store_close(s);
		return cli_fail(rc, NULL);
	}
	rc = said_void(s, &v, json);
	goals_void_clear(&v);
	goals_store_close(s);
	return rc;
}

/* Log VALUE against ID. */
static int log_entry(goals_store *s, const char *id, double value,
		     goals_time at, const char *note, int json)
{
	goals_entry e;
	goals_goal *g = NULL;
	char *out, v[32];
	int rc;
	if ((rc = goals_store_begin(s, 1)) ||
	    (rc = goals_entry_add(&e, s, id, value, at, note)))
		return cli_fail(rc, NULL);
	if ((rc = goals_get(&g, s, id, cli.now)) ||
	    (rc = goals_store_commit(s))) {
		goals_entry_clear(&e);
		goals_goal_free(g);
		return cli_fail(rc, NULL);
	}
	if (json) {
		rc = goals_json_entry(&out, &e);
		if (!rc) {
			puts(out);
			free(out);
		}
	} else {
		cli_number(v, sizeof(v), value);
		printf("logged %s for %s%.*s%s %s\n", v, cli_color(C_YELLOW),
		       g->short_len, g->id.hex, cli_color(C_RESET), g->f.text);
	}
	goals_entry_clear(&e);
	goals_goal_free(g);
	return rc ? cli_fail(rc, NULL) : EXIT_OK;
}

int cmd_progress(int argc, char **argv)
{
	const char *note = NULL, *at = NULL, *void_entry = NULL, *why = NULL;
	int json = 0, undo = 0, all = 0, nargs, rc;
	goals_store *s = NULL;
	goals_goal *g = NULL;
	goals_entry_list l = {NULL, 0};
	goals_pace pace;
	goals_time when = cli.now;
	double value = 0;
	const struct opt opts[] = {
		OPT_STR('n', "note", &note, "text", "a note with the entry"),
		OPT_STR(0, "at", &at, "when",
			"when it happened (default: now): a date, -2d, "
			"yesterday, or YYYY-MM-DDTHH:MM"),
		OPT_FLAG_(0, "undo", &undo,
			  "void the goal's newest entry (a correction, kept "
			  "in its log)"),
		OPT_STR(0, "void", &void_entry, "entry",
			"void the entry with this id (see --all)"),
		OPT_STR('m', "message", &why, "why",
			"why the entry is voided (with --undo or --void)"),
		OPT_FLAG_(0, "all", &all,
			  "show every entry, with its id, voided ones too"),
		OPT_FLAG_(0, "json", &json, "print JSON"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (undo && void_entry)
		return opt_error("progress", "give --undo ID or --void ENTRY, "
					     "not both");
	if ((undo || void_entry) && (note || at || all))
		return opt_error("progress", "%s corrects an entry: no %s with "
					     "it",
				 undo ? "--undo" : "--void",
				 note ? "--note" : at ? "--at" : "--all");
	if (void_entry) {
		if (nargs)
			return opt_extra("progress", nargs, argv,
					 "--void takes the entry's id: give "
					 "no goal ID");
		return correct(void_entry, NULL, why, json);
	}
	if (undo) {
		if (nargs == 0)
			return opt_error("progress", "missing ID: --undo ID voids "
						     "that goal's newest entry");
		if (nargs > 1)
			return opt_extra("progress", nargs - 1, argv + 1,
					 "--undo takes a goal's ID, and no "
					 "VALUE");
		return correct(NULL, argv[0], why, json);
	}
	if (why)
		return opt_error("progress", "-m gives why an entry is voided: "
					     "use it with --undo or --void");
	if (nargs < 1)
		return opt_error("progress", "missing ID");
	if (nargs > 2)
		return opt_extra("progress", nargs - 2, argv + 2,
				 "give ID and at most one VALUE");
	if (all && nargs == 2)
		return opt_error("progress", "--all shows entries: give no "
					     "VALUE with it");
	if (nargs == 2) {
		if ((rc = goals_parse_number(&value, argv[1])))
			return cli_fail(rc, NULL);
		if (at && (rc = goals_time_parse(&when, at, cli.now)))
			return cli_fail(rc, "--at");
		if (note && (rc = goals_check_text(note, "note",
						   GOALS_TEXT_NEWLINES)))
			return cli_fail(rc, "--note");
		if ((rc = cli_open_store(&s, 0)))
			return rc;
		rc = log_entry(s, argv[0], value, when, note, json);
		goals_store_close(s);
		return rc;
	}
	if (note || at)
		return opt_error("progress", "%s with a VALUE to log: give ID "
					     "VALUE",
				 note && at ? "--note and --at go"
				 : note	    ? "--note goes"
					    : "--at goes");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_store_begin(s, 0)) ||
	    (rc = goals_get(&g, s, argv[0], cli.now)) ||
	    (rc = goals_pace_get(&pace, s, g, cli.now)) ||
	    (rc = all ? goals_entries_all(&l, s, &g->id)
		      : goals_entries_recent(&l, s, &g->id, RECENT))) {
		goals_goal_free(g);
		goals_store_close(s);
		return cli_fail(rc, NULL);
	}
	goals_store_close(s);
	if (json) {
		char *out;
		if ((rc = goals_json_progress(&out, g, &pace, &l))) {
			rc = cli_fail(rc, NULL);
		} else {
			puts(out);
			free(out);
		}
	} else {
		view(g, &pace, &l, all);
	}
	goals_entry_list_free(&l);
	goals_goal_free(g);
	return rc;
}
