def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: str()); t(lambda: str(1, 2)); t(lambda: str(object=5)); t(lambda: str(b"a", encoding="latin-1")); t(lambda: str(1, "utf-8")); t(lambda: str("a", encoding="utf-8")); t(lambda: str(encoding="utf-8"))
t(lambda: str(b"abc")); t(lambda: str([1, "a"])); t(lambda: str(None)); t(lambda: str(1.5)); t(lambda: str(str)); t(lambda: str(-0.0)); t(lambda: str(2**100))
class Bad:
    def __str__(self): return 1
class Good:
    def __str__(self): return "good"
class ReprOnly:
    def __repr__(self): return "RO"
t(lambda: str(Bad())); t(lambda: str(Good())); t(lambda: str(ReprOnly())); t(lambda: str(b"\xff", "utf-8")); t(lambda: str(b"\xff", "utf-8", "replace")); t(lambda: str(memoryview if False else bytearray(b"q"), "ascii"))
t(lambda: str.__new__(str, "x")); t(lambda: str.__new__(int, "x")); t(lambda: str("x", x=1))
