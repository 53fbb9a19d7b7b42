/*
 * report.h - how the binary shows a SMART judgement: the full report of
 * `goals check`, the one-line summary of `goals add`, and their JSON.
 */
#ifndef GOALS_CMD_REPORT_H
#define GOALS_CMD_REPORT_H

#include "cli.h"

/* Print the report of goal g: a heading, then each letter (failing ones
 * first) with its mark, reason and suggestion. */
void report_smart(const goals_goal *g, const goals_smart *r);

/* Print each letter, failing ones first, with its mark, reason and
 * suggestion. */
void report_letters(const goals_smart *r);

/* Print the one-line summary: "SMART  S ✓  M ✗ ...". */
void report_summary(const goals_smart *r);

/* Print each letter's verdict before and after a change:
 * "  specific    ✗ → ✓", and what the letters still failing need. */
void report_compare(const goals_smart *before, const goals_smart *after);

/* The worst verdict of a judgement. */
goals_verdict report_worst(const goals_smart *r);

/* Print the JSON of a judgement list; ids and texts from goals[]. */
int report_json(const goals_goal *const *goals, const goals_smart *r,
		size_t n);

#endif
