# TypeError messages from calling builtins with wrong arguments.
five, text, nothing = 5, "s", None
tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs(),
    lambda: abs("x"),
    lambda: int("1", 2, 3),
    lambda: divmod(1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
