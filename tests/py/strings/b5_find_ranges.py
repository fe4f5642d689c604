def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world hello"
for sub in ["hello", "o", "", "zz", "hello world hello!", "l"]:
    for rng in [(), (1,), (-5,), (100,), (-100,), (2, 5), (0, -1), (5, 2), (None, 3), (3, None), (-100, 100), (17,), (18,), (None, None)]:
        t(lambda: (s.find(sub, *rng), s.rfind(sub, *rng), s.count(sub, *rng)))
t(lambda: s.find(1)); t(lambda: s.count()); t(lambda: s.find("a", "b")); t(lambda: s.find("b", 1.0)); t(lambda: s.find("o", 2**100)); t(lambda: s.find("o", -2**100)); t(lambda: s.find("o", 0, 2**100))
t(lambda: "".count("")); t(lambda: "abc".count("", 1)); t(lambda: "abc".count("", 10)); t(lambda: "abc".find("", 3)); t(lambda: "abc".find("", 4)); t(lambda: "abc".rfind("", 4)); t(lambda: "abc".count("", -2**100, 2**100))
t(lambda: "aaaa".count("aa")); t(lambda: "\u20ac\u20ac".find("\u20ac", 1)); t(lambda: "x\U0001F600y".rfind("y")); t(lambda: "abc".find("\u20ac")); t(lambda: "\u20acab".find("b"))
class I:
    def __index__(self): return 2
t(lambda: s.find("l", I())); t(lambda: s.count("l", I(), I()))
