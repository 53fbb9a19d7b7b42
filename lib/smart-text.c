/*
 * smart-text.c - the goal's own words as tokens: words, numbers, clock
 * times, codes, dates and quoted spans (time expressions are read from
 * the tokens in smart-time.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "smart-text.h"

static const char *const months[] = {
	"january", "february", "march",     "april",   "may",      "june",
	"july",    "august",   "september", "october", "november", "december"};
static const char *const month_abbr[] = {"jan", "feb", "mar", "apr",
					 "may", "jun", "jul", "aug",
					 "sep", "oct", "nov", "dec"};
static const char *const weekdays[] = {"monday", "tuesday",  "wednesday",
				       "thursday", "friday", "saturday",
				       "sunday"};

static const char *const number_words[] = {
	"zero",    "one",     "two",       "three",    "four",
	"five",    "six",     "seven",     "eight",    "nine",
	"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty"};

int word_month(const char *w)
{
	int i;
	for (i = 0; i < 12; i++)
		if (!strcmp(w, months[i]) || !strcmp(w, month_abbr[i]) ||
		    (i == 8 && !strcmp(w, "sept")))
			return i + 1;
	return 0;
}

int word_weekday(const char *w)
{
	int i;
	for (i = 0; i < 7; i++)
		if (!strcmp(w, weekdays[i]))
			return i + 1;
	if (!strcmp(w, "tues"))
		return 2;
	if (!strcmp(w, "thurs"))
		return 4;
	return 0;
}

/* Value of a number word, or -1. */
static double word_number(const char *w)
{
	size_t i;
	static const struct {
		const char *w;
		double v;
	} more[] = {{"thirty", 30},  {"forty", 40},     {"fifty", 50},
		    {"sixty", 60},   {"seventy", 70},   {"eighty", 80},
		    {"ninety", 90},  {"hundred", 100},  {"thousand", 1000},
		    {"dozen", 12},   {"once", 1},       {"twice", 2},
		    {"couple", 2},
		    {"thrice", 3},   {"half", 0.5}};
	for (i = 0; i < sizeof(number_words) / sizeof(number_words[0]); i++)
		if (!strcmp(w, number_words[i]))
			return (double)i;
	for (i = 0; i < sizeof(more) / sizeof(more[0]); i++)
		if (!strcmp(w, more[i].w))
			return more[i].v;
	return -1;
}

/* Grow the token array by one; NULL when out of memory. */
static struct tok *push(struct toks *t, size_t *cap)
{
	struct tok *k;
	if (t->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 32;
		struct tok *grown = realloc(t->t, ncap * sizeof(*grown));
		if (!grown)
			return NULL;
		t->t = grown;
		*cap = ncap;
	}
	k = &t->t[t->n++];
	memset(k, 0, sizeof(*k));
	return k;
}

/* Map typographic quotes, dashes and no-break spaces to plain ones, and
 * currency signs before a number to nothing ("£50" reads as 50).
 * Returns a malloc'd copy. */
static char *normalise(const char *text)
{
	size_t n = strlen(text), i, o = 0;
	char *out = malloc(3 * n + 1);
	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == 0xe2 && i + 2 < n && (unsigned char)text[i + 1] == 0x80) {
			unsigned char d = (unsigned char)text[i + 2];
			if (d == 0x98 || d == 0x99) {
				out[o++] = '\'';
				i += 2;
				continue;
			}
			if (d == 0x9c || d == 0x9d) {
				out[o++] = '"';
				i += 2;
				continue;
			}
			if (d == 0x93 || d == 0x94) {
				out[o++] = ' ';
				out[o++] = '-';
				out[o++] = ' ';
				i += 2;
				continue;
			}
		}
		if (c == 0xc2 && i + 1 < n && (unsigned char)text[i + 1] == 0xa0) {
			out[o++] = ' ';
			i++;
			continue;
		}
		/* $50, £50 (C2 A3), €50 (E2 82 AC) */
		if (c == '$' && i + 1 < n && isdigit((unsigned char)text[i + 1]))
			continue;
		if (c == 0xc2 && i + 2 < n && (unsigned char)text[i + 1] == 0xa3 &&
		    isdigit((unsigned char)text[i + 2])) {
			i++;
			continue;
		}
		if (c == 0xe2 && i + 3 < n && (unsigned char)text[i + 1] == 0x82 &&
		    (unsigned char)text[i + 2] == 0xac &&
		    isdigit((unsigned char)text[i + 3])) {
			i += 2;
			continue;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return out;
}

