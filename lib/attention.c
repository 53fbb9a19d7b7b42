/*
 * attention.c - which goals need attention, and why: the groups of
 * `goals status` and the lines of `goals remind`.  Built on the goal's
 * progress and pace (goals_pace_get); no SQL of its own.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "goals/attention.h"
#include "goals/history.h"
#include "goals/pace.h"
#include "pace.h"

#define DAY 86400

void goals_attention_defaults(goals_attention_opts *o)
{
	o->within = 7;
	o->stale = 14;
	o->achieved = 14;
}

const char *goals_group_name(goals_group g)
{
	static const char *const names[] = {
		"overdue",  "behind",   "due_soon", "stale",
		"review_due", "on_track", "achieved"};
	return (unsigned)g < GOALS_GROUPS ? names[g] : NULL;
}

/* Add a reason of group g to out. */
static void why(goals_attention *out, goals_group g, const char *code,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void why(goals_attention *out, goals_group g, const char *code,
		const char *fmt, ...)
{
	goals_reason *r;
	va_list ap;
	if (out->n_why >= GOALS_ATTENTION_MAX || (out->groups & (1u << g)))
		return;
	r = &out->why[out->n_why++];
	r->group = g;
	r->code = code;
	va_start(ap, fmt);
	vsnprintf(r->text, sizeof(r->text), fmt, ap);
	va_end(ap);
	out->groups |= 1u << g;
}

/* "today", "tomorrow", "in 3 days", "yesterday", "3 days ago". */
static void days_from(char *buf, size_t n, long days)
{
	if (days == 0)
		snprintf(buf, n, "today");
	else if (days == 1)
		snprintf(buf, n, "tomorrow");
	else if (days == -1)
		snprintf(buf, n, "yesterday");
	else if (days > 0)
		snprintf(buf, n, "in %ld days", days);
	else
		snprintf(buf, n, "%ld days ago", -days);
}

/* "s" after a count other than 1. */
static const char *plural(long n)
{
	return n == 1 ? "" : "s";
}

/* 1 when a total or level goal has reached its target. */
static int met(const goals_goal *g)
{
	const goals_progress *p = &g->progress;
	return (g->f.kind == GOALS_KIND_TOTAL ||
		g->f.kind == GOALS_KIND_LEVEL) &&
	       (g->f.set & GOALS_F_TARGET) && p->has_percent &&
	       p->percent >= 100;
}

/* The length of a habit's period in days, as a stale window. */
static int period_days(goals_every e)
{
	return e == GOALS_EVERY_DAY ? 1 : e == GOALS_EVERY_WEEK ? 7 : 31;
}

/* Deadline: overdue, or due within the window. */
static void judge_deadline(goals_attention *out, const goals_goal *g,
			   const goals_attention_opts *o, goals_date today)
{
	char d[GOALS_DATE_BUFSZ], rel[32];
	goals_date dl = g->f.deadline;
	if (!(g->f.set & GOALS_F_DEADLINE))
		return;
	goals_date_format(d, dl);
	days_from(rel, sizeof(rel), (long)dl - (long)today);
	if (dl < today) {
		if (met(g))
			why(out, GOALS_GROUP_OVERDUE, "met",
			    "met, and the deadline %s has passed: close it as "
			    "achieved",
			    d);
		else
			why(out, GOALS_GROUP_OVERDUE, "overdue",
			    "the deadline %s passed %s", d, rel);
	} else if ((long)dl - (long)today <= o->within && !met(g)) {
		why(out, GOALS_GROUP_DUE_SOON, "due-soon", "due %s%s%s", rel,
		    dl - today > 1 ? ", on " : "", dl - today > 1 ? d : "");
	}
}

/* Pace: behind what the deadline needs, or a habit met in under half of
 * its last periods. */
static void judge_pace(goals_attention *out, const goals_goal *g,
		       const goals_pace *p)
{
	char a[32], b[32];
	if (!p->known || p->met)
		return;
	if (p->habit) {
		if (p->periods > 0 && p->periods_met * 2 < p->periods)
			why(out, GOALS_GROUP_BEHIND, "behind",
			    "met in %d of the last %d %s%s", p->periods_met,
			    p->periods, goals_every_name(g->f.every),
			    plural(p->periods));
		return;
	}
	if (p->needed > 0 && (p->so_far <= 0 || p->ratio > 1.5)) {
		num_format(a, sizeof(a), p->needed * 7);
		num_format(b, sizeof(b), p->so_far * 7);
		why(out, GOALS_GROUP_BEHIND, "behind",
		    "%s a week needed, %s a week so far", a, b);
	}
}

/* Stale: no entry for the window (for a habit, at least a period). */
static void judge_stale(goals_attention *out, const goals_goal *g,
			const goals_attention_opts *o, goals_date today)
{
	const goals_fields *f = &g->f;
	goals_date since = goals_local_date(g->created), last;
	long window = o->stale, days;
	if (f->kind == GOALS_KIND_DONE || met(g))
		return; /* a milestone, or a target met: no entry is due */
	if ((f->set & GOALS_F_START) && f->start > since)
		since = f->start;
	if (f->kind == GOALS_KIND_HABIT && (f->set & GOALS_F_EVERY) &&
	    period_days(f->every) > window)
		window = period_days(f->every);
	last = g->progress.entries ? goals_local_date(g->progress.last_at)
				   : since;
	if (last < since)
		last = since;
	days = (long)today - (long)last;
	if (days < window)
		return;
	if (g->progress.entries)
		why(out, GOALS_GROUP_STALE, "stale", "no entry for %ld day%s",
		    days, plural(days));
	else
		why(out, GOALS_GROUP_STALE, "stale",
		    "no entry yet, %ld day%s after it began", days,
		    plural(days));
}

/* Review due: the cadence has passed since the goal was last looked at
 * (its last revision, status change or entry). */
static void judge_review(goals_attention *out, const goals_goal *g,
			 goals_date today)
{
	const goals_review *r = &g->f.review;
	goals_time seen = g->updated;
	goals_date due, last;
	char d[GOALS_DATE_BUFSZ];
	if (!(g->f.set & GOALS_F_REVIEW) || r->n <= 0)
		return;
	if (g->progress.entries && g->progress.last_at > seen)
		seen = g->progress.last_at;
	last = goals_local_date(seen);
	if (r->unit == 'm') {
		if (goals_date_add_months(&due, last, r->n))
			return;
	} else {
		due = last + r->n * (r->unit == 'w' ? 7 : 1);
	}
	if (today < due)
		return;
	goals_date_format(d, last);
	why(out, GOALS_GROUP_REVIEW, "review-due",
	    "last looked at on %s; it is reviewed every %d%c", d, r->n,
	    r->unit);
}

/* On track: why nothing needs attention. */
static void judge_on_track(goals_attention *out, const goals_goal *g,
			   const goals_pace *p)
{
	char a[32], b[32], d[GOALS_DATE_BUFSZ];
	if (met(g)) {
		why(out, GOALS_GROUP_ON_TRACK, "met",
		    "the target is met: close it as achieved");
	} else if (p->known && p->habit && p->periods) {
		why(out, GOALS_GROUP_ON_TRACK, "on-track",
		    "met in %d of the last %d %s%s", p->periods_met,
		    p->periods, goals_every_name(g->f.every),
		    plural(p->periods));
	} else if (p->known && !p->habit && p->needed > 0) {
		num_format(a, sizeof(a), p->needed * 7);
		num_format(b, sizeof(b), p->so_far * 7);
		why(out, GOALS_GROUP_ON_TRACK, "on-track",
		    "%s a week needed, %s a week so far", a, b);
	} else if (g->f.set & GOALS_F_DEADLINE) {
		goals_date_format(d, g->f.deadline);
		why(out, GOALS_GROUP_ON_TRACK, "on-track", "due %s", d);
	} else {
		why(out, GOALS_GROUP_ON_TRACK, "on-track",
		    "nothing needs attention");
	}
}

/* When an achieved goal was closed: its last "achieved" event (a later
 * refinement moves its `updated`, not this). */
static int achieved_at(goals_time *out, goals_store *s, const goals_goal *g)
{
	goals_history h;
	size_t i;
	int rc = goals_history_get(&h, s, &g->id);
	if (rc)
		return rc;
	*out = g->updated;
	for (i = h.n_events; i > 0; i--)
		if (h.events[i - 1].type == GOALS_EVENT_ACHIEVED) {
			*out = h.events[i - 1].at;
			break;
		}
	goals_history_free(&h);
	return GOALS_OK;
}

/* Order the reasons by group, most urgent first. */
static void sort_reasons(goals_attention *out)
{
	size_t i, j;
	for (i = 1; i < out->n_why; i++)
		for (j = i; j > 0 && out->why[j].group < out->why[j - 1].group;
		     j--) {
			goals_reason t = out->why[j];
			out->why[j] = out->why[j - 1];
			out->why[j - 1] = t;
		}
}

int goals_attention_get(goals_attention *out, goals_store *s,
			const goals_goal *g, const goals_attention_opts *o,
			goals_time now)
{
	goals_attention_opts defaults;
	goals_date today = goals_local_date(now);
	goals_pace p;
	char d[GOALS_DATE_BUFSZ];
	int rc, i;
	memset(out, 0, sizeof(*out));
	if (!g)
		return goals_error(GOALS_EINVAL, "no goal to judge");
	if (!o) {
		goals_attention_defaults(&defaults);
		o = &defaults;
	}
	if (g->status == GOALS_STATUS_ACHIEVED) {
		goals_time when;
		if ((rc = achieved_at(&when, s, g)))
			return rc;
		if (now - when <= (goals_time)o->achieved * DAY) {
			goals_date_format(d, goals_local_date(when));
			why(out, GOALS_GROUP_ACHIEVED, "achieved",
			    "achieved on %s", d);
			out->group = GOALS_GROUP_ACHIEVED;
		}
		return GOALS_OK;
	}
	if (g->status != GOALS_STATUS_ACTIVE)
		return GOALS_OK;
	if ((rc = goals_pace_get(&p, s, g, now)))
		return rc;
	judge_deadline(out, g, o, today);
	judge_pace(out, g, &p);
	judge_stale(out, g, o, today);
	judge_review(out, g, today);
	out->needs_attention = out->groups != 0;
	if (!out->groups)
		judge_on_track(out, g, &p);
	sort_reasons(out);
	for (i = 0; i < GOALS_GROUPS; i++)
		if (out->groups & (1u << i)) {
			out->group = (goals_group)i;
			break;
		}
	return GOALS_OK;
}
