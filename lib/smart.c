/*
 * smart.c - the SMART engine: one verdict, reason code, reason and
 * suggestion per letter, from a goal's fields, its words and its
 * progress.  Pure: no I/O, no clock.  The rules and their sources are in
 * goals-check(1); the words it knows are in the lexicons below.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/parse.h"
#include "goals/smart.h"
#include "pace.h"
#include "smart-text.h"

/* Lexicons ------------------------------------------------------------- */

/* Words that open a reason clause. */
static const char *const reason_markers[] = {
	"because", "so that", "so i can", "so i", "so we", "so my",
	"in order to", "so as to", "bc", "cos", "as i want", "which will",
	"that way", NULL};

/* After "since", words of time: "since January", "since last year". */
static const char *const since_time[] = {
	"last", "then", "childhood", "forever", "ages", "yesterday", "today",
	"christmas", "easter", "school", "university", "uni", "college",
	"birth", "before", "the", NULL};

/* Verbs of an event that make a "since" clause temporal: "since the new
 * job started". */
static const char *const event_verbs[] = {
	"started", "began", "begun", "moved", "left", "happened", "ended",
	"finished", "broke", "died", "born", "arrived", "retired", "split",
	"separated", "stopped", "changed", "was", "were", NULL};

/* Fillers before the head verb: "I want to", "try to". */
static const char *const fillers[] = {
	"i",     "want",  "wanna", "to",   "will",    "would", "like",
	"aim",   "plan",  "going", "gonna", "need",  "must",   "should",
	"hope",  "i'd",   "i'll",  "i'm",  "am",      "really", "finally",
	"always", "consistently", "regularly", "gradually", "slowly",
	"definitely", "properly", "seriously", "somehow", "more",
	"completely", "totally", "entirely", "fully",
	"try",   "trying", "my",   "goal", "is",      "start", "begin",
	"learn", "and",   "also",  "just", "actually", "please", "able",
	"be able", NULL};

/* Openers of a condition that comes before the action (if-then plans). */
static const char *const conditions[] = {"when", "whenever", "if", "during",
					 "after", "before", "once", "each",
					 "every", "while", NULL};

/* A state, not a behaviour. */
static const char *const state_verbs[] = {"be", "become", "feel", "stay",
					  "remain", "seem", NULL};

/* States one can "get" or "stay" in: "get in shape", "get fit". */
static const char *const state_adjectives[] = {
	"fit", "healthy", "happy", "calm", "confident", "organised",
	"organized", "motivated", "productive", "well", "sober", "strong",
	"thin", "slim", "shape", "track", "sorted", "better", "unstuck",
	"positive", "centred", "centered", "grounded", "balanced", "stable",
	"comfortable", "closer", "clean", "clear", NULL};

/* Words that say "less" or "more" of a measure without a number when
 * they follow the thing: "get my PHQ-9 down". */
static const char *const directions[] = {"down", "up", "lower", "higher",
					 NULL};

/* Vague process verbs: what to do is not said. */
static const char *const vague_verbs[] = {
	"work",     "deal",     "improve",  "fix",      "handle",
	"manage",   "cope",     "focus",    "address",  "tackle",
	"sort",     "overcome", "develop",  "boost",    "increase",
	"enhance",  "strengthen", "heal",   "process",  "embrace",
	"grow",     "change",   "reduce",   "decrease", "cut",
	"prioritise", "prioritize", "balance", "maintain", "nurture",
	"let",      "move",     "take",     "look",     "care",
	"build",    "set",      "create",   "find",     "get",
	"practise", "practice", "try",      "learn",    "limit",
	"control",  "release",  "rebuild",  "repair",   "restore",
	"establish", "cultivate", "foster", "promote",  "support",
	"value",    "respect",  "love",     "accept",   "forgive",
	"appreciate", "enjoy",  "open",     "connect",  "engage",
	"invest",   "challenge", "push",    "stop",     "quit",
	"avoid",    "minimise", "minimize", NULL};

/* Objects of vague verbs that make them concrete enough ("move house"). */
static const char *const vague_ok_objects[] = {
	"house", "home", "out", "flat", "apartment", "city", "country",
	"job", "jobs", "smoking", "drinking", "vaping", "alcohol",
	"caffeine", "sugar", "QUOTE", NULL};

/* Insight: knowing, not doing. */
static const char *const insight_verbs[] = {
	"understand", "realise", "realize", "know",   "discover",
	"figure",     "explore", "reflect", "recognise", "recognize",
	"wonder",     NULL};

/* Inner events that "stop", "never" and "avoid" cannot sensibly target. */
static const char *const mental[] = {
	"worrying",  "worry",      "overthinking", "thinking",  "think",
	"feeling",   "feel",       "being",        "stressing", "ruminating",
	"doubting",  "doubt",      "comparing",    "judging",   "hating",
	"caring",    "panicking",  "obsessing",    "dwelling",  "beating",
	"procrastinating", "regretting", "blaming", "criticising",
	"criticizing", "fearing",  "getting",      "letting",   "wanting",
	"needing",   "second-guessing", "losing", "lose", "panic",
	"crying",    "cry",        "snapping",     "snap",      "shouting",
	"yelling",   "freaking",   "stressing",    NULL};

/* Feelings as events: "never have another panic attack", "stop losing my
 * temper". */
static const char *const emotional_nouns[] = {
	"temper", "panic", "attack", "attacks", "meltdown", "meltdowns",
	"breakdown", "tantrum", "outburst", "outbursts", "anxiety", "worry",
	"worries", "cool", "nerve", "nerves", "insecure", "jealous",
	"anxious", "angry", "upset", "sad", "guilty", "ashamed", "lonely",
	"stressed", "overwhelmed", "nervous", "scared", "afraid", "irritated",
	"frustrated", "hurt", "rejected", NULL};

/* Comparatives that say "more of a good thing" without saying how much. */
static const char *const comparatives[] = {
	"more",      "less",     "fewer",    "better",   "worse",
	"healthier", "happier",  "calmer",   "kinder",   "stronger",
	"fitter",    "nicer",    "gentler",  "easier",   "closer",
	"braver",    "bolder",   "wiser",    "smarter",  "faster",
	"slower",    "louder",   "quieter",  "richer",   "thinner",
	"leaner",    "lighter",  "softer",   "warmer",   "cleaner",
	"tidier",    "busier",   "lonelier", "sadder",   "angrier",
	"harder",    "longer",   "shorter",  "higher",   "lower",
	"improved",  "greater",  "deeper",   "often",    "earlier",
	"later",     "sooner",   "bigger",   "smaller",  NULL};

