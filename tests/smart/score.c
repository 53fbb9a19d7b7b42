/*
 * score.c - the SMART engine over labelled sets, in one process: each
 * goal's fields built as tests/smart/run.sh gives them to `goals add`,
 * its deadline read from the text as the store does, its progress
 * summarised as `goals check` loads it.  Much faster than run.sh, for
 * working on rules; run.sh, through the real binary, stays the measure.
 *
 * usage: smart-score [-v] [-d] FILE.jsonl...
 *   -v  list every disagreement
 *   -d  dump every goal's verdicts and codes, one line each
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "goals/common.h"
#include "goals/date.h"
#include "goals/goal.h"
#include "goals/smart.h"
#include "ops.h"

static char *slurp_line(FILE *f)
{
	size_t cap = 256, n = 0;
	char *buf = malloc(cap);
	int c;
	if (!buf)
		return NULL;
	while ((c = fgetc(f)) != EOF && c != '\n') {
		if (n + 1 >= cap) {
			char *g = realloc(buf, cap *= 2);
			if (!g) {
				free(buf);
				return NULL;
			}
			buf = g;
		}
		buf[n++] = (char)c;
	}
	if (c == EOF && n == 0) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	return buf;
}

static const char *str(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int num(const cJSON *o, const char *k, double *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	if (!cJSON_IsNumber(v))
		return 0;
	*out = v->valuedouble;
	return 1;
}

static goals_date iso_date(const char *s)
{
	goals_date d = GOALS_DATE_NONE;
	if (s && goals_date_parse(&d, s, 0, 0))
		fprintf(stderr, "bad date %s\n", s);
	return d;
}

static int cmp_point(const void *a, const void *b)
{
	const goals_point *x = a, *y = b;
	return (x->day > y->day) - (x->day < y->day);
}

/* Judge one labelled goal; 0 or an error. */
static int judge(goals_smart *out, const cJSON *fields, const char *text)
{
	goals_fields f;
	goals_smart_input in;
	goals_time now;
	goals_date today;
	const char *s, *agg;
	char buf[1024], area[256];
	double v;
	goals_point *pts = NULL;
	size_t n = 0, i;
	const cJSON *prog, *e;
	int rc;
	const char *asof = str(fields, "as_of");
	snprintf(buf, sizeof(buf), "%sT12:00:00Z", asof ? asof : "2025-03-01");
	if (goals_time_parse_iso(&now, buf))
		return -1;
	today = goals_local_date(now);
	goals_fields_init(&f);
	goals_fields_set_str(&f, GOALS_F_TEXT, text);
	if ((s = str(fields, "metric")))
		goals_fields_set_str(&f, GOALS_F_METRIC, s);
	if ((s = str(fields, "unit")))
		goals_fields_set_str(&f, GOALS_F_UNIT, s);
	if (num(fields, "baseline", &v)) {
		f.baseline = v;
		f.set |= GOALS_F_BASELINE;
	}
	agg = str(fields, "agg");
	if (agg && !strcmp(agg, "per_period")) {
		f.kind = GOALS_KIND_HABIT;
		f.set |= GOALS_F_KIND | GOALS_F_EVERY;
		s = str(fields, "period");
		f.every = !s                    ? GOALS_EVERY_NONE
			  : !strcmp(s, "day")   ? GOALS_EVERY_DAY
			  : !strcmp(s, "week")  ? GOALS_EVERY_WEEK
						: GOALS_EVERY_MONTH;
		if (num(fields, "per_period_target", &v)) {
			f.target = v;
			f.set |= GOALS_F_TARGET;
		}
	} else if (num(fields, "target", &v)) {
		f.target = v;
		f.set |= GOALS_F_TARGET;
	}
	if (agg && !strcmp(agg, "sum")) {
		f.kind = GOALS_KIND_TOTAL;
		f.set |= GOALS_F_KIND;
	} else if (agg && !strcmp(agg, "last")) {
		f.kind = GOALS_KIND_LEVEL;
		f.set |= GOALS_F_KIND;
	}
	if ((s = str(fields, "start"))) {
		f.start = iso_date(s);
		f.set |= GOALS_F_START;
	}
	if ((s = str(fields, "deadline"))) {
		f.deadline = iso_date(s);
		f.set |= GOALS_F_DEADLINE;
	}
	{
		const char *why = str(fields, "why"), *val = str(fields, "value");
		if (why && val)
			snprintf(buf, sizeof(buf), "%s; value: %s", why, val);
		else if (why)
			snprintf(buf, sizeof(buf), "%s", why);
		else if (val)
			snprintf(buf, sizeof(buf), "value: %s", val);
		if (why || val)
			goals_fields_set_str(&f, GOALS_F_WHY, buf);
	}
	if ((s = str(fields, "area"))) {
		for (i = 0; s[i] && i + 1 < sizeof(area); i++) {
			char c = s[i];
			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			area[i] = ((c >= 'a' && c <= 'z') ||
				   (c >= '0' && c <= '9') || c == '_' ||
				   c == '-')
					  ? c
					  : '-';
		}
		area[i] = '\0';
		goals_fields_set_str(&f, GOALS_F_AREA, area);
	}
	if (num(fields, "confidence", &v)) {
		f.confidence = (int)v;
		f.set |= GOALS_F_CONFIDENCE;
	}
	if (num(fields, "review_every_days", &v)) {
		f.review.n = (int)v;
		f.review.unit = 'd';
		f.set |= GOALS_F_REVIEW;
	}
	if (str(fields, "parent")) {
		memset(f.parent.hex, 'a', GOALS_ID_HEXLEN);
		f.parent.hex[GOALS_ID_HEXLEN] = '\0';
		f.set |= GOALS_F_PARENT;
	}
	if ((rc = goals_fields_check(&f))) {
		fprintf(stderr, "refused: %s: %s\n", text, goals_errmsg());
		goals_fields_clear(&f);
		return rc;
	}
	if ((rc = ops_text_deadline(&f, today, today)))
		return rc;
	memset(&in, 0, sizeof(in));
	in.f = &f;
	in.status = GOALS_STATUS_ACTIVE;
	in.created = today;
	in.revised = now;
	in.recent_from = goals_smart_recent_from(&f, today);
	prog = cJSON_GetObjectItemCaseSensitive(fields, "progress");
	pts = calloc((size_t)cJSON_GetArraySize(prog) + 1, sizeof(*pts));
	cJSON_ArrayForEach(e, prog)
	{
		goals_date d = iso_date(str(e, "date"));
		double q = 0;
		num(e, "qty", &q);
		in.count++;
		in.sum += q;
		if (d >= in.recent_from) {
			pts[n].day = d;
			pts[n++].value = q;
		}
	}
	qsort(pts, n, sizeof(*pts), cmp_point);
	in.recent = pts;
	in.n_recent = n;
	rc = goals_smart_check(out, &in, now);
	free(pts);
	goals_fields_clear(&f);
	return rc;
}

