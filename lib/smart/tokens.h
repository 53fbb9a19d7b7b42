/*
 * smart/tokens.h - the first stage of the SMART engine (see engine.h):
 * a goal's own words as tokens -- words, numbers, clock times, codes,
 * dates and quoted spans.  Private.
 *
 * Words are matched whole ("by" is not in "baby"), after folding ASCII to
 * lower case.  Quoted spans ('name it, pause, breathe') become one QUOTE
 * token, so that words inside a quoted template never count as the
 * goal's own ("because" inside a quoted sentence is not a reason).
 */
#ifndef GOALS_LIB_SMART_TOKENS_H
#define GOALS_LIB_SMART_TOKENS_H

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

#endif
