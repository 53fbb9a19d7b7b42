/*
 * smart/when.c - the time stage of the SMART engine (see engine.h): the
 * time expressions in a goal's words -- deadlines ("by 30 June",
 * "for 6 weeks", "this year", "the end of Q2"), starts ("starting
 * Monday"), frequencies that are no deadline ("every Sunday") and vague
 * times ("soon").  Tokens come from tokens.c.  The same reading of a
 * calendar expression serves the dates of options (smart_date_words,
 * for goals_date_parse), so that the two agree.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "tokens.h"
#include "when.h"

/* Units of a time frame; returns days per unit (months: 30). */
static int frame_unit(const struct toks *t, size_t i, char *unit)
{
	static const struct {
		const char *w;
		char u;
	} units[] = {{"day", 'd'},   {"days", 'd'},        {"night", 'd'},
		     {"nights", 'd'}, {"week", 'w'},
		     {"weeks", 'w'}, {"fortnight", 'f'},   {"fortnights", 'f'},
		     {"month", 'm'}, {"months", 'm'},      {"year", 'y'},
		     {"years", 'y'}};
	size_t k;
	if (i >= t->n)
		return 0;
	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (!strcmp(t->t[i].s, units[k].w)) {
			*unit = units[k].u;
			return 1;
		}
	return 0;
}

/* Add n units to d. */
static goals_date add_units(goals_date d, double n, char unit)
{
	goals_date out = d, last;
	double days = unit == 'd'   ? n
		      : unit == 'w' ? 7 * n
		      : unit == 'f' ? 14 * n
		      : unit == 'm' ? 30.44 * n
				    : 365.25 * n;
	/* "for 2147483647 days": past the calendar, so its last day */
	goals_date_from_ymd(&last, 9999, 12, 31);
	if (!(days >= 0) || (double)d + days + 31 >= (double)last)
		return last;
	switch (unit) {
	case 'd':
		return d + (goals_date)n;
	case 'w':
		return d + (goals_date)(7 * n);
	case 'f':
		return d + (goals_date)(14 * n);
	case 'm':
		if (goals_date_add_months(&out, d, (int)n))
			return d + (goals_date)(30 * n);
		return out;
	default:
		if (goals_date_add_months(&out, d, (int)(12 * n)))
			return d + (goals_date)(365 * n);
		return out;
	}
}

/* 1 when a per-period word follows i ("a", "per", "each", "every"),
 * making "3 days a week" a count, not a time frame. */
static int per_period_follows(const struct toks *t, size_t i)
{
	static const char *const per[] = {"a", "per", "each", "every", "an",
					  NULL};
	return tok_in(t, i, per);
}

int in_time_frame(const struct toks *t, size_t i)
{
	static const char *const lead[] = {"for",  "within", "in",   "over",
					   "after", "next",  "past", "last",
					   "first", "coming", "following",
					   "than", NULL};
	char unit;
	if (i >= t->n || t->t[i].type != TOK_NUM || !frame_unit(t, i + 1, &unit))
		return 0;
	if (per_period_follows(t, i + 2))
		return 0;
	if (i > 0 && tok_in(t, i - 1, lead))
		return 1;
	/* "6 weeks from now", "two years' time" */
	if (tok_is(t, i + 2, "from") || tok_is(t, i + 2, "time") ||
	    tok_is(t, i + 2, "old") || tok_is(t, i + 2, "ago"))
		return 1;
	return 0;
}

/* Last day of a month. */
static goals_date month_end(int y, int m)
{
	goals_date d;
	if (goals_date_from_ymd(&d, y, m, goals_days_in_month(y, m)))
		return GOALS_DATE_NONE;
	return d;
}

/* Easter Sunday of year y (Gregorian; the anonymous computus). */
static goals_date easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	goals_date out;
	if (goals_date_from_ymd(&out, y, month, day))
		return GOALS_DATE_NONE;
	return out;
}

/* Christmas Day of year y; GOALS_DATE_NONE outside years 1..9999. */
static goals_date christmas(int y)
{
	goals_date d = month_end(y, 12);
	return d == GOALS_DATE_NONE ? d : d - 6;
}

/* A year token: a whole number 1900..2200 written in digits. */
static int year_at(const struct toks *t, size_t i, int *y)
{
	const struct tok *k;
	if (i >= t->n)
		return 0;
	k = &t->t[i];
	if (k->type != TOK_NUM || k->numword || k->ordinal || k->grouped ||
	    k->num < 1900 ||
	    k->num > 2200 || k->num != (int)k->num)
		return 0;
	*y = (int)k->num;
	return 1;
}

