/*
 * parse.c - validation of what users type: numbers in C's syntax whatever
 * the locale, strict UTF-8, text fields, area words, the enumerations
 * (kind, period, status) and their names, confidence and review cadence.
 * Every refusal leaves a one-line message naming the bad value (quoted,
 * cut short and escaped when it is long or not printable) and what was
 * expected.  Nothing here allocates.
 */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goals/parse.h"
#include "error.h"

/* Bytes of a bad value shown in a message, and the buffer they need. */
#define QUOTE_MAX   40
#define QUOTE_BUFSZ (4 * QUOTE_MAX + 4)

/* Longest number accepted, in bytes (far more than a double can hold). */
#define NUMBER_MAX 100

#define NUMBER_EXPECTED "expected a decimal number such as 12, -3.5 or 1e3"
#define AREA_EXPECTED   "expected one word of letters, digits, '-' or '_'"

/* Decode the UTF-8 sequence at s[0..len), len >= 1: return its length and
 * set *cp, or return 0 when it is invalid, truncated, overlong, a
 * surrogate or above U+10FFFF. */
static size_t utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c = s[0], min;
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xc2)
		return 0; /* a continuation byte, or C0/C1 (overlong) */
	if (c < 0xe0) {
		n = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c < 0xf0) {
		n = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c < 0xf5) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Return 1 when s[0..len) is valid UTF-8; otherwise return 0 and set *bad
 * to the offset of the first byte of the first invalid sequence. */
static int utf8_check(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			*bad = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

/* Return 1 for a C0 control, DEL or a C1 control (U+0080..U+009F). */
static int is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

/* Return 1 for a non-ASCII Unicode space or invisible separator. */
static int is_wide_space(uint32_t cp)
{
	return cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200b) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f ||
	       cp == 0x3000 || cp == 0xfeff;
}

/* Return 1 when cp may be part of an area: an ASCII letter or digit, '-',
 * '_', or a non-ASCII character that is neither a control nor a space. */
static int is_area_char(uint32_t cp)
{
	if (cp >= 0x80)
		return !is_control(cp) && !is_wide_space(cp);
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= '0' && cp <= '9') || cp == '-' || cp == '_';
}

/* Write s to buf (QUOTE_BUFSZ bytes) for a message: at most QUOTE_MAX of
 * its bytes, control characters and invalid bytes as \xNN, and "..." when
 * cut short.  Return buf. */
static const char *quote(char *buf, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, o = 0, n, k;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (i + (n ? n : 1) > QUOTE_MAX)
			break;
		if (n == 0 || is_control(cp)) {
			for (k = 0; k < (n ? n : 1); k++, o += 4)
				snprintf(buf + o, 5, "\\x%02x", p[i + k]);
		} else {
			memcpy(buf + o, p + i, n);
			o += n;
		}
		i += n ? n : 1;
	}
	if (i < len) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
	return buf;
}

/* Record "invalid <what> '<s>': <expected>" and return GOALS_EINVAL. */
static int invalid(const char *what, const char *s, const char *expected)
{
	char q[QUOTE_BUFSZ];

	return goals_error(GOALS_EINVAL, "invalid %s '%s': %s", what,
	                   quote(q, s), expected);
}

/* Return the length of the longest prefix of s in C's number syntax,
 * [+-](digits[.digits]|.digits)[(e|E)[+-]digits], or 0 when there is
 * none. */
static size_t number_syntax(const char *s)
{
	size_t i = 0, int_digits = 0, frac_digits = 0, exp_start;

	if (s[i] == '+' || s[i] == '-')
		i++;
	while (s[i] >= '0' && s[i] <= '9')
		i++, int_digits++;
	if (s[i] == '.') {
		i++;
		while (s[i] >= '0' && s[i] <= '9')
			i++, frac_digits++;
	}
	if (int_digits + frac_digits == 0)
		return 0;
	if (s[i] == 'e' || s[i] == 'E') {
		exp_start = i++;
		if (s[i] == '+' || s[i] == '-')
			i++;
		if (!(s[i] >= '0' && s[i] <= '9'))
			return exp_start; /* "1e" or "1e+": stop before the e */
		while (s[i] >= '0' && s[i] <= '9')
			i++;
	}
	return i;
}

