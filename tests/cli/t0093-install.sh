#!/bin/sh
# t0093-install: `cmake --install` into a temporary prefix puts goals,
# libgoals (with its SONAME), the public headers, libgoals.pc, the manual
# pages and the bash and zsh completion where each is looked for; a C
# program builds against the installed library with pkg-config and
# runs; the installed goals finds libgoals through its RUNPATH (also
# when the prefix is moved), man finds its pages, and the install
# manifest takes it all away again.

. "$(dirname "$0")/lib.sh"

require cmake pkg-config cc readelf man

P=$TRASH/prefix
version=$(sed -n 's/^project(goals VERSION \([0-9][0-9.]*\).*/\1/p' \
	"$GOALS_SRC/CMakeLists.txt")
major=${version%%.*}
# A sanitized build's library needs the sanitizers in what links it.
SAN=
test -z "${GOALS_SANITIZED:-}" || SAN=-fsanitize=address,undefined

test_case "cmake --install --prefix puts everything under the prefix"
run cmake --install "$GOALS_BUILD" --prefix "$P"
expect_code 0
expect_stdout_match "Installing: $P/bin/goals\$"
expect_stdout_no_match "Installing: /(usr|etc|var)/"
pc=$(find "$P" -name libgoals.pc)
expect_match "the .pc file" "^$P/lib[^/]*(/[^/]+)?/pkgconfig/libgoals.pc\$" "$pc"
LIBDIR=$(dirname "$(dirname "$pc")")
expect_exists "$P/bin/goals"
expect_exists "$LIBDIR/libgoals.so.$version"
expect_exists "$P/include/goals.h"
expect_exists "$P/share/man/man1/goals.1"
expect_exists "$P/share/bash-completion/completions/goals"
expect_exists "$P/share/zsh/site-functions/_goals"

test_case "libgoals: libgoals.so.VERSION, its SONAME libgoals.so.MAJOR, and the links"
run readelf -d "$LIBDIR/libgoals.so.$version"
expect_stdout_match "\\(SONAME\\) +Library soname: \\[libgoals\\.so\\.$major\\]"
expect_eq "libgoals.so.$major" "libgoals.so.$version" \
	"$(readlink "$LIBDIR/libgoals.so.$major")"
expect_eq "libgoals.so" "libgoals.so.$major" \
	"$(readlink "$LIBDIR/libgoals.so")"
run readelf --dyn-syms --wide "$LIBDIR/libgoals.so.$version"
expect_stdout_match ' goals_store_open$'
expect_stdout_match ' goals_briefs$'
# only the public API: no store_, ops_ or id_ symbols
run sh -c 'readelf --dyn-syms --wide "$1" | awk '\''$5 == "GLOBAL" && $7 != "UND" { print $8 }'\'' | grep -v "^goals_"' \
	sh "$LIBDIR/libgoals.so.$version"
expect_stdout_empty

test_case "the public headers: include/goals.h and every include/goals/*.h"
(cd "$GOALS_SRC/include" && find . -name '*.h' | LC_ALL=C sort) >"$TRASH/src-h"
(cd "$P/include" && find . -type f | LC_ALL=C sort) >"$TRASH/inst-h"
expect_same_file "$TRASH/src-h" "$TRASH/inst-h"
expect_exists "$P/include/goals/export.h"
expect_exists "$P/include/goals/attention.h"

test_case "libgoals.pc: the prefix installed to, SQLite and cJSON as private requirements"
PKG_CONFIG_PATH=$LIBDIR/pkgconfig
export PKG_CONFIG_PATH
run pkg-config --modversion libgoals
expect_code 0
expect_stdout_eq "$version"
run pkg-config --cflags --libs libgoals
expect_stdout_match "(^| )-I$P/include( |\$)"
expect_stdout_match "(^| )-L$LIBDIR -lgoals( |\$)"
expect_stdout_no_match '-lsqlite3|-lcjson'
run pkg-config --print-requires-private libgoals
expect_stdout_eq "sqlite3
libcjson"
run pkg-config --static --libs libgoals
expect_stdout_match '(^| )-lsqlite3( |$)'
expect_stdout_match '(^| )-lcjson( |$)'
run pkg-config --variable=prefix libgoals
expect_stdout_eq "$P"

test_case "a C program builds against the installed libgoals with pkg-config and runs"
cat >"$TRASH/prog.c" <<'EOF'
#include <stdio.h>
#include <string.h>

#include <goals.h>

/* Add a goal to the store argv[1], list it back, and say what it is. */
int main(int argc, char **argv)
{
	goals_store *s = NULL;
	goals_fields f;
	goals_goal *g = NULL;
	goals_goal_list l = { NULL, 0 };
	goals_kind k;
	int rc;
	if (argc != 2)
		return 2;
	goals_fields_init(&f);
	if ((rc = goals_store_open(&s, argv[1], GOALS_OPEN_CREATE)) ||
	    (rc = goals_parse_kind(&k, "TOTAL")) ||
	    (rc = goals_fields_set_str(&f, GOALS_F_TEXT, "Read 12 books"))) {
		fprintf(stderr, "prog: %s\n", goals_errmsg());
		return 1;
	}
	f.kind = k;
	f.target = 12;
	f.set |= GOALS_F_KIND | GOALS_F_TARGET;
	if ((rc = goals_add(&g, s, &f, 1795860000)) ||
	    (rc = goals_list(&l, s, NULL, 1795860000))) {
		fprintf(stderr, "prog: %s\n", goals_errmsg());
		return 1;
	}
	printf("libgoals %s: %zu goal, %.*s %s (%s)\n", GOALS_VERSION,
	       l.count, l.items[0].short_len, l.items[0].id.hex,
	       l.items[0].f.text, goals_kind_name(l.items[0].f.kind));
	printf("%s\n", goals_strerror(GOALS_ENOTFOUND));
	goals_goal_list_free(&l);
	goals_goal_free(g);
	goals_fields_clear(&f);
	goals_store_close(s);
	return 0;
}
EOF
run sh -c 'cc -std=c11 -Wall -Wextra -Werror $3 -o "$2" "$1" $(pkg-config --cflags --libs libgoals)' \
	sh "$TRASH/prog.c" "$TRASH/prog" "$SAN"