/* Generic objects: nothing in particular. */
static const char *const generic_objects[] = {
	"things",  "thing",   "stuff",   "something", "anything",
	"everything", "people", "someone", "somebody", "others",
	"everyone", "everybody", "life",  "myself",    NULL};

/* Generic verbs: say nothing by themselves. */
static const char *const generic_verbs[] = {"do", "have", "make", "get",
					    "try", NULL};

/* Nouns of states, traits and whole areas of life: "have a calm home
 * life", "fix my sleep", "improve my confidence". */
static const char *const state_nouns[] = {
	"life",      "mindset",   "attitude",  "balance",    "sense",
	"confidence", "relationship", "relationships", "self-esteem",
	"peace",     "fun",       "time",      "routine",    "habits",
	"energy",    "health",    "happiness", "control",    "boundaries",
	"patience",  "motivation", "clarity",  "calm",       "space",
	"closure",   "sleep",     "mood",      "anxiety",    "stress",
	"diet",      "weight",    "fitness",   "finances",   "money",
	"temper",    "anger",     "communication", "marriage", "career",
	"posture",   "focus",     "productivity", "wellbeing", "well-being",
	"self-care", "self-worth", "self-image", "image",    "worries",
	"fears",     "fear",      "feelings",  "emotions",   "thoughts",
	"thinking",  "trauma",    "grief",     "loneliness", "depression",
	"issues",    "problems",  "skills",    "listening",  "connection",
	"connections", "friendships", "network", "presence", "discipline",
	"willpower", "resilience", "courage",  "kindness",  "empathy",
	"gratitude", "mindfulness", "spirituality", "faith", "purpose",
	"direction", "stability", "security",  "independence", "future",
	"past",      "lifestyle", "circle",    "social",     NULL};

/* Nouns of events one can have ("have one honest conversation"). */
static const char *const event_nouns[] = {
	"conversation", "conversations", "talk", "chat",  "meeting",
	"session", "sessions", "appointment", "dinner", "lunch",
	"breakfast", "date", "call", "check-up", "checkup", "party",
	"meal",   "day",    "night",   "walk",   "holiday", "break", NULL};

/* Behaviours that end in something done or not done (milestones). */
static const char *const milestone_verbs[] = {
	"sign",     "book",    "buy",      "finish",  "complete", "submit",
	"send",     "apply",   "register", "enrol",   "enroll",   "schedule",
	"write",    "visit",   "view",     "call",    "email",    "text",
	"move",     "open",    "cancel",   "pay",     "publish",  "launch",
	"join",     "pass",    "file",     "renew",   "return",   "order",
	"hire",     "adopt",   "install",  "print",   "post",     "clear",
	"replace",  "tidy",    "clean",    "ask",     "tell",     "invite",
	"attend",   "read",    "run",      "have",    "get",      "make",
	"start",    "quit",    "leave",    "sell",    "paint",    "fix",
	"organise", "organize", "plan",    "arrange", "declutter", "draft",
	"record",   "save",    "donate",   "see",     "meet",     "speak",
	"talk",     "find",    "hand",     "retrain", "qualify",  "train",
	"introduce", "ring",   "phone",    "contact", "message",  "decorate",
	"visit",    "take",    "sit",      "submit",  "build",    "repaint",
	"rent",     "reach",   "tell",     "throw",   "bin",      "delete",
	"uninstall", "unsubscribe", "block", "sell",  "quit",     "land",
	"secure",   "win",     "earn",     "gain",    NULL};

/* Words that introduce the object of a verb. */
static const char *const determiners[] = {
	"a", "an", "the", "my", "our", "his", "her", "their", "this",
	"that", "one", "QUOTE", "your", NULL};

/* Adjectives that say nothing of which object: "meet new people". */
static const char *const plain_adjectives[] = {
	"new", "other", "more", "some", "different", "good", "nice", "few",
	"many", "interesting", "random", "various", "cool", "great",
	"better", "extra", "close", "best", NULL};

/* Particles between a verb and its object: "apply for a job". */
static const char *const particles[] = {"to", "into", "out", "for", "up",
					"on", "with", "in", "of", "down",
					NULL};

/* After "be", words of place and time that make it a behaviour: "be in
 * bed by 23:00", "be on time". */
static const char *const be_concrete[] = {"in", "on", "at", "home",
					  "back", "there", "early", "asleep",
					  "awake", "up", "out", NULL};

/* Absolutist targets. */
static const char *const absolutes[] = {
	"never",    "always",     "perfect",  "perfectly", "forever",
	"completely", "totally",  "entirely", "everything", "everyone",
	"everybody", "flawless",  "flawlessly", "100%",    NULL};

/* Others who decide an outcome. */
static const char *const people[] = {
	"my", "him", "her", "them", "his", "their", "people", "everyone",
	"someone", "somebody", "others", "he", "she", "they", NULL};

/* People one lives with, words that name someone else. */
static const char *const person_nouns[] = {
	"mum", "mom", "mother", "dad", "father", "parents", "partner",
	"wife", "husband", "boyfriend", "girlfriend", "boss", "brother",
	"sister", "kids", "children", "son", "daughter", "flatmate",
	"flatmates", "roommate", "roommates", "housemate", "housemates",
	"friend", "friends", "family", "colleague", "colleagues",
	"coworker", "coworkers", "co-workers", "manager", "teacher",
	"landlord", "neighbour", "neighbours", "neighbor", "neighbors",
	"grandma", "grandad", "grandpa", "nan", "team", "ex", "in-laws",
	"stepdad", "stepmum", "stepmom", "sibling", "siblings", "baby",
	NULL};

/* Subjects that make "I always ..." a description of the problem. */
static const char *const subjects[] = {"i", "he", "she", "they", "we",
				       "you", "it", "who", "which", NULL};

