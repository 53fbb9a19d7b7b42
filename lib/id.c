/*
 * id.c - random UUIDs from the kernel, and the prefixes users type for
 * them.
 */
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "error.h"
#include "id.h"

int id_random(goals_id *out)
{
	static const char digits[] = "0123456789abcdef";
	unsigned char b[16];
	size_t got = 0;
	int i;
	while (got < sizeof(b)) {
		ssize_t n = getrandom(b + got, sizeof(b) - got, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return goals_error(GOALS_EOS,
					   "cannot read random bytes: %s",
					   strerror(errno));
		}
		got += (size_t)n;
	}
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
	for (i = 0; i < 16; i++) {
		out->hex[2 * i] = digits[b[i] >> 4];
		out->hex[2 * i + 1] = digits[b[i] & 0xf];
	}
	out->hex[GOALS_ID_HEXLEN] = '\0';
	return GOALS_OK;
}

/* Return the value of a hex digit, or -1. */
static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int id_prefix_normalise(char *out, const char *prefix)
{
	static const char digits[] = "0123456789abcdef";
	size_t n = 0;
	const char *p;
	for (p = prefix; *p; p++) {
		int v;
		if (*p == '-')
			continue;
		v = hexval((unsigned char)*p);
		if (v < 0 || n == GOALS_ID_HEXLEN)
			return goals_error(GOALS_EINVAL,
					   "invalid goal id '%.40s': expected "
					   "%d to %d hex digits",
					   prefix, GOALS_PREFIX_MIN,
					   GOALS_ID_HEXLEN);
		out[n++] = digits[v];
	}
	out[n] = '\0';
	if (n < GOALS_PREFIX_MIN)
		return goals_error(GOALS_EINVAL,
				   "goal id '%.40s' is too short: give at "
				   "least %d hex digits",
				   prefix, GOALS_PREFIX_MIN);
	return GOALS_OK;
}

size_t id_common_len(const goals_id *a, const goals_id *b)
{
	size_t n = 0;
	while (n < GOALS_ID_HEXLEN && a->hex[n] == b->hex[n])
		n++;
	return n;
}

int id_hex_valid(const char *hex)
{
	size_t n;
	for (n = 0; hex[n]; n++)
		if (!((hex[n] >= '0' && hex[n] <= '9') ||
		      (hex[n] >= 'a' && hex[n] <= 'f')))
			return 0;
	return n == GOALS_ID_HEXLEN;
}

void id_prefix_upper(char *hi, const char *lo)
{
	size_t n = strlen(lo);
	memcpy(hi, lo, n + 1);
	while (n > 0) {
		char c = hi[n - 1];
		if (c == 'f') {
			hi[--n] = '\0';
			continue;
		}
		hi[n - 1] = c == '9' ? 'a' : (char)(c + 1);
		return;
	}
	/* all 'f': no upper bound; "g" sorts after every hex string */
	hi[0] = 'g';
	hi[1] = '\0';
}
