/*
 * pace.c - the pace maths of SMART-RULES: needed against so-far pace for
 * totals (average) and levels (least-squares trend), and the share of
 * recent periods met for habits.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "num.h"
#include "pace.h"
#include "period.h"
#include "progress.h"

#define LEVEL_WINDOW 42
#define LEVEL_MIN_ENTRIES 3
#define LEVEL_MIN_SPAN 14
#define HABIT_PERIODS 4
/* Enough to judge a pace by: a week since a total goal's start, two
 * complete periods of a habit (level goals: LEVEL_MIN_*). */
#define TOTAL_MIN_DAYS 7
#define HABIT_MIN_PERIODS 2

void num_format(char *buf, size_t n, double v)
{
	double r = round(v * 100) / 100; /* two decimals are plenty */
	snprintf(buf, n, "%.10g", r == 0 ? 0 : r);
}

goals_date pace_recent_from(const goals_fields *f, goals_date today)
{
	if (f->kind == GOALS_KIND_LEVEL)
		return today - ((f->set & GOALS_F_OVER) && f->over > LEVEL_WINDOW
					? f->over
					: LEVEL_WINDOW);
	if (f->kind == GOALS_KIND_HABIT && (f->set & GOALS_F_EVERY))
		return period_add(f->every,
					   period_start(f->every, today),
					   -HABIT_PERIODS);
	return today;
}

/* Fill the suggestions from current, remaining, so_far and days left. */
static void suggest(struct pace *p, goals_date today, long left, double dir)
{
	p->ratio = p->so_far > 0 ? p->needed / p->so_far : HUGE_VAL;
	if (p->so_far > 0) {
		double days = ceil(p->remaining / p->so_far);
		p->new_deadline = days < 365.0 * 100
					  ? today + (goals_date)days
					  : GOALS_DATE_NONE;
	}
	p->new_target = p->current + dir * p->so_far * (double)left;
}

/* Habit: share of the last complete periods met. */
static void habit(struct pace *p, const goals_smart_input *in, goals_date today)
{
	const goals_fields *f = in->f;
	goals_date cur = period_start(f->every, today);
	goals_date began = (f->set & GOALS_F_START) ? f->start : in->created;
	goals_date first = period_start(f->every, began);
	double sums[HABIT_PERIODS] = {0}, all = 0;
	int k, n = 0;
	size_t i;
	p->kind = PACE_HABIT;
	for (k = 1; k <= HABIT_PERIODS; k++) {
		if (period_add(f->every, cur, -k) < first)
			break;
		n = k;
	}
	for (i = 0; i < in->n_recent; i++) {
		goals_date ps = period_start(f->every, in->recent[i].day);
		for (k = 1; k <= n; k++)
			if (ps == period_add(f->every, cur, -k))
				sums[k - 1] = num_add(sums[k - 1],
						      in->recent[i].value);
	}
	/* a first period cut short by the start counts only when met */
	if (n > 0 && period_add(f->every, cur, -n) == first &&
	    began > first && sums[n - 1] < f->target)
		n--;
	p->periods = n;
	for (k = 0; k < n; k++) {
		p->periods_met += sums[k] >= f->target;
		all = num_add(all, sums[k]);
	}
	p->average = n ? all / n : 0;
	p->known = n >= HABIT_MIN_PERIODS && in->count > 0;
}

/* The mean of the entries of in->recent on or after day `from`, with a
 * decimal more than they have (as the store's mean); 1 when there is
 * none. */
static int level_mean(double *out, const goals_smart_input *in,
		      goals_date from)
{
	double sum = 0;
	size_t i, n = 0;
	int scale = 0, s;
	for (i = 0; i < in->n_recent; i++) {
		if (in->recent[i].day < from)
			continue;
		sum = num_add(sum, in->recent[i].value);
		s = num_scale(in->recent[i].value);
		if (s > scale)
			scale = s;
		n++;
	}
	if (!n)
		return 1;
	*out = num_round(sum / (double)n, scale < 15 ? scale + 1 : NUM_BINARY);
	return 0;
}

/* Least-squares slope of value over day; 0 when undefined. */
static double slope(const goals_point *v, size_t n)
{
	double mx = 0, my = 0, sxx = 0, sxy = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		mx += v[i].day;
		my += v[i].value;
	}
	mx /= (double)n;
	my /= (double)n;
	for (i = 0; i < n; i++) {
		sxx += (v[i].day - mx) * (v[i].day - mx);
		sxy += (v[i].day - mx) * (v[i].value - my);
	}
	return sxx > 0 ? sxy / sxx : 0;
}

int pace_compute(struct pace *p, const goals_smart_input *in,
		 goals_date today, goals_date deadline)
{
	const goals_fields *f = in->f;
	double base, dir;
	long left, since;
	memset(p, 0, sizeof(*p));
	p->new_deadline = GOALS_DATE_NONE;
	if (f->kind == GOALS_KIND_HABIT) {
		if ((f->set & GOALS_F_EVERY) && (f->set & GOALS_F_TARGET))
			habit(p, in, today);
		return 0;
	}
	if (!(f->set & GOALS_F_TARGET) || in->count == 0 ||
	    (deadline != GOALS_DATE_NONE && deadline < today))
		return 0;
	p->has_deadline = deadline != GOALS_DATE_NONE;
	left = p->has_deadline ? (long)deadline - (long)today : 0;
	if (p->has_deadline && left < 1)
		left = 1;
	if (f->kind == GOALS_KIND_TOTAL) {
		goals_date start = (f->set & GOALS_F_START) ? f->start
							    : in->created;
		base = (f->set & GOALS_F_BASELINE) ? f->baseline : 0;
		dir = f->target >= base ? 1 : -1;
		p->kind = PACE_TOTAL;
		p->current = num_add(base, in->sum);
		p->remaining = dir * (f->target - p->current);
		since = (long)today - (long)start;
		if (p->remaining <= 0) {
			p->known = 1;
			p->met = 1;
			return 0;
		}
		if (since < TOTAL_MIN_DAYS)
			return 0; /* too soon to tell a pace */
		p->so_far = dir * (p->current - base) / (double)since;
	} else if (f->kind == GOALS_KIND_LEVEL) {
		const goals_point *v = in->recent;
		size_t n = in->n_recent, i = 0;
		while (i < n && v[i].day < today - LEVEL_WINDOW)
			i++;
		v += i;
		n -= i;
		if (n == 0)
			return 0;
		p->kind = PACE_LEVEL;
		p->current = v[n - 1].value;
		if ((f->set & GOALS_F_OVER) && f->over > 0 &&
		    level_mean(&p->current, in, today - (f->over - 1)))
			return 0; /* no entry in the window: nothing to judge */
		base = (f->set & GOALS_F_BASELINE) ? f->baseline : v[0].value;
		dir = f->target >= base ? 1 : -1;
		p->remaining = dir * (f->target - p->current);
		if (p->remaining <= 0) {
			p->known = 1;
			p->met = 1;
			return 0;
		}
		if (n < LEVEL_MIN_ENTRIES || v[n - 1].day - v[0].day < LEVEL_MIN_SPAN)
			return 0;
		p->so_far = dir * slope(v, n);
	} else {
		return 0;
	}
	p->known = 1;
	if (p->remaining <= 0) {
		p->met = 1;
		return 0;
	}
	if (p->so_far < 0)
		p->so_far = 0;
	p->needed = left ? p->remaining / (double)left : 0;
	suggest(p, today, left, dir);
	return 0;
}
