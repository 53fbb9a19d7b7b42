/*
 * json-write.c - writing JSON values byte for byte as cJSON prints them
 * (see json-write.h for why).
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json-write.h"

/* Make room for n more bytes. */
static int room(struct jbuf *b, size_t n)
{
	size_t cap;
	char *s;
	if (b->oom)
		return 0;
	if (b->len + n + 1 <= b->cap)
		return 1;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n + 1)
		cap *= 2;
	if (!(s = realloc(b->s, cap))) {
		b->oom = 1;
		return 0;
	}
	b->s = s;
	b->cap = cap;
	return 1;
}

void jw_raw(struct jbuf *b, const char *p, size_t len)
{
	if (!room(b, len))
		return;
	memcpy(b->s + b->len, p, len);
	b->len += len;
	b->s[b->len] = '\0';
}

void jw_lit(struct jbuf *b, const char *p)
{
	jw_raw(b, p, strlen(p));
}

void jw_string(struct jbuf *b, const char *s)
{
	const unsigned char *p;
	size_t extra = 0;
	char *o;
	if (!s) {
		jw_lit(b, "null");
		return;
	}
	/* what cJSON escapes: quote, backslash, and the control characters
	 * (\b \f \n \r \t by name, the others as \u00XX) */
	for (p = (const unsigned char *)s; *p; p++)
		if (*p == '"' || *p == '\\' || *p < 32)
			extra += strchr("\b\f\n\r\t", *p) || *p == '"' ||
					 *p == '\\'
				 ? 1
				 : 5;
	if (!room(b, (size_t)(p - (const unsigned char *)s) + extra + 2))
		return;
	o = b->s + b->len;
	*o++ = '"';
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p >= 32 && *p != '"' && *p != '\\') {
			*o++ = (char)*p;
			continue;
		}
		*o++ = '\\';
		switch (*p) {
		case '"':
		case '\\':
			*o++ = (char)*p;
			break;
		case '\b':
			*o++ = 'b';
			break;
		case '\f':
			*o++ = 'f';
			break;
		case '\n':
			*o++ = 'n';
			break;
		case '\r':
			*o++ = 'r';
			break;
		case '\t':
			*o++ = 't';
			break;
		default:
			snprintf(o, 6, "u%04x", *p);
			o += 5;
		}
	}
	*o++ = '"';
	*o = '\0';
	b->len = (size_t)(o - b->s);
}

void jw_number(struct jbuf *b, double d)
{
	char num[32];
	double test, big;
	if (isnan(d) || isinf(d)) {
		jw_lit(b, "null");
		return;
	}
	/* a whole number of up to 15 digits prints as its digits, as %g
	 * prints it (the common case, and the quick one) */
	if (d == floor(d) && fabs(d) < 1e15 && !(d == 0 && signbit(d))) {
		long long v = (long long)d;
		char *p = num + sizeof(num) - 1;
		unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
					     : (unsigned long long)v;
		*p = '\0';
		do {
			*--p = (char)('0' + u % 10);
			u /= 10;
		} while (u);
		if (v < 0)
			*--p = '-';
		jw_lit(b, p);
		return;
	}
	/* 15 digits when they read back (as cJSON compares), else 17 */
	snprintf(num, sizeof(num), "%1.15g", d);
	test = strtod(num, NULL);
	big = fabs(test) > fabs(d) ? fabs(test) : fabs(d);
	if (!(fabs(test - d) <= big * DBL_EPSILON))
		snprintf(num, sizeof(num), "%1.17g", d);
	jw_lit(b, num);
}

void jw_uuid(struct jbuf *b, const char *hex)
{
	static const unsigned char cut[] = {8, 12, 16, 20};
	char u[38], *o = u;
	size_t i, k = 0;
	if (strlen(hex) != 32) {
		jw_string(b, hex);
		return;
	}
	*o++ = '"';
	for (i = 0; i < 32; i++) {
		if (k < sizeof(cut) && i == cut[k]) {
			*o++ = '-';
			k++;
		}
		*o++ = hex[i];
	}
	*o++ = '"';
	jw_raw(b, u, (size_t)(o - u));
}
