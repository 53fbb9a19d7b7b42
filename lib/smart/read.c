/*
 * smart/read.c - the reading stage of the SMART engine (see engine.h):
 * where the goal ends and its reason begins, its head verb, and the
 * questions the letters ask of the words (a quantity? a frequency? a
 * milestone? a state? someone else's decision?).  Whole words only; the
 * word lists are in lexicon.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "lexicon.h"
#include "read.h"

/* 1 when the "since" at i gives a cause, not a time: "since late
 * screens keep me up" but not "since January" or "since the job
 * started". */
static int sr_since_causal(const struct toks *t, size_t i)
{
	size_t j;
	if (i + 1 >= t->n || tok_in(t, i + 1, since_time) ||
	    word_month(t->t[i + 1].s) || word_weekday(t->t[i + 1].s) ||
	    t->t[i + 1].type != TOK_WORD)
		return 0;
	for (j = i + 1;
	     j < t->n && t->t[j].type != TOK_PUNCT && !tok_is(t, j, "since");
	     j++)
		if (tok_in(t, j, event_verbs))
			return 0;
	return 1;
}

/* 1 for an adverb of manner or degree before the verb: "honestly",
 * "really", "finally" (a word of 5+ letters ending in "ly"). */
static int sr_adverb(const struct toks *t, size_t i)
{
	const char *w = t->t[i].s;
	size_t l = strlen(w);
	return t->t[i].type == TOK_WORD && l >= 5 && !strcmp(w + l - 2, "ly") &&
	       strcmp(w, "reply") && strcmp(w, "apply") && strcmp(w, "rely") &&
	       strcmp(w, "supply") && strcmp(w, "family");
}

/* 1 when token i is a number that counts as a quantity of the goal. */
int sr_quantity_at(const struct toks *t, size_t i)
{
	const struct tok *k = &t->t[i];
	if (k->paren)
		return 0;
	if (k->type == TOK_PERCENT)
		return k->num < 100;
	if (k->type != TOK_NUM || k->time || k->ordinal)
		return 0;
	if (in_time_frame(t, i))
		return 0;
	if (i > 0 && tok_in(t, i - 1, number_blockers))
		return 0;
	if (tok_is(t, i + 1, "years") && tok_is(t, i + 2, "old"))
		return 0;
	/* by the age of 30, before I'm 30 */
	if (i > 1 && tok_is(t, i - 1, "of") && tok_is(t, i - 2, "age"))
		return 0;
	/* "one day" as in someday, "one of" */
	if (k->numword && k->num == 1 &&
	    (tok_is(t, i + 1, "of") || tok_is(t, i + 1, "another")))
		return 0;
	return 1;
}

/* 1 when [from, to) holds a quantity. */
int sr_has_quantity(const struct reading *r, size_t from, size_t to)
{
	size_t i;
	for (i = from; i < to; i++)
		if (sr_quantity_at(&r->t, i))
			return 1;
	return 0;
}

/* 1 when [from, to) says how often: every Sunday, each week, daily. */
int sr_has_frequency(const struct reading *r, size_t from, size_t to)
{
	const struct toks *t = &r->t;
	size_t i;
	for (i = from; i < to; i++) {
		if (t->t[i].paren)
			continue;
		if (tok_in(t, i, frequency_words))
			return 1;
		/* "20 minutes of reading a night": a count per period */
		if ((tok_is(t, i, "a") || tok_is(t, i, "an")) &&
		    tok_in(t, i + 1, period_words)) {
			size_t k;
			for (k = i; k > from && k + 5 > i; k--)
				if (sr_quantity_at(t, k - 1))
					return 1;
		}
		if (tok_is(t, i, "every") || tok_is(t, i, "each") ||
		    tok_is(t, i, "per")) {
			size_t j = i + 1;
			if (tok_is(t, j, "single") || tok_is(t, j, "other"))
				j++;
			if (tok_in(t, j, period_words) ||
			    (j < t->n && word_weekday(t->t[j].s)))
				return 1;
		}
		/* on Sundays, at weekends */
		if ((tok_is(t, i, "on") || tok_is(t, i, "at")) && i + 1 < to) {
			const char *w = t->t[i + 1].s;
			size_t l = strlen(w);
			char one[TOK_MAX];
			if (l > 1 && w[l - 1] == 's') {
				memcpy(one, w, l - 1);
				one[l - 1] = '\0';
				if (word_weekday(one) ||
				    !strcmp(one, "weekend"))
					return 1;
			}
		}
	}
	return 0;
}