/* What others feel when "made" to: a state, not an outcome. */
static const char *const others_feelings[] = {
	"love", "like", "respect", "understand", "trust", "care", "want",
	"approve", "admire", "miss", "happy", "proud", "feel", "feels",
	"notice", "value", "appreciate", "listen", "laugh", NULL};

/* What others decide once when "made" or "got" to: an outcome that is
 * done or not done. */
static const char *const others_decisions[] = {
	"forgive", "accept", "apologise", "apologize", "agree", "say",
	"sign", "come", "visit", "move", "pay", "return", "give", "lend",
	"admit", "let", "allow", "marry", "call", "meet", "waive", "fix",
	"refund", "approve", "change", "stop", "hire", "promote", "cancel",
	"remove", "repair", "replace", "reply", "respond", "sign", "help",
	"drop", "lower", "raise", "reduce", "extend", "renew", "offer",
	"deliver", "send", "join", NULL};

/* Where one gets someone to: "get the kids to school". */
static const char *const places[] = {
	"school", "work", "bed", "class", "church", "gym", "nursery",
	"practice", "training", "sleep", "appointments", "hospital", "town",
	"court", "uni", "college", "football", "swimming", NULL};

/* Institutions that decide: "get the bank to waive the fee". */
static const char *const institutions[] = {
	"bank", "council", "landlord", "company", "school", "university",
	"uni", "hr", "boss", "doctor", "gp", "insurer", "employer", "agency",
	"court", "government", "letting", "agent", "manager", "surgery",
	"hospital", "nhs", "insurance", "lender", "provider", "airline",
	NULL};

/* Outcomes others judge but one's own work drives. */
static const char *const judged[] = {
	"promotion", "promoted", "hired", "offer",   "accepted", "admitted",
	"selected",  "win",      "won",   "elected", "published", "pass",
	"approved",  "raise",    "certified", "qualified", "shortlisted",
	"interview", NULL};

/* Words of obligation: "I should", "my doctor wants me to". */
static const char *const obligations[] = {
	"i should", "i must", "i have to", "i need to", "i ought to",
	"i'm supposed to", "i am supposed to", "wants me to", "told me to",
	"said i should", "says i should", "expects me to", "want me to",
	"asked me to", "makes me", "i'm told", "we should", "you should",
	NULL};

/* Words of one's own wanting, which make an obligation a reason. */
static const char *const own_reasons[] = {
	"want", "love", "care", "matters", "important", "enjoy", "help",
	"helps", "feel", "miss", "hope", "value", "values", "worried",
	"afraid", "proud", "tired", "keeps", "hate", NULL};

/* Units of weight. */
static const char *const kg_words[] = {"kg", "kgs", "kilo", "kilos",
				       "kilogram", "kilograms", NULL};
static const char *const lb_words[] = {"lb", "lbs", "pound", "pounds",
				       NULL};

/* Words after which a number is no quantity of the goal. */
static const char *const number_blockers[] = {
	"top",   "age",   "aged",  "turn",  "turning", "turns", "number",
	"no.",   "step",  "level", "chapter", "page",  "grade", "year",
	"day",   "week",  "month", "phase", "part",  "round", "stage",
	"am",    "i'm",   "size",  "room",  "flat",  "apartment", "bus",
	"route", "line",  "version", NULL};

/* Periods for "every X" / "each X". */
static const char *const period_words[] = {
	"day",     "week",    "month",   "morning", "evening", "night",
	"weekend", "weekday", "other",   "afternoon", "lunchtime",
	"fortnight", "year",  "session", "shift",   "meal",    NULL};
static const char *const frequency_words[] = {
	"daily", "weekly", "monthly", "nightly", "fortnightly", "hourly",
	"yearly", "annually", "weeknights", "weekdays", "weekends",
	"mornings", "evenings", "nights", "workdays", "everyday", NULL};

/* Text analysis ------------------------------------------------------- */

/* What the words of a goal say, read once. */
struct reading {
	struct toks t;
	size_t main_end;  /* [0, main_end) is the goal; the rest its reason */
	size_t head;      /* index of the head verb in the goal, or n */
	int has_reason;   /* a reason clause in the text */
	int try_to;       /* "try to ..." */
	struct when when;
};

/* 1 when token i is a number that counts as a quantity of the goal. */
static int quantity_at(const struct toks *t, size_t i)
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
static int has_quantity(const struct reading *r, size_t from, size_t to)
{
	size_t i;
	for (i = from; i < to; i++)
		if (quantity_at(&r->t, i))
			return 1;
	return 0;
}

/* 1 when [from, to) says how often: every Sunday, each week, daily. */
static int has_frequency(const struct reading *r, size_t from, size_t to)
{
	const struct toks *t = &r->t;
	size_t i;
	for (i = from; i < to; i++) {
		if (t->t[i].paren)
			continue;
		if (tok_in(t, i, frequency_words))
			return 1;
		/* "7 hours of sleep a night": a count per period */
		if ((tok_is(t, i, "a") || tok_is(t, i, "an")) &&
		    tok_in(t, i + 1, period_words)) {
			size_t k;
			for (k = i; k > from && k + 5 > i; k--)
				if (quantity_at(t, k - 1))
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
				if (word_weekday(one) || !strcmp(one, "weekend"))
					return 1;
			}
		}
	}
	return 0;
}

/* 1 when the goal's words in [from, to) include one of list. */
static int has_word(const struct reading *r, size_t from, size_t to,
		    const char *const *list)
{
	size_t i;
	for (i = from; i < to; i++)
		if (!r->t.t[i].paren && tok_in(&r->t, i, list))
			return 1;
	return 0;
}

/* Index of the first reason marker in the goal's words, or n. */
/* 1 when the "since" at i gives a cause, not a time: "since caffeine
 * keeps me awake" but not "since January" or "since the job started". */
static int since_causal(const struct toks *t, size_t i)
{
	size_t j;
	if (i + 1 >= t->n || tok_in(t, i + 1, since_time) ||
	    word_month(t->t[i + 1].s) || word_weekday(t->t[i + 1].s) ||
	    t->t[i + 1].type != TOK_WORD)
		return 0;
	for (j = i + 1; j < t->n && t->t[j].type != TOK_PUNCT &&
			!tok_is(t, j, "since");
	     j++)
		if (tok_in(t, j, event_verbs))
			return 0;
	return 1;
}

