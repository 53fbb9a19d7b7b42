/*
 * id.h - making random ids and reading id prefixes.  Private.
 */
#ifndef GOALS_LIB_ID_H
#define GOALS_LIB_ID_H

#include <stddef.h>

#include "goals/goal.h"

/* Make a random version-4 UUID from the kernel's random source.
 * GOALS_EOS when the kernel gives no randomness. */
int id_random(goals_id *out);

/*
 * Normalise a user's id prefix: drop dashes, fold to lower case, check
 * that what is left is 4..32 hex digits.  out has GOALS_ID_HEXLEN + 1
 * bytes.  GOALS_EINVAL with a message naming the prefix otherwise.
 */
int id_prefix_normalise(char *out, const char *prefix);

/* Length of the common prefix of two ids. */
size_t id_common_len(const goals_id *a, const goals_id *b);

/* Set hi (GOALS_ID_HEXLEN + 2 bytes) to the smallest string greater than
 * every string that starts with hex prefix lo, for a range scan. */
void id_prefix_upper(char *hi, const char *lo);

/* 1 when hex is 32 lowercase hex digits. */
int id_hex_valid(const char *hex);

#endif
