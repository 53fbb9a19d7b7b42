/*
 * smart/tokens.c - the tokens stage of the SMART engine (see engine.h):
 * the goal's own words as tokens -- words, numbers, clock times, codes,
 * dates and quoted spans (time expressions are read from the tokens in
 * when.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "tokens.h"

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

/* The text as the tokenizer reads it, and the tokens made so far. */
struct reader {
	struct toks *t;
	size_t cap;
	char *s;           /* the text, normalised (see normalise) */
	size_t *from, *to; /* s[o] stands for t->text[from[o], to[o]) */
	int paren;         /* depth of parentheses */
};

/* Grow the token array by one, inside rd->paren parentheses; NULL when
 * out of memory. */
static struct tok *push(struct reader *rd)
{
	struct toks *t = rd->t;
	struct tok *k;
	if (t->n == rd->cap) {
		size_t ncap = rd->cap ? rd->cap * 2 : 32;
		struct tok *grown = realloc(t->t, ncap * sizeof(*grown));
		if (!grown)
			return NULL;
		t->t = grown;
		rd->cap = ncap;
	}
	k = &t->t[t->n++];
	memset(k, 0, sizeof(*k));
	k->paren = rd->paren;
	return k;
}

/*
 * What the bytes at s (n of them, n >= 1) read as: typographic quotes,
 * dashes and no-break spaces as plain ones, a currency sign before a
 * number as nothing ("£50" reads as 50).  Sets *as (NULL: the byte
 * itself) and returns how many bytes that covers.
 */
static size_t plain(const char *s, size_t n, const char **as)
{
	const unsigned char *u = (const unsigned char *)s;
	*as = NULL;
	if (n >= 3 && u[0] == 0xe2 && u[1] == 0x80) {
		*as = u[2] == 0x98 || u[2] == 0x99   ? "'"
		      : u[2] == 0x9c || u[2] == 0x9d ? "\""
		      : u[2] == 0x93 || u[2] == 0x94 ? " - "
						     : NULL;
		if (*as)
			return 3;
	}
	if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa0) {
		*as = " ";
		return 2;
	}
	/* $50, £50 (C2 A3), €50 (E2 82 AC) */
	if (n >= 2 && u[0] == '$' && isdigit(u[1])) {
		*as = "";
		return 1;
	}
	if (n >= 3 && u[0] == 0xc2 && u[1] == 0xa3 && isdigit(u[2])) {
		*as = "";
		return 2;
	}
	if (n >= 4 && u[0] == 0xe2 && u[1] == 0x82 && u[2] == 0xac &&
	    isdigit(u[3])) {
		*as = "";
		return 3;
	}
	return 1;
}

/* Read rd->t->text into rd->s, as plain() reads it, noting for each byte
 * the bytes of the text it stands for (a dropped currency sign goes with
 * the number after it).  Returns 0, or GOALS_ENOMEM. */
static int normalise(struct reader *rd)
{
	const char *text = rd->t->text;
	size_t n = strlen(text), i = 0, o = 0, k, sign = 0;
	int dropped = 0;
	/* nothing read grows: n bytes read as n bytes or fewer */
	rd->s = malloc(n + 1);
	rd->from = malloc((n + 1) * sizeof(*rd->from));
	rd->to = malloc((n + 1) * sizeof(*rd->to));
	if (!rd->s || !rd->from || !rd->to)
		return GOALS_ENOMEM;
	while (i < n) {
		const char *as;
		size_t used = plain(text + i, n - i, &as);
		size_t from = dropped ? sign : i;
		if (as && !*as) {
			sign = dropped ? sign : i;
			dropped = 1;
			i += used;
			continue;
		}
		dropped = 0;
		for (k = 0; as ? as[k] != '\0' : k < 1; k++, o++) {
			rd->s[o] = as ? as[k] : text[i];
			rd->from[o] = from;
			rd->to[o] = i + used;
		}
		i += used;
	}
	rd->s[o] = '\0';
	return 0;
}