/* 1 when an obligation starts at i after a separator: "Visit Grandma
 * twice a month - Mum wants me to". */
static int obligation_clause(const struct toks *t, size_t i)
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

static size_t reason_start(const struct toks *t)
{
	size_t i, k;
	for (i = 0; i < t->n; i++) {
		if (t->t[i].paren)
			continue;
		for (k = 0; reason_markers[k]; k++)
			if (tok_phrase(t, i, reason_markers[k]))
				return i;
		if ((tok_is(t, i, "since") && since_causal(t, i)) ||
		    obligation_clause(t, i))
			return i;
	}
	return t->n;
}

/* Find the head verb of the goal: skip a leading condition ("when I
 * notice X, pause ...") and fillers ("I want to", "try to"). */
/* 1 for an adverb of manner or degree before the verb: "honestly",
 * "really", "finally" (a word of 5+ letters ending in "ly"). */
static int adverb(const struct toks *t, size_t i)
{
	const char *w = t->t[i].s;
	size_t l = strlen(w);
	return t->t[i].type == TOK_WORD && l >= 5 && !strcmp(w + l - 2, "ly") &&
	       strcmp(w, "reply") && strcmp(w, "apply") && strcmp(w, "rely") &&
	       strcmp(w, "supply") && strcmp(w, "family");
}

