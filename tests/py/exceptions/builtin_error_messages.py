# Messages of common runtime errors raised by the VM.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: [1][5],
    lambda: (1,)[-3],
    lambda: "ab"[9],
    lambda: {}["k"],
    lambda: None.attr,
    lambda: (1).nope,
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [] + (),
    lambda: -"s",
    lambda: ~1.5,
    lambda: "a" * "b",
    lambda: [1, 2] < "a",
    lambda: {} < {},
    lambda: int("zz"),
    lambda: float("pi"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: len(iter([])),
    lambda: 2 ** "a",
    lambda: divmod(1, 0),
    lambda: ().x,
    lambda: set().pop(),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
