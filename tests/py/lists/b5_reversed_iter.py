def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(reversed([1, 2, 3]))); t(lambda: reversed([]).__length_hint__()); t(lambda: iter([1, 2]).__length_hint__()); t(lambda: type(reversed([])).__name__); t(lambda: type(iter([])).__name__)
l = [1, 2, 3]; it = iter(l); next(it); l.append(4); t(lambda: list(it))
l = [1, 2, 3]; rit = reversed(l); next(rit); l.clear(); t(lambda: list(rit))
l = [1, 2, 3]; it = iter(l); t(lambda: list(it)); l.append(5); t(lambda: list(it))
t(lambda: list(enumerate(reversed("abc")))); t(lambda: [x for x in reversed(range(3))])