static size_t find_head(struct reading *r)
{
	static const char *const intents[] = {
		"want to", "wanna", "would like to", "i'd like to",
		"goal is to", "going to", "gonna", "plan to", "hope to",
		"trying to", "try to", "need to", "i will", "i'll", NULL};
	const struct toks *t = &r->t;
	size_t i = 0, k, m;
	/* "I honestly don't know, I just want to feel ...": the goal is
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
		if ((tok_in(t, i, fillers) || adverb(t, i)) &&
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
 * "By June, because my lease ends, find a new flat": when nothing to do
 * stands before the reason, and the reason clause ends at a comma with
 * more words after it, those words are the goal: move the reason clause
 * after them, so that the goal is [0, main_end) again.
 */
static void move_reason_last(struct reading *r)
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
static int read_text(struct reading *r, const char *text, goals_date today,
		     goals_date start)
{
	int rc = toks_make(&r->t, text);
	if (rc)
		return rc;
	r->main_end = reason_start(&r->t);
	r->has_reason = r->main_end < r->t.n;
	r->try_to = 0;
	find_deadline(&r->when, &r->t, 0, r->t.n, today, start);
	r->head = find_head(r);
	if (r->head >= r->t.n && r->has_reason) {
		move_reason_last(r);
		find_deadline(&r->when, &r->t, 0, r->t.n, today, start);
		r->head = find_head(r);
	}
	return GOALS_OK;
}

/* The next content word after i, within the goal (skipping determiners
 * and adjectives is beyond us: skip determiners and numbers only). */
static size_t object_after(const struct reading *r, size_t i)
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

/* Verdicts ----------------------------------------------------------- */

/* Set a criterion. */
static void say(goals_criterion *c, goals_verdict v, const char *code,
		const char *reason, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void say(goals_criterion *c, goals_verdict v, const char *code,
		const char *reason, const char *fmt, ...)
{
	va_list ap;
	c->verdict = v;
	c->code = code;
	snprintf(c->reason, sizeof(c->reason), "%s", reason);
	c->suggestion[0] = '\0';
	if (fmt) {
		va_start(ap, fmt);
		vsnprintf(c->suggestion, sizeof(c->suggestion), fmt, ap);
		va_end(ap);
	}
}

/* Write the words [from, to) of the goal, as the user wrote them (lower
 * case), into buf. */
static void words(char *buf, size_t n, const struct reading *r, size_t from,
		  size_t to)
{
	size_t i, o = 0;
	buf[0] = '\0';
	for (i = from; i < to && i < r->t.n && o + 1 < n; i++) {
		const struct tok *k = &r->t.t[i];
		int w = snprintf(buf + o, n - o, "%s%s",
				 o && k->type != TOK_PUNCT ? " " : "",
				 k->type == TOK_QUOTE ? "'...'" : k->s);
		if (w < 0 || (size_t)w >= n - o)
			break;
		o += (size_t)w;
	}
}

/* The head phrase: the head verb and the words after it, up to 4. */
static void head_phrase(char *buf, size_t n, const struct reading *r)
{
	size_t end = r->head + 4;
	size_t i;
	if (r->head >= r->t.n) {
		words(buf, n, r, 0, r->main_end < 5 ? r->main_end : 5);
		return;
	}
	for (i = r->head; i < end && i < r->main_end; i++)
		if (r->t.t[i].type == TOK_PUNCT)
			break;
	words(buf, n, r, r->head, i);
}

/* 1 when the goal moves a measure "down" or "up" with no number: "get
 * my PHQ-9 down", "bring my spending down". */
static int directional(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head;
	return (tok_is(t, h, "get") || tok_is(t, h, "bring") ||
		tok_is(t, h, "keep") || tok_is(t, h, "push")) &&
	       has_word(r, h + 2, r->main_end, directions);
}

/* 1 when word i names someone else: a person noun, a pronoun, or a
 * name written with a capital ("Priya"). */
static int person_at(const struct toks *t, size_t i)
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

/* Index just past "my mum", "Priya", "him" at i, or i when none. */
static size_t person_end(const struct toks *t, size_t i)
{
	size_t j = i;
	if (tok_is(t, j, "my") || tok_is(t, j, "his") || tok_is(t, j, "her") ||
	    tok_is(t, j, "our") || tok_is(t, j, "their") ||
	    tok_is(t, j, "the"))
		j++;
	if (tok_is(t, j, "best") || tok_is(t, j, "new") || tok_is(t, j, "old"))
		j++;
	if (person_at(t, j) || tok_in(t, j, institutions))
		return j + 1;
	/* "her" alone: "make her forgive me" */
	return tok_is(t, i, "her") ? i + 1 : i;
}

/* 1 when the goal is the absence of a feeling, thought or outburst:
 * "stop worrying", "never lose my temper", "never have another panic
 * attack", "no longer feel anxious". */
static int absence(const struct reading *r)
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
static int giving_up(const struct reading *r)
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

/* 1 when the goal is someone else's feeling: "make my mum happy", "make
 * sure my partner feels heard". */
static int others_feel(const struct reading *r)
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
	j = person_end(t, h + 1);
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

static int others_outcome(const struct reading *r);

static void judge_specific(goals_criterion *c, const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, o;
	int counted = has_quantity(r, 0, r->main_end) ||
		      has_frequency(r, 0, r->main_end);
	char phrase[96];
	head_phrase(phrase, sizeof(phrase), r);

	if (h >= t->n) {
		say(c, GOALS_FAIL, "no-behaviour",
		    "the goal names no action to take",
		    "start with what you will do: a verb and what it acts on, "
		    "such as 'call Mum on Sundays'");
		return;
	}
	o = object_after(r, h);
	if (tok_in(t, h, insight_verbs) ||
	    ((tok_is(t, h, "find") || tok_is(t, h, "work")) &&
	     tok_is(t, h + 1, "out"))) {
		say(c, GOALS_FAIL, "insight",
		    "understanding is not something you can do or count",
		    "name an action that would bring the insight, such as "
		    "'write for 10 minutes after each argument about what "
		    "set it off'");
		return;
	}
	if (absence(r)) {
		say(c, GOALS_FAIL, "absence",
		    "the goal is the absence of a feeling or thought, which "
		    "no one can do",
		    "say what you will do instead when it starts, such as "
		    "'when I notice %s, write the worry down and take a "
		    "10-minute walk'",
		    phrase);
		return;
	}
	if (giving_up(r)) {
		say(c, GOALS_PASS, "behaviour",
		    "giving up a behaviour is a concrete action", NULL);
		return;
	}
	if ((tok_in(t, h, state_verbs) && !tok_in(t, h + 1, be_concrete)) ||
	    ((tok_is(t, h, "get") || tok_is(t, h, "stay") ||
	      tok_is(t, h, "keep")) &&
	     (tok_in(t, h + 1, comparatives) ||
	      tok_in(t, h + 1, state_adjectives) ||
	      (tok_is(t, h + 1, "in") && tok_in(t, h + 2, state_adjectives)) ||
	      (tok_is(t, h + 1, "back") && tok_is(t, h + 2, "on")))) ||
	    others_feel(r)) {
		say(c, counted ? GOALS_WARN : GOALS_FAIL, "state-only",
		    counted ? "the goal is worded as a state; the behaviour "
			      "behind it is not named"
			    : "the goal is a feeling or state, with no "
			      "behaviour in it",
		    "turn '%s' into something you will do and can count, "
		    "such as 'when X happens, I will Y, 3 times a week'",
		    phrase);
		return;
	}
	if (tok_is(t, h, "have") && (o >= t->n || !tok_in(t, o, event_nouns)) &&
	    !counted) {
		say(c, GOALS_FAIL, "state-only",
		    "the goal is a state to have, with no behaviour in it",
		    "keep '%s' as a long-term goal and add steps under it "
		    "with --parent, each a behaviour such as 'view 3 flats "
		    "by a date'",
		    phrase);
		return;
	}
	if (tok_in(t, h, generic_verbs) && o < t->n &&
	    tok_in(t, o, generic_objects) && !tok_is(t, o, "myself") &&
	    !others_outcome(r)) {
		say(c, GOALS_FAIL, "generic-object",
		    "a general verb with a general object says nothing "
		    "particular",
		    "name the thing itself: not '%s' but, say, 'cook a new "
		    "recipe' or 'visit a museum'",
		    phrase);
		return;
	}
	if (tok_in(t, h, vague_verbs) && !counted &&
	    !(o < t->n && tok_in(t, o, vague_ok_objects)) &&
	    !tok_in(t, h, milestone_verbs)) {
		say(c, GOALS_FAIL, "vague-verb",
		    "a vague verb with no concrete behaviour",
		    "say exactly what you will do to '%s': an action, how "
		    "often, and when, such as 'read one chapter of a sleep "
		    "book each night'",
		    phrase);
		return;
	}
	if ((tok_in(t, h, vague_verbs) || tok_in(t, h, milestone_verbs)) &&
	    !counted && o < t->n && tok_in(t, o, state_nouns)) {
		say(c, GOALS_FAIL, "vague-verb",
		    "a vague verb with no concrete behaviour",
		    "say exactly what you will do to '%s': an action, how "
		    "often, and when",
		    phrase);
		return;
	}
	if ((has_word(r, 0, r->main_end, comparatives) ||
	     directional(r)) &&
	    !has_quantity(r, 0, r->main_end)) {
		say(c, GOALS_FAIL, "comparative",
		    "'more', 'less' or 'better' with no number says no "
		    "amount",
		    "say how much: for '%s', give a number, such as '2 "
		    "evenings a week' or 'from 8 to 5'",
		    phrase);
		return;
	}
	if (o < t->n && tok_in(t, o, generic_objects) &&
	    !tok_is(t, o, "myself") && !counted && !others_outcome(r)) {
		say(c, GOALS_FAIL, "generic-object",
		    "the goal acts on no one and nothing in particular",
		    "say who or what, and how many: '%s' could be 'meet two "
		    "new people at the climbing club'",
		    phrase);
		return;
	}
	if (r->try_to) {
		say(c, GOALS_WARN, "try",
		    "'try to' leaves room to not do it",
		    "drop 'try to': say what you will do");
		return;
	}
	say(c, GOALS_PASS, "behaviour", "the goal names a concrete action",
	    NULL);
}

/* 1 when the goal has a one-off milestone: a milestone verb with a
 * definite object ("sign a lease", "apply for a job", "move out"), or
 * giving up a behaviour ("stop smoking"). */
static int others_feel(const struct reading *r);

/* 1 when the goal is a decision of someone else's, made once: "get my
 * brother to apologise", "make Priya agree to move in". */
static int others_decision(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, j;
	if (!tok_is(t, h, "make") && !tok_is(t, h, "get") &&
	    !tok_is(t, h, "convince") && !tok_is(t, h, "persuade"))
		return 0;
	j = person_end(t, h + 1);
	if (j == h + 1)
		return 0;
	/* "get everyone in my friend group to come" */
	for (; j < r->main_end && j < h + 8 && !tok_is(t, j, "to") &&
	       t->t[j].type != TOK_PUNCT;
	     j++)
		if (tok_in(t, j, others_decisions))
			return 1;
	if (tok_is(t, j, "to"))
		j++;
	return tok_in(t, j, others_decisions);
}

static int milestone(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t h = r->head, i;
	if (h >= t->n)
		return 0;
	if (giving_up(r) || others_decision(r))
		return 1;
	if (others_feel(r))
		return 0;
	/* "get a better job": an outcome, but which one is not said */
	if ((has_word(r, 0, r->main_end, comparatives) || directional(r)) &&
	    !has_quantity(r, 0, r->main_end))
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
	    (person_end(t, h + 1) > h + 1 || tok_is(t, h + 1, "the")))
		return 1;
	/* get promoted, get hired, become certified */
	if ((tok_is(t, h, "get") || tok_is(t, h, "become")) &&
	    tok_in(t, h + 1, judged))
		return 1;
	for (i = h; i < r->main_end; i++) {
		size_t j = i + 1, o;
		if (!tok_in(t, i, milestone_verbs) || t->t[i].paren)
			continue;
		if (tok_is(t, i, "make") && person_end(t, j) > j)
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
		    (o = object_after(r, j - 1)) < r->main_end &&
		    !tok_in(t, o, state_nouns) &&
		    !tok_in(t, o, generic_objects) &&
		    (!tok_is(t, i, "have") || tok_in(t, o, event_nouns)))
			return 1;
	}
	return 0;
}