/* 1 when the goal's words in [from, to) include one of list. */
int sr_has_word(const struct reading *r, size_t from, size_t to,
		const char *const *list)
{
	size_t i;
	for (i = from; i < to; i++)
		if (!r->t.t[i].paren && tok_in(&r->t, i, list))
			return 1;
	return 0;
}

/* 1 when an obligation starts at i after a separator: "Ring my aunt
 * every Friday - Dad wants me to". */
int sr_obligation_clause(const struct toks *t, size_t i)
{
	size_t k, j;
	if (i == 0 || !(tok_is(t, i - 1, "-") || tok_is(t, i - 1, ",") ||
			tok_is(t, i - 1, ";") || tok_is(t, i - 1, ":")))
		return 0;
	for (j = i; j < t->n && j < i + 4; j++)
		for (k = 0; obligations[k]; k++)
			if (tok_phrase(t, j, obligations[k]))
				return 1;
	return 0;
}

size_t sr_reason_start(const struct toks *t)
{
	size_t i, k;
	for (i = 0; i < t->n; i++) {
		if (t->t[i].paren)
			continue;
		for (k = 0; reason_markers[k]; k++)
			if (tok_phrase(t, i, reason_markers[k]))
				return i;
		if ((tok_is(t, i, "since") && sr_since_causal(t, i)) ||
		    sr_obligation_clause(t, i))
			return i;
	}
	return t->n;
}

size_t sr_find_head(struct reading *r)
{
	static const char *const intents[] = {
		"want to",     "wanna",      "would like to",
		"i'd like to", "goal is to", "going to",
		"gonna",       "plan to",    "hope to",
		"trying to",   "try to",     "need to",
		"i will",      "i'll",       NULL
	};
	const struct toks *t = &r->t;
	size_t i = 0, k, m;
	/* "Not sure really, all I want is to feel ...": the goal is
	 * what comes after the first words of intent, when they come
	 * after a comma */
	for (k = 1; k < r->main_end && !i; k++) {
		if (!tok_is(t, k - 1, ",") && !tok_is(t, k - 1, ";"))
			continue;
		for (m = k; m < r->main_end && m < k + 4 && !i; m++) {
			size_t p;
			for (p = 0; intents[p]; p++)
				if (tok_phrase(t, m, intents[p])) {
					i = k;
					break;
				}
		}
	}
	if (tok_in(t, 0, conditions) ||
	    (tok_is(t, 0, "every") && tok_is(t, 1, "time"))) {
		for (k = 1; k < r->main_end; k++)
			if (tok_is(t, k, ",") || tok_is(t, k, "then")) {
				i = k + 1;
				break;
			}
	}
	while (i < r->main_end) {
		const struct tok *k2 = &t->t[i];
		/* punctuation, and a time said first: "by June, find ..." */
		if (k2->type == TOK_PUNCT || k2->time ||
		    ((tok_is(t, i, "by") || tok_is(t, i, "until") ||
		      tok_is(t, i, "before")) &&
		     i + 1 < t->n && t->t[i + 1].time)) {
			i++;
			continue;
		}
		if (tok_is(t, i, "try") || tok_is(t, i, "trying"))
			r->try_to = 1;
		if ((tok_in(t, i, fillers) || sr_adverb(t, i)) &&
		    !(tok_is(t, i, "start") && !tok_is(t, i + 1, "to"))) {
			/* "learn" and "start" count as fillers only before
			 * "to" */
			if ((tok_is(t, i, "learn") || tok_is(t, i, "start") ||
			     tok_is(t, i, "begin")) &&
			    !tok_is(t, i + 1, "to") && !tok_is(t, i + 1, "how"))
				break;
			if (tok_is(t, i, "try") && !tok_is(t, i + 1, "to") &&
			    !tok_is(t, i + 1, "and"))
				break;
			if (tok_is(t, i, "my") && !tok_is(t, i + 1, "goal"))
				break;
			i++;
			continue;
		}
		break;
	}
	return i < r->main_end ? i : t->n;
}

