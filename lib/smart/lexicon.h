/*
 * smart/lexicon.h - the word lists of the SMART engine's reading stage
 * (see engine.h).  Private.
 */
#ifndef GOALS_LIB_SMART_LEXICON_H
#define GOALS_LIB_SMART_LEXICON_H

/* Words that open a reason clause. */
extern const char *const reason_markers[];

/* After "since", words of time: "since January", "since last year". */
extern const char *const since_time[];

/* Verbs of an event that make a "since" clause temporal: "since the baby
 * arrived". */
extern const char *const event_verbs[];

/* Fillers before the head verb: "I want to", "try to". */
extern const char *const fillers[];

/* Openers of a condition that comes before the action (if-then plans). */
extern const char *const conditions[];

/* A state, not a behaviour. */
extern const char *const state_verbs[];

/* States one can "get" or "stay" in: "get in shape", "get fit". */
extern const char *const state_adjectives[];

/* Words that say "less" or "more" of a measure without a number when
 * they follow the thing: "get my score down". */
extern const char *const directions[];

/* Vague process verbs: what to do is not said. */
extern const char *const vague_verbs[];

/* Objects of vague verbs that make them concrete enough ("move house"). */
extern const char *const vague_ok_objects[];

/* Insight: knowing, not doing. */
extern const char *const insight_verbs[];

/* Inner events that "stop", "never" and "avoid" cannot sensibly target. */
extern const char *const mental[];

/* Feelings as events: "never have another meltdown", "stop losing my
 * temper". */
extern const char *const emotional_nouns[];

/* Comparatives that say "more of a good thing" without saying how much. */
extern const char *const comparatives[];

/* Generic objects: nothing in particular. */
extern const char *const generic_objects[];

/* Generic verbs: say nothing by themselves. */
extern const char *const generic_verbs[];

/* Nouns of states, traits and whole areas of life: "have a calm home
 * life", "fix my diet", "improve my confidence". */
extern const char *const state_nouns[];

/* Nouns of events one can have ("have one honest conversation"). */
extern const char *const event_nouns[];

/* Behaviours that end in something done or not done (milestones). */
extern const char *const milestone_verbs[];

/* Words that introduce the object of a verb. */
extern const char *const determiners[];

/* Adjectives that say nothing of which object: "talk to new people". */
extern const char *const plain_adjectives[];

/* Particles between a verb and its object: "apply for a job". */
extern const char *const particles[];

/* After "be", words of place and time that make it a behaviour: "be at
 * my desk by 9:00", "be on time". */
extern const char *const be_concrete[];

/* Absolutist targets. */
extern const char *const absolutes[];

/* Others who decide an outcome. */
extern const char *const people[];

/* People one lives with, words that name someone else. */
extern const char *const person_nouns[];

/* Subjects that make "I always ..." a description of the problem. */
extern const char *const subjects[];

/* What others feel when "made" to: a state, not an outcome. */
extern const char *const others_feelings[];

/* What others decide once when "made" or "got" to: an outcome that is
 * done or not done. */
extern const char *const others_decisions[];

/* Where one gets someone to: "get the kids to school". */
extern const char *const places[];

/* Institutions that decide: "get the council to refund the charge". */
extern const char *const institutions[];

/* Outcomes others judge but one's own work drives. */
extern const char *const judged[];

/* Words of obligation: "I should", "my doctor wants me to". */
extern const char *const obligations[];

/* Words of one's own wanting, which make an obligation a reason. */
extern const char *const own_reasons[];

/* Units of weight. */
extern const char *const kg_words[];

/* Words after which a number is no quantity of the goal. */
extern const char *const number_blockers[];

/* Periods for "every X" / "each X". */
extern const char *const period_words[];

extern const char *const lb_words[];

/* Feelings where more is better ("happy", "calm"), and distress, where
 * less is ("anxious", "lonely"): what a 0-10 rating would measure. */
extern const char *const good_feelings[];
extern const char *const distress[];

/* Words of a skill learnt or practised. */
extern const char *const skill_words[];

/* Words of money. */
extern const char *const money_words[];

/* Verbs of one performance measured once ("run 5 km"), and units of
 * distance, weight and time that such a performance reaches. */
extern const char *const performance_verbs[];
extern const char *const performance_units[];
extern const char *const frequency_words[];
#endif
