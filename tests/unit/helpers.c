/*
 * helpers.c - temp directories for the unit tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

char *test_tempdir(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir;
	size_t n;
	if (!tmp || !*tmp)
		tmp = "/tmp";
	n = strlen(tmp) + sizeof("/goals-test-XXXXXX");
	dir = malloc(n);
	assert_non_null(dir);
	snprintf(dir, n, "%s/goals-test-XXXXXX", tmp);
	assert_non_null(mkdtemp(dir));
	return dir;
}

void test_rmtree(char *dir)
{
	char cmd[4096];
	if (!dir)
		return;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

char *test_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	assert_non_null(p);
	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

char *test_repeat(const char *prefix, const char *unit, size_t count,
		  const char *suffix)
{
	size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
	char *s = malloc(pl + ul * count + sl + 1), *p;
	size_t i;
	assert_non_null(s);
	memcpy(s, prefix, pl);
	for (p = s + pl, i = 0; i < count; i++, p += ul)
		memcpy(p, unit, ul);
	memcpy(p, suffix, sl + 1);
	return s;
}

int test_utf8_whole(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t k, n = 1;
		if ((*p & 0xc0) == 0x80)
			return 0;
		if (*p >= 0x80)
			n = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
		for (k = 1; k < n; k++)
			if ((p[k] & 0xc0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}