/*
 * "Before term, because the bus is slow, buy a bike": when nothing to do
 * stands before the reason, and the reason clause ends at a comma with
 * more words after it, those words are the goal: move the reason clause
 * after them, so that the goal is [0, main_end) again.
 */
void sr_move_reason_last(struct reading *r)
{
	struct toks *t = &r->t;
	size_t start = r->main_end, end, rest, k;
	struct tok *moved;
	for (end = start; end < t->n; end++)
		if (tok_is(t, end, ",") || tok_is(t, end, ";"))
			break;
	if (end + 1 >= t->n)
		return;
	rest = t->n - (end + 1);
	moved = malloc((end + 1 - start) * sizeof(*moved));
	if (!moved)
		return; /* read as it stands */
	memcpy(moved, t->t + start, (end + 1 - start) * sizeof(*moved));
	memmove(t->t + start, t->t + end + 1, rest * sizeof(*moved));
	memcpy(t->t + start + rest, moved, (end + 1 - start) * sizeof(*moved));
	free(moved);
	r->main_end = start + rest;
	for (k = 0; k < t->n; k++)
		t->t[k].time = 0;
}

/* Read the goal's text. */
int sr_read_text(struct reading *r, const char *text, goals_date today,
		 goals_date start)
{
	int rc = toks_make(&r->t, text);
	if (rc)
		return rc;
	r->main_end = sr_reason_start(&r->t);
	r->has_reason = r->main_end < r->t.n;
	r->try_to = 0;
	find_deadline(&r->when, &r->t, 0, r->t.n, today, start);
	r->head = sr_find_head(r);
	if (r->head >= r->t.n && r->has_reason) {
		sr_move_reason_last(r);
		find_deadline(&r->when, &r->t, 0, r->t.n, today, start);
		r->head = sr_find_head(r);
	}
	return GOALS_OK;
}

int sr_text_deadline(goals_date *out, const char *text, goals_date written,
		     goals_date start)
{
	struct toks t;
	struct when w;
	int rc = toks_make(&t, text);
	*out = GOALS_DATE_NONE;
	if (rc)
		return rc;
	find_deadline(&w, &t, 0, t.n, written, start);
	if (w.found)
		*out = w.date;
	toks_free(&t);
	return GOALS_OK;
}

/* The next content word after i, within the goal (skipping determiners
 * and adjectives is beyond us: skip determiners and numbers only). */
size_t sr_object_after(const struct reading *r, size_t i)
{
	size_t j = i + 1;
	if (tok_in(&r->t, j, particles))
		j++;
	while (j < r->main_end &&
	       (tok_in(&r->t, j, determiners) || r->t.t[j].type == TOK_NUM ||
		tok_in(&r->t, j, plain_adjectives)) &&
	       !tok_is(&r->t, j, "QUOTE"))
		j++;
	return j < r->main_end ? j : r->t.n;
}

/* The head phrase: the head verb and the words after it, up to 4, as
 * the user wrote them, with "..." when the goal goes on. */
void sr_head_phrase(char *buf, size_t n, const struct reading *r)
{
	size_t i, end;
	if (r->head >= r->t.n) {
		end = r->main_end < 5 ? r->main_end : 5;
		tok_quote(buf, n, &r->t, 0, end, end < r->main_end);
		return;
	}
	for (i = r->head; i < r->head + 4 && i < r->main_end; i++)
		if (r->t.t[i].type == TOK_PUNCT)
			break;
	tok_quote(buf, n, &r->t, r->head, i,
		  i < r->main_end && r->t.t[i].type != TOK_PUNCT);
}

/* 1 when the goal moves a measure "down" or "up" with no number: "get
 * my score down", "bring my spending down". */
int sr_directional(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head;
	return (tok_is(t, h, "get") || tok_is(t, h, "bring") ||
		tok_is(t, h, "keep") || tok_is(t, h, "push")) &&
	       sr_has_word(r, h + 2, r->main_end, directions);
}

/* 1 when word i names someone else: a person noun, a pronoun, or a
 * name written with a capital ("Sam"). */
