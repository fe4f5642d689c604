#!/usr/bin/env python3
"""Check slotpy's parser against CPython's on the standard library.

For every .py file of CPython's stdlib (without its test suites and
site-packages), compare `slotpy --dump-ast FILE` with CPython's
`ast.dump(ast.parse(source), indent=2)` for every file.  Files that CPython itself rejects
are skipped and counted; the files that use the match statement are counted.

usage: parse_stdlib.py SLOTPY [--positions] [-j N] [FILE ...]

With --positions, `slotpy --dump-ast --positions` is compared with
ast.dump(..., include_attributes=True).  FILEs (absolute, relative to the cwd,
or relative to the stdlib dir) restrict the check to those files.
Exit status: 0 iff every checked file parsed identically.
"""

import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import warnings
from concurrent.futures import ProcessPoolExecutor

EXCLUDED_DIRS = {"site-packages", "test", "tests", "idle_test", "__pycache__"}
TIMEOUT = 30  # seconds per slotpy run
MAX_REPORTED = 20


def collect(stdlib):
    """Every .py file under stdlib, sorted, outside the excluded dirs."""
    files = []
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_DIRS)
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def first_difference(expected, actual):
    """Describe the first line where the two texts differ."""
    exp_lines = expected.splitlines()
    act_lines = actual.splitlines()
    for i, (e, a) in enumerate(zip(exp_lines, act_lines)):
        if e != a:
            return f"line {i + 1}: expected {e.strip()!r}, got {a.strip()!r}"
    i = min(len(exp_lines), len(act_lines))
    if len(exp_lines) > len(act_lines):
        return f"line {i + 1}: output ends early; expected {exp_lines[i].strip()!r}"
    if len(act_lines) > len(exp_lines):
        return f"line {i + 1}: unexpected extra output {act_lines[i].strip()!r}"
    return "output differs (line endings or trailing whitespace)"


def check(job):
    """Check one file.  Returns (outcome, path, detail) with outcome one of
    "ok", "fail", "invalid" (CPython rejects it); "ok" and "fail" carry whether the file uses
    the match statement."""
    slotpy, path, positions = job
    try:
        with open(path, "rb") as f:
            data = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning etc.
            tree = ast.parse(data, filename=path)
    except (SyntaxError, ValueError) as e:
        return "invalid", path, str(e), False
    uses_match = any(isinstance(node, ast.Match) for node in ast.walk(tree))
    expected = ast.dump(tree, indent=2, include_attributes=positions) + "\n"

    cmd = [slotpy, "--dump-ast"] + (["--positions"] if positions else []) + [path]
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "fail", path, f"timed out after {TIMEOUT} s", uses_match
    except OSError as e:
        return "fail", path, f"cannot run {slotpy}: {e}", uses_match

    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = " | ".join(err[-3:]) if err else "(no stderr)"
        return "fail", path, f"exit status {proc.returncode}: {tail}", uses_match
    actual = proc.stdout.decode("utf-8", "replace")
    if actual != expected:
        return "fail", path, first_difference(expected, actual), uses_match
    return "ok", path, "", uses_match


def resolve(name, stdlib):
    """A file named on the command line: as given, or inside the stdlib."""
    if os.path.isfile(name):
        return os.path.abspath(name)
    inside = os.path.join(stdlib, name)
    if os.path.isfile(inside):
        return inside
    sys.exit(f"parse_stdlib.py: no such file: {name}")


def main():
    ap = argparse.ArgumentParser(description="Compare slotpy --dump-ast with CPython's ast.dump "
                                             "over the standard library.")
    ap.add_argument("slotpy", help="path of the slotpy executable")
    ap.add_argument("files", nargs="*", help="check only these files")
    ap.add_argument("--positions", action="store_true",
                    help="also compare positions (ast.dump include_attributes=True)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel workers (default 2)")
    args = ap.parse_intermixed_args()

    slotpy = os.path.abspath(args.slotpy)
    if not os.access(slotpy, os.X_OK):
        sys.exit(f"parse_stdlib.py: slotpy not found or not executable: {slotpy}")
    stdlib = sysconfig.get_paths()["stdlib"]
    files = [resolve(f, stdlib) for f in args.files] if args.files else collect(stdlib)

    counts = {"ok": 0, "fail": 0, "invalid": 0}
    with_match = 0
    failures = []
    jobs = [(slotpy, path, args.positions) for path in files]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for outcome, path, detail, uses_match in pool.map(check, jobs, chunksize=4):
            counts[outcome] += 1
            with_match += uses_match
            if outcome == "fail":
                failures.append((path, detail))

    for path, detail in failures[:MAX_REPORTED]:
        shown = os.path.relpath(path, stdlib) if path.startswith(stdlib + os.sep) else path
        print(f"FAIL {shown}: {detail}")
    if len(failures) > MAX_REPORTED:
        print(f"... and {len(failures) - MAX_REPORTED} more failures")

    checked = counts["ok"] + counts["fail"]
    print(f"parsed identically: {counts['ok']} of {checked} files "
          f"({with_match} of them with match statements; "
          f"{counts['invalid']} skipped: invalid for CPython)")
    return 0 if counts["fail"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