expect_code 0
expect_stderr_empty
run readelf -d "$TRASH/prog"
expect_stdout_match '\(NEEDED\) +Shared library: \[libgoals\.so\.'"$major"'\]'
# A program outside the prefix is told where a library outside the
# system's directories is, as for any such library.
run env LD_LIBRARY_PATH="$LIBDIR" "$TRASH/prog" "$TRASH/prog.db"
expect_code 0
expect_stderr_empty
expect_stdout_match "^libgoals $version: 1 goal, [0-9a-f]{7} Read 12 books \\(total\\)\$"
expect_stdout_match '^no such goal$'
id=$(sed -n 's/.* goal, \([0-9a-f]*\) .*/\1/p' "$(stdout_file)")
run "$P/bin/goals" --db "$TRASH/prog.db" list
expect_code 0
expect_stdout_match "^$id .* Read 12 books\$"

test_case "the installed goals finds libgoals through its RUNPATH, not the build's"
run readelf -d "$P/bin/goals"
expect_stdout_match '\((RUNPATH|RPATH)\) +Library r(un)?path: \[\$ORIGIN/\.\./'"${LIBDIR#"$P"/}"'\]'
expect_stdout_no_match "$GOALS_BUILD"
run env -u LD_LIBRARY_PATH ldd "$P/bin/goals"
expect_stdout_match "libgoals\\.so\\.$major => $P/bin/\\.\\./${LIBDIR#"$P"/}/libgoals\\.so\\.$major "
run env -u LD_LIBRARY_PATH "$P/bin/goals" --version
expect_code 0
expect_stdout_eq "goals $version"
run env -u LD_LIBRARY_PATH "$P/bin/goals" add "Call my sister" -e week -t 1
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} Call my sister$'

test_case "a moved prefix still works: the RUNPATH is relative"
cp -a "$P" "$TRASH/moved"
run env -u LD_LIBRARY_PATH ldd "$TRASH/moved/bin/goals"
expect_stdout_match "libgoals\\.so\\.$major => $TRASH/moved/bin/\\.\\./"
run env -u LD_LIBRARY_PATH "$TRASH/moved/bin/goals" list
expect_code 0
expect_stdout_match 'Call my sister'
rm -rf "$TRASH/moved"

test_case "man finds goals(1) and every page in the prefix, and goals help shows them"
run env MANPATH="$P/share/man" man -w goals
expect_stdout_eq "$P/share/man/man1/goals.1"
run env MANPATH="$P/share/man" man goals
expect_code 0
expect_stdout_match '^GOALS\(1\) +Goals Manual +GOALS\(1\)$'
expect_stdout_match '^NAME$'
for f in "$GOALS_SRC"/man/*.[15]; do
	page=$(basename "$f")
	sec=${page##*.}
	expect_exists "$P/share/man/man$sec/$page"
	run env MANPATH="$P/share/man" man -w "$sec" "${page%.*}"
	expect_stdout_eq "$P/share/man/man$sec/$page"
done
run env MANPATH="$P/share/man" "$P/bin/goals" help add
expect_stdout_match '^GOALS-ADD\(1\)'
run env MANPATH="$P/share/man" "$P/bin/goals" list --help
expect_stdout_match '^GOALS-LIST\(1\)'

if test -f /usr/share/bash-completion/bash_completion; then
	test_case "bash-completion loads the installed completion from the prefix"
	run env XDG_DATA_DIRS="$P/share" bash -c \
		'. /usr/share/bash-completion/bash_completion
		 __load_completion goals && complete -p goals'
	expect_code 0
	expect_stdout_eq "complete -F _goals goals"
	expect_same_file "$GOALS_SRC/completion/goals.bash" \
		"$P/share/bash-completion/completions/goals"
else
	test_skip "bash-completion loads the installed completion" \
		"bash-completion is not installed"
fi
if command -v zsh >/dev/null 2>&1; then
	test_case "zsh's compinit takes _goals for goals from the prefix"
	run env -i HOME="$HOME" PATH="$PATH" zsh -f -c \
		'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D;
		 print -r -- $_comps[goals]' zsh "$P/share/zsh/site-functions"
	expect_code 0
	expect_stdout_eq "_goals"
else
	test_skip "zsh's compinit takes _goals" "zsh is not installed"
fi

test_case "the install manifest lists every file: removing them leaves no file"
expect_exists "$GOALS_BUILD/install_manifest.txt"
# (its last line has no newline)
while IFS= read -r f || test -n "$f"; do
	case $f in
	"$P"/*) rm -f "$f" ;;
	*) fail "the manifest names a file outside the prefix: $f" ;;
	esac
done <"$GOALS_BUILD/install_manifest.txt"
run find "$P" ! -type d
expect_stdout_empty

test_done
