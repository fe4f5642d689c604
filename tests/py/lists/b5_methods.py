def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


l = [3, 1, 2]
t(lambda: l.index(2)); t(lambda: l.index(9)); t(lambda: l.index(1, 2)); t(lambda: l.index(3, -3, -1)); t(lambda: l.index(2, -1)); t(lambda: l.index(2, 100)); t(lambda: l.index(2, 0, 1)); t(lambda: l.index()); t(lambda: l.index(1, "a")); t(lambda: l.index(1, None))
t(lambda: l.count(1)); t(lambda: l.count()); t(lambda: l.remove(9)); t(lambda: l.pop(9)); t(lambda: [].pop()); t(lambda: l.pop(-1)); t(lambda: l.insert(-100, 0)); t(lambda: l.insert(100, 9)); t(lambda: l); t(lambda: l.insert("a", 1)); t(lambda: l.pop("a"))
t(lambda: l.extend(range(3))); t(lambda: l.extend(1)); t(lambda: l + (1,)); t(lambda: l * -1); t(lambda: [0] * 3); t(lambda: l.copy()); t(lambda: l.reverse()); t(lambda: l); t(lambda: l.clear()); t(lambda: l); t(lambda: l.append())
n = float("nan"); t(lambda: [n].index(n)); t(lambda: [n].count(n)); t(lambda: n in [n]); t(lambda: [1, 1.0, True].count(1)); t(lambda: [[1], (1,)].index((1,)))
class E:
    def __eq__(self, o): raise ValueError("eq boom")
t(lambda: [E()].index(1)); t(lambda: 1 in [E()]); t(lambda: [E()].count(0)); t(lambda: [1, E()].remove(1))