int sr_person_at(const struct toks *t, size_t i)
{
	if (i >= t->n)
		return 0;
	if (tok_in(t, i, person_nouns) || tok_is(t, i, "him") ||
	    tok_is(t, i, "her") || tok_is(t, i, "them") ||
	    tok_is(t, i, "everyone") || tok_is(t, i, "people"))
		return 1;
	return t->t[i].type == TOK_WORD && t->t[i].cap && i > 0 &&
	       !tok_is(t, i, "i") && !word_month(t->t[i].s) &&
	       !word_weekday(t->t[i].s) && !tok_is(t, i - 1, ".");
}

/* Index just past "my mum", "Sam", "him" at i, or i when none. */
size_t sr_person_end(const struct toks *t, size_t i)
{
	size_t j = i;
	if (tok_is(t, j, "my") || tok_is(t, j, "his") || tok_is(t, j, "her") ||
	    tok_is(t, j, "our") || tok_is(t, j, "their") || tok_is(t, j, "the"))
		j++;
	if (tok_is(t, j, "best") || tok_is(t, j, "new") || tok_is(t, j, "old"))
		j++;
	if (sr_person_at(t, j) || tok_in(t, j, institutions))
		return j + 1;
	/* "her" alone: "make her forgive me" */
	return tok_is(t, i, "her") ? i + 1 : i;
}

/* 1 when the goal is the absence of a feeling, thought or outburst:
 * "stop worrying", "never lose my temper", "never have another
 * meltdown", "no longer feel anxious". */
int sr_absence(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, j;
	if (!(tok_is(t, h, "stop") || tok_is(t, h, "never") ||
	      tok_is(t, h, "quit") || tok_is(t, h, "avoid") ||
	      tok_phrase(t, h, "no longer") || tok_is(t, h, "don't") ||
	      tok_is(t, h, "not") || tok_is(t, h, "without")))
		return 0;
	if (tok_in(t, h + 1, mental) || tok_in(t, h + 2, mental) ||
	    tok_in(t, h + 1, state_verbs))
		return 1;
	for (j = h + 1; j < r->main_end && j < h + 5; j++)
		if (tok_in(t, j, emotional_nouns))
			return 1;
	return 0;
}

/* 1 when the goal gives up a behaviour: "stop smoking", "quit vaping",
 * "give up drinking". */
int sr_giving_up(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, j = h + 1;
	const char *w;
	size_t l;
	if (tok_is(t, h, "give") && tok_is(t, j, "up"))
		j++;
	else if (!tok_is(t, h, "stop") && !tok_is(t, h, "quit"))
		return 0;
	if (j >= r->main_end || tok_in(t, j, mental))
		return 0;
	w = t->t[j].s;
	l = strlen(w);
	return (l > 4 && !strcmp(w + l - 3, "ing")) ||
	       tok_in(t, j, vague_ok_objects);
}

/* 1 when the goal is someone else's feeling: "make my dad happy", "make
 * sure my partner feels heard". */
int sr_others_feel(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, j;
	if (tok_is(t, h, "make") && tok_is(t, h + 1, "sure")) {
		for (j = h + 2; j < r->main_end; j++)
			if (tok_is(t, j, "feel") || tok_is(t, j, "feels") ||
			    tok_in(t, j, emotional_nouns) ||
			    tok_is(t, j, "happy"))
				return 1;
		return 0;
	}
	if (!tok_is(t, h, "make") && !tok_is(t, h, "get"))
		return 0;
	j = sr_person_end(t, h + 1);
	if (j == h + 1)
		return 0;
	/* get everyone in my group to like me */
	for (; tok_is(t, h, "get") && j < r->main_end && j < h + 8 &&
	       !tok_is(t, j, "to");
	     j++)
		;
	if (tok_is(t, h, "get") && tok_is(t, j, "to"))
		j++;
	return tok_in(t, j, others_feelings) || tok_in(t, j, emotional_nouns);
}

/* 1 when the goal is a decision of someone else's, made once: "get my
 * cousin to say sorry", "make Sam agree to a dog". */
int sr_others_decision(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, j;
	if (!tok_is(t, h, "make") && !tok_is(t, h, "get") &&
	    !tok_is(t, h, "convince") && !tok_is(t, h, "persuade"))
		return 0;
	j = sr_person_end(t, h + 1);
	if (j == h + 1)
		return 0;
	/* "get everyone at the club to come" */
	for (; j < r->main_end && j < h + 8 && !tok_is(t, j, "to") &&
	       t->t[j].type != TOK_PUNCT;
	     j++)
		if (tok_in(t, j, others_decisions))
			return 1;
	if (tok_is(t, j, "to"))
		j++;
	return tok_in(t, j, others_decisions);
}

