def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


l = [1]; l.append(l); print(repr(l), str(l))
d = {}; d[1] = d; print(repr(d))
l2 = [1]; d2 = {"a": l2}; l2.append(d2); print(repr(l2), repr(d2))
t1 = ([],); t1[0].append(t1); print(repr(t1))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), repr({(1, 2)}), repr(frozenset({frozenset()})))
class R(list): pass
r = R([1]); r.append(r); print(repr(r))
class RD(dict): pass
rd = RD(a=1); rd["me"] = rd; print(repr(rd))
print(repr(d.keys()), repr(d.values()), repr({1: 2}.items()))
dd = {}; dd["x"] = dd.values(); print(repr(dd))
dk = {}; dk[1] = dk.keys(); print(repr(dk))
di = {}; di[1] = di.items(); print(repr(di))
print(repr(()), repr((1,)), repr((1, 2)), repr([]), repr({}), repr(range(0)), repr(range(1, 10, 2)), repr(range(-5)), repr(slice(1, None)), repr(slice(None)), repr(Ellipsis), repr(NotImplemented))
print(repr({1: [1, {2: (3,)}], "a": frozenset([1]), None: True, 2.5: b"x", (): []}))
class X:
    def __repr__(self): return "X()"
print([X()], (X(),), {X(): X()}, {X()})
class Bad:
    def __repr__(self): return 1
t(lambda: repr(Bad())); t(lambda: repr([Bad()])); t(lambda: str(Bad())); t(lambda: repr({1: Bad()})); t(lambda: repr((Bad(),)))
class Boom:
    def __repr__(self): raise ValueError("no repr")
t(lambda: repr([1, Boom()])); t(lambda: str({Boom(): 1}) if False else repr({1: Boom()}))
l3 = [1, 2]; print(repr(l3), repr([l3, l3]))
nest = []
for i in range(30): nest = [nest]
print(repr(nest))