int main(int argc, char **argv)
{
	static const char *const keys[] = {"S", "M", "A", "R", "T"};
	static const char *const names[] = {"specific", "measurable",
					    "achievable", "relevant",
					    "time_bound"};
	int verbose = 0, dump = 0, a, l;
	size_t n = 0, agree[GOALS_LETTERS] = {0};
	setenv("TZ", "UTC", 1);
	for (a = 1; a < argc && argv[a][0] == '-'; a++) {
		if (!strcmp(argv[a], "-v"))
			verbose = 1;
		else if (!strcmp(argv[a], "-d"))
			dump = 1;
	}
	for (; a < argc; a++) {
		FILE *fp = fopen(argv[a], "r");
		char *line;
		if (!fp) {
			perror(argv[a]);
			return 2;
		}
		while ((line = slurp_line(fp))) {
			cJSON *j = cJSON_Parse(line), *fields, *expect;
			const char *text;
			goals_smart r;
			char msg[2048];
			size_t o = 0;
			if (!j) {
				free(line);
				continue;
			}
			fields = cJSON_GetObjectItemCaseSensitive(j, "fields");
			expect = cJSON_GetObjectItemCaseSensitive(j, "expect");
			text = str(j, "text");
			if (!text || judge(&r, fields, text)) {
				fprintf(stderr, "cannot judge: %s\n", line);
				return 1;
			}
			n++;
			if (dump) {
				for (l = 0; l < GOALS_LETTERS; l++)
					printf("%s%s:%s/%s", l ? " " : "",
					       keys[l],
					       goals_verdict_name(r.c[l].verdict),
					       r.c[l].code);
				printf(" | %s\n", text);
			}
			for (l = 0; l < GOALS_LETTERS; l++) {
				const char *want = str(expect, keys[l]);
				int got_fail = r.c[l].verdict == GOALS_FAIL;
				int want_fail = want && !strcmp(want, "fail");
				if (got_fail == want_fail) {
					agree[l]++;
					continue;
				}
				o += (size_t)snprintf(
					msg + o, sizeof(msg) - o,
					"    %s: judged %s (%s), labelled %s: %s\n",
					names[l], got_fail ? "fail" : "pass",
					r.c[l].code, want, text);
			}
			if (verbose && o)
				fputs(msg, stderr);
			cJSON_Delete(j);
			free(line);
		}
		fclose(fp);
	}
	printf("SMART agreement over %zu goals:\n", n);
	for (l = 0; l < GOALS_LETTERS; l++)
		printf("  %-11s %3zu/%zu  %5.1f%%\n", names[l], agree[l], n,
		       n ? 100.0 * (double)agree[l] / (double)n : 0);
	return 0;
}
