def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
k = d.keys(); v = d.values(); it = d.items()
def srt(x): return sorted(x, key=repr) if isinstance(x, (set, frozenset)) else x
for f in [lambda: k & e.keys(), lambda: k | e.keys(), lambda: k - e.keys(), lambda: k ^ e.keys(), lambda: k | ["z"], lambda: k & {"a", "q"}, lambda: ["a"] & k, lambda: {"q"} | k, lambda: {"a", "q"} - k, lambda: "ab" - k,
          lambda: it & {("a", 1)}, lambda: it | {("z", 0)}, lambda: it - {("a", 1)}, lambda: it ^ {("a", 1), ("b", 3)}, lambda: k & 1, lambda: k | 1, lambda: v | v, lambda: v & set(), lambda: k - [["unhashable"]], lambda: it & [("a", 1), ["x"]]]:
    try:
        r = f()
        print(type(r).__name__, srt(r))
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: k == {"a", "b", "c"}); t(lambda: k < {"a", "b", "c", "d"}); t(lambda: k <= {"a", "b", "c"}); t(lambda: it == {("a", 1), ("b", 2), ("c", 3)}); t(lambda: v == v); t(lambda: k > set()); t(lambda: k == ["a", "b", "c"]); t(lambda: k == d.keys())
t(lambda: k.isdisjoint({"x"})); t(lambda: it.isdisjoint([("a", 1)])); t(lambda: k.isdisjoint(k)); t(lambda: "a" in k); t(lambda: ("a", 1) in it); t(lambda: ("a", 2) in it); t(lambda: 1 in v); t(lambda: ["a"] in it); t(lambda: (["a"], 1) in it); t(lambda: ("a",) in it)
t(lambda: k.mapping); t(lambda: v.mapping); t(lambda: it.mapping["a"]); t(lambda: type(k.mapping).__name__); t(lambda: len(k)); t(lambda: hash(k))
