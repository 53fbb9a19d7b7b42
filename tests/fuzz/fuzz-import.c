/*
 * fuzz-import.c - the import parser: goals_import reading bytes as an
 * export (JSON Lines or one JSON document) and merging them into a store
 * that already holds goals, revisions, entries, voids and status events
 * (corpus/import/export.jsonl, imported once at start), so that both new
 * records and records that must match what is there are read.  Each
 * input is imported with GOALS_IMPORT_DRY_RUN: checked, merged and
 * counted, then rolled back, so every input meets the same store.  The
 * bytes reach the library through the read callback in chunks of a size
 * that varies from input to input, as a pipe gives them.
 *
 * Oracles: the answer is success or a refusal of the input (never a
 * storage error on a sound store); a refusal's message is valid UTF-8
 * without control characters but newlines (the binary prints it to a
 * terminal); a dry run changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "goals.h"

#ifndef GOALS_FUZZ_SEED
#error "GOALS_FUZZ_SEED: the path of the export the store starts with"
#endif

static goals_store *store;
static char *dir;
static long goals_before;

struct feed {
	const uint8_t *p;
	size_t left, chunk;
};

static int feed_read(void *ctx, char *buf, size_t cap, size_t *len)
{
	struct feed *f = ctx;
	size_t n = f->left < f->chunk ? f->left : f->chunk;
	if (n > cap)
		n = cap;
	memcpy(buf, f->p, n);
	f->p += n;
	f->left -= n;
	*len = n;
	return 0;
}

static int file_read(void *ctx, char *buf, size_t cap, size_t *len)
{
	*len = fread(buf, 1, cap, (FILE *)ctx);
	return ferror((FILE *)ctx) ? -1 : 0;
}

static long count_goals(void)
{
	goals_goal_list l = {NULL, 0};
	goals_filter all = {(1u << GOALS_STATUS_ACTIVE) |
				    (1u << GOALS_STATUS_ACHIEVED) |
				    (1u << GOALS_STATUS_ABANDONED),
			    NULL, GOALS_DATE_NONE};
	long n;
	if (goals_list(&l, store, &all, 0) != GOALS_OK)
		return -1;
	n = (long)l.count;
	goals_goal_list_free(&l);
	return n;
}

static void cleanup(void)
{
	char path[4096];
	goals_store_close(store);
	store = NULL;
	if (!dir)
		return;
	snprintf(path, sizeof(path), "%s/goals.db", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/goals.db-wal", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/goals.db-shm", dir);
	unlink(path);
	rmdir(dir);
	free(dir);
	dir = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char tmpl[4096], path[4096];
	const char *tmp = getenv("TMPDIR");
	goals_import_stats st;
	FILE *seed;
	(void)argc;
	(void)argv;
	setenv("TZ", "UTC", 1);
	snprintf(tmpl, sizeof(tmpl), "%s/goals-fuzz.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl) || !(dir = strdup(tmpl))) {
		perror("fuzz-import: mkdtemp");
		exit(1);
	}
	atexit(cleanup);
	snprintf(path, sizeof(path), "%s/goals.db", dir);
	if (goals_store_open(&store, path, GOALS_OPEN_CREATE) != GOALS_OK) {
		fprintf(stderr, "fuzz-import: %s\n", goals_errmsg());
		exit(1);
	}
	if (!(seed = fopen(GOALS_FUZZ_SEED, "rb"))) {
		perror(GOALS_FUZZ_SEED);
		exit(1);
	}
	if (goals_import(&st, store, file_read, seed, 0) != GOALS_OK) {
		fprintf(stderr, "fuzz-import: the seed: %s\n", goals_errmsg());
		exit(1);
	}
	fclose(seed);
	goals_before = count_goals();
	if (goals_before <= 0) {
		fprintf(stderr, "fuzz-import: the seed made no goal\n");
		exit(1);
	}
	return 0;
}

/* A refusal's message: valid UTF-8, printable but for newlines. */
static void check_message(void)
{
	const char *m = goals_errmsg();
	size_t i, len = strlen(m);
	FUZZ_ASSERT(len > 0);
	FUZZ_ASSERT(goals_utf8_valid(m, len));
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)m[i];
		FUZZ_ASSERT(c == '\n' || (c >= 0x20 && c != 0x7f));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned long runs;
	goals_import_stats st;
	struct feed f;
	int rc;
	if (size > (1u << 20))
		return 0;
	f.p = data;
	f.left = size;
	/* 1 to 4096 bytes a read, the same for the same input */
	f.chunk = 1 + ((size * 2654435761u) >> 7) % 4096;
	rc = goals_import(&st, store, feed_read, &f, GOALS_IMPORT_DRY_RUN);
	if (rc != GOALS_OK && rc != GOALS_ENOMEM) {
		if (rc != GOALS_EINVAL)
			fprintf(stderr, "fuzz-import: %d: %s\n", rc,
				goals_errmsg());
		FUZZ_ASSERT(rc == GOALS_EINVAL);
		check_message();
	}
	if (++runs % 512 == 0)
		FUZZ_ASSERT(count_goals() == goals_before);
	return 0;
}
