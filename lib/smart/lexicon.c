/*
 * smart/lexicon.c - the words the SMART engine knows, by what they say:
 * reasons, states, vague verbs, milestones, people, time words (the
 * reading stage, see engine.h).  Each list is NULL-terminated and
 * matched against whole, lower-cased words (see tokens.h).  Adding a
 * word here changes every rule that reads its list.
 */
#include <stddef.h>

#include "lexicon.h"

/* Words that open a reason clause. */
const char *const reason_markers[] = {
	"because", "so that", "so i can", "so i", "so we", "so my",
	"in order to", "so as to", "bc", "cos", "as i want", "which will",
	"that way", NULL};

/* After "since", words of time: "since January", "since last year". */
const char *const since_time[] = {
	"last", "then", "childhood", "forever", "ages", "yesterday", "today",
	"christmas", "easter", "school", "university", "uni", "college",
	"birth", "before", "the", NULL};

/* Verbs of an event that make a "since" clause temporal: "since the baby
 * arrived". */
const char *const event_verbs[] = {
	"started", "began", "begun", "moved", "left", "happened", "ended",
	"finished", "broke", "died", "born", "arrived", "retired", "split",
	"separated", "stopped", "changed", "was", "were", NULL};

/* Fillers before the head verb: "I want to", "try to". */
const char *const fillers[] = {
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
const char *const conditions[] = {"when", "whenever", "if", "during",
					 "after", "before", "once", "each",
					 "every", "while", NULL};

/* A state, not a behaviour. */
const char *const state_verbs[] = {"be", "become", "feel", "stay",
					  "remain", "seem", NULL};

/* States one can "get" or "stay" in: "get in shape", "get fit". */
const char *const state_adjectives[] = {
	"fit", "healthy", "happy", "calm", "confident", "organised",
	"organized", "motivated", "productive", "well", "sober", "strong",
	"thin", "slim", "shape", "track", "sorted", "better", "unstuck",
	"positive", "centred", "centered", "grounded", "balanced", "stable",
	"comfortable", "closer", "clean", "clear", NULL};

/* Words that say "less" or "more" of a measure without a number when
 * they follow the thing: "get my score down". */
const char *const directions[] = {"down", "up", "lower", "higher",
					 NULL};

/* Vague process verbs: what to do is not said. */
const char *const vague_verbs[] = {
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
const char *const vague_ok_objects[] = {
	"house", "home", "out", "flat", "apartment", "city", "country",
	"job", "jobs", "smoking", "drinking", "vaping", "alcohol",
	"caffeine", "sugar", "QUOTE", NULL};

/* Insight: knowing, not doing. */
const char *const insight_verbs[] = {
	"understand", "realise", "realize", "know",   "discover",
	"figure",     "explore", "reflect", "recognise", "recognize",
	"wonder",     NULL};

/* Inner events that "stop", "never" and "avoid" cannot sensibly target. */
const char *const mental[] = {
	"worrying",  "worry",      "overthinking", "thinking",  "think",
	"feeling",   "feel",       "being",        "stressing", "ruminating",
	"doubting",  "doubt",      "comparing",    "judging",   "hating",
	"caring",    "panicking",  "obsessing",    "dwelling",  "beating",
	"procrastinating", "regretting", "blaming", "criticising",
	"criticizing", "fearing",  "getting",      "letting",   "wanting",
	"needing",   "second-guessing", "losing", "lose", "panic",
	"crying",    "cry",        "snapping",     "snap",      "shouting",
	"yelling",   "freaking",   "stressing",    NULL};

/* Feelings as events: "never have another meltdown", "stop losing my
 * temper". */
const char *const emotional_nouns[] = {
	"temper", "panic", "attack", "attacks", "meltdown", "meltdowns",
	"breakdown", "tantrum", "outburst", "outbursts", "anxiety", "worry",
	"worries", "cool", "nerve", "nerves", "insecure", "jealous",
	"anxious", "angry", "upset", "sad", "guilty", "ashamed", "lonely",
	"stressed", "overwhelmed", "nervous", "scared", "afraid", "irritated",
	"frustrated", "hurt", "rejected", NULL};

/* Comparatives that say "more of a good thing" without saying how much. */
const char *const comparatives[] = {
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
const char *const generic_objects[] = {
	"things",  "thing",   "stuff",   "something", "anything",
	"everything", "people", "someone", "somebody", "others",
	"everyone", "everybody", "life",  "myself",    NULL};

/* Generic verbs: say nothing by themselves. */
const char *const generic_verbs[] = {"do", "have", "make", "get",
					    "try", NULL};

/* Nouns of states, traits and whole areas of life: "have a calm home
 * life", "fix my diet", "improve my confidence". */
const char *const state_nouns[] = {
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
const char *const event_nouns[] = {
	"conversation", "conversations", "talk", "chat",  "meeting",
	"session", "sessions", "appointment", "dinner", "lunch",
	"breakfast", "date", "call", "check-up", "checkup", "party",
	"meal",   "day",    "night",   "walk",   "holiday", "break", NULL};

/* Behaviours that end in something done or not done (milestones). */
const char *const milestone_verbs[] = {
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
const char *const determiners[] = {
	"a", "an", "the", "my", "our", "his", "her", "their", "this",
	"that", "one", "QUOTE", "your", NULL};

/* Adjectives that say nothing of which object: "talk to new people". */
const char *const plain_adjectives[] = {
	"new", "other", "more", "some", "different", "good", "nice", "few",
	"many", "interesting", "random", "various", "cool", "great",
	"better", "extra", "close", "best", NULL};

/* Particles between a verb and its object: "apply for a job". */
const char *const particles[] = {"to", "into", "out", "for", "up",
					"on", "with", "in", "of", "down",
					NULL};

/* After "be", words of place and time that make it a behaviour: "be at
 * my desk by 9:00", "be on time". */
const char *const be_concrete[] = {"in", "on", "at", "home",
					  "back", "there", "early", "asleep",
					  "awake", "up", "out", NULL};

/* Absolutist targets. */
const char *const absolutes[] = {
	"never",    "always",     "perfect",  "perfectly", "forever",
	"completely", "totally",  "entirely", "everything", "everyone",
	"everybody", "flawless",  "flawlessly", "100%",    NULL};

/* Others who decide an outcome. */
const char *const people[] = {
	"my", "him", "her", "them", "his", "their", "people", "everyone",
	"someone", "somebody", "others", "he", "she", "they", NULL};

/* People one lives with, words that name someone else. */
const char *const person_nouns[] = {
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
const char *const subjects[] = {"i", "he", "she", "they", "we",
				       "you", "it", "who", "which", NULL};

/* What others feel when "made" to: a state, not an outcome. */
const char *const others_feelings[] = {
	"love", "like", "respect", "understand", "trust", "care", "want",
	"approve", "admire", "miss", "happy", "proud", "feel", "feels",
	"notice", "value", "appreciate", "listen", "laugh", NULL};

/* What others decide once when "made" or "got" to: an outcome that is
 * done or not done. */
const char *const others_decisions[] = {
	"forgive", "accept", "apologise", "apologize", "agree", "say",
	"sign", "come", "visit", "move", "pay", "return", "give", "lend",
	"admit", "let", "allow", "marry", "call", "meet", "waive", "fix",
	"refund", "approve", "change", "stop", "hire", "promote", "cancel",
	"remove", "repair", "replace", "reply", "respond", "sign", "help",
	"drop", "lower", "raise", "reduce", "extend", "renew", "offer",
	"deliver", "send", "join", NULL};

/* Where one gets someone to: "get the kids to school". */
const char *const places[] = {
	"school", "work", "bed", "class", "church", "gym", "nursery",
	"practice", "training", "sleep", "appointments", "hospital", "town",
	"court", "uni", "college", "football", "swimming", NULL};

/* Institutions that decide: "get the council to refund the charge". */
const char *const institutions[] = {
	"bank", "council", "landlord", "company", "school", "university",
	"uni", "hr", "boss", "doctor", "gp", "insurer", "employer", "agency",
	"court", "government", "letting", "agent", "manager", "surgery",
	"hospital", "nhs", "insurance", "lender", "provider", "airline",
	NULL};

/* Outcomes others judge but one's own work drives. */
const char *const judged[] = {
	"promotion", "promoted", "hired", "offer",   "accepted", "admitted",
	"selected",  "win",      "won",   "elected", "published", "pass",
	"approved",  "raise",    "certified", "qualified", "shortlisted",
	"interview", NULL};

/* Words of obligation: "I should", "my doctor wants me to". */
const char *const obligations[] = {
	"i should", "i must", "i have to", "i need to", "i ought to",
	"i'm supposed to", "i am supposed to", "wants me to", "told me to",
	"said i should", "says i should", "expects me to", "want me to",
	"asked me to", "makes me", "i'm told", "we should", "you should",
	NULL};

/* Words of one's own wanting, which make an obligation a reason. */
const char *const own_reasons[] = {
	"want", "love", "care", "matters", "important", "enjoy", "help",
	"helps", "feel", "miss", "hope", "value", "values", "worried",
	"afraid", "proud", "tired", "keeps", "hate", NULL};

/* Units of weight. */
const char *const kg_words[] = {"kg", "kgs", "kilo", "kilos",
				       "kilogram", "kilograms", NULL};
const char *const lb_words[] = {"lb", "lbs", "pound", "pounds",
				       NULL};

/* Words after which a number is no quantity of the goal. */
const char *const number_blockers[] = {
	"top",   "age",   "aged",  "turn",  "turning", "turns", "number",
	"no.",   "step",  "level", "chapter", "page",  "grade", "year",
	"day",   "week",  "month", "phase", "part",  "round", "stage",
	"am",    "i'm",   "size",  "room",  "flat",  "apartment", "bus",
	"route", "line",  "version", NULL};

/* Periods for "every X" / "each X". */
const char *const period_words[] = {
	"day",     "week",    "month",   "morning", "evening", "night",
	"weekend", "weekday", "other",   "afternoon", "lunchtime",
	"fortnight", "year",  "session", "shift",   "meal",    NULL};
const char *const frequency_words[] = {
	"daily", "weekly", "monthly", "nightly", "fortnightly", "hourly",
	"yearly", "annually", "weeknights", "weekdays", "weekends",
	"mornings", "evenings", "nights", "workdays", "everyday", NULL};

/* Feelings where more is better, and distress, where less is. */
const char *const good_feelings[] = {
	"happy", "happier", "happiness", "calm", "calmer", "confident",
	"confidence", "optimistic", "relaxed", "content", "grateful",
	"hopeful", "positive", "peaceful", "motivated", "fulfilled",
	"secure", "rested", "energetic", "patient", "kinder", "gentler",
	"braver", "bolder", "proud", "joy", "joyful", "cheerful", "present",
	"mindful", "resilient", "self-esteem", "self-worth", "mood", NULL};
const char *const distress[] = {
	"anxious", "anxiety", "angry", "anger", "stressed", "stress",
	"lonely", "loneliness", "sad", "sadness", "depressed", "depression",
	"worried", "worry", "worrying", "irritable", "overwhelmed", "tired",
	"awkward", "nervous", "scared", "afraid", "fear", "fears", "guilty",
	"guilt", "ashamed", "shame", "insecure", "jealous", "panic",
	"miserable", "resentful", "bitter", "frustrated", "upset", "hopeless",
	"tense", "panicky", "low", NULL};

/* Words of a skill learnt or practised. */
const char *const skill_words[] = {
	"learn", "learning", "practise", "practice", "practising",
	"practicing", "study", "studying", "train", "training", "master",
	"skill", "skills", "fluent", "language", NULL};

/* Words of money. */
const char *const money_words[] = {
	"money", "savings", "save", "saving", "debt", "debts", "spending",
	"spend", "budget", "overdraft", "loan", "loans", "mortgage",
	"pension", "finances", "bills", "credit", "income", "salary",
	"earn", "afford", "cash", NULL};

/* Verbs of one performance, and the units it reaches. */
const char *const performance_verbs[] = {
	"run", "swim", "cycle", "ride", "row", "walk", "hike", "jog",
	"lift", "weigh", "bench", "squat", "deadlift", "plank", "hold",
	NULL};
const char *const performance_units[] = {
	"km", "k", "kilometres", "kilometers", "mile", "miles", "m",
	"metres", "meters", "kg", "kgs", "kilos", "lb", "lbs", "pounds",
	"stone", "minutes", "mins", "min", "seconds", "secs", NULL};
