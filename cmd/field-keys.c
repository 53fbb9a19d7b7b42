/*
 * field-keys.c - the name of each field as the binary takes it (its long
 * option and its template key) and its GOALS_F_* bit; nothing else, so
 * that what words advice (advice.c) can use it alone.
 */
#include "fields.h"

static const char *const keys[FA_N] = {
	"text",  "area", "kind", "metric", "unit",   "baseline",   "target",
	"every", "start", "by",  "why",    "parent", "confidence", "review",
	"over"};

const char *field_key(enum field_arg i)
{
	return keys[i];
}

unsigned field_bit(enum field_arg i)
{
	return 1u << i; /* enum field_arg follows the GOALS_F_* bits */
}