static void judge_measurable(goals_criterion *c, const struct reading *r,
			     const goals_fields *f)
{
	if (f->set & GOALS_F_TARGET) {
		say(c, GOALS_PASS, "target", "a target is set", NULL);
		return;
	}
	if (has_quantity(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "quantity", "the goal states a number",
		    "record it as fields too: --target N --unit U");
		return;
	}
	if (has_frequency(r, 0, r->main_end)) {
		say(c, GOALS_PASS, "frequency", "the goal says how often",
		    "record it as fields too: --kind habit --target N "
		    "--every week");
		return;
	}
	if (f->kind == GOALS_KIND_DONE && milestone(r)) {
		say(c, GOALS_PASS, "milestone",
		    "a one-off step: done or not done", NULL);
		return;
	}
	if (f->set & (GOALS_F_METRIC | GOALS_F_UNIT)) {
		say(c, GOALS_WARN, "no-target",
		    "what to measure is named, but no target",
		    "add --target N (and --baseline for where you start)");
		return;
	}
	say(c, GOALS_FAIL, "no-measure",
	    "nothing to count or check off",
	    "add how much or how often: --target N --unit U, or say '3 times "
	    "a week', or rate it 0-10 and add --kind level --baseline 8 "
	    "--target 5");
}

/* Achievable ----------------------------------------------------------- */

/* 1 when a "not" stands before word i in its clause. */
static int negated(const struct toks *t, size_t i)
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
static int absolutist(const struct reading *r, char *word, size_t n)
{
	const struct toks *t = &r->t;
	size_t i;
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
		/* "not be so tired all the time": so is this */
		if (negated(t, i))
			continue;
		if (tok_in(t, i, absolutes) ||
		    (tok_is(t, i, "every") && tok_is(t, i + 1, "time")) ||
		    tok_phrase(t, i, "all the time") ||
		    tok_phrase(t, i, "no matter what") ||
		    (t->t[i].type == TOK_PERCENT && t->t[i].num >= 100)) {
			snprintf(word, n, "%s", t->t[i].s);
			return 1;
		}
	}
	return 0;
}

/* 1 when the outcome is someone else's to decide ("get my dad to accept
 * me", "make her forgive me"). */
static int others_outcome(const struct reading *r)
{
	const struct toks *t = &r->t;
	size_t i, k;
	for (i = 0; i < r->main_end; i++) {
		if (tok_is(t, i, "get") || tok_is(t, i, "convince") ||
		    tok_is(t, i, "persuade") || tok_is(t, i, "force")) {
			if (!tok_in(t, i + 1, people) &&
			    person_end(t, i + 1) == i + 1 &&
			    !tok_is(t, i, "convince") && !tok_is(t, i, "persuade"))
				continue;
			for (k = i + 1; k < i + 8 && k < r->main_end; k++)
				if (tok_is(t, k, "to") && k + 1 < r->main_end &&
				    (tok_in(t, k + 1, others_decisions) ||
				     (person_end(t, i + 1) > i + 1 &&
				      t->t[k + 1].type == TOK_WORD &&
				      !tok_in(t, k + 1, determiners) &&
				      !tok_in(t, k + 1, places))))
					return 1;
		}
		/* make my mum proud, make Priya agree, make my flatmates
		 * clean up */
		if (tok_is(t, i, "make") && !tok_is(t, i + 1, "sure") &&
		    (k = person_end(t, i + 1)) > i + 1 && k < r->main_end &&
		    t->t[k].type == TOK_WORD && !tok_in(t, k, determiners) &&
		    !tok_in(t, k, particles))
			return 1;
	}
	return 0;
}

/* Weight to lose, in kg, if the goal says "lose N kg"; 0 otherwise.
 * *per_week is set when the goal says it as a rate ("3 kg a week"). */
