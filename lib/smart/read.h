/*
 * smart/read.h - the reading stage of the SMART engine (see engine.h):
 * what a goal's words say, for the SMART letters -- the goal and its
 * reason clause, its head verb, quantities, frequencies, milestones,
 * states, and whose decision the outcome is.  Private.
 */
#ifndef GOALS_LIB_SMART_READ_H
#define GOALS_LIB_SMART_READ_H

#include <stddef.h>

#include "goals/smart.h"
#include "when.h"

/* What the words of a goal say, read once. */
struct reading {
	struct toks t;
	size_t main_end; /* [0, main_end) is the goal; the rest its reason */
	size_t head;     /* index of the head verb in the goal, or n */
	int has_reason;  /* a reason clause in the text */
	int try_to;      /* "try to ..." */
	struct when when;
};

/* 1 when token i is a number that counts as a quantity of the goal. */
int sr_quantity_at(const struct toks *t, size_t i);

/* 1 when [from, to) holds a quantity. */
int sr_has_quantity(const struct reading *r, size_t from, size_t to);

/* 1 when [from, to) says how often: every Sunday, each week, daily. */
int sr_has_frequency(const struct reading *r, size_t from, size_t to);

/* 1 when the goal's words in [from, to) include one of list. */
int sr_has_word(const struct reading *r, size_t from, size_t to,
		const char *const *list);

/* 1 when an obligation starts at i after a separator: "Ring my aunt
 * every Friday - Dad wants me to". */
int sr_obligation_clause(const struct toks *t, size_t i);

/* Index of the first word of the reason clause ("because", "so that",
 * a causal "since", an obligation after a dash), or t->n. */
size_t sr_reason_start(const struct toks *t);

/* Find the head verb of the goal: skip a leading condition ("when I
 * notice X, pause ..."), words of intent ("I want to", "try to"), a time
 * said first ("by June, ..."), adverbs; t->n when there is none. */
size_t sr_find_head(struct reading *r);

/*
 * "Before term, because the bus is slow, buy a bike": when nothing to do
 * stands before the reason, and the reason clause ends at a comma with
 * more words after it, those words are the goal: move the reason clause
 * after them, so that the goal is [0, main_end) again.
 */
void sr_move_reason_last(struct reading *r);

/* Read the goal's text: its tokens, reason clause, deadline and head.
 * today and start date the time expressions.  Free r->t with
 * toks_free. */
int sr_read_text(struct reading *r, const char *text, goals_date today,
		 goals_date start);

/*
 * The deadline that text gives ("by Friday", "within 2 weeks", "by
 * June"), read as of day `written` (when the text was written) and
 * counting from `start` (for "for 6 weeks"): *out is the day, or
 * GOALS_DATE_NONE when the text gives none.  GOALS_ENOMEM when out of
 * memory.
 */
int sr_text_deadline(goals_date *out, const char *text, goals_date written,
		     goals_date start);

/* The next content word after i, within the goal (skipping determiners
 * and adjectives is beyond us: skip determiners and numbers only). */
size_t sr_object_after(const struct reading *r, size_t i);

/* The head phrase, to quote: the head verb and the words after it, up
 * to 4, as the user wrote them (tok_quote), with "..." when the goal
 * goes on. */
void sr_head_phrase(char *buf, size_t n, const struct reading *r);

/* 1 when the goal moves a measure "down" or "up" with no number: "get
 * my score down", "bring my spending down". */
int sr_directional(const struct reading *r);

/* Index of a comparative that qualifies an outcome ("a better job",
 * "healthier food"): a comparative other than more, less or fewer,
 * followed by a noun; t->n when there is none. */
size_t sr_comparative_outcome(const struct reading *r);

/* 1 when word i names someone else: a person noun, a pronoun, or a
 * name written with a capital ("Sam"). */
int sr_person_at(const struct toks *t, size_t i);

/* Index just past "my mum", "Sam", "him" at i, or i when none. */
size_t sr_person_end(const struct toks *t, size_t i);

/* 1 when the goal is the absence of a feeling, thought or outburst:
 * "stop worrying", "never lose my temper", "never have another
 * meltdown", "no longer feel anxious". */
int sr_absence(const struct reading *r);

/* 1 when the goal gives up a behaviour: "stop smoking", "quit vaping",
 * "give up drinking". */
int sr_giving_up(const struct reading *r);

/* 1 when the goal is someone else's feeling: "make my dad happy", "make
 * sure my partner feels heard". */
int sr_others_feel(const struct reading *r);

/* 1 when the goal is a decision of someone else's, made once: "get my
 * cousin to say sorry", "make Sam agree to a dog". */
int sr_others_decision(const struct reading *r);

/* 1 when the goal has a one-off milestone: a milestone verb with a
 * definite object ("sign a lease", "apply for a job", "move out"),
 * giving up a behaviour ("stop smoking"), or someone else's one-off
 * decision. */
int sr_milestone(const struct reading *r);

/* 1 when a "not" stands before word i in its clause. */
int sr_negated(const struct toks *t, size_t i);

/* 1 when an absolutist word of the goal is its target (not the reason,
 * not a "why I always ..." that describes the problem); the words, as
 * the user wrote them, in word (n bytes). */
int sr_absolutist(const struct reading *r, char *word, size_t n);

/* 1 when the outcome is someone else's to decide ("get my dad to accept
 * me", "make her forgive me"). */
int sr_others_outcome(const struct reading *r);

/* Weight to lose, in kg, if the goal says "lose N kg"; 0 otherwise.
 * *per_week is set when the goal says it as a rate ("3 kg a week"). */
double sr_weight_loss(const struct reading *r, const goals_fields *f,
		      double *per_week);

/* Hours a day of one activity the goal asks for, or 0. */
double sr_hours_a_day(const struct reading *r);

/* A number of the goal's words, as fields would record it. */
struct record {
	goals_kind kind;     /* GOALS_KIND_TOTAL or _LEVEL */
	double target;
	int has_baseline;    /* "from 8 to 5": baseline 8 */
	double baseline;
	goals_every every;   /* "3 times a week": a habit; else NONE */
	char unit[GOALS_SETTING_MAX]; /* the word after the number, or "" */
};

/* 1 when the goal's first quantity reads plainly as a target: "read 12
 * books" (a total), "run 5 km" (a level: one performance), "3 times a
 * week" (a habit), "from 8 to 5" (a level with a baseline); *out says
 * how.  0 for a percentage or a number whose unit is unclear. */
int sr_record(struct record *out, const struct reading *r);

/* 1 when the goal's frequency says how many times a period: "every
 * Sunday" (1 a week), "on weekdays" (5 a week), "daily" (1 a day). */
int sr_record_frequency(const struct reading *r, double *times,
			goals_every *every);

/* What feeling the goal is about: 1 for one where higher is better
 * ("be happier"), -1 for distress, where lower is ("feel less
 * anxious"), 0 for none. */
int sr_feeling(const struct reading *r);

/* 1 when the goal names someone else ("my partner", "Sam"). */
int sr_about_someone(const struct reading *r);

/* 1 when the goal is a skill to learn or practise. */
int sr_skill(const struct reading *r);

/* 1 when the goal is about money: saving, spending, debt. */
int sr_money(const struct reading *r);

/* 1 when text is an obligation only ("I should", "my doctor wants me
 * to"), with no wanting of one's own. */
int sr_obligation_only(const struct toks *t, size_t from);

#endif
