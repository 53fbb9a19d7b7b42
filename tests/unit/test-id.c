/*
 * test-id.c - unit tests of lib/id.c and the id formatter of lib/goal.c:
 * random version-4 ids, the prefixes users type (dashes, case, length,
 * junk), common prefix lengths and the dashed 8-4-4-4-12 form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#include "goals/common.h"
#include "goals/goal.h"
#include "id.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Fail unless the last message contains needle. */
static void msg_has(const char *needle)
{
	if (!strstr(goals_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", goals_errmsg(), needle);
}

/* An id from 32 hex digits, which must be valid. */
static goals_id ID(const char *hex)
{
	goals_id id;
	assert_int_equal(strlen(hex), GOALS_ID_HEXLEN);
	memcpy(id.hex, hex, GOALS_ID_HEXLEN + 1);
	return id;
}

static int is_lower_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

static void test_random_shape(void **state)
{
	goals_id id;
	int round, i;

	(void)state;
	/* Many draws, so that a missing mask shows up. */
	for (round = 0; round < 200; round++) {
		memset(id.hex, 'X', sizeof(id.hex));
		assert_int_equal(id_random(&id), GOALS_OK);
		assert_int_equal(strlen(id.hex), GOALS_ID_HEXLEN);
		for (i = 0; i < GOALS_ID_HEXLEN; i++)
			if (!is_lower_hex(id.hex[i]))
				fail_msg("id '%s' has '%c' at %d", id.hex,
					 id.hex[i], i);
		/* version nibble: first digit of the third group */
		assert_int_equal(id.hex[12], '4');
		/* variant: first digit of the fourth group is 8, 9, a or b */
		if (!strchr("89ab", id.hex[16]))
			fail_msg("id '%s' has variant digit '%c'", id.hex,
				 id.hex[16]);
		assert_true(id_hex_valid(id.hex));
	}
}

static void test_random_differs(void **state)
{
	goals_id a, b;

	(void)state;
	assert_int_equal(id_random(&a), GOALS_OK);
	assert_int_equal(id_random(&b), GOALS_OK);
	assert_string_not_equal(a.hex, b.hex);
	/* two random ids almost never share 7 digits: short ids are 7 */
	assert_true(id_common_len(&a, &b) < GOALS_SHORT_MIN);
}

static void test_prefix_good(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} cases[] = {
		{ "abcd", "abcd" },
		{ "0123", "0123" },
		{ "ABCD", "abcd" },
		{ "AbCdEf09", "abcdef09" },
		{ "a-b-c-d", "abcd" },
		{ "-abcd-", "abcd" },
		{ "ab--cd", "abcd" },
		{ "1234abcd-EF", "1234abcdef" },
		{ "0123456789abcdef0123456789abcdef",
		  "0123456789abcdef0123456789abcdef" },
		{ "01234567-89AB-CDEF-0123-456789ABCDEF",
		  "0123456789abcdef0123456789abcdef" },
		/* more dashes than a UUID has: still 32 digits */
		{ "0123-4567-89ab-cdef-0123-4567-89ab-cdef",
		  "0123456789abcdef0123456789abcdef" },
	};
	char out[GOALS_ID_HEXLEN + 1];
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		memset(out, 'X', sizeof(out));
		if (id_prefix_normalise(out, cases[i].in) != GOALS_OK)
			fail_msg("'%s' refused: %s", cases[i].in,
				 goals_errmsg());
		assert_string_equal(out, cases[i].want);
	}
}

static void test_prefix_bad(void **state)
{
	static const struct {
		const char *in;
		const char *needle; /* in the message besides the prefix */
	} cases[] = {
		/* too short */
		{ "", "too short" },
		{ "a", "too short" },
		{ "abc", "too short" },
		{ "ABC", "too short" },
		{ "a-b-c", "too short" },
		{ "----", "too short" },
		/* not hex */
		{ "abcg", "hex" },
		{ "xyz1", "hex" },
		{ "abcd ", "hex" },
		{ " abcd", "hex" },
		{ "abcd\n", "hex" },
		{ "ab_cd", "hex" },
		{ "abc.d", "hex" },
		{ "0x1234", "hex" },
		{ "abcd\xc3\xa9", "hex" },
		/* over 32 digits */
		{ "0123456789abcdef0123456789abcdef0", "hex" },
		{ "01234567-89ab-cdef-0123-456789abcdef-0", "hex" },
	};
	char out[GOALS_ID_HEXLEN + 1];
	char quoted[128];
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		if (id_prefix_normalise(out, cases[i].in) != GOALS_EINVAL)
			fail_msg("'%s' accepted", cases[i].in);
		/* the message names the prefix as typed */
		snprintf(quoted, sizeof(quoted), "'%s'", cases[i].in);
		msg_has(quoted);
		msg_has(cases[i].needle);
	}
}

