/*
 * fuzz-parse.c - what users type besides dates: numbers, text fields,
 * area words, the enumerations, confidence, review and `over` windows.
 *
 * Input: the bytes of the value (a NUL ends the C string the parsers
 * see; the whole of it is checked as UTF-8).  Oracles: a number accepted
 * is finite and not subnormal; text accepted is valid UTF-8 by a second,
 * independent decoder, not too long, without control characters but tab
 * (and newline where allowed), and not blank where that is refused; an
 * area is lower case and short; cadences read back from their format;
 * every refusal is GOALS_EINVAL with a message that is one line of valid
 * UTF-8 (the binary prints it as it is).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "goals.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

/*
 * The reference decoder: the next code point of s[0..len) into *cp and
 * its length, or 0 for an invalid sequence.  Written from RFC 3629's
 * table of well-formed byte sequences, not from parse.c.
 */
static size_t ref_next(const unsigned char *s, size_t len, unsigned long *cp)
{
	unsigned char b = s[0];
	unsigned char lo = 0x80, hi = 0xbf;
	size_t n, i;
	if (b <= 0x7f) {
		*cp = b;
		return 1;
	}
	if (b >= 0xc2 && b <= 0xdf)
		n = 2;
	else if (b >= 0xe0 && b <= 0xef)
		n = 3;
	else if (b >= 0xf0 && b <= 0xf4)
		n = 4;
	else
		return 0;
	if (b == 0xe0)
		lo = 0xa0;
	else if (b == 0xed)
		hi = 0x9f;
	else if (b == 0xf0)
		lo = 0x90;
	else if (b == 0xf4)
		hi = 0x8f;
	if (len < n || s[1] < lo || s[1] > hi)
		return 0;
	*cp = b & (0xff >> (n + 1));
	for (i = 1; i < n; i++) {
		if (i > 1 && (s[i] < 0x80 || s[i] > 0xbf))
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	return n;
}

static int ref_valid(const unsigned char *s, size_t len)
{
	unsigned long cp;
	size_t i = 0, n;
	while (i < len) {
		if (!(n = ref_next(s + i, len - i, &cp)))
			return 0;
		i += n;
	}
	return 1;
}

/* The message of a refusal: one line of valid UTF-8, not empty. */
static void check_refusal(int rc)
{
	const char *m = goals_errmsg();
	FUZZ_ASSERT(rc == GOALS_EINVAL);
	FUZZ_ASSERT(*m);
	FUZZ_ASSERT(!strchr(m, '\n'));
	FUZZ_ASSERT(ref_valid((const unsigned char *)m, strlen(m)));
}

/* Text accepted by goals_check_text with flags: what the contract says. */
static void check_text_ok(const char *s, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, n;
	unsigned long cp;
	int blank = 1;
	FUZZ_ASSERT(len <= GOALS_TEXT_MAX);
	FUZZ_ASSERT(ref_valid(p, len));
	while (i < len) {
		n = ref_next(p + i, len - i, &cp);
		FUZZ_ASSERT(n > 0);
		FUZZ_ASSERT(cp == '\t' || (cp == '\n' && (flags & GOALS_TEXT_NEWLINES)) ||
			    !(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)));
		if (cp != ' ' && cp != '\t' && cp != '\n')
			blank = 0;
		i += n;
	}
	FUZZ_ASSERT(!blank || (flags & GOALS_TEXT_EMPTY));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, area[GOALS_AREA_MAX + 1], buf[16];
	double v;
	unsigned flags;
	goals_kind k;
	goals_every e;
	goals_status st;
	goals_review r, r2;
	int rc, n, n2;
	if (size > 2 * GOALS_TEXT_MAX)
		return 0;
	s = fuzz_str(data, size);

	/* the whole input, NULs and all, as UTF-8: the same answer as the
	 * reference decoder's */
	FUZZ_ASSERT(goals_utf8_valid((const char *)data, size) ==
		    ref_valid(data, size));

	rc = goals_parse_number(&v, s);
	if (rc == GOALS_OK)
		FUZZ_ASSERT(isfinite(v) && (v == 0 || fabs(v) >= 2.2250738585072014e-308));
	else
		check_refusal(rc);

	for (flags = 0; flags < 4; flags++) {
		rc = goals_check_text(s, "text", flags);
		if (rc == GOALS_OK)
			check_text_ok(s, flags);
		else
			check_refusal(rc);
	}

	memset(area, 'x', sizeof(area));
	rc = goals_parse_area(area, s);
	if (rc == GOALS_OK) {
		size_t i, len = strnlen(area, sizeof(area));
		FUZZ_ASSERT(len > 0 && len <= GOALS_AREA_MAX);
		FUZZ_ASSERT(len == strlen(s));
		for (i = 0; i < len; i++)
			FUZZ_ASSERT(!(area[i] >= 'A' && area[i] <= 'Z'));
		FUZZ_ASSERT(goals_check_text(area, "area", 0) == GOALS_OK);
	} else {
		check_refusal(rc);
	}

	rc = goals_parse_kind(&k, s);
	if (rc == GOALS_OK)
		FUZZ_ASSERT(goals_kind_name(k) != NULL);
	else
		check_refusal(rc);
	rc = goals_parse_every(&e, s);
	if (rc == GOALS_OK)
		FUZZ_ASSERT(goals_every_name(e) != NULL);
	else
		check_refusal(rc);
	rc = goals_parse_status(&st, s);
	if (rc == GOALS_OK)
		FUZZ_ASSERT(goals_status_name(st) != NULL);
	else
		check_refusal(rc);

	rc = goals_parse_confidence(&n, s);
	if (rc == GOALS_OK)
		FUZZ_ASSERT(n >= 0 && n <= 10);
	else
		check_refusal(rc);

	rc = goals_parse_review(&r, s);
	if (rc == GOALS_OK) {
		FUZZ_ASSERT(r.n >= 1 && r.n <= 999 && strchr("dwm", r.unit));
		goals_review_format(buf, r);
		FUZZ_ASSERT(goals_parse_review(&r2, buf) == GOALS_OK);
		FUZZ_ASSERT(r2.n == r.n && r2.unit == r.unit);
	} else {
		check_refusal(rc);
	}

	rc = goals_parse_over(&n, s);
	if (rc == GOALS_OK) {
		FUZZ_ASSERT(n >= 1 && n <= 366);
		goals_over_format(buf, n);
		FUZZ_ASSERT(goals_parse_over(&n2, buf) == GOALS_OK && n2 == n);
	} else {
		check_refusal(rc);
	}
	free(s);
	return 0;
}
