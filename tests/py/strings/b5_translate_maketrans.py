def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: sorted(str.maketrans("abc", "xyz").items())); t(lambda: str.maketrans("abc", "xy")); t(lambda: sorted(str.maketrans("abc", "xyz", "d").items()))
t(lambda: sorted(str.maketrans({"a": "b", 98: None, "c": 100}).items())); t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1})); t(lambda: str.maketrans("a")); t(lambda: str.maketrans(1)); t(lambda: str.maketrans())
t(lambda: str.maketrans("a", 1)); t(lambda: str.maketrans("a", "b", 1)); t(lambda: str.maketrans(1, 2, 3)); t(lambda: str.maketrans("", "")); t(lambda: str.maketrans({}))
t(lambda: "abcd".translate(str.maketrans("abc", "xyz", "d")))
t(lambda: "abcd".translate({97: "XX", 98: None, 99: 0x1F600}))
t(lambda: "abcd".translate({97: 1.5})); t(lambda: "abcd".translate({97: -1})); t(lambda: "abcd".translate({97: 0x110000}))
t(lambda: "abcd".translate([None, "q"] * 60)); t(lambda: "abcd".translate(1)); t(lambda: "abcd".translate({})); t(lambda: "\u20ac".translate({0x20ac: "E"}))
class M:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        if k == 98: raise ValueError("boom")
        return k + 1
t(lambda: "a".translate(M())); t(lambda: "ab".translate(M())); t(lambda: "c".translate(M())); t(lambda: "xyz".translate(M()))
