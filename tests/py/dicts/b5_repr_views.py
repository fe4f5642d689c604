def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, 2: [3], (4,): None}
t(lambda: repr(d.keys())); t(lambda: repr(d.values())); t(lambda: repr(d.items())); t(lambda: str(d.items())); t(lambda: repr({}.keys())); t(lambda: repr(dict()))
dd = {}; dd["x"] = dd.values(); t(lambda: repr(dd))
dk = {}; dk[1] = dk.keys(); t(lambda: repr(dk))
t(lambda: type({}.keys()).__name__); t(lambda: type({}.values()).__name__); t(lambda: type({}.items()).__name__); t(lambda: dict.__dict__["fromkeys"]); t(lambda: dict.__class_getitem__(int)); t(lambda: dict[str, int])
