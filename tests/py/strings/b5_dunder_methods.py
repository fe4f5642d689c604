def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "abc".__getitem__(1)); t(lambda: "abc".__len__()); t(lambda: "abc".__contains__("b")); t(lambda: "abc".__mod__(())); t(lambda: "%s".__rmod__("x")); t(lambda: "abc".__hash__() == hash("abc")); t(lambda: "a".__add__(1)); t(lambda: "a".__eq__(1)); t(lambda: "a".__lt__(1))
t(lambda: "a".__mul__(3)); t(lambda: "a".__rmul__(3)); t(lambda: "a".__ne__("b")); t(lambda: "a".__ge__("a")); t(lambda: "abc".__iter__().__next__()); t(lambda: "a".__format__(">3")); t(lambda: "a".__sizeof__() > 0)
t(lambda: "a".__getnewargs__()); t(lambda: str.__add__("a", "b")); t(lambda: "abc".__reversed__() if hasattr("", "__reversed__") else "no __reversed__")
t(lambda: list(reversed("abc"))); t(lambda: list(iter("a\u20ac"))); t(lambda: len("\U0001F600\u20aca"))
