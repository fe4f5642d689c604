def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: dict(a=1, b=2)); t(lambda: dict([("a", 1)], a=2)); t(lambda: dict({"a": 1}, **{"b": 2})); t(lambda: dict([(1, 2, 3)])); t(lambda: dict(1, 2)); t(lambda: dict([[1, 2]])); t(lambda: dict(["ab", "cd"])); t(lambda: dict([1]))
t(lambda: dict(zip("ab", range(2)))); t(lambda: dict({1: 2}.items())); t(lambda: dict([("a", 1)], **{"a": 3})); t(lambda: dict(None)); t(lambda: dict("a"))
t(lambda: {[1]: 2}); t(lambda: {1: 2}[[1]]); t(lambda: {1: 2}[3]); t(lambda: {1: 2}[(1, [2])]); t(lambda: {}["a"]); t(lambda: {1: 1} == {1: 1.0}); t(lambda: {1: 1} < {2: 2}); t(lambda: {1: 2} != {1: 3})
t(lambda: {(): 1}[()]); t(lambda: {1: 2}[KeyError]); t(lambda: {}[("a", 1)]); t(lambda: {}[None]); t(lambda: {}[(1,)])
def dl():
    d = {}; del d["x"]
t(dl)
def dl2():
    d = {}; del d[[1]]
t(dl2)