static void test_prefix_too_short_vs_junk(void **state)
{
	char out[GOALS_ID_HEXLEN + 1];

	(void)state;
	/* a short prefix says how many digits are needed */
	assert_int_equal(id_prefix_normalise(out, "abc"), GOALS_EINVAL);
	msg_has("at least 4");
	/* junk says what a goal id is */
	assert_int_equal(id_prefix_normalise(out, "zzzz"), GOALS_EINVAL);
	msg_has("4 to 32 hex digits");
}

static void test_common_len(void **state)
{
	static const struct {
		const char *a, *b;
		size_t want;
	} cases[] = {
		{ "0123456789abcdef0123456789abcdef",
		  "f123456789abcdef0123456789abcdef", 0 },
		{ "0123456789abcdef0123456789abcdef",
		  "0f23456789abcdef0123456789abcdef", 1 },
		{ "abcdef1200000000000000000000000a",
		  "abcdef1299999999999999999999999a", 8 },
		{ "0123456789abcdef0123456789abcdef",
		  "0123456789abcdef0123456789abcdee", 31 },
		{ "0123456789abcdef0123456789abcdef",
		  "0123456789abcdef0123456789abcdef", 32 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		goals_id a = ID(cases[i].a), b = ID(cases[i].b);
		assert_int_equal(id_common_len(&a, &b), cases[i].want);
		/* symmetric */
		assert_int_equal(id_common_len(&b, &a), cases[i].want);
	}
}

static void test_hex_valid(void **state)
{
	static const struct {
		const char *s;
		int want;
	} cases[] = {
		{ "0123456789abcdef0123456789abcdef", 1 },
		{ "0123456789ABCDEF0123456789abcdef", 0 },
		{ "0123456789abcdef0123456789abcde", 0 },
		{ "0123456789abcdef0123456789abcdef0", 0 },
		{ "01234567-89ab-cdef-0123-456789abcdef", 0 },
		{ "0123456789abcdeg0123456789abcdef", 0 },
		{ "", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++)
		if (id_hex_valid(cases[i].s) != cases[i].want)
			fail_msg("id_hex_valid(\"%s\") is not %d", cases[i].s,
				 cases[i].want);
}

static void test_format(void **state)
{
	static const struct {
		const char *hex, *want;
	} cases[] = {
		{ "0123456789abcdef0123456789abcdef",
		  "01234567-89ab-cdef-0123-456789abcdef" },
		{ "ffffffffffff4fffbfffffffffffffff",
		  "ffffffff-ffff-4fff-bfff-ffffffffffff" },
		{ "00000000000000000000000000000000",
		  "00000000-0000-0000-0000-000000000000" },
	};
	char buf[GOALS_UUID_BUFSZ + 8];
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		goals_id id = ID(cases[i].hex);
		memset(buf, 'X', sizeof(buf));
		goals_id_format(buf, &id);
		assert_string_equal(buf, cases[i].want);
		assert_int_equal(strlen(buf), GOALS_UUID_BUFSZ - 1);
		/* the bytes after the NUL are untouched */
		assert_int_equal(buf[GOALS_UUID_BUFSZ], 'X');
	}
}

static void test_format_round_trip(void **state)
{
	char buf[GOALS_UUID_BUFSZ];
	char back[GOALS_ID_HEXLEN + 1];
	goals_id id;
	int round;

	(void)state;
	for (round = 0; round < 20; round++) {
		assert_int_equal(id_random(&id), GOALS_OK);
		goals_id_format(buf, &id);
		assert_int_equal(buf[8], '-');
		assert_int_equal(buf[13], '-');
		assert_int_equal(buf[18], '-');
		assert_int_equal(buf[23], '-');
		assert_int_equal(buf[14], '4');
		/* the dashed form reads back as the same id */
		assert_int_equal(id_prefix_normalise(back, buf), GOALS_OK);
		assert_string_equal(back, id.hex);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_shape),
		cmocka_unit_test(test_random_differs),
		cmocka_unit_test(test_prefix_good),
		cmocka_unit_test(test_prefix_bad),
		cmocka_unit_test(test_prefix_too_short_vs_junk),
		cmocka_unit_test(test_common_len),
		cmocka_unit_test(test_hex_valid),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