/* A day-of-month token: 1..31, whole, in digits. */
static int mday_at(const struct toks *t, size_t i, int *d)
{
	const struct tok *k;
	if (i >= t->n)
		return 0;
	k = &t->t[i];
	if (k->type != TOK_NUM || k->numword || k->num < 1 || k->num > 31 ||
	    k->num != (int)k->num)
		return 0;
	*d = (int)k->num;
	return 1;
}

/* Season end (northern hemisphere) of the season named at i, or 0. */
static int season_month(const struct toks *t, size_t i)
{
	if (tok_is(t, i, "spring"))
		return 5;
	if (tok_is(t, i, "summer"))
		return 8;
	if (tok_is(t, i, "autumn") || tok_is(t, i, "fall"))
		return 11;
	if (tok_is(t, i, "winter"))
		return 2;
	return 0;
}

/*
 * Finish a day-month date at *j (after the month and day): an optional
 * year, else the next such day from today on.  Returns 0 for no such day.
 */
static int day_of(const struct toks *t, size_t *j, int m, int day,
		  goals_date today, goals_date *d)
{
	int y, ty;
	if (year_at(t, *j, &y)) {
		(*j)++;
		return goals_date_from_ymd(d, y, m, day) == GOALS_OK;
	}
	goals_date_to_ymd(today, &ty, NULL, NULL);
	if (goals_date_from_ymd(d, ty, m, day))
		return 0;
	if (*d < today && goals_date_from_ymd(d, ty + 1, m, day))
		return 0;
	return 1;
}

/*
 * Read a calendar expression at i: a date, a month, a year, a weekday, a
 * holiday, a season, today/tomorrow, this/next X, end of X.  `loose` is
 * 1 after a time preposition, where a bare month name ("by may") counts.
 * Sets *d and *len; *season_no_year for "summer" without a year.
 */
