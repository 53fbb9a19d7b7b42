/*
 * judge.c - the store side of the SMART check and of pace: loading what
 * the pure judgement (smart/verdicts.c, pace.c) needs, in one transaction.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/pace.h"
#include "num.h"
#include "ops.h"
#include "pace.h"
#include "period.h"
#include "progress.h"
#include "storage.h"

/* What the judgement of g needs: its aggregates and recent entries.
 * in->recent is malloc'd. */
static int load(goals_smart_input *in, goals_store *s, const goals_goal *g,
		goals_date today, int64_t *gid)
{
	store_row row;
	goals_point *pts = NULL;
	size_t n = 0;
	int rc = store_goal_read(s, &g->id, &row);
	if (rc)
		return rc;
	goals_fields_clear(&row.g.f);
	rc = store_entry_points(s, row.gid,
				goals_smart_recent_from(&g->f, today), &pts, &n);
	if (rc)
		return rc;
	memset(in, 0, sizeof(*in));
	in->f = &g->f;
	in->status = g->status;
	in->created = goals_local_date(g->created);
	in->revised = g->revised;
	in->count = row.agg.n;
	in->sum = row.agg.sum;
	in->recent = pts;
	in->n_recent = n;
	in->recent_from = goals_smart_recent_from(&g->f, today);
	*gid = row.gid;
	return GOALS_OK;
}

int goals_check(goals_smart *out, goals_store *s, const goals_goal *g,
		goals_time now)
{
	goals_smart_input in;
	int64_t gid;
	int own, rc = ops_txn_enter(s, 0, &own);
	if (rc)
		return rc;
	rc = load(&in, s, g, goals_local_date(now), &gid);
	rc = ops_txn_leave(s, own, rc);
	if (rc)
		return rc;
	rc = goals_smart_check(out, &in, now);
	free((void *)in.recent);
	return rc;
}

/* Habit streaks: periods met in a row up to now, and the longest run. */
static int streaks(goals_pace *p, goals_store *s, int64_t gid,
		   const goals_smart_input *in, goals_date today)
{
	const goals_fields *f = in->f;
	goals_date first = period_start(
		f->every, (f->set & GOALS_F_START) ? f->start : in->created);
	goals_date cur = period_start(f->every, today), at;
	store_period *v;
	size_t n, i = 0;
	int run = 0, rc;
	if (first > cur)
		return GOALS_OK;
	if ((rc = store_period_sums(s, gid, f->every, first, today, &v, &n)))
		return rc;
	for (at = first; at <= cur;) {
		double sum = 0;
		while (i < n && v[i].first < at)
			i++;
		if (i < n && v[i].first == at)
			sum = v[i].sum;
		if (sum >= f->target)
			run++;
		else if (at != cur) /* the current period may still be met */
			run = 0;
		if (run > p->best_streak)
			p->best_streak = run;
		at = period_add(f->every, at, 1);
	}
	p->streak = run;
	free(v);
	return GOALS_OK;
}

/* The last GOALS_SPARK_DAYS days of g: sums, or for levels the last
 * value of each day. */
static int spark(goals_pace *p, goals_store *s, int64_t gid,
		 const goals_fields *f, goals_date today)
{
	goals_date from = today - (GOALS_SPARK_DAYS - 1);
	goals_point *pts;
	size_t n, i;
	int rc = store_entry_points(s, gid, from, &pts, &n);
	if (rc)
		return rc;
	for (i = 0; i < n; i++) {
		long d = (long)pts[i].day - (long)from;
		if (d < 0 || d >= GOALS_SPARK_DAYS)
			continue;
		if (f->kind == GOALS_KIND_LEVEL || !p->spark_has[d])
			p->spark[d] = pts[i].value;
		else
			p->spark[d] = num_add(p->spark[d], pts[i].value);
		p->spark_has[d] = 1;
	}
	free(pts);
	return GOALS_OK;
}

int goals_pace_get(goals_pace *out, goals_store *s, const goals_goal *g,
		   goals_time now)
{
	goals_smart_input in;
	goals_smart judged;
	struct pace p;
	goals_date today = goals_local_date(now);
	int64_t gid;
	int own, rc;
	memset(out, 0, sizeof(*out));
	out->deadline = out->forecast = GOALS_DATE_NONE;
	out->today = today;
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = load(&in, s, g, today, &gid);
	if (!rc && g->f.kind == GOALS_KIND_HABIT && (g->f.set & GOALS_F_EVERY) &&
	    (g->f.set & GOALS_F_TARGET))
		rc = streaks(out, s, gid, &in, today);
	if (!rc)
		rc = spark(out, s, gid, &g->f, today);
	rc = ops_txn_leave(s, own, rc);
	if (!rc)
		rc = goals_smart_check(&judged, &in, now);
	if (!rc) {
		out->deadline = judged.deadline;
		pace_compute(&p, &in, today, judged.deadline);
		out->known = p.known;
		out->habit = g->f.kind == GOALS_KIND_HABIT;
		out->met = p.met;
		out->needed = p.needed;
		out->so_far = p.so_far;
		out->ratio = p.ratio;
		out->forecast = p.met ? GOALS_DATE_NONE : p.new_deadline;
		out->suggested_target = p.new_target;
		out->periods = p.periods;
		out->periods_met = p.periods_met;
	}
	free((void *)in.recent);
	return rc;
}
