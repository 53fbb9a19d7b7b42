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
