/*
 * fuzz-smart.c - the SMART reading: goals_smart_check, the public entry
 * point that reads a goal's words and fields and judges each letter
 * (and goals_smart_recent_from, which says what it needs).
 *
 * Input: four bytes that choose the fields (which are set, the kind and
 * period, target, baseline, confidence, dates, a few entries), then the
 * words: the text, then why, metric, unit and area, separated by \x01.
 * The words are passed as they come, valid UTF-8 or not: a store edited
 * by hand can hold anything, and `goals check` reads it.
 * Oracles: each letter has a verdict, a code and a reason; a reason or a
 * suggestion is a NUL-terminated line, and valid UTF-8 whenever the
 * words were; a deadline judged is a real day.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "goals.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("TZ", "UTC", 1);
	return 0;
}

/* s[0..max) holds a NUL-terminated string: valid UTF-8 when the words
 * were, one line when they were valid text. */
static void check_buf(const char *s, size_t max, int utf8, int text)
{
	size_t len = strnlen(s, max);
	FUZZ_ASSERT(len < max);
	if (text)
		FUZZ_ASSERT(!memchr(s, '\n', len));
	if (utf8)
		FUZZ_ASSERT(goals_utf8_valid(s, len));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned bits[] = {GOALS_F_WHY, GOALS_F_METRIC,
					GOALS_F_UNIT, GOALS_F_AREA};
	goals_fields f;
	goals_smart_input in;
	goals_smart out;
	goals_point pts[8];
	goals_time now;
	goals_date today;
	char *words, *part[5] = {NULL, NULL, NULL, NULL, NULL}, *p;
	size_t i, np = 0;
	int rc, utf8 = 1, text = 1, l, a, k;
	if (size < 4 || size > 3 * GOALS_TEXT_MAX)
		return 0;
	if (goals_time_parse_iso(&now, "2026-11-27T10:00:00Z") != GOALS_OK)
		abort();
	today = goals_local_date(now);
	words = fuzz_str(data + 4, size - 4);
	for (p = words; np < 5;) {
		char *sep = strchr(p, '\x01');
		part[np++] = p;
		if (!sep)
			break;
		*sep = '\0';
		p = sep + 1;
	}
	for (i = 0; i < np; i++) {
		utf8 &= goals_utf8_valid(part[i], strlen(part[i]));
		text &= goals_check_text(part[i], "text", GOALS_TEXT_EMPTY) ==
			GOALS_OK;
	}

	/* the fields: plain assignments, as a program linking libgoals
	 * may fill them (the strings are borrowed, not freed) */
	memset(&f, 0, sizeof(f));
	f.set = GOALS_F_TEXT;
	f.text = part[0];
	for (i = 1; i < np; i++)
		if (data[0] & (1u << (i - 1))) {
			f.set |= bits[i - 1];
			if (bits[i - 1] == GOALS_F_WHY)
				f.why = part[i];
			else if (bits[i - 1] == GOALS_F_METRIC)
				f.metric = part[i];
			else if (bits[i - 1] == GOALS_F_UNIT)
				f.unit = part[i];
			else
				f.area = part[i];
		}
	if (data[0] & 0x10) {
		f.set |= GOALS_F_KIND;
		f.kind = (goals_kind)(GOALS_KIND_TOTAL + ((data[0] >> 5) & 3));
	}
	if (data[0] & 0x80) {
		f.set |= GOALS_F_EVERY;
		f.every = (goals_every)(GOALS_EVERY_DAY + data[1] % 3);
	}
	if (data[1] & 0x04) {
		f.set |= GOALS_F_TARGET;
		f.target = (double)((int)(data[1] >> 3) - 4) * 2.5;
	}
	if (data[1] & 0x02) {
		f.set |= GOALS_F_BASELINE;
		f.baseline = (double)(data[2] & 15);
	}
	if (data[2] & 0x10) {
		f.set |= GOALS_F_CONFIDENCE;
		f.confidence = (data[2] >> 5) + (data[2] >> 7) * 3; /* 0..10 */
	}
	if (data[3] & 0x01) {
		f.set |= GOALS_F_DEADLINE;
		f.deadline = today + (int)(data[3] >> 1) * 5 - 100;
		f.deadline_from_text = (data[2] & 1);
	}
	if (data[3] & 0x02) {
		f.set |= GOALS_F_START;
		f.start = today - (int)(data[3] >> 4) * 9;
	}
	if (data[2] & 0x02) {
		f.set |= GOALS_F_REVIEW;
		f.review.n = 1 + (data[3] & 15);
		f.review.unit = "dwm"[data[3] % 3];
	}
	if ((f.set & GOALS_F_KIND) && f.kind == GOALS_KIND_LEVEL &&
	    (data[2] & 0x04))
		f.over = 1 + data[3] % 366;

	memset(&in, 0, sizeof(in));
	in.f = &f;
	in.status = (goals_status)(GOALS_STATUS_ACTIVE +
				   ((data[1] & 1) ? 1 + ((data[2] >> 3) & 1) : 0));
	in.created = today - (data[3] & 0x3f) * 3;
	in.recent_from = goals_smart_recent_from(&f, today);
	FUZZ_ASSERT(in.recent_from == GOALS_DATE_NONE ||
		    (in.recent_from <= today && in.recent_from > today - 4000));
	in.n_recent = (size_t)(data[2] >> 5);
	for (i = 0; i < in.n_recent; i++) {
		pts[i].day = (in.recent_from == GOALS_DATE_NONE ? today - 30
							   : in.recent_from) +
			     (goals_date)i * 2;
		pts[i].value = (double)((data[1] + i * 7) % 13) - 3;
		in.sum += pts[i].value;
	}
	in.recent = pts;
	in.count = (int64_t)in.n_recent + (data[3] >> 6);
	/* as stored (read as of when it was written), or not stored yet */
	in.revised = (data[0] & 0x08) ? now - 86400 * (data[1] & 31) : 0;

	rc = goals_smart_check(&out, &in, now);
	FUZZ_ASSERT(rc == GOALS_OK || rc == GOALS_ENOMEM);
	if (rc == GOALS_OK) {
		for (l = 0; l < GOALS_LETTERS; l++) {
			const goals_criterion *c = &out.c[l];
			FUZZ_ASSERT(c->verdict == GOALS_PASS ||
				    c->verdict == GOALS_WARN ||
				    c->verdict == GOALS_FAIL);
			FUZZ_ASSERT(c->code && *c->code);
			FUZZ_ASSERT(c->reason[0]);
			check_buf(c->reason, GOALS_SMART_MSG, utf8, text);
			check_buf(c->quote, GOALS_QUOTE_MAX, utf8, text);
			FUZZ_ASSERT(c->n_advice >= 0 &&
				    c->n_advice <= GOALS_ADVICE_MAX);
			for (a = 0; a < c->n_advice; a++) {
				const goals_suggestion *g = &c->advice[a];
				FUZZ_ASSERT((int)g->advice >= 0 &&
					    g->advice < GOALS_ADVICE_COUNT);
				FUZZ_ASSERT(g->action >= GOALS_ACT_REWORD &&
					    g->action <= GOALS_ACT_LOG);
				FUZZ_ASSERT(g->n_set >= 0 &&
					    g->n_set <= GOALS_SETTINGS_MAX);
				for (k = 0; k < g->n_set; k++)
					check_buf(g->set[k].value,
						  GOALS_SETTING_MAX, utf8, 1);
			}
		}
		if (out.deadline != GOALS_DATE_NONE) {
			char buf[GOALS_DATE_BUFSZ];
			goals_date back;
			goals_date_format(buf, out.deadline);
			FUZZ_ASSERT(goals_date_parse(&back, buf, 0, 0) ==
					    GOALS_OK &&
				    back == out.deadline);
		}
	}
	free(words);
	return 0;
}
