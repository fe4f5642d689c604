# shellcheck shell=bash
# Shared by scripts/run-snippets and scripts/regen-expected (sourced, not run):
# how a snippet is run and how its results are recorded.
#
# A snippet NAME.py is run as `INTERP NAME.py` with cwd = its directory,
# stdin from /dev/null, a timeout, and a fixed environment.  Its result is
#   - stdout, compared exactly with NAME.out;
#   - the "status part": a line "[exit N]" and, when N != 0, the last line of
#     stderr (or the whole stderr if the snippet has a line "# check: stderr").
#     NAME.err holds this part; it exists only when N != 0 is expected.
# CPython prints absolute paths for the script (File "/abs/dir/NAME.py"), so
# "/abs/dir/" is stripped from stderr, which leaves File "NAME.py".

SNIPPET_TIMEOUT=${SNIPPET_TIMEOUT:-60}   # seconds per snippet run

# True if the snippet's expected stderr is its whole stderr.
snippet_checks_whole_stderr() {
    grep -qE '^[[:space:]]*# check: stderr[[:space:]]*$' "$1"
}

# True if the snippet's expected files are maintained by hand.
snippet_by_hand() {
    grep -q '^# expected: by hand' "$1"
}

# Make an interpreter given as a path absolute (we cd before running it);
# a bare command name (python3) is left for PATH lookup.
snippet_abs_interp() {
    local i=$1
    if [[ $i == */* && $i != /* ]]; then i=$PWD/$i; fi
    printf '%s\n' "$i"
}

# snippet_run INTERP FILE OUT STATUS
# Runs snippet FILE with INTERP; writes its stdout to OUT and its status part
# to STATUS (see above).  Returns the interpreter's exit status.
snippet_run() {
    local interp=$1 file=$2 out=$3 status=$4
    local dir base rc whole=0
    dir=$(cd "$(dirname "$file")" && pwd) || return 125
    base=${file##*/}
    snippet_checks_whole_stderr "$file" && whole=1

    # --foreground keeps the interpreter in our process group, so that Ctrl-C
    # reaches it.  The outer braces' 2>/dev/null silences bash's own
    # "Segmentation fault" report when the interpreter dies of a signal (the
    # status is then 128+signal).
    { (cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        exec timeout --foreground -k 5 "$SNIPPET_TIMEOUT" "$interp" "$base") \
        </dev/null >"$out" 2>"$status.stderr"; } 2>/dev/null
    rc=$?

    {
        echo "[exit $rc]"
        if ((rc != 0)); then
            if ((whole)); then cat "$status.stderr"; else tail -n 1 "$status.stderr"; fi |
                SNIP_D1="$dir/" SNIP_D2="$(cd "$dir" && pwd -P)/" awk '
                    function strip(s, d,   i) {
                        while ((i = index(s, d)) > 0)
                            s = substr(s, 1, i - 1) substr(s, i + length(d))
                        return s
                    }
                    { print strip(strip($0, ENVIRON["SNIP_D1"]), ENVIRON["SNIP_D2"]) }'
        fi
    } >"$status"
    rm -f "$status.stderr"
    return "$rc"
}
