/*
 * goals/parse.h - validation of what users type: numbers, text, words,
 * enumerations.  Each parser returns GOALS_OK, or GOALS_EINVAL with a
 * message (goals_errmsg) that names the bad value and what was expected.
 */
#ifndef GOALS_PARSE_H
#define GOALS_PARSE_H

#include <stddef.h>

#include "goal.h"

/* Longest text field, in bytes. */
#define GOALS_TEXT_MAX 4096
/* Longest area word, in bytes. */
#define GOALS_AREA_MAX 32

/* Flags for goals_check_text. */
#define GOALS_TEXT_NEWLINES 0x1 /* allow newlines (notes) */
#define GOALS_TEXT_EMPTY 0x2    /* allow the empty string */

/*
 * Parse a decimal number as C's locale writes it: 12, -3.5, 0.25, 1e3.
 * Refuse the empty string, spaces, NaN, infinities, hex, overflow to
 * infinity, underflow (a value other than 0 that is below DBL_MIN in
 * magnitude: to zero, or to a subnormal), and trailing junk.
 */
int goals_parse_number(double *out, const char *s);

/* Return 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF), 0 otherwise. */
int goals_utf8_valid(const char *s, size_t len);

/*
 * Check a text field: valid UTF-8, no control characters but tab (and
 * newline with GOALS_TEXT_NEWLINES), not empty or only spaces (unless
 * GOALS_TEXT_EMPTY), at most GOALS_TEXT_MAX bytes.  `what` names the
 * field in the message ("text", "why").
 */
int goals_check_text(const char *s, const char *what, unsigned flags);

/*
 * Parse an area: one word (letters, digits, '-', '_', any non-ASCII
 * letter), at most GOALS_AREA_MAX bytes.  ASCII letters are folded to
 * lower case; the result is written to out (GOALS_AREA_MAX + 1 bytes).
 */
int goals_parse_area(char *out, const char *s);

/* total | level | habit | done, in any case */
int goals_parse_kind(goals_kind *out, const char *s);
/* day | week | month (also daily, weekly, monthly), in any case */
int goals_parse_every(goals_every *out, const char *s);
/* active | achieved | abandoned, in any case */
int goals_parse_status(goals_status *out, const char *s);
/* an integer 0..10 */
int goals_parse_confidence(int *out, const char *s);
/* Nd, Nw or Nm with N in 1..999: "7d", "2w", "1m" */
int goals_parse_review(goals_review *out, const char *s);
/* Write a review cadence as "7d" (at least 8 bytes). */
void goals_review_format(char *buf, goals_review r);

/* A window of days for a level goal's mean: Nd or Nw, 1 to 366 days in
 * all ("7d", "2w"); *out is the number of days. */
int goals_parse_over(int *out, const char *s);
/* Write a window of days as "2w" when it is whole weeks, else "10d" (at
 * least 8 bytes). */
void goals_over_format(char *buf, int days);

#endif
