def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "{} {}".format(1, 2)); t(lambda: "{0} {1} {0}".format("a", "b")); t(lambda: "{a} {b}".format(a=1, b=2))
t(lambda: "{}".format()); t(lambda: "{1}".format(1)); t(lambda: "{a}".format()); t(lambda: "{} {0}".format(1)); t(lambda: "{0} {}".format(1))
t(lambda: "{".format()); t(lambda: "}".format()); t(lambda: "{{}}".format()); t(lambda: "{{{}}}".format(5)); t(lambda: "a{{b".format()); t(lambda: "}}{{".format()); t(lambda: "{}}".format(1)); t(lambda: "{{}".format(1))
t(lambda: "{0!r}".format("x")); t(lambda: "{0!s}".format("x")); t(lambda: "{0!a}".format("\xe9")); t(lambda: "{0!x}".format(1)); t(lambda: "{0!}".format(1)); t(lambda: "{!r}".format(1)); t(lambda: "{:}".format(1)); t(lambda: "{0!rr}".format(1)); t(lambda: "{0!r:>10}".format("a"))
t(lambda: "{0:{1}}".format(5, 10)); t(lambda: "{0:{1}{2}}".format(5, "<", 10)); t(lambda: "{:{}}".format(5, 3)); t(lambda: "{0:{1:{2}}}".format(1, 2, 3)); t(lambda: "{:{:{:{}}}}".format(1, 2, 3, 4)); t(lambda: "{:{}}{}".format(1, 2, 3))
t(lambda: "{0:}}".format(1)); t(lambda: "x{}y".format("\xe9")); t(lambda: "{0:%}".format("a")); t(lambda: "{:d}".format("a")); t(lambda: "{:s}".format(1)); t(lambda: "{:x}".format(1.5))
t(lambda: "{0}".format(*[7])); t(lambda: "{a}{b}".format(**{"a": 1, "b": 2})); t(lambda: "{0}{x}".format(1, x=2)); t(lambda: "{10}".format(*range(11))); t(lambda: "{-1}".format(1)); t(lambda: "{0 }".format(1)); t(lambda: "{ 0}".format(1))
t(lambda: "{:>{w}.{p}f}".format(3.14159, w=10, p=3)); t(lambda: "{:{fill}{align}8}".format("x", fill="*", align="^")); t(lambda: "{!s:{}}".format(1, 4))
