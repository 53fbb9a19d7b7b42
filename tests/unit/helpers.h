/*
 * helpers.h - small utilities shared by the cmocka unit tests.
 */
#ifndef GOALS_TEST_HELPERS_H
#define GOALS_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

/* Make a fresh private directory under $TMPDIR; the result is malloc'd. */
char *test_tempdir(void);

/* Remove a directory tree made by test_tempdir, and free the path. */
void test_rmtree(char *dir);

/* Join a directory and a name; the result is malloc'd. */
char *test_path(const char *dir, const char *name);

/* A malloc'd text: prefix, then `count` copies of `unit`, then suffix. */
char *test_repeat(const char *prefix, const char *unit, size_t count,
		  const char *suffix);

/* 1 when every character of s is whole: no lead byte without all its
 * continuation bytes, no continuation byte without its lead. */
int test_utf8_whole(const char *s);

#endif