int sr_milestone(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, i;
	if (h >= t->n)
		return 0;
	if (sr_giving_up(r) || sr_others_decision(r))
		return 1;
	if (sr_others_feel(r))
		return 0;
	/* "get a better job": an outcome, but which one is not said */
	if ((sr_has_word(r, 0, r->main_end, comparatives) ||
	     sr_directional(r)) &&
	    !sr_has_quantity(r, 0, r->main_end))
		return 0;
	/* go to Japan, introduce myself, ask Mum to ... */
	if (tok_is(t, h, "go") && tok_is(t, h + 1, "to") &&
	    h + 2 < r->main_end && t->t[h + 2].cap)
		return 1;
	if (tok_is(t, h, "introduce") && tok_is(t, h + 1, "myself"))
		return 1;
	if ((tok_is(t, h, "ask") || tok_is(t, h, "tell") ||
	     tok_is(t, h, "invite") || tok_is(t, h, "ring") ||
	     tok_is(t, h, "phone") || tok_is(t, h, "call") ||
	     tok_is(t, h, "email") || tok_is(t, h, "text") ||
	     tok_is(t, h, "contact") || tok_is(t, h, "message")) &&
	    (sr_person_end(t, h + 1) > h + 1 || tok_is(t, h + 1, "the")))
		return 1;
	/* get promoted, get hired, become certified */
	if ((tok_is(t, h, "get") || tok_is(t, h, "become")) &&
	    tok_in(t, h + 1, judged))
		return 1;
	for (i = h; i < r->main_end; i++) {
		size_t j = i + 1, o;
		if (!tok_in(t, i, milestone_verbs) || t->t[i].paren)
			continue;
		if (tok_is(t, i, "make") && sr_person_end(t, j) > j)
			continue; /* make my flatmates ...: not a milestone */
		if (tok_in(t, j, particles) || tok_is(t, j, "as"))
			j++;
		/* write Dad a letter; finish decorating the room */
		if (j + 1 < r->main_end && !tok_in(t, j, determiners) &&
		    t->t[j].type == TOK_WORD && tok_in(t, j + 1, determiners))
			j++;
		if (tok_is(t, i, "move") && tok_is(t, i + 1, "out"))
			return 1;
		if (j < r->main_end && tok_in(t, j, determiners) &&
		    (o = sr_object_after(r, j - 1)) < r->main_end &&
		    !tok_in(t, o, state_nouns) &&
		    !tok_in(t, o, generic_objects) &&
		    (!tok_is(t, i, "have") || tok_in(t, o, event_nouns)))
			return 1;
	}
	return 0;
}

/* 1 when a "not" stands before word i in its clause. */
int sr_negated(const struct toks *t, size_t i)
{
	size_t k;
	for (k = i; k > 0 && k + 6 > i; k--) {
		if (t->t[k - 1].type == TOK_PUNCT)
			return 0;
		if (tok_is(t, k - 1, "not") || tok_is(t, k - 1, "don't") ||
		    tok_is(t, k - 1, "dont"))
			return 1;
	}
	return 0;
}

/* 1 when an absolutist word of the goal is its target (not the reason,
 * not a "why I always ..." that describes the problem). */
int sr_absolutist(const struct reading *r, char *word, size_t n)
{
	const struct toks *t = &r->t;
	size_t i, len;
	int in_why = 0;
	for (i = 0; i < r->main_end; i++) {
		if (tok_is(t, i, "why") || tok_is(t, i, "how"))
			in_why = 1;
		else if (tok_is(t, i, ",") || tok_is(t, i, ";"))
			in_why = 0;
		if (in_why || t->t[i].paren)
			continue;
		/* "I always say yes": a description of the problem */
		if (i > 0 && tok_in(t, i - 1, subjects) &&
		    (tok_is(t, i, "always") || tok_is(t, i, "never")))
			continue;
		/* "not be so tense all the time": so is this */
		if (sr_negated(t, i))
			continue;
		if (tok_in(t, i, absolutes) ||
		    (t->t[i].type == TOK_PERCENT && t->t[i].num >= 100))
			len = 1;
		else if (tok_is(t, i, "every") && tok_is(t, i + 1, "time"))
			len = 2;
		else if (tok_phrase(t, i, "all the time") ||
			 tok_phrase(t, i, "no matter what"))
			len = 3;
		else
			continue;
		tok_quote(word, n, t, i, i + len, 0);
		return 1;
	}
	return 0;
}