int goals_parse_number(double *out, const char *s)
{
	char buf[NUMBER_MAX + 16], q[QUOTE_BUFSZ];
	const char *dp = localeconv()->decimal_point;
	size_t len, dplen = dp ? strlen(dp) : 0, i, o = 0;
	char *end;
	double v;

	if (!s)
		s = "";
	len = strlen(s);
	if (len == 0 || number_syntax(s) != len)
		return invalid("number", s, NUMBER_EXPECTED);
	if (len > NUMBER_MAX)
		return goals_error(GOALS_EINVAL,
		                   "invalid number '%s': too long, %zu bytes, "
		                   "at most %d",
		                   quote(q, s), len, NUMBER_MAX);
	/* strtod reads the locale's decimal point: put that in place of '.'. */
	if (dplen == 0 || dplen > 8) {
		dp = ".";
		dplen = 1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			memcpy(buf + o, dp, dplen);
			o += dplen;
		} else {
			buf[o++] = s[i];
		}
	}
	buf[o] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (end != buf + o)
		return invalid("number", s, NUMBER_EXPECTED);
	if (errno == ERANGE && isinf(v))
		return invalid("number", s,
		               "out of range, expected a magnitude below "
		               "1.8e308");
	/* underflow: to zero, or to a subnormal that has lost digits */
	if ((errno == ERANGE || fpclassify(v) == FP_SUBNORMAL) && !isinf(v))
		return invalid("number", s,
		               "out of range, too close to zero: expected 0 or "
		               "a magnitude of at least "
		               "2.2250738585072014e-308");
	*out = v == 0 ? 0.0 : v; /* drop the sign of -0 */
	return GOALS_OK;
}

int goals_utf8_valid(const char *s, size_t len)
{
	size_t bad;

	if (len == 0)
		return 1;
	return s ? utf8_check(s, len, &bad) : 0;
}

int goals_check_text(const char *s, const char *what, unsigned flags)
{
	const unsigned char *p;
	size_t len, i = 0, n, bad;
	uint32_t cp;
	int blank = 1;

	if (!s)
		s = "";
	if (!what)
		what = "text";
	p = (const unsigned char *)s;
	len = strlen(s);
	if (len > GOALS_TEXT_MAX)
		return goals_error(GOALS_EINVAL,
		                   "%s is too long: %zu bytes, at most %d",
		                   what, len, GOALS_TEXT_MAX);
	if (!utf8_check(s, len, &bad))
		return goals_error(GOALS_EINVAL,
		                   "%s is not valid UTF-8 (byte 0x%02x at "
		                   "offset %zu)",
		                   what, p[bad], bad);
	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (cp == '\n' && !(flags & GOALS_TEXT_NEWLINES))
			return goals_error(GOALS_EINVAL,
			                   "%s contains a newline at offset "
			                   "%zu: expected a single line",
			                   what, i);
		if (is_control(cp) && cp != '\t' && cp != '\n')
			return goals_error(GOALS_EINVAL,
			                   "%s contains a control character "
			                   "(U+%04X) at offset %zu",
			                   what, (unsigned)cp, i);
		if (cp != ' ' && cp != '\t' && cp != '\n')
			blank = 0;
		i += n;
	}
	if (blank && !(flags & GOALS_TEXT_EMPTY))
		return goals_error(GOALS_EINVAL, "%s is empty or only spaces",
		                   what);
	return GOALS_OK;
}

int goals_parse_area(char *out, const char *s)
{
	char buf[GOALS_AREA_MAX + 1], q[QUOTE_BUFSZ];
	const unsigned char *p;
	size_t len, i = 0, n, bad;
	uint32_t cp;

	if (!s)
		s = "";
	p = (const unsigned char *)s;
	len = strlen(s);
	if (len == 0)
		return invalid("area", s, AREA_EXPECTED);
	if (len > GOALS_AREA_MAX)
		return goals_error(GOALS_EINVAL,
		                   "invalid area '%s': too long, %zu bytes, at "
		                   "most %d",
		                   quote(q, s), len, GOALS_AREA_MAX);
	if (!utf8_check(s, len, &bad))
		return goals_error(GOALS_EINVAL,
		                   "invalid area '%s': not valid UTF-8 (byte "
		                   "0x%02x at offset %zu)",
		                   quote(q, s), p[bad], bad);
	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (!is_area_char(cp))
			return invalid("area", s, AREA_EXPECTED);
		if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		if (n == 1)
			buf[i] = (char)cp;
		else
			memcpy(buf + i, p + i, n);
		i += n;
	}
	buf[len] = '\0';
	memcpy(out, buf, len + 1);
	return GOALS_OK;
}

/* Return 1 when s equals the lower-case word w, ignoring the case of
 * ASCII letters (whatever the locale). */
static int word_eq(const char *s, const char *w)
{
	for (; *s && *w; s++, w++) {
		char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;

		if (c != *w)
			return 0;
	}
	return *s == *w;
}

