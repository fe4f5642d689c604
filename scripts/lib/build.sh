# shellcheck shell=bash
# Shared by scripts/slotpy, scripts/test and scripts/run-snippets (sourced, not
# run).  Defines SLOTPY_ROOT, SLOTPY_BUILD_DIR, SLOTPY_BIN and slotpy_build.
#
# slotpy_build: bootstrap the tools, configure build/release once (only if it
# was never configured), then build incrementally.  Quiet unless something
# fails: the build output goes to build/release/build.log and is printed on
# failure.  Returns non-zero on failure.

SLOTPY_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
SLOTPY_BUILD_DIR=$SLOTPY_ROOT/build/release
# shellcheck disable=SC2034  # used by the scripts that source this file
SLOTPY_BIN=$SLOTPY_BUILD_DIR/slotpy

slotpy_build() {
    local dir=$SLOTPY_BUILD_DIR log=$SLOTPY_BUILD_DIR/build.log

    "$SLOTPY_ROOT/scripts/bootstrap" || return 1
    mkdir -p "$dir" || return 1

    # Serialise concurrent builds of the same tree (e.g. two scripts/slotpy
    # runs at once); fd 9 is closed again before returning.
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$dir/.build.lock" && flock 9
    fi

    local rc=0
    # Configure only when the build tree is missing or incomplete; afterwards
    # the generated build system re-runs cmake by itself when needed.
    if [[ ! -f $dir/CMakeCache.txt ]] ||
       [[ ! -f $dir/build.ninja && ! -f $dir/Makefile ]]; then
        local gen=()
        if [[ ! -f $dir/CMakeCache.txt ]]; then
            # First configure: pick the generator (an existing cache keeps its own).
            if command -v ninja >/dev/null 2>&1; then gen=(-G Ninja); else gen=(-G "Unix Makefiles"); fi
        fi
        cmake -S "$SLOTPY_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release \
            >"$log" 2>&1 || rc=$?
        if ((rc)); then
            echo "slotpy: cmake configure failed (log: $log):" >&2
            cat "$log" >&2
        fi
    fi

    if ((rc == 0)); then
        cmake --build "$dir" --parallel "${SLOTPY_JOBS:-$(nproc 2>/dev/null || echo 2)}" \
            >"$log" 2>&1 || rc=$?
        if ((rc)); then
            echo "slotpy: build failed (log: $log):" >&2
            cat "$log" >&2
        fi
    fi

    if command -v flock >/dev/null 2>&1; then exec 9>&-; fi
    return "$rc"
}