/* 1 when the outcome is someone else's to decide ("get my dad to accept
 * me", "make her forgive me"). */
int sr_others_outcome(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t i, k;
	for (i = 0; i < r->main_end; i++) {
		if (tok_is(t, i, "get") || tok_is(t, i, "convince") ||
		    tok_is(t, i, "persuade") || tok_is(t, i, "force")) {
			if (!tok_in(t, i + 1, people) &&
			    sr_person_end(t, i + 1) == i + 1 &&
			    !tok_is(t, i, "convince") &&
			    !tok_is(t, i, "persuade"))
				continue;
			for (k = i + 1; k < i + 8 && k < r->main_end; k++)
				if (tok_is(t, k, "to") && k + 1 < r->main_end &&
				    (tok_in(t, k + 1, others_decisions) ||
				     (sr_person_end(t, i + 1) > i + 1 &&
				      t->t[k + 1].type == TOK_WORD &&
				      !tok_in(t, k + 1, determiners) &&
				      !tok_in(t, k + 1, places))))
					return 1;
		}
		/* make my mum proud, make Sam agree, make my brother
		 * clean up */
		if (tok_is(t, i, "make") && !tok_is(t, i + 1, "sure") &&
		    (k = sr_person_end(t, i + 1)) > i + 1 && k < r->main_end &&
		    t->t[k].type == TOK_WORD && !tok_in(t, k, determiners) &&
		    !tok_in(t, k, particles))
			return 1;
	}
	return 0;
}

/* Weight to lose, in kg, if the goal says "lose N kg"; 0 otherwise.
 * *per_week is set when the goal says it as a rate ("3 kg a week"). */
double sr_weight_loss(const struct reading *r, const goals_fields *f,
		      double *per_week)
{
	const struct toks *t = &r->t;
	size_t i;
	*per_week = 0;
	for (i = 0; i + 2 < r->main_end + 1 && i < r->main_end; i++) {
		if (!tok_is(t, i, "lose") && !tok_is(t, i, "drop") &&
		    !tok_is(t, i, "shed"))
			continue;
		if (i + 1 < t->n && t->t[i + 1].type == TOK_NUM) {
			double n = t->t[i + 1].num, kg = 0;
			if (tok_in(t, i + 2, kg_words))
				kg = n;
			else if (tok_in(t, i + 2, lb_words))
				kg = n * 0.45359237;
			else if (tok_is(t, i + 2, "stone"))
				kg = n * 6.35029318;
			else
				continue;
			if (tok_is(t, i + 3, "a") || tok_is(t, i + 3, "per") ||
			    tok_is(t, i + 3, "each") ||
			    tok_is(t, i + 3, "every")) {
				if (tok_is(t, i + 4, "week"))
					*per_week = kg;
				else if (tok_is(t, i + 4, "month"))
					*per_week = kg / (30.44 / 7);
				else if (tok_is(t, i + 4, "day"))
					*per_week = kg * 7;
			}
			return kg;
		}
	}
	if ((f->set & GOALS_F_UNIT) && (f->set & GOALS_F_BASELINE) &&
	    (f->set & GOALS_F_TARGET) && f->target < f->baseline) {
		if (!strcmp(f->unit, "kg"))
			return f->baseline - f->target;
		if (!strcmp(f->unit, "lb") || !strcmp(f->unit, "lbs"))
			return (f->baseline - f->target) * 0.45359237;
	}
	return 0;
}

/* Hours a day of one activity the goal asks for, or 0. */
double sr_hours_a_day(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t i;
	for (i = 0; i + 3 < t->n && i < r->main_end; i++)
		if (t->t[i].type == TOK_NUM &&
		    (tok_is(t, i + 1, "hours") || tok_is(t, i + 1, "hour")) &&
		    (tok_phrase(t, i + 2, "a day") ||
		     tok_phrase(t, i + 2, "per day") ||
		     tok_phrase(t, i + 2, "each day") ||
		     tok_phrase(t, i + 2, "every day")))
			return t->t[i].num;
	return 0;
}

