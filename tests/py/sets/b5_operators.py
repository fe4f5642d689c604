def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def show(r):
    if isinstance(r, (set, frozenset)):
        return type(r).__name__ + str(sorted(r, key=repr))
    return repr(r)
a = {1, 2, 3}; b = frozenset({3, 4}); c = [4, 5]
for op in ["|", "&", "-", "^", "<", "<=", ">", ">=", "==", "!="]:
    for x, y in [("a", "b"), ("b", "a"), ("a", "a"), ("a", "c"), ("b", "c"), ("a", "set()"), ("b", "frozenset()"), ("a", "a.copy()"), ("a", "{1, 2}"), ("a", "a.keys() if False else {1: 0}.keys()")]:
        try:
            print(x, op, y, show(eval(f"{x} {op} {y}")))
        except Exception as e:
            print(x, op, y, type(e).__name__, e)