/* 1 for a byte that can be part of a word: letters, digits, UTF-8. */
static int wordch(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Set where token k stands in the text as written: rd->s[a, b). */
static void span(const struct reader *rd, struct tok *k, size_t a, size_t b)
{
	k->at = rd->from[a];
	k->len = b > a ? rd->to[b - 1] - k->at : 0;
}

/* Copy s[0, len) (within rd->s) into a token's text, truncating, and
 * note where it stands in the text as written. */
static void settext(const struct reader *rd, struct tok *k, const char *s,
		    size_t len)
{
	size_t i, a = (size_t)(s - rd->s);
	span(rd, k, a, a + len);
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
static int dmy_date(const char *s, size_t len, goals_date *out, int *ambiguous)
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
static int number_token(struct reader *rd, const char *s, size_t len)
{
	struct tok *k = push(rd);
	size_t i, digits = 0;
	int y, m, d;
	if (!k)
		return GOALS_ENOMEM;
	settext(rd, k, s, len);
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
		for (i = 0;
		     i < len && (isdigit((unsigned char)s[i]) || s[i] == ':');
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
			settext(rd, k, s, i);
			k = push(rd);
			if (!k)
				return GOALS_ENOMEM;
			k->type = TOK_WORD;
			settext(rd, k, s + i + 1, len - i - 1);
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
	settext(rd, k, s, i);
	k = push(rd);
	if (!k)
		return GOALS_ENOMEM;
	k->type = TOK_WORD;
	settext(rd, k, s + i, len - i);
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
static int word_token(struct reader *rd, const char *s, size_t len)
{
	struct tok *k = push(rd);
	size_t i;
	double v;
	if (!k)
		return GOALS_ENOMEM;
	k->type = TOK_WORD;
	settext(rd, k, s, len);
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

/* Read the next token of rd->s, at *i, and move *i past it.  Returns 0,
 * or GOALS_ENOMEM. */
static int next_token(struct reader *rd, size_t *i)
{
	const char *s = rd->s;
	unsigned char c = (unsigned char)s[*i];
	struct tok *k;
	size_t j;
	if (isspace(c)) {
		(*i)++;
		return 0;
	}
	if ((c == '"' || c == '\'') &&
	    (*i == 0 || !wordch((unsigned char)s[*i - 1])) &&
	    (j = quote_end(s, *i, (char)c))) {
		if (!(k = push(rd)))
			return GOALS_ENOMEM;
		k->type = TOK_QUOTE;
		snprintf(k->s, sizeof(k->s), "QUOTE");
		span(rd, k, *i, j + 1);
		*i = j + 1;
		return 0;
	}
	if (wordch(c)) {
		int rc;
		/* a word: inner ' - , . : / % join when followed by a word
		 * character */
		for (j = *i + 1; s[j]; j++) {
			if (wordch((unsigned char)s[j]))
				continue;
			if (strchr("'-,.:/", s[j]) &&
			    wordch((unsigned char)s[j + 1]) &&
			    (s[j] != ',' || thousands_comma(s, j)) &&
			    (s[j] != '.' || isdigit((unsigned char)s[j + 1])))
				continue;
			if (s[j] == '%' && isdigit((unsigned char)s[j - 1])) {
				j++;
				break;
			}
			break;
		}
		if (isdigit(c))
			rc = number_token(rd, s + *i, j - *i);
		else
			rc = word_token(rd, s + *i, j - *i);
		*i = j;
		return rc;
	}
	if (c == '(')
		rd->paren++;
	if (!(k = push(rd)))
		return GOALS_ENOMEM;
	k->type = TOK_PUNCT;
	k->s[0] = (char)c;
	span(rd, k, *i, *i + 1);
	if (c == ')' && rd->paren > 0)
		rd->paren--;
	(*i)++;
	return 0;
}

int toks_make(struct toks *out, const char *text)
{
	struct reader rd;
	size_t i = 0;
	int rc;
	memset(&rd, 0, sizeof(rd));
	out->t = NULL;
	out->n = 0;
	out->text = strdup(text);
	rd.t = out;
	rc = out->text ? normalise(&rd) : GOALS_ENOMEM;
	while (!rc && rd.s[i])
		rc = next_token(&rd, &i);
	free(rd.s);
	free(rd.from);
	free(rd.to);
	if (rc) {
		toks_free(out);
		return goals_error_oom();
	}
	return GOALS_OK;
}

void toks_free(struct toks *t)
{
	free(t->t);
	free(t->text);
	t->t = NULL;
	t->text = NULL;
	t->n = 0;
}

/* Append s[0, n) to buf at *o. */
static void put(char *buf, size_t *o, const char *s, size_t n)
{
	memcpy(buf + *o, s, n);
	*o += n;
}

void tok_quote(char *buf, size_t n, const struct toks *t, size_t from,
	       size_t to, int more)
{
	size_t i, o = 0, end = 0;
	int cut = more;
	if (n == 0)
		return;
	buf[0] = '\0';
	if (n < sizeof("x..."))
		return;
	if (to > t->n)
		to = t->n;
	for (i = from; i < to; i++) {
		const struct tok *k = &t->t[i];
		int quote = k->type == TOK_QUOTE;
		const char *w = quote ? "'...'" : t->text + k->at;
		size_t wl = quote ? 5 : k->len, gl = 0;
		/* room for "..." after it, unless it is the last */
		size_t room = n - 1 - (i + 1 < to || more ? 3 : 0);
		const char *gap = t->text + end;
		if (i > from) {
			/* what stood between, as written when it is nothing
			 * ("15kg") or a hyphen ("10-minute"), else a space */
			int join = k->at == end ||
				   (k->at == end + 1 && *gap == '-');
			gap = join ? gap : " ";
			gl = join ? k->at - end : 1;
		}
		if (o + gl + wl > room) {
			cut = 1;
			if (i == from) {
				/* one token too long: whole characters */
				wl = n - 1 - 3;
				while (wl > 0 &&
				       ((unsigned char)w[wl] & 0xc0) == 0x80)
					wl--;
				put(buf, &o, w, wl);
			}
			break;
		}
		put(buf, &o, gap, gl);
		put(buf, &o, w, wl);
		end = k->at + k->len;
	}
	if (cut)
		put(buf, &o, "...", 3);
	buf[o] = '\0';
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
