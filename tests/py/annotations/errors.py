# Errors from annotations: evaluated ones raise when the def / statement runs; under
# `from __future__ import annotations` nothing is evaluated, and some expressions are
# rejected at compile time.


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


def run(src):
    ns = {}
    exec(src, ns)
    return ns


attempt("def param", lambda: run("def f(x: undefined_name): pass"))
attempt("def return", lambda: run("def f() -> 1 / 0: pass"))
attempt("module", lambda: run("x: undefined_name = 1"))
attempt("module value first", lambda: run("x: undefined_name = 1 / 0"))
attempt("class", lambda: run("class C:\n    x: undefined_name"))
attempt("paren target", lambda: run("(x): undefined_name"))
attempt("attribute target", lambda: run("import sys\nsys.x: undefined_name"))
attempt("attribute object", lambda: run("missing.x: int"))
attempt("subscript", lambda: run("d = {}\nd[missing]: int"))
attempt("local", lambda: run("def f():\n    x: undefined_name = 1\n    return x\nprint(f())"))
attempt("star annotation", lambda: run("Ts = (int, str)\ndef f(*a: *Ts): pass"))
attempt("star annotation ok", lambda: print(run("Ts = [int]\ndef f(*a: *Ts): pass")["f"].__annotations__))

future = "from __future__ import annotations\n"
attempt("future def", lambda: print(run(future + "def f(x: undefined_name) -> 1 / 0: pass")["f"].__annotations__))
attempt("future module", lambda: print(run(future + "x: undefined_name = 1\n")["__annotations__"]))
attempt("future class", lambda: print(run(future + "class C:\n    x: 1 / 0")["C"].__annotations__))
attempt("future attribute", lambda: run(future + "import sys\nsys.x: undefined_name"))
attempt("future attribute object", lambda: run(future + "missing.x: int"))
attempt("future star", lambda: print(run(future + "def f(*a: *Ts): pass")["f"].__annotations__))

for body in ["def f(x: (yield)): pass", "def f() -> (yield from x): pass",
             "x: (y := 1)", "async def f(x: await y): pass", "class C:\n    x: (yield)",
             "def f():\n    x: (yield)", "x: [(y := 1) for z in w]", "def f(x: lambda: (yield)): pass"]:
    for prefix in ("", future):
        try:
            compile(prefix + body, "<snippet>", "exec")
            print(repr(body), bool(prefix), "compiles")
        except SyntaxError as e:
            print(repr(body), bool(prefix), "SyntaxError:", e.msg, e.lineno)
