/*
 * smart-text.h - reading a goal's own words for the SMART engine: tokens,
 * numbers, clauses, lexicons, and time expressions.  Private.
 *
 * Words are matched whole ("by" is not in "baby"), after folding ASCII to
 * lower case.  Quoted spans ('name it, pause, breathe') become one QUOTE
 * token, so that words inside a quoted template never count as the
 * goal's own ("because" inside a quoted sentence is not a reason).
 */
#ifndef GOALS_LIB_SMART_TEXT_H
#define GOALS_LIB_SMART_TEXT_H

#include <stddef.h>

#include "goals/date.h"

enum tok_type {
	TOK_WORD,    /* letters, maybe with inner ' or - (self-talk) */
	TOK_NUM,     /* 12, 10,000, 2.5, twelve, 1st */
	TOK_TIME,    /* a clock time: 23:00, 7pm */
	TOK_PERCENT, /* 20% */
	TOK_CODE,    /* letters and digits: gad-7, covid-19, 24/7, 0-10 */
	TOK_DATE,    /* 2025-03-31, 31/03/2025 */
	TOK_PUNCT,   /* , ; . : ! ? ( ) and dashes */
	TOK_QUOTE    /* a quoted span */
};

#define TOK_MAX 48

struct tok {
	enum tok_type type;
	char s[TOK_MAX];  /* lower-cased text (punct: the character) */
	double num;       /* TOK_NUM, TOK_PERCENT */
	int numword;      /* TOK_NUM written as a word (two, twice) */
	int ordinal;      /* 1st, 22nd */
	int paren;        /* inside parentheses */
	goals_date date;  /* TOK_DATE */
	int ambiguous;    /* TOK_DATE like 03/04/2025 */
	int grouped;      /* TOK_NUM written with thousands separators */
	int cap;          /* written with a capital: a name, maybe */
	int time;         /* part of a time expression (set by find_deadline) */
	size_t at, len;   /* where it stands in toks.text, as written */
};

struct toks {
	struct tok *t;
	size_t n;
	char *text; /* a copy of the text, as the user wrote it */
};

/* Split text into tokens; GOALS_ENOMEM on failure.  Free with
 * toks_free. */
int toks_make(struct toks *out, const char *text);
void toks_free(struct toks *t);

/*
 * Write tokens [from, to) into buf (n bytes) as the user wrote them, to
 * quote them: their own case and characters, one space where they left
 * any, a quoted span as '...'.  Whole tokens only: when the next one
 * does not fit, or when `more` says the words go on past `to`, "..."
 * ends it.  A first token too long for buf alone is cut after a whole
 * character, with "...".
 */
void tok_quote(char *buf, size_t n, const struct toks *t, size_t from,
	       size_t to, int more);

/* 1 when token i is the word w. */
int tok_is(const struct toks *t, size_t i, const char *w);
/* 1 when token i is one of the words in the NULL-terminated list. */
int tok_in(const struct toks *t, size_t i, const char *const *list);
/* 1 when tokens from i read as the words of phrase ("so that"). */
int tok_phrase(const struct toks *t, size_t i, const char *phrase);
/* Number of words in a phrase. */
size_t phrase_len(const char *phrase);

/* Month 1..12 of a month name or abbreviation, else 0. */
int word_month(const char *w);
/* ISO weekday 1..7 of a weekday name or abbreviation, else 0. */
int word_weekday(const char *w);

/* A time expression found in text: a deadline, or a vague time. */
struct when {
	int found;         /* 1: a usable deadline in `date` */
	goals_date date;
	int season_no_year; /* "by summer": warn */
	int ambiguous;     /* 03/04/2025 */
	int vague;         /* soon, someday, one day, asap */
	int start_only;    /* "starting Monday": a start, not an end */
	size_t at, len;    /* where the expression is, in tokens */
};

/*
 * Find the deadline that the words in [from, to) give, relative to today
 * and to start (the day counting begins, for "for 6 weeks").  Marks the
 * tokens of every time expression found (tok.time), so that their
 * numbers are not read as quantities.
 */
void find_deadline(struct when *out, struct toks *t, size_t from, size_t to,
		   goals_date today, goals_date start);

/* 1 when tokens [i, i+len) form a time frame ("for 6 weeks", "within 2
 * years", "in the next 4 weeks"), so their number is no quantity. */
int in_time_frame(const struct toks *t, size_t i);

#endif
