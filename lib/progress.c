/*
 * progress.c - current value and percent of a goal, by kind, from the
 * aggregates the store keeps and, for habits, sums per period.
 */
#include <stdlib.h>

#include "goals/common.h"
#include "num.h"
#include "period.h"
#include "progress.h"

/* Share of the way from `from` to `to` that `cur` has come, 0..100. */
static double share(double from, double to, double cur)
{
	double p;
	if (to == from)
		return cur == to ? 100.0 : 0.0;
	p = (cur - from) / (to - from) * 100.0;
	if (!(p > 0))
		return 0; /* also turns -0 into 0 */
	if (p > 100)
		return 100;
	return p;
}

/* Habit progress: see progress.h. */
static int habit(goals_store *s, store_row *row, goals_date today)
{
	const goals_fields *f = &row->g.f;
	goals_progress *p = &row->g.progress;
	goals_date first, last, cur_start, first_start;
	store_period *v;
	size_t n, i;
	long complete, met = 0;
	int cur_met, after_end = 0, rc;
	double target = (f->set & GOALS_F_TARGET) ? f->target : 1;

	first = (f->set & GOALS_F_START) ? f->start
					 : goals_local_date(row->g.created);
	last = today;
	if ((f->set & GOALS_F_DEADLINE) && f->deadline < today) {
		last = f->deadline;
		after_end = 1;
	}
	p->has_current = 1;
	p->has_percent = 1;
	if (last < first) /* not started yet */
		return GOALS_OK;
	first_start = period_start(f->every, first);
	/* with no --start, the whole period the goal was created in counts,
	 * even its days before the goal was written down */
	rc = store_period_sums(s, row->gid, f->every,
			       (f->set & GOALS_F_START) ? first : first_start,
			       last, &v, &n);
	if (rc)
		return rc;
	cur_start = period_start(f->every, last);
	complete = periods_between(f->every, first_start, cur_start);
	for (i = 0; i < n; i++) {
		if (v[i].first == cur_start)
			p->current = v[i].sum;
		else if (v[i].sum >= target)
			met++;
		else if (v[i].first == first_start && first > first_start)
			complete--; /* a first period cut short, not met */
	}
	if (first > first_start && first_start != cur_start &&
	    (n == 0 || v[0].first != first_start))
		complete--; /* nothing at all in the first, short period */
	free(v);
	cur_met = p->current >= target;
	if (after_end) {
		/* the deadline's period is over: it counts either way */
		complete++;
		met += cur_met;
	} else if (cur_met) {
		complete++;
		met++;
	}
	p->percent = complete ? 100.0 * (double)met / (double)complete : 0;
	return GOALS_OK;
}

int progress_compute(goals_store *s, store_row *row, goals_date today)
{
	const goals_fields *f = &row->g.f;
	goals_progress *p = &row->g.progress;
	double base = (f->set & GOALS_F_BASELINE) ? f->baseline : 0;
	double first;
	int has_first, rc;

	p->entries = row->agg.n;
	p->last_at = row->agg.n ? row->agg.last_at : 0;
	p->has_current = 0;
	p->current = 0;
	p->has_percent = 0;
	p->percent = 0;
	switch (f->kind) {
	case GOALS_KIND_TOTAL:
		p->has_current = 1;
		p->current = num_add(base, row->agg.sum);
		if (f->set & GOALS_F_TARGET) {
			p->has_percent = 1;
			p->percent = share(base, f->target, p->current);
		}
		return GOALS_OK;
	case GOALS_KIND_LEVEL:
		if ((f->set & GOALS_F_OVER) && f->over > 0) {
			/* the mean of the last days: one good night is not
			 * "8 hours a night" */
			rc = store_entry_mean(s, row->gid, today - (f->over - 1),
					      &p->current, &p->has_current);
			if (rc)
				return rc;
		} else if (row->agg.n) {
			p->has_current = 1;
			p->current = row->agg.last_value;
		}
		if (!p->has_current && (f->set & GOALS_F_BASELINE)) {
			p->has_current = 1;
			p->current = base;
		}
		if (!(f->set & GOALS_F_TARGET) || !p->has_current)
			return GOALS_OK;
		if (!(f->set & GOALS_F_BASELINE)) {
			rc = store_first_value(s, row->gid, &first, &has_first);
			if (rc)
				return rc;
			base = first;
		}
		p->has_percent = 1;
		p->percent = share(base, f->target, p->current);
		return GOALS_OK;
	case GOALS_KIND_HABIT:
		return habit(s, row, today);
	case GOALS_KIND_DONE:
	default:
		p->has_current = 1;
		p->has_percent = 1;
		if (row->g.status == GOALS_STATUS_ACHIEVED) {
			p->current = 1;
			p->percent = 100;
		}
		return GOALS_OK;
	}
}
