def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world"
for p in ["he", ("x", "he"), ("x",), (), "", "lo", "world", ("o", "wor")]:
    for rng in [(), (1,), (0, 2), (-5,), (-5, -2), (100,), (5, 2), (None, None), (None, 5), (6, None)]:
        t(lambda: (s.startswith(p, *rng), s.endswith(p, *rng)))
t(lambda: s.startswith(["a"])); t(lambda: s.endswith(1)); t(lambda: s.startswith(("a", 1))); t(lambda: s.startswith(("h", 1))); t(lambda: s.endswith(("d", 1)))
t(lambda: s.startswith()); t(lambda: s.startswith("h", "x")); t(lambda: "abc".startswith("", 3)); t(lambda: "abc".startswith("", 4)); t(lambda: "abc".endswith("", 4)); t(lambda: "abc".endswith("", 3, 1))