/* 1 for a byte that can be part of a word: letters, digits, UTF-8. */
static int wordch(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Copy [s, s+len) into a token's text, truncating. */
static void settext(struct tok *k, const char *s, size_t len)
{
	size_t i;
	if (len >= TOK_MAX) {
		len = TOK_MAX - 1;
		/* never cut a UTF-8 sequence in two */
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	for (i = 0; i < len; i++)
		k->s[i] = (char)((unsigned char)s[i] < 0x80
					 ? tolower((unsigned char)s[i])
					 : s[i]);
	k->s[len] = '\0';
}

/* 1 when s[i, len) is the lower-case word w, in any case ("PM"). */
static int tail_is(const char *s, size_t len, size_t i, const char *w)
{
	size_t k, n = strlen(w);
	if (i > len || len - i != n)
		return 0;
	for (k = 0; k < n; k++)
		if (tolower((unsigned char)s[i + k]) != w[k])
			return 0;
	return 1;
}

/* The value of the number s[0, n) (digits, ',' and '.'), its commas
 * dropped, in *out: every digit counts, however many (HUGE_VAL past a
 * double's range).  Returns 0, or GOALS_ENOMEM. */
static int number_value(double *out, const char *s, size_t n)
{
	char small[64], *buf = small;
	size_t j, o = 0;
	if (n >= sizeof(small) && !(buf = malloc(n + 1)))
		return GOALS_ENOMEM;
	for (j = 0; j < n; j++)
		if (s[j] != ',')
			buf[o++] = s[j];
	buf[o] = '\0';
	*out = strtod(buf, NULL);
	if (buf != small)
		free(buf);
	return 0;
}

/* 1 when s[0, len) is a day-first date d/m/y, each part of 1 to 4
 * digits, that exists; its date in *out and whether it could be read
 * month first too in *ambiguous. */
static int dmy_date(const char *s, size_t len, goals_date *out,
		    int *ambiguous)
{
	char buf[16];
	int y, m, d, used = -1;
	if (len >= sizeof(buf) || !memchr(s, '/', len))
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (sscanf(buf, "%4d/%4d/%4d%n", &d, &m, &y, &used) != 3 ||
	    used != (int)len)
		return 0;
	if (y < 100)
		y += 2000;
	if (goals_date_from_ymd(out, y, m, d) != GOALS_OK)
		return 0;
	*ambiguous = d <= 12 && m <= 12 && d != m;
	return 1;
}

/* Classify a token that starts with a digit, s[0, len), reading s by
 * its length, never the token's text (cut to TOK_MAX); may split off a
 * unit word ("15kg" -> 15, kg).  Returns 0, or GOALS_ENOMEM. */
static int number_token(struct toks *t, size_t *cap, const char *s,
			size_t len, int paren)
{
	struct tok *k = push(t, cap);
	size_t i, digits = 0;
	int y, m, d;
	if (!k)
		return GOALS_ENOMEM;
	k->paren = paren;
	settext(k, s, len);
	/* ISO date */
	if (len == 10 && sscanf(k->s, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	    k->s[4] == '-' && k->s[7] == '-' &&
	    goals_date_from_ymd(&k->date, y, m, d) == GOALS_OK) {
		k->type = TOK_DATE;
		return 0;
	}
	/* d/m/y: read day first, as most of the world writes it, and say
	 * when it could be either */
	if (dmy_date(s, len, &k->date, &k->ambiguous)) {
		k->type = TOK_DATE;
		return 0;
	}
	/* clock times: 23:00, 7pm, 7:30am */
	if (memchr(s, ':', len) ||
	    (len > 2 && (tail_is(s, len, len - 2, "am") ||
			 tail_is(s, len, len - 2, "pm")))) {
		for (i = 0; i < len && (isdigit((unsigned char)s[i]) ||
					s[i] == ':');
		     i++)
			;
		if (i == len || tail_is(s, len, i, "am") ||
		    tail_is(s, len, i, "pm")) {
			k->type = TOK_TIME;
			return 0;
		}
	}
	/* a number: digits with thousands separators and a decimal part */
	for (i = 0; i < len && (isdigit((unsigned char)s[i]) || s[i] == ',' ||
				s[i] == '.');
	     i++) {
		if (isdigit((unsigned char)s[i]))
			digits++;
	}
	if (i < len && s[i] == '%' && i + 1 == len) {
		k->type = TOK_PERCENT;
		return number_value(&k->num, s, i);
	}
	if (i < len && (s[i] == '-' || s[i] == '/')) {
		/* 10-minute is a number and its unit; 0-10, 24/7 are codes */
		if (s[i] == '-' && i + 1 < len &&
		    isalpha((unsigned char)s[i + 1])) {
			k->type = TOK_NUM;
			if (number_value(&k->num, s, i))
				return GOALS_ENOMEM;
			settext(k, s, i);
			k = push(t, cap);
			if (!k)
				return GOALS_ENOMEM;
			k->type = TOK_WORD;
			k->paren = paren;
			settext(k, s + i + 1, len - i - 1);
			return 0;
		}
		k->type = TOK_CODE;
		return 0;
	}
	k->type = TOK_NUM;
	if (number_value(&k->num, s, i))
		return GOALS_ENOMEM;
	k->grouped = memchr(s, ',', i) != NULL;
	if (i == len || !digits)
		return digits ? 0 : (k->type = TOK_CODE, 0);
	/* ordinals and units glued on: 1st, 22nd, 15kg, 5k */
	if (tail_is(s, len, i, "st") || tail_is(s, len, i, "nd") ||
	    tail_is(s, len, i, "rd") || tail_is(s, len, i, "th")) {
		k->ordinal = 1;
		return 0;
	}
	{
		size_t j;
		for (j = i; j < len && isalpha((unsigned char)s[j]); j++)
			;
		if (j != len) {
			k->type = TOK_CODE;
			return 0;
		}
	}
	settext(k, s, i);
	k = push(t, cap);
	if (!k)
		return GOALS_ENOMEM;
	k->type = TOK_WORD;
	k->paren = paren;
	settext(k, s + i, len - i);
	return 0;
}

/* 1 when s[j] is a thousands separator: a comma after a digit and before
 * exactly three digits ("10,000", not "1,2,3"). */
static int thousands_comma(const char *s, size_t j)
{
	return j > 0 && isdigit((unsigned char)s[j - 1]) &&
	       isdigit((unsigned char)s[j + 1]) &&
	       isdigit((unsigned char)s[j + 2]) &&
	       isdigit((unsigned char)s[j + 3]) &&
	       !isdigit((unsigned char)s[j + 4]);
}

/* Classify a token that starts with a letter, s[0, len). */
static int word_token(struct toks *t, size_t *cap, const char *s, size_t len,
		      int paren)
{
	struct tok *k = push(t, cap);
	size_t i;
	double v;
	if (!k)
		return GOALS_ENOMEM;
	k->paren = paren;
	k->type = TOK_WORD;
	settext(k, s, len);
	k->cap = isupper((unsigned char)s[0]) &&
		 (len < 2 || !isupper((unsigned char)s[1]));
	for (i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i])) {
			k->type = TOK_CODE; /* gad-7, covid-19, phq9 */
			return 0;
		}
	if ((v = word_number(k->s)) >= 0) {
		k->type = TOK_NUM;
		k->num = v;
		k->numword = 1;
	}
	return 0;
}

/* The end of a quoted span starting after position i, or 0. */
static size_t quote_end(const char *s, size_t i, char q)
{
	size_t j;
	for (j = i + 1; s[j]; j++) {
		if (s[j] != q)
			continue;
		if (q == '"')
			return j;
		/* a closing ' is not inside a word (sister's, don't) */
		if (!wordch((unsigned char)s[j + 1]) && j > i + 1 &&
		    s[j - 1] != ' ')
			return j;
	}
	return 0;
}

int toks_make(struct toks *out, const char *text)
{
	char *s = normalise(text);
	size_t cap = 0, i = 0;
	int paren = 0, rc = 0;
	out->t = NULL;
	out->n = 0;
	if (!s)
		return goals_error_oom();
	while (s[i] && !rc) {
		unsigned char c = (unsigned char)s[i];
		size_t j;
		if (isspace(c)) {
			i++;
			continue;
		}
		if ((c == '"' || c == '\'') &&
		    (i == 0 || !wordch((unsigned char)s[i - 1])) &&
		    (j = quote_end(s, i, (char)c))) {
			struct tok *k = push(out, &cap);
			if (!k) {
				rc = GOALS_ENOMEM;
				break;
			}
			k->type = TOK_QUOTE;
			k->paren = paren;
			snprintf(k->s, sizeof(k->s), "QUOTE");
			i = j + 1;
			continue;
		}
		if (wordch(c)) {
			/* a word: inner ' - , . : / % join when followed by a
			 * word character */
			for (j = i + 1; s[j]; j++) {
				if (wordch((unsigned char)s[j]))
					continue;
				if (strchr("'-,.:/", s[j]) &&
				    wordch((unsigned char)s[j + 1]) &&
				    (s[j] != ',' || thousands_comma(s, j)) &&
				    (s[j] != '.' ||
				     isdigit((unsigned char)s[j + 1])))
					continue;
				if (s[j] == '%' && isdigit((unsigned char)s[j - 1])) {
					j++;
					break;
				}
				break;
			}
			if (isdigit(c))
				rc = number_token(out, &cap, s + i, j - i, paren);
			else
				rc = word_token(out, &cap, s + i, j - i, paren);
			i = j;
			continue;
		}
		if (c == '(')
			paren++;
		{
			struct tok *k = push(out, &cap);
			if (!k) {
				rc = GOALS_ENOMEM;
				break;
			}
			k->type = TOK_PUNCT;
			k->paren = paren;
			k->s[0] = (char)c;
		}
		if (c == ')' && paren > 0)
			paren--;
		i++;
	}
	free(s);
	if (rc) {
		toks_free(out);
		return goals_error_oom();
	}
	return GOALS_OK;
}

void toks_free(struct toks *t)
{
	free(t->t);
	t->t = NULL;
	t->n = 0;
}

int tok_is(const struct toks *t, size_t i, const char *w)
{
	return i < t->n && !strcmp(t->t[i].s, w);
}

int tok_in(const struct toks *t, size_t i, const char *const *list)
{
	for (; *list; list++)
		if (tok_is(t, i, *list))
			return 1;
	return 0;
}

size_t phrase_len(const char *phrase)
{
	size_t n = 1;
	for (; *phrase; phrase++)
		n += *phrase == ' ';
	return n;
}

int tok_phrase(const struct toks *t, size_t i, const char *phrase)
{
	while (*phrase) {
		const char *sp = strchr(phrase, ' ');
		size_t len = sp ? (size_t)(sp - phrase) : strlen(phrase);
		if (i >= t->n || strlen(t->t[i].s) != len ||
		    strncmp(t->t[i].s, phrase, len))
			return 0;
		i++;
		phrase += len + (sp ? 1 : 0);
	}
	return 1;
}
