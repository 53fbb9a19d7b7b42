/*
 * fuzz.h - what the fuzz harnesses share: the entry point libFuzzer
 * calls (each fuzz-*.c defines it), and turning the fuzzer's bytes into
 * the C strings the library reads.
 *
 * Each harness is built two ways: with -fsanitize=fuzzer (clang, the
 * GOALS_FUZZ option), where libFuzzer provides main(); and with
 * replay.c's main(), which runs the inputs kept in corpus/NAME/ once
 * each, so that the default test run (gcc, with or without sanitizers)
 * replays every input that ever found something.
 */
#ifndef GOALS_FUZZ_H
#define GOALS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A NUL-terminated copy of data[0..size) (malloc'd; aborts when out of
 * memory, which a harness may do). */
char *fuzz_str(const uint8_t *data, size_t size);

/* Stop the run, with a message on stderr, when an oracle of a harness
 * finds the library breaking its own contract: libFuzzer keeps the
 * input as a crash, replay.c fails the test. */
#define FUZZ_ASSERT(cond)                                                    \
	do {                                                                 \
		if (!(cond))                                                 \
			fuzz_fail(__FILE__, __LINE__, #cond);                \
	} while (0)
void fuzz_fail(const char *file, int line, const char *what);

#endif
