/*
 * smart/engine.h - the SMART engine, as a pipeline.  Private.
 *
 * goals_smart_check (include/goals/smart.h) judges a goal in five steps,
 * each in its own file of lib/smart/; each step reads only what the steps
 * before it made:
 *
 *   tokens    tokens.c    the goal's own words as tokens: words, numbers,
 *                         clock times, codes, dates, quoted spans
 *   time      when.c      time expressions over the tokens: the deadline,
 *                         a start, a vague time; marks their tokens so
 *                         their numbers are no quantity
 *   reading   read.c      what the words say: where the goal ends and its
 *                         reason begins, the head verb, quantities,
 *                         frequencies, milestones, states, absences,
 *                         whose decision the outcome is (with the word
 *                         lists of lexicon.c)
 *   verdicts  verdicts.c  one verdict and reason code per letter, from
 *                         the reading, the fields and the progress (pace
 *                         from lib/pace.c)
 *   advice    verdicts.c  what to change for each letter
 *
 * To find where a verdict comes from: its reason code (goals check
 * --json shows it) is set in exactly one place in verdicts.c, by a judge_*
 * function that calls the sr_* questions of read.c; those ask the word
 * lists of lexicon.c.
 *
 * The judgement is a pure function of the goal's text, the day its
 * revision was written, its fields, its progress and "now": no I/O, no
 * clock, no data files.
 */
#ifndef GOALS_LIB_SMART_ENGINE_H
#define GOALS_LIB_SMART_ENGINE_H

#include "tokens.h"
#include "when.h"
#include "lexicon.h"
#include "read.h"

#endif
