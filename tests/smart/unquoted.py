#!/usr/bin/env python3
"""No labelled goal is quoted in the engine's code: the rules must hold
for goals they were not written for, so neither a rule nor a comment may
carry a labelled goal's words.

usage: unquoted.py SRC_DIR FILE.jsonl...

Fails (exit 1), naming the file and the words, when SRC_DIR's C sources
hold, as consecutive words (case, punctuation and line breaks aside):
  - any run of 5 words of a labelled goal, or
  - the whole text of a labelled goal of 3 or 4 words.
A file's goals are its "text" fields, or the "text" of each member of a
paraphrase family ("members")."""
import glob
import json
import re
import sys

N = 5


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, sets = argv[1], argv[2:]
    grams = {}
    for path in sets:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                j = json.loads(line)
                texts = [j["text"]] if "text" in j else \
                    [m["text"] for m in j.get("members", [])]
                for t in texts:
                    w = words(t)
                    if 3 <= len(w) < N:
                        grams.setdefault(tuple(w), t)
                    for i in range(len(w) - N + 1):
                        grams.setdefault(tuple(w[i:i + N]), t)
    bad = 0
    files = sorted(glob.glob(src + "/**/*.[ch]", recursive=True))
    for path in files:
        with open(path, encoding="utf-8") as f:
            w = words(f.read())
        seen = set()
        for n in range(3, N + 1):
            for i in range(len(w) - n + 1):
                g = tuple(w[i:i + n])
                if g in grams and g not in seen:
                    seen.add(g)
                    bad += 1
                    print(f"{path}: '{' '.join(g)}' quotes the labelled "
                          f"goal '{grams[g]}'")
    print(f"{len(files)} files, {len(grams)} word runs of labelled goals: "
          f"{bad} quoted")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