static double weight_loss(const struct reading *r, const goals_fields *f,
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
			    tok_is(t, i + 3, "each") || tok_is(t, i + 3, "every")) {
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
static double hours_a_day(const struct reading *r)
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

static void judge_achievable(goals_criterion *c, const struct reading *r,
			     const goals_smart_input *in, goals_date today,
			     goals_date deadline)
{
	const goals_fields *f = in->f;
	char word[TOK_MAX], d[GOALS_DATE_BUFSZ], n1[32], n2[32];
	struct pace p;
	double kg, weeks, hours, rate = 0;

	if (absolutist(r, word, sizeof(word))) {
		say(c, GOALS_FAIL, "absolutist",
		    "an all-or-nothing target is bound to fail",
		    "replace '%s' with a number you can reach, such as "
		    "'4 days out of 7'",
		    word);
		return;
	}
	if (others_outcome(r)) {
		say(c, GOALS_FAIL, "others-decide",
		    "the outcome is someone else's to decide",
		    "aim at your own part, such as 'tell him once, calmly, "
		    "what I need', not at what they will do");
		return;
	}
	if ((f->set & GOALS_F_CONFIDENCE) && f->confidence <= 4) {
		say(c, GOALS_FAIL, "low-confidence",
		    "you rated your confidence 4 or less out of 10",
		    "make the step smaller until your confidence is 7 or more, "
		    "then --confidence 7");
		return;
	}
	if ((hours = hours_a_day(r)) > 16) {
		say(c, GOALS_FAIL, "impossible-amount",
		    "more than 16 hours a day of one thing leaves no time to "
		    "sleep",
		    "lower the hours a day to what a day allows");
		return;
	}
	kg = weight_loss(r, f, &rate);
	if (kg > 0 && !rate && deadline != GOALS_DATE_NONE && deadline > today) {
		weeks = (double)(deadline - today) / 7.0;
		rate = kg / (weeks < 1 ? 1 : weeks);
	}
	if (rate > 2) {
		if (rate == kg)
			say(c, GOALS_FAIL, "unsafe-rate",
			    "losing more than 2 kg a week is not safe",
			    "aim for about 0.5-1 kg a week");
		else {
			goals_date_format(d, today + (goals_date)ceil(kg * 7));
			say(c, GOALS_FAIL, "unsafe-rate",
			    "losing more than 2 kg a week is not safe",
			    "aim for about 1 kg a week: --by %s", d);
		}
		return;
	}
	/* a huge jump from the baseline in little time */
	if ((f->set & GOALS_F_BASELINE) && (f->set & GOALS_F_TARGET) &&
	    f->baseline > 0 && f->target > 0 && deadline != GOALS_DATE_NONE) {
		double ratio = f->target / f->baseline;
		long days = (long)deadline - (long)today;
		if (ratio < 1)
			ratio = 1 / ratio;
		if (ratio >= 4 && days <= 28) {
			num_format(n1, sizeof(n1), f->baseline);
			num_format(n2, sizeof(n2),
				   f->target > f->baseline ? f->baseline * 2
							   : f->baseline / 2);
			say(c, GOALS_FAIL, "big-jump",
			    "the target is 4 times the baseline or more, "
			    "within 4 weeks",
			    "take a first step from %s: --target %s for now, "
			    "or give it more time",
			    n1, n2);
			return;
		}
	}
	/* pace from progress */
	if (pace_compute(&p, in, today, deadline) == 0 && p.known &&
	    (p.has_deadline || p.met || p.kind == PACE_HABIT)) {
		if (p.met) {
			say(c, GOALS_PASS, "met", "the target is already met",
			    NULL);
			return;
		}
		if (p.kind == PACE_HABIT) {
			if (p.periods_met * 2 < p.periods) {
				say(c, GOALS_FAIL, "habit-behind",
				    "the habit was met in fewer than half of "
				    "the last complete periods",
				    "lower --target to what you managed, or "
				    "make each step smaller");
				return;
			}
		} else if (p.ratio > 1.5) {
			if (p.new_deadline != GOALS_DATE_NONE) {
				goals_date_format(d, p.new_deadline);
				num_format(n1, sizeof(n1), p.new_target);
				say(c, GOALS_FAIL, "behind-pace",
				    "the pace needed is more than 1.5 times the "
				    "pace so far",
				    "at your pace: --by %s, or keep the date "
				    "and --target %s",
				    d, n1);
			} else {
				num_format(n1, sizeof(n1), p.new_target);
				say(c, GOALS_FAIL, "behind-pace",
				    "no progress so far towards the target",
				    "log progress, or lower --target to %s",
				    n1);
			}
			return;
		}
	}
	if (rate >= 1) {
		say(c, GOALS_WARN, "fast-rate",
		    "losing 1-2 kg a week is at the edge of what is safe",
		    "give it more weeks");
		return;
	}
	if ((f->set & GOALS_F_BASELINE) && (f->set & GOALS_F_TARGET) &&
	    f->baseline > 0 && f->target > 0 && deadline != GOALS_DATE_NONE) {
		double ratio = f->target / f->baseline;
		if (ratio < 1)
			ratio = 1 / ratio;
		if (ratio >= 2 && (long)deadline - (long)today <= 56) {
			say(c, GOALS_WARN, "big-jump",
			    "the target is twice the baseline within 8 weeks",
			    "check it is realistic, or give it more time");
			return;
		}
	}
	if (has_word(r, 0, r->main_end, judged)) {
		say(c, GOALS_WARN, "others-judge",
		    "others judge this outcome, though your work drives it",
		    "add a step that is all yours, such as 'apply to 5 jobs "
		    "a week'");
		return;
	}
	if (f->set & GOALS_F_CONFIDENCE) {
		if (f->confidence <= 6)
			say(c, GOALS_WARN, "low-confidence",
			    "your confidence is 5 or 6 out of 10",
			    "make the step a little smaller, until you would "
			    "rate it 7 or more");
		else
			say(c, GOALS_PASS, "confident",
			    "you are confident you can do it", NULL);
		return;
	}
	if (p.known && in->count > 0 && (p.has_deadline || p.kind == PACE_HABIT)) {
		say(c, GOALS_PASS, "on-pace", "your pace so far is enough",
		    NULL);
		return;
	}
	say(c, GOALS_WARN, "no-evidence",
	    "nothing yet says whether it is within reach",
	    "add --confidence 0-10: how sure are you that you can do it?");
}

/* Relevant ------------------------------------------------------------- */

/* 1 when text is an obligation only ("I should", "my doctor wants me
 * to"), with no wanting of one's own. */
static int obligation_only(const struct toks *t, size_t from)
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
		if (tok_in(t, i, own_reasons) && !tok_phrase(t, i, "wants me") &&
		    !tok_phrase(t, i, "want me"))
			return 0;
	return 1;
}