/* 1 when text is an obligation only ("I should", "my doctor wants me
 * to"), with no wanting of one's own. */
int sr_obligation_only(const struct toks *t, size_t from)
{
	size_t i, k;
	int duty = 0;
	for (i = from; i < t->n; i++)
		for (k = 0; obligations[k]; k++)
			if (tok_phrase(t, i, obligations[k]))
				duty = 1;
	if (!duty)
		return 0;
	for (i = from; i < t->n; i++)
		if (tok_in(t, i, own_reasons) &&
		    !tok_phrase(t, i, "wants me") &&
		    !tok_phrase(t, i, "want me"))
			return 0;
	return 1;
}

/* Days, weeks and months of a period word ("morning" is a day). */
static goals_every period_every(const struct toks *t, size_t i, double *times)
{
	static const char *const days[] = {"day", "morning", "evening",
					   "night", "afternoon", "lunchtime",
					   NULL};
	*times = 1;
	if (tok_in(t, i, days))
		return GOALS_EVERY_DAY;
	if (tok_is(t, i, "week") || tok_is(t, i, "weekend"))
		return GOALS_EVERY_WEEK;
	if (tok_is(t, i, "weekday")) {
		*times = 5;
		return GOALS_EVERY_WEEK;
	}
	if (tok_is(t, i, "month"))
		return GOALS_EVERY_MONTH;
	if (tok_is(t, i, "fortnight")) {
		*times = 2;
		return GOALS_EVERY_MONTH;
	}
	return GOALS_EVERY_NONE;
}

/* The period of a count that goes on "a week", "per day", "each
 * month", within 4 words after i; *times is what one count is worth in
 * it ("a fortnight": 2 a month). */
static goals_every per_period_after(const struct reading *r, size_t i,
				    double *times)
{
	const struct toks *t = &r->t;
	size_t j;
	*times = 1;
	for (j = i + 1; j < r->main_end && j < i + 6; j++) {
		if (t->t[j].type == TOK_PUNCT || t->t[j].time)
			return GOALS_EVERY_NONE;
		if (tok_is(t, j, "a") || tok_is(t, j, "an") ||
		    tok_is(t, j, "per") || tok_is(t, j, "each") ||
		    tok_is(t, j, "every"))
			return period_every(t, j + 1, times);
	}
	return GOALS_EVERY_NONE;
}

int sr_record(struct record *out, const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t i, j, len;
	double times;
	memset(out, 0, sizeof(*out));
	for (i = 0; i < r->main_end && !sr_quantity_at(t, i); i++)
		;
	if (i >= r->main_end || t->t[i].type != TOK_NUM)
		return 0;
	/* from 8 to 5: a level from a baseline */
	if (i > 0 && tok_is(t, i - 1, "from") && tok_is(t, i + 1, "to") &&
	    i + 2 < r->main_end && sr_quantity_at(t, i + 2)) {
		out->kind = GOALS_KIND_LEVEL;
		out->has_baseline = 1;
		out->baseline = t->t[i].num;
		out->target = t->t[i + 2].num;
		return 1;
	}
	out->target = t->t[i].num;
	out->every = per_period_after(r, i, &times);
	if (out->every != GOALS_EVERY_NONE) {
		out->target *= times;
		return 1;
	}
	/* the unit: the word after the number (past "more") */
	j = i + 1;
	if (tok_is(t, j, "more") || tok_is(t, j, "extra"))
		j++;
	if (j < r->main_end && t->t[j].type == TOK_WORD && !t->t[j].time &&
	    !tok_in(t, j, determiners) && !tok_in(t, j, particles) &&
	    !tok_in(t, j, plain_adjectives) && !tok_is(t, j, "times") &&
	    !tok_is(t, j, "time") &&
	    (len = strlen(t->t[j].s)) < sizeof(out->unit))
		memcpy(out->unit, t->t[j].s, len + 1);
	out->kind = r->head < t->n && tok_in(t, r->head, performance_verbs) &&
				    tok_in(t, j, performance_units)
			    ? GOALS_KIND_LEVEL
			    : GOALS_KIND_TOTAL;
	return 1;
}

