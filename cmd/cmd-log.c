/*
 * cmd-log.c - goals log ID: the history of a goal, newest first, like
 * git log: each revision with its date, message and what changed field
 * by field, each change of status, and each void of a progress entry.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fields.h"

static const char *const synopsis[] = {"[-p] [--json] ID", NULL};
static const struct usage usage = {
	"log", synopsis,
	"Show how a goal changed: its revisions newest first, with what "
	"changed in each, when it was closed or reopened, and the entries "
	"voided.",
	COMP_GOAL, COMP_NONE};

/* Print a message indented, line by line, as git log does. */
static void message(const char *m, const char *none)
{
	const char *p = m ? m : none;
	if (!p)
		return;
	while (*p) {
		size_t len = strcspn(p, "\n");
		printf("    %.*s\n", (int)len, p);
		p += len;
		if (*p)
			p++;
	}
}

/* Print revision r (prev: the one before, or NULL): its heading, message,
 * and its changed fields (all fields with `full`). */
static int revision(const goals_revision *r, const goals_revision *prev,
		    int full)
{
	goals_fields none;
	char *now[FA_N], *was[FA_N], when[32];
	unsigned diff;
	int i, rc;
	goals_fields_init(&none);
	diff = goals_fields_diff(prev ? &prev->f : &none, &r->f);
	if ((rc = fields_format(now, &r->f)))
		return rc;
	if ((rc = fields_format(was, prev ? &prev->f : &none))) {
		fields_format_free(now);
		return rc;
	}
	cli_local_time(when, sizeof(when), r->at);
	printf("%srevision %d%s  %s\n", cli_color(C_YELLOW), r->number,
	       cli_color(C_RESET), when);
	message(r->message, prev ? NULL : "(added)");
	putchar('\n');
	for (i = 0; i < FA_N; i++) {
		unsigned bit = field_bit(i);
		if (full) {
			if (now[i])
				printf("    %-11s %s\n", field_key(i), now[i]);
			continue;
		}
		if (!(diff & bit))
			continue;
		if (!prev)
			printf("    %-11s %s\n", field_key(i), now[i]);
		else
			printf("    %-11s %s%s%s %s %s%s%s\n", field_key(i),
			       cli_color(C_RED), was[i] ? was[i] : "-",
			       cli_color(C_RESET),
			       cli.utf8 ? "\xe2\x86\x92" : "->",
			       cli_color(C_GREEN), now[i] ? now[i] : "-",
			       cli_color(C_RESET));
	}
	fields_format_free(now);
	fields_format_free(was);
	return EXIT_OK;
}

/* Print a change of status. */
static void event(const goals_event *e)
{
	char when[32];
	cli_local_time(when, sizeof(when), e->at);
	printf("%s%s%s  %s\n", cli_color(C_YELLOW), goals_event_name(e->type),
	       cli_color(C_RESET), when);
	message(e->message, NULL);
}

/* Print a void: which entry it took out (its day and value), and why. */
static void void_(const goals_void *v)
{
	char when[32], day[GOALS_DATE_BUFSZ], val[32];
	cli_local_time(when, sizeof(when), v->at);
	printf("%svoid%s  %s\n", cli_color(C_YELLOW), cli_color(C_RESET), when);
	if (v->has_entry) {
		goals_date_format(day, v->day);
		cli_number(val, sizeof(val), v->value);
		printf("    entry %.*s: %s on %s\n", v->short_len,
		       v->entry.hex, val, day);
	} else {
		printf("    entry %.*s\n", v->short_len, v->entry.hex);
	}
	message(v->reason, NULL);
}

int cmd_log(int argc, char **argv)
{
	int json = 0, full = 0, nargs, rc = EXIT_OK, first = 1;
	goals_store *s;
	goals_history h;
	goals_id id;
	size_t r, e, v;
	char *out;
	const struct opt opts[] = {
		OPT_FLAG_('p', "patch", &full,
			  "show every field of each revision, not only what "
			  "changed"),
		OPT_FLAG_(0, "json", &json, "print a JSON array"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs == 0)
		return opt_error("log", "missing ID");
	if (nargs > 1)
		return opt_extra("log", nargs - 1, argv + 1, "give one ID");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_store_begin(s, 0)) ||
	    (rc = goals_resolve(&id, s, argv[0])) ||
	    (rc = goals_history_get(&h, s, &id))) {
		goals_store_close(s);
		return cli_fail(rc, NULL);
	}
	goals_store_close(s);
	if (json) {
		if ((rc = goals_json_history(&out, &h))) {
			rc = cli_fail(rc, NULL);
		} else {
			puts(out);
			free(out);
		}
		goals_history_free(&h);
		return rc;
	}
	/* newest first; at the same instant, a void came after an event,
	 * and an event after a revision */
	r = h.n_revisions;
	e = h.n_events;
	v = h.n_voids;
	while (!rc && (r > 0 || e > 0 || v > 0)) {
		goals_time te = e ? h.events[e - 1].at : INT64_MIN;
		goals_time tr = r ? h.revisions[r - 1].at : INT64_MIN;
		if (!first)
			putchar('\n');
		first = 0;
		if (v > 0 && h.voids[v - 1].at >= te &&
		    h.voids[v - 1].at >= tr) {
			void_(&h.voids[--v]);
		} else if (e > 0 && te >= tr) {
			event(&h.events[--e]);
		} else {
			r--;
			rc = revision(&h.revisions[r],
				      r ? &h.revisions[r - 1] : NULL, full);
		}
	}
	goals_history_free(&h);
	return rc;
}
