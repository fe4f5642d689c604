def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: len(range(2**64))); t(lambda: range(2**64)[2**63]); t(lambda: range(2**64).__len__()); t(lambda: range(0, 10, 0)); t(lambda: range(1.5)); t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range("a")); t(lambda: range(x=1))
t(lambda: range(0) == range(5, 5)); t(lambda: range(0, 3, 2) == range(0, 4, 2)); t(lambda: range(1) == range(1, 2, 5)); t(lambda: range(3) == [0, 1, 2]); t(lambda: range(3) < range(4)); t(lambda: hash(range(0)) == hash(range(3, 3))); t(lambda: hash(range(1)) == hash(range(0, 1, 9)))
t(lambda: range(10)[1.5]); t(lambda: range(10)["a"]); t(lambda: range(3)[3]); t(lambda: range(3)[-4]); t(lambda: range(0, 10, 2).index(3)); t(lambda: range(5).count(3.0)); t(lambda: range(10)[::0]); t(lambda: range(2**64)[-1]); t(lambda: range(2**64)[2**64])
t(lambda: iter(range(5)).__length_hint__()); t(lambda: reversed(range(5)).__length_hint__()); t(lambda: list(reversed(range(2**64, 2**64 + 3)))); t(lambda: type(iter(range(3))).__name__); t(lambda: type(iter(range(2**64))).__name__)
class I:
    def __index__(self): return 3
t(lambda: range(I())); t(lambda: range(10)[I()]); t(lambda: I() in range(5)); t(lambda: range(10)[I():]); t(lambda: range(True, 5)); t(lambda: list(range(-3, 3, 2))); t(lambda: range(5).start.__class__)
t(lambda: range(10).index(10)); t(lambda: range(1, 2**100).index(2**99)); t(lambda: 2**99 in range(0, 2**100, 2)); t(lambda: range(0, 10, 3)[-1]); t(lambda: len(range(-2**70, 2**70, 2**69))); t(lambda: range(3) != range(3))
t(lambda: range(0, -10, -3)[::-1]); t(lambda: range(5)[::-1] == range(4, -1, -1)); t(lambda: range(5).__reversed__().__next__()); t(lambda: bool(range(5, 0))); t(lambda: sum(range(10**6))); t(lambda: max(range(5)))