/* Return the index of s in the NULL-terminated list of lower-case words,
 * in any case, or -1. */
static int word_index(const char *const *words, const char *s)
{
	int i;

	for (i = 0; words[i]; i++)
		if (word_eq(s, words[i]))
			return i;
	return -1;
}

static const char *const kind_names[] = {"total", "level", "habit", "done",
                                         NULL};
static const char *const every_names[] = {"day",    "week",    "month", "daily",
                                          "weekly", "monthly", NULL};
static const char *const status_names[] = {"active", "achieved", "abandoned",
                                           NULL};

int goals_parse_kind(goals_kind *out, const char *s)
{
	int i = word_index(kind_names, s ? s : "");

	if (i < 0)
		return invalid("kind", s ? s : "",
		               "expected total, level, habit or done");
	*out = (goals_kind)(GOALS_KIND_TOTAL + i);
	return GOALS_OK;
}

int goals_parse_every(goals_every *out, const char *s)
{
	int i = word_index(every_names, s ? s : "");

	if (i < 0)
		return invalid("period", s ? s : "",
		               "expected day, week or month");
	*out = (goals_every)(GOALS_EVERY_DAY + i % 3);
	return GOALS_OK;
}

int goals_parse_status(goals_status *out, const char *s)
{
	int i = word_index(status_names, s ? s : "");

	if (i < 0)
		return invalid("status", s ? s : "",
		               "expected active, achieved or abandoned");
	*out = (goals_status)(GOALS_STATUS_ACTIVE + i);
	return GOALS_OK;
}

/* Read the unsigned decimal digits at the start of s into *n, saturating
 * above 100000; return how many digits there were. */
static size_t read_digits(const char *s, int *n)
{
	size_t i = 0;

	*n = 0;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		if (*n <= 100000)
			*n = *n * 10 + (s[i] - '0');
	return i;
}

int goals_parse_confidence(int *out, const char *s)
{
	size_t digits;
	int n;

	if (!s)
		s = "";
	digits = read_digits(s, &n);
	if (digits == 0 || s[digits] != '\0' || n > 10)
		return invalid("confidence", s,
		               "expected a whole number from 0 to 10");
	*out = n;
	return GOALS_OK;
}

int goals_parse_review(goals_review *out, const char *s)
{
	size_t digits;
	int n;

	if (!s)
		s = "";
	digits = read_digits(s, &n);
	if (digits == 0 || n < 1 || n > 999 || !s[digits] ||
	    !strchr("dwm", s[digits]) || s[digits + 1] != '\0')
		return invalid("review", s,
		               "expected 1 to 999 days, weeks or months, "
		               "such as 7d, 2w or 1m");
	out->n = n;
	out->unit = s[digits];
	return GOALS_OK;
}

int goals_parse_over(int *out, const char *s)
{
	size_t digits;
	int n;
	if (!s)
		s = "";
	digits = read_digits(s, &n);
	if (digits == 0 || n < 1 || !s[digits] || !strchr("dw", s[digits]) ||
	    s[digits + 1] != '\0' || n > (s[digits] == 'w' ? 52 : 366))
		return invalid("over", s,
			       "expected 1 to 366 days or 1 to 52 weeks, such "
			       "as 7d or 2w");
	*out = s[digits] == 'w' ? n * 7 : n;
	return GOALS_OK;
}

void goals_over_format(char *buf, int days)
{
	if (days < 1 || days > 366)
		buf[0] = '\0';
	else if (days % 7 == 0)
		snprintf(buf, 8, "%dw", days / 7);
	else
		snprintf(buf, 8, "%dd", days);
}

void goals_review_format(char *buf, goals_review r)
{
	if (r.n < 1 || r.n > 999 ||
	    (r.unit != 'd' && r.unit != 'w' && r.unit != 'm')) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, 8, "%d%c", r.n, r.unit);
}

const char *goals_kind_name(goals_kind k)
{
	if (k < GOALS_KIND_TOTAL || k > GOALS_KIND_DONE)
		return NULL;
	return kind_names[k - GOALS_KIND_TOTAL];
}

const char *goals_every_name(goals_every e)
{
	if (e < GOALS_EVERY_DAY || e > GOALS_EVERY_MONTH)
		return NULL;
	return every_names[e - GOALS_EVERY_DAY];
}

const char *goals_status_name(goals_status s)
{
	if (s < GOALS_STATUS_ACTIVE || s > GOALS_STATUS_ABANDONED)
		return NULL;
	return status_names[s - GOALS_STATUS_ACTIVE];
}