static int read_date(const struct toks *t, size_t i, int loose,
		     goals_date today, goals_date *d, size_t *len,
		     int *season_no_year, int *ambiguous)
{
	int y, m, day, ty, tm, wd, s, next = 0;
	char unit;
	size_t j = i;
	goals_date_to_ymd(today, &ty, &tm, NULL);
	*season_no_year = 0;
	*ambiguous = 0;
	if (i >= t->n)
		return 0;
	if (t->t[i].type == TOK_DATE) {
		*d = t->t[i].date;
		*ambiguous = t->t[i].ambiguous;
		*len = 1;
		return 1;
	}
	if (tok_is(t, i, "today") || tok_is(t, i, "tonight")) {
		*d = today;
		*len = 1;
		return 1;
	}
	if (tok_is(t, i, "tomorrow")) {
		*d = today + 1;
		*len = 1;
		return 1;
	}
	/* the end of X */
	if (tok_is(t, j, "the"))
		j++;
	if (tok_is(t, j, "end") && tok_is(t, j + 1, "of")) {
		size_t k = j + 2;
		if (tok_is(t, k, "the"))
			k++;
		if (tok_is(t, k, "week") || tok_is(t, k, "month") ||
		    tok_is(t, k, "year") || tok_is(t, k, "quarter")) {
			/* the end of the week/month/year: this one's */
			struct toks one = {t->t + k, 1, NULL};
			struct tok this_tok[2];
			memset(this_tok, 0, sizeof(this_tok));
			snprintf(this_tok[0].s, TOK_MAX, "this");
			this_tok[1] = t->t[k];
			one.t = this_tok;
			one.n = 2;
			if (read_date(&one, 0, 1, today, d, len, season_no_year,
				      ambiguous)) {
				*len = k + 1 - i;
				return 1;
			}
			return 0;
		}
		if (read_date(t, k, 1, today, d, len, season_no_year,
			      ambiguous)) {
			*len += k - i;
			return 1;
		}
		return 0;
	}
	j = i;
	/* this / next X */
	if (tok_is(t, j, "this") || tok_is(t, j, "next") ||
	    tok_is(t, j, "coming")) {
		next = tok_is(t, j, "next");
		j++;
		if (tok_is(t, j, "week") || tok_is(t, j, "weekend")) {
			*d = today + (7 - goals_date_weekday(today)) +
			     (next ? 7 : 0);
			*len = j + 1 - i;
			return 1;
		}
		if (tok_is(t, j, "month")) {
			m = tm + next;
			y = ty + (m > 12);
			*d = month_end(y, m > 12 ? m - 12 : m);
			*len = j + 1 - i;
			return 1;
		}
		if (tok_is(t, j, "year")) {
			*d = month_end(ty + next, 12);
			*len = j + 1 - i;
			return 1;
		}
		if (tok_is(t, j, "quarter")) {
			m = ((tm - 1) / 3 + 1 + next) * 3;
			y = ty + (m > 12);
			*d = month_end(y, m > 12 ? m - 12 : m);
			*len = j + 1 - i;
			return 1;
		}
		if ((s = season_month(t, j)) ||
		    (wd = word_weekday(t->t[j < t->n ? j : 0].s)) ||
		    word_month(t->t[j < t->n ? j : 0].s)) {
			if (read_date(t, j, 1, today, d, len, season_no_year,
				      ambiguous)) {
				if (next && word_weekday(t->t[j].s) &&
				    *d - today < 7 &&
				    goals_date_weekday(*d) >
					    goals_date_weekday(today))
					*d += 7;
				*season_no_year = 0;
				*len += j - i;
				return 1;
			}
		}
		return 0;
	}
	/* 31 March [2025], 31st of March */
	if (mday_at(t, i, &day)) {
		j = i + 1;
		if (tok_is(t, j, "of"))
			j++;
		if (j < t->n && (m = word_month(t->t[j].s))) {
			j++;
			if (tok_is(t, j, ",") && year_at(t, j + 1, &y))
				j++;
			return day_of(t, &j, m, day, today, d) &&
			       (*len = j - i, 1);
		}
		/* "by the 15th": the next such day of a month */
		if (loose && t->t[i].ordinal) {
			int dd;
			goals_date_to_ymd(today, &y, &m, &dd);
			for (;;) {
				if (day >= dd && day <= goals_days_in_month(y, m)) {
					goals_date_from_ymd(d, y, m, day);
					break;
				}
				dd = 1;
				if (++m > 12) {
					m = 1;
					y++;
				}
			}
			*len = 1;
			return 1;
		}
		return 0;
	}
	/* the 15th */
	if (tok_is(t, i, "the") && loose && i + 1 < t->n &&
	    t->t[i + 1].ordinal &&
	    read_date(t, i + 1, 1, today, d, len, season_no_year, ambiguous)) {
		(*len)++;
		return 1;
	}
	/* Q2 [2026]: the end of a quarter */
	if (t->t[i].type == TOK_CODE && t->t[i].s[0] == 'q' &&
	    t->t[i].s[1] >= '1' && t->t[i].s[1] <= '4' && !t->t[i].s[2]) {
		m = 3 * (t->t[i].s[1] - '0');
		if (year_at(t, i + 1, &y)) {
			*len = 2;
		} else {
			y = ty + (m < tm);
			*len = 1;
		}
		*d = month_end(y, m);
		return 1;
	}
	/* March 31[,] [2025]; March 2025; March (loose) */
	if ((m = word_month(t->t[i].s))) {
		int month_words_ok = loose || (i + 1 < t->n &&
					       t->t[i + 1].type == TOK_NUM);
		if (!month_words_ok ||
		    ((tok_is(t, i, "may") || tok_is(t, i, "march")) &&
		     !loose && !mday_at(t, i + 1, &day) && !year_at(t, i + 1, &y)))
			return 0;
		j = i + 1;
		if (mday_at(t, j, &day) && !frame_unit(t, j + 1, &unit)) {
			j++;
			if (tok_is(t, j, ",") && year_at(t, j + 1, &y))
				j++;
			return day_of(t, &j, m, day, today, d) &&
			       (*len = j - i, 1);
		}
		if (year_at(t, j, &y)) {
			*d = month_end(y, m);
			*len = 2;
			return 1;
		}
		*d = month_end(ty + (m < tm), m);
		*len = 1;
		return 1;
	}
	if (loose && year_at(t, i, &y)) {
		*d = month_end(y, 12);
		*len = 1;
		return 1;
	}
	if ((wd = word_weekday(t->t[i].s))) {
		int diff = wd - goals_date_weekday(today);
		*d = today + (diff <= 0 ? diff + 7 : diff);
		*len = 1;
		return 1;
	}
	if (tok_is(t, i, "easter") || tok_is(t, i, "christmas") ||
	    tok_is(t, i, "xmas") || tok_is(t, i, "x-mas")) {
		int easter_day = tok_is(t, i, "easter");
		j = i + 1;
		if (tok_is(t, j, "day") || tok_is(t, j, "eve"))
			j++;
		if (!year_at(t, j, &y)) {
			y = ty;
			*season_no_year = 0;
		} else {
			j++;
		}
		*d = easter_day ? easter(y) : christmas(y);
		if (*d < today && j == i + 1)
			*d = easter_day ? easter(y + 1) : christmas(y + 1);
		*len = j - i;
		return 1;
	}
	if ((s = season_month(t, i))) {
		if (year_at(t, i + 1, &y)) {
			*d = month_end(s == 2 ? y + 1 : y, s);
			*len = 2;
			return 1;
		}
		y = ty + (s < tm && s != 2);
		*d = month_end(s == 2 && tm > 2 ? y + 1 : y, s);
		*season_no_year = 1;
		*len = 1;
		return 1;
	}
	return 0;
}

