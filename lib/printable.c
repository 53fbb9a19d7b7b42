/*
 * printable.c - text from outside made safe to show (see printable.h).
 */
#include <stdio.h>
#include <string.h>

#include "goals/parse.h"
#include "printable.h"

void text_printable(char *out, size_t n, const char *s, int keep_nl)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0, k;
	while (*p && o + 5 < n) {
		k = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
		if ((*p >= 0x20 || (keep_nl && *p == '\n')) && *p != 0x7f &&
		    (k == 1 || (strnlen((const char *)p, k) == k &&
				goals_utf8_valid((const char *)p, k) &&
				!(p[0] == 0xc2 && p[1] < 0xa0)))) {
			memcpy(out + o, p, k);
			o += k;
			p += k;
		} else {
			snprintf(out + o, 5, "\\x%02x", *p++);
			o += 4;
		}
	}
	out[o] = '\0';
}
