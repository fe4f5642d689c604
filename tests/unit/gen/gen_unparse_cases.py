"""Regenerates the case table of tests/unit/unparse_test.cpp from CPython 3.11.

For every expression source (a hand-written list plus randomized combinations, seeded so the
table is stable) it records
  - ast.unparse(ast.parse(src, mode='eval').body)   (or "ValueError: ..." when it raises), and
  - the annotation string CPython's compiler stores for it under
    `from __future__ import annotations` (None when the expression is not allowed there).
Run with python3.11:  python3 tests/unit/gen/gen_unparse_cases.py
"""
import ast
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

# Hand-written sources: tests/unit/gen/unparse_sources.txt, one expression a line (a triple-quoted
# literal may continue on the following lines).
HAND = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "unparse_sources.txt"),
            encoding="utf-8").read()

OPS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]
CMPS = ["<", "<=", ">", ">=", "==", "!=", "is", "is not", "in", "not in"]
ATOMS = ["a", "b", "c", "x", "y", "1", "2.5", "-3", "None", "True", "...", "'s'", '"t"',
         "b'b'", "()", "[]", "{}", "1j", "f'{a}'", "'q\"'"]


def gen(rnd, depth):
    if depth <= 0 or rnd.random() < 0.15:
        return rnd.choice(ATOMS)
    d = depth - 1
    k = rnd.randrange(26)
    g = lambda: gen(rnd, d)
    if k == 0:
        return "%s %s %s" % (g(), rnd.choice(OPS), g())
    if k == 1:
        return "%s%s" % (rnd.choice(["-", "+", "~", "not "]), g())
    if k == 2:
        return (" %s " % rnd.choice(["and", "or"])).join(g() for _ in range(rnd.randrange(2, 5)))
    if k == 3:
        s = g()
        for _ in range(rnd.randrange(1, 3)):
            s += " %s %s" % (rnd.choice(CMPS), g())
        return s
    if k == 4:
        return "%s if %s else %s" % (g(), g(), g())
    if k == 5:
        params = rnd.choice(["", "x", "x, y", "*a", "x=1", "*, k", "a, /, b", "**kw", "x, *a, k=2, **kw"])
        return "lambda %s: %s" % (params, g()) if params else "lambda: %s" % g()
    if k == 6:
        args = [g() for _ in range(rnd.randrange(0, 3))]
        if rnd.random() < 0.3:
            args.append("*" + g())
        if rnd.random() < 0.3:
            args.append("k=" + g())
        if rnd.random() < 0.2:
            args.append("**" + g())
        return "%s(%s)" % (rnd.choice(["f", "g.h", "(" + g() + ")"]), ", ".join(args))
    if k == 7:
        return "(%s).attr" % g()
    if k == 8:
        sl = rnd.choice([g(), "%s:%s" % (g(), g()), ":%s" % g(), "::%s" % g(), "%s, %s" % (g(), g()),
                         "%s:, %s" % (g(), g()), "*%s" % g(), "(%s, %s)" % (g(), g())])
        return "%s[%s]" % (rnd.choice(["v", "(" + g() + ")"]), sl)
    if k == 9:
        n = rnd.randrange(0, 4)
        return "(%s)" % ", ".join(g() for _ in range(n)) + ("," if n == 1 else "")
    if k == 10:
        return "[%s]" % ", ".join(g() for _ in range(rnd.randrange(0, 4)))
    if k == 11:
        items = []
        for _ in range(rnd.randrange(0, 3)):
            items.append("**" + g() if rnd.random() < 0.2 else "%s: %s" % (g(), g()))
        return "{%s}" % ", ".join(items)
    if k == 12:
        return "{%s}" % ", ".join(g() for _ in range(rnd.randrange(1, 3)))
    if k == 13:
        comp = " for v in %s" % g()
        if rnd.random() < 0.4:
            comp += " if %s" % g()
        if rnd.random() < 0.2:
            comp += " async for w in %s" % g()
        return rnd.choice(["[%s%s]", "{%s%s}", "(%s%s)"]) % (g(), comp)
    if k == 14:
        return "{%s: %s for k, v in %s}" % (g(), g(), g())
    if k == 15:
        return "await %s" % g()
    if k == 16:
        return "(yield %s)" % g() if rnd.random() < 0.7 else "(yield from %s)" % g()
    if k == 17:
        return "(n := %s)" % g()
    if k == 18:
        inner = g()
        if "'" in inner or "\\" in inner or "\n" in inner:
            inner = "a"
        spec = rnd.choice(["", "!r", ":>3", "!s:{w}", "="])
        return "f'<{%s%s}>'" % (inner, spec)
    if k == 19:
        return "[*%s, %s]" % (g(), g())
    if k == 20:
        return "%s ** %s" % (g(), g())
    if k == 21:
        return "-(%s)" % g()
    if k == 22:
        return "%s.%s" % (g(), "real")
    return "(%s)" % g()


def random_cases(n, seed=3011):
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        src = gen(rnd, rnd.randrange(2, 5))
        try:
            ast.parse(src, mode="eval")
        except SyntaxError:
            continue
        if len(src) > 200:
            continue
        out.append(src)
    return out


def expected_unparse(src):
    try:
        return ast.unparse(ast.parse(src, mode="eval").body)
    except ValueError as e:
        return "ValueError: %s" % e


def expected_annotation(src):
    code = "from __future__ import annotations\ndef f(x: (\n%s\n)): pass\n" % src
    ns = {}
    try:
        exec(compile(code, "<ann>", "exec"), ns)
    except SyntaxError:
        return None
    return ns["f"].__annotations__["x"]


def cstr(s):
    if s is None:
        return "nullptr"
    # A C++ string literal of the UTF-8 bytes (lone surrogates as 3-byte sequences).
    b = s.encode("utf-8", "surrogatepass")
    out = '"'
    for c in b:
        if c == 0x22:
            out += '\\"'
        elif c == 0x5C:
            out += "\\\\"
        elif 0x20 <= c < 0x7F and c != 0x3F:  # '?' could form trigraph-like noise
            out += chr(c)
        else:
            out += "\\%03o" % c
    return out + '"'


def main():
    sources = []
    seen = set()
    # Hand cases are one per line, except triple-quoted ones which span lines.
    buf = ""
    for line in HAND.strip("\n").split("\n"):
        buf = buf + "\n" + line if buf else line
        try:
            ast.parse(buf, mode="eval")
        except SyntaxError:
            if buf.count("'''") % 2 or buf.count('"""') % 2:
                continue  # an unfinished multi-line literal
            print("skipped (not valid in 3.11): %r" % buf)
            buf = ""
            continue
        if buf not in seen:
            seen.add(buf)
            sources.append(buf)
        buf = ""
    assert not buf, buf
    nhand = len(sources)
    for src in random_cases(400):
        if src not in seen:
            seen.add(src)
            sources.append(src)
    rows = []
    for src in sources:
        rows.append("    {%s,\n     %s,\n     %s}," % (cstr(src), cstr(expected_unparse(src)),
                                                      cstr(expected_annotation(src))))
    path = "/work/main/tests/unit/unparse_test.cpp"
    text = open(path, encoding="utf-8").read()
    begin = "// BEGIN GENERATED CASES\n"
    end = "// END GENERATED CASES\n"
    i, j = text.index(begin) + len(begin), text.index(end)
    text = text[:i] + "\n".join(rows) + "\n" + text[j:]
    open(path, "w", encoding="utf-8").write(text)
    print("%d hand-written + %d random cases" % (nhand, len(sources) - nhand))


if __name__ == "__main__":
    main()