/* 1 when the words before i make a date a start or a frequency, not an
 * end: "starting Monday", "every Sunday", "since March". */
static int not_an_end(const struct toks *t, size_t i, int *start)
{
	static const char *const starts[] = {"starting", "start", "from",
					     "since",    "beginning", "begin",
					     "after",    "commencing", NULL};
	static const char *const freq[] = {"every", "each", "per", NULL};
	static const char *const ends[] = {"until", "till", "til", "by",
					   "before", NULL};
	size_t k = i, b;
	*start = 0;
	/* every Tuesday, Thursday and Saturday */
	while (k > 1 && (tok_is(t, k - 1, ",") || tok_is(t, k - 1, "and") ||
			 tok_is(t, k - 1, "or")) &&
	       word_weekday(t->t[k - 2].s))
		k -= 2;
	if (k > 0 && tok_is(t, k - 1, "on"))
		k--;
	if (k > 0 && tok_in(t, k - 1, starts)) {
		/* "until the course starts on 3 May" is an end */
		for (b = k - 1; b > 0 && b + 5 > k; b--)
			if (tok_in(t, b - 1, ends))
				return 0;
		*start = 1;
		return 1;
	}
	if (k > 0 && tok_in(t, k - 1, freq))
		return 1;
	/* on Sundays */
	if (i < t->n) {
		const char *w = t->t[i].s;
		size_t l = strlen(w);
		if (l > 1 && w[l - 1] == 's') {
			char one[TOK_MAX];
			memcpy(one, w, l - 1);
			one[l - 1] = '\0';
			if (word_weekday(one))
				return 1;
		}
	}
	return 0;
}

/* Vague times: soon, someday, one day, asap, eventually. */
static int vague_at(const struct toks *t, size_t i, size_t *len)
{
	static const char *const one[] = {"soon",       "someday", "sometime",
					  "eventually", "asap",    "later",
					  "sometimes",  NULL};
	static const char *const phrases[] = {
		"one day",        "some day",       "at some point",
		"in the future",  "one of these days", "as soon as possible",
		"in due course",  "when i can",     "in time",
		NULL};
	size_t k;
	if (tok_in(t, i, one) && !tok_is(t, i, "sometimes")) {
		*len = 1;
		return 1;
	}
	for (k = 0; phrases[k]; k++)
		if (tok_phrase(t, i, phrases[k])) {
			*len = phrase_len(phrases[k]);
			/* "one day a week" is a count */
			if (!strcmp(phrases[k], "one day") &&
			    (per_period_follows(t, i + 2) ||
			     (i > 0 && (tok_is(t, i - 1, "for") ||
					tok_is(t, i - 1, "in")))))
				return 0;
			return 1;
		}
	return 0;
}

/* Mark tokens [i, i+len) as a time expression. */
static void mark(struct toks *t, size_t i, size_t len)
{
	for (; len > 0 && i < t->n; i++, len--)
		t->t[i].time = 1;
}

