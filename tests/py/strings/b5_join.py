def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: ",".join(["a", "b"])); t(lambda: ",".join([])); t(lambda: ",".join(["a"])); t(lambda: "".join(["a"] * 3))
t(lambda: ",".join(["a", 1])); t(lambda: ",".join([1, "a"])); t(lambda: ",".join("abc")); t(lambda: ",".join(1)); t(lambda: ",".join([b"a"])); t(lambda: ",".join(None))
t(lambda: "x".join(x for x in "abc")); t(lambda: "-".join({"k": 1})); t(lambda: "\u20ac".join(["a", "\U0001F600"])); t(lambda: ", ".join(map(str, range(5))))
class S(str): pass
t(lambda: "-".join([S("a"), "b"])); t(lambda: type("".join([S("a")]))); t(lambda: type("".join([S("a"), S("b")])))
t(lambda: "".join()); t(lambda: str.join(",", ["p", "q"])); t(lambda: str.join(1, ["p"]))
def gen():
    yield "a"
    raise ValueError("gen failed")
t(lambda: "".join(gen()))