int sr_record_frequency(const struct reading *r, double *times,
			goals_every *every)
{
	const struct toks *t = &r->t;
	size_t i, k;
	*times = 0;
	*every = GOALS_EVERY_NONE;
	for (i = 0; i < r->main_end; i++) {
		if (t->t[i].paren)
			continue;
		if (tok_is(t, i, "daily") || tok_is(t, i, "nightly") ||
		    tok_is(t, i, "everyday") || tok_is(t, i, "mornings") ||
		    tok_is(t, i, "evenings") || tok_is(t, i, "nights")) {
			*times = 1;
			*every = GOALS_EVERY_DAY;
			return 1;
		}
		if (tok_is(t, i, "weekly") || tok_is(t, i, "monthly")) {
			*times = 1;
			*every = tok_is(t, i, "weekly") ? GOALS_EVERY_WEEK
							: GOALS_EVERY_MONTH;
			return 1;
		}
		if (tok_is(t, i, "fortnightly")) {
			*times = 2;
			*every = GOALS_EVERY_MONTH;
			return 1;
		}
		if (tok_is(t, i, "weekdays") || tok_is(t, i, "weeknights") ||
		    tok_is(t, i, "workdays")) {
			*times = 5;
			*every = GOALS_EVERY_WEEK;
			return 1;
		}
		if (tok_is(t, i, "weekends")) {
			*times = 2;
			*every = GOALS_EVERY_WEEK;
			return 1;
		}
		if (tok_is(t, i, "every") || tok_is(t, i, "each") ||
		    tok_is(t, i, "on")) {
			size_t j = i + 1;
			int days = 0;
			if (tok_is(t, j, "single"))
				j++;
			if (!tok_is(t, i, "on") &&
			    (*every = period_every(t, j, times)) !=
				    GOALS_EVERY_NONE)
				return 1;
			/* every Tuesday and Thursday; on Saturdays */
			for (k = j; k < r->main_end; k++) {
				char one[TOK_MAX];
				size_t l = strlen(t->t[k].s);
				snprintf(one, sizeof(one), "%s", t->t[k].s);
				if (tok_is(t, i, "on") && l > 1 &&
				    one[l - 1] == 's')
					one[l - 1] = '\0';
				if (word_weekday(one))
					days++;
				else if (!tok_is(t, k, ",") &&
					 !tok_is(t, k, "and"))
					break;
			}
			if (days) {
				*times = days;
				*every = GOALS_EVERY_WEEK;
				return 1;
			}
		}
	}
	return 0;
}

int sr_feeling(const struct reading *r)
{
	size_t i;
	int good = 0;
	for (i = 0; i < r->main_end; i++) {
		if (r->t.t[i].paren)
			continue;
		if (tok_in(&r->t, i, distress))
			return -1;
		good |= tok_in(&r->t, i, good_feelings);
	}
	return good;
}

int sr_about_someone(const struct reading *r)
{
	size_t i;
	for (i = 0; i < r->main_end; i++)
		if (!r->t.t[i].paren && sr_person_at(&r->t, i) &&
		    !tok_is(&r->t, i, "people") && !tok_is(&r->t, i, "everyone"))
			return 1;
	return 0;
}

int sr_skill(const struct reading *r)
{
	return sr_has_word(r, 0, r->main_end, skill_words);
}

int sr_money(const struct reading *r)
{
	return sr_has_word(r, 0, r->main_end, money_words);
}

size_t sr_comparative_outcome(const struct reading *r)
{
	static const char *const amounts[] = {"more", "less", "fewer",
					      "often", "earlier", "later",
					      "sooner", "longer", NULL};
	const struct toks *t = &r->t;
	size_t i;
	for (i = 0; i + 1 < r->main_end; i++)
		if (!t->t[i].paren && tok_in(t, i, comparatives) &&
		    !tok_in(t, i, amounts) && t->t[i + 1].type == TOK_WORD &&
		    !tok_in(t, i + 1, determiners) &&
		    !tok_in(t, i + 1, particles) && !tok_is(t, i + 1, "than") &&
		    !tok_is(t, i + 1, "and") && !tok_is(t, i + 1, "or"))
			return i;
	return t->n;
}