void find_deadline(struct when *out, struct toks *t, size_t from, size_t to,
		   goals_date today, goals_date start)
{
	static const char *const frame_lead[] = {"within", "in", "over",
						 "for", NULL};
	static const char *const loose_lead[] = {
		"by", "until", "till", "til", "through", "thru", "before",
		"in", "of", "during", "on", "than", "since", "from",
		"starting", "after", NULL};
	size_t i, len;
	goals_date text_start = GOALS_DATE_NONE;
	double frame_n = 0;
	char frame_unit_c = 0;
	memset(out, 0, sizeof(*out));
	out->date = GOALS_DATE_NONE;
	for (i = from; i < to && i < t->n; i++) {
		goals_date d;
		int season, ambiguous, is_start;
		char unit;
		double n = 1;
		size_t j = i;
		if (vague_at(t, i, &len)) {
			out->vague = 1;
			mark(t, i, len);
			i += len - 1;
			continue;
		}
		/* within / in / over / for [the] [next|coming] N units */
		if (tok_in(t, i, frame_lead)) {
			int duration = tok_is(t, i, "for");
			j = i + 1;
			if (tok_is(t, j, "the"))
				j++;
			if (tok_is(t, j, "next") || tok_is(t, j, "coming") ||
			    tok_is(t, j, "following"))
				j++;
			if (j < t->n && (t->t[j].type == TOK_NUM ||
					 tok_is(t, j, "a") || tok_is(t, j, "an"))) {
				n = t->t[j].type == TOK_NUM ? t->t[j].num : 1;
				j++;
			} else if (j == i + 1) {
				n = 0; /* "for week" is no frame */
			}
			if (n > 0 && frame_unit(t, j, &unit) &&
			    !per_period_follows(t, j + 1)) {
				d = add_units(duration && start != GOALS_DATE_NONE
						      ? start
						      : today,
					      n, unit);
				if (!out->found) {
					out->found = 1;
					out->date = d;
					out->at = i;
					out->len = j + 1 - i;
					if (duration) {
						frame_n = n;
						frame_unit_c = unit;
					}
				}
				mark(t, i, j + 1 - i);
				i = j;
				continue;
			}
		}
		/* 6 weeks from now, two months from today */
		if (t->t[i].type == TOK_NUM && frame_unit(t, i + 1, &unit) &&
		    tok_is(t, i + 2, "from") &&
		    (tok_is(t, i + 3, "now") || tok_is(t, i + 3, "today"))) {
			if (!out->found) {
				out->found = 1;
				out->date = add_units(today, t->t[i].num, unit);
				out->at = i;
				out->len = 4;
			}
			mark(t, i, 4);
			i += 3;
			continue;
		}
		/* a calendar expression, after a time preposition or alone */
		{
			int loose = i > 0 && tok_in(t, i - 1, loose_lead);
			if (tok_phrase(t, i, "no later than")) {
				i += 2;
				continue;
			}
			if (!read_date(t, i, loose, today, &d, &len, &season,
				       &ambiguous))
				continue;
			mark(t, i, len);
			if (not_an_end(t, i, &is_start)) {
				out->start_only |= is_start;
				if (is_start && text_start == GOALS_DATE_NONE)
					text_start = d;
				i += len - 1;
				continue;
			}
			if (i > 0 && tok_is(t, i - 1, "by") &&
			    t->t[i].type == TOK_TIME)
				continue;
			if (!out->found) {
				out->found = 1;
				out->date = d;
				out->season_no_year = season;
				out->ambiguous = ambiguous;
				out->at = i;
				out->len = len;
			}
			i += len - 1;
		}
	}
	/* "for 6 weeks starting Monday" counts from Monday */
	if (frame_n > 0 && text_start != GOALS_DATE_NONE)
		out->date = add_units(text_start, frame_n, frame_unit_c);
}

/* 1 when the expression [0, n) of t names a day rather than a period:
 * it is the end of something, or holds a day of the month, a weekday, a
 * date, today or tomorrow, or a holiday. */
static int names_day(const struct toks *t)
{
	static const char *const days[] = {"today",     "tonight", "tomorrow",
					   "easter",    "christmas", "xmas",
					   "x-mas",     NULL};
	size_t i, k = tok_is(t, 0, "the");
	int d;
	if (tok_is(t, k, "end") && tok_is(t, k + 1, "of"))
		return 1;
	for (i = 0; i < t->n; i++)
		if (t->t[i].type == TOK_DATE || tok_in(t, i, days) ||
		    word_weekday(t->t[i].s) || mday_at(t, i, &d))
			return 1;
	return 0;
}

int smart_date_words(goals_date *out, const char *s, goals_date today)
{
	struct toks t;
	goals_date d, first, last;
	size_t len = 0, i;
	int season, ambiguous, rc;
	/* spaces around the value are refused, as by goals_date_parse */
	if (!*s || isspace((unsigned char)s[0]) ||
	    isspace((unsigned char)s[strlen(s) - 1]))
		return SMART_DATE_NONE;
	if ((rc = toks_make(&t, s)))
		return rc;
	if (!t.n || !read_date(&t, 0, 1, today, &d, &len, &season,
			       &ambiguous) ||
	    len != t.n || ambiguous)
		rc = SMART_DATE_NONE;
	for (i = 0; !rc && i < t.n; i++)
		if (season_month(&t, i))
			rc = SMART_DATE_SEASON;
	if (!rc && !names_day(&t))
		rc = SMART_DATE_PERIOD;
	toks_free(&t);
	goals_date_from_ymd(&first, 1, 1, 1);
	goals_date_from_ymd(&last, 9999, 12, 31);
	if (!rc && (d == GOALS_DATE_NONE || d < first || d > last))
		rc = SMART_DATE_RANGE;
	if (!rc)
		*out = d;
	return rc;
}