static void judge_relevant(goals_criterion *c, const struct reading *r,
			   const goals_fields *f)
{
	struct toks why = {NULL, 0};
	int duty = 0;
	if (f->set & GOALS_F_PARENT) {
		say(c, GOALS_PASS, "parent",
		    "it serves a longer-term goal", NULL);
		return;
	}
	if ((f->set & GOALS_F_WHY) && f->why) {
		if (toks_make(&why, f->why) == GOALS_OK) {
			duty = obligation_only(&why, 0);
			toks_free(&why);
		}
		if (duty)
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want",
			    "say what it will change for you: --why 'so I "
			    "can ...'");
		else
			say(c, GOALS_PASS, "why", "you said why it matters",
			    NULL);
		return;
	}
	if (r->has_reason) {
		if (obligation_only(&r->t, r->main_end))
			say(c, GOALS_WARN, "obligation",
			    "the reason is what you should do, not what you "
			    "want",
			    "say what it will change for you: --why 'so I "
			    "can ...'");
		else
			say(c, GOALS_PASS, "reason-in-text",
			    "the goal says why it matters", NULL);
		return;
	}
	if (f->set & GOALS_F_AREA) {
		say(c, GOALS_WARN, "area-only",
		    "an area is set, but not why this goal matters",
		    "add --why 'what it will change for you'");
		return;
	}
	say(c, GOALS_FAIL, "no-reason", "nothing says why it matters to you",
	    "add --why 'what it will change for you', or --parent ID of the "
	    "longer-term goal it serves");
}

/* Time-bound ----------------------------------------------------------- */

static void judge_time(goals_criterion *c, const struct reading *r,
		       const goals_fields *f, goals_date today,
		       goals_date deadline, int from_text)
{
	char d[GOALS_DATE_BUFSZ], s[GOALS_DATE_BUFSZ];
	goals_date five_years, suggest;
	int y, m, dd;
	goals_date_to_ymd(today, &y, &m, &dd);
	if (goals_date_from_ymd(&five_years, y + 5, m,
				m == 2 && dd == 29 ? 28 : dd))
		five_years = today + 5 * 365 + 1;
	suggest = today + 56;
	goals_date_format(s, suggest);
	if (deadline == GOALS_DATE_NONE) {
		if ((f->set & GOALS_F_REVIEW) && f->review.n > 0) {
			say(c, GOALS_PASS, "review",
			    "it has a review cadence", NULL);
			return;
		}
		if (r->when.vague) {
			say(c, GOALS_FAIL, "vague-time",
			    "'soon' or 'one day' is no date",
			    "add --by %s (or another date), or --review 2w", s);
			return;
		}
		if (has_frequency(r, 0, r->main_end) || (f->set & GOALS_F_EVERY)) {
			say(c, GOALS_FAIL, "frequency-only",
			    "how often is said, but not until when",
			    "add --by %s, or --review 2w to look at it again",
			    s);
			return;
		}
		if (r->when.start_only || (f->set & GOALS_F_START)) {
			say(c, GOALS_FAIL, "start-only",
			    "a start is given, but no end",
			    "add --by %s, or --review 2w", s);
			return;
		}
		say(c, GOALS_FAIL, "no-deadline", "there is no deadline",
		    "add --by %s (or another date), or --review 2w", s);
		return;
	}
	goals_date_format(d, deadline);
	if (deadline < today) {
		say(c, GOALS_FAIL, "past",
		    "the deadline has passed",
		    "set a new date with --by %s, or close the goal", s);
		return;
	}
	if (deadline > five_years) {
		say(c, GOALS_FAIL, "too-far",
		    "the deadline is more than 5 years away",
		    "set a nearer milestone: a step within a year, with "
		    "--parent pointing here");
		return;
	}
	if (from_text && r->when.ambiguous) {
		say(c, GOALS_WARN, "ambiguous-date",
		    "the date in the text could be read two ways",
		    "give it as --by YYYY-MM-DD");
		return;
	}
	if (from_text && r->when.season_no_year) {
		say(c, GOALS_WARN, "season",
		    "a season with no year is a loose deadline",
		    "give a date: --by %s", d);
		return;
	}
	if (deadline - today > 366 && !(f->set & GOALS_F_REVIEW)) {
		say(c, GOALS_WARN, "far",
		    "more than a year away, with no milestone on the way",
		    "add --review 1m, or a nearer step with --parent");
		return;
	}
	if (from_text)
		say(c, GOALS_PASS, "deadline-in-text",
		    "the text gives a deadline",
		    "record it as a field: --by %s", d);
	else
		say(c, GOALS_PASS, "deadline", "it has a deadline", NULL);
}

/* Public ----------------------------------------------------------------- */

goals_date goals_smart_recent_from(const goals_fields *f, goals_date today)
{
	return pace_recent_from(f, today);
}

int goals_smart_check(goals_smart *out, const goals_smart_input *in,
		      goals_time now)
{
	struct reading r;
	goals_date today, start, deadline;
	int from_text = 0, rc;
	if (!out || !in || !in->f || !(in->f->set & GOALS_F_TEXT) ||
	    !in->f->text)
		return goals_error(GOALS_EINVAL, "no goal to check");
	memset(out, 0, sizeof(*out));
	today = goals_local_date(now);
	start = (in->f->set & GOALS_F_START) ? in->f->start : in->created;
	if ((rc = read_text(&r, in->f->text, today, start)))
		return rc;
	deadline = (in->f->set & GOALS_F_DEADLINE) ? in->f->deadline
						   : GOALS_DATE_NONE;
	if (deadline == GOALS_DATE_NONE && r.when.found) {
		deadline = r.when.date;
		from_text = 1;
	}
	out->deadline = deadline;
	out->deadline_from_text = from_text;
	judge_specific(&out->c[GOALS_SPECIFIC], &r);
	judge_measurable(&out->c[GOALS_MEASURABLE], &r, in->f);
	judge_achievable(&out->c[GOALS_ACHIEVABLE], &r, in, today, deadline);
	judge_relevant(&out->c[GOALS_RELEVANT], &r, in->f);
	judge_time(&out->c[GOALS_TIME_BOUND], &r, in->f, today, deadline,
		   from_text);
	toks_free(&r.t);
	return GOALS_OK;
}

const char *goals_letter_name(goals_letter l)
{
	static const char *const names[] = {"specific", "measurable",
					    "achievable", "relevant",
					    "time_bound"};
	return (unsigned)l < GOALS_LETTERS ? names[l] : NULL;
}

const char *goals_verdict_name(goals_verdict v)
{
	static const char *const names[] = {"pass", "warn", "fail"};
	return (unsigned)v <= GOALS_FAIL ? names[v] : NULL;
}
