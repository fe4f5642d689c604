# getstate()/setstate(): versions 3 and 2, restoring sequences, and the errors.
import random
r = random.Random(31337)
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
print(st[1][:4])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
r2 = random.Random()
r2.setstate(st)
print(a == [r2.random() for _ in range(5)])
v2 = (2, tuple(x - 2**32 if i % 2 and i < 624 else x for i, x in enumerate(st[1])), None)
r2.setstate(v2)
print(a == [r2.random() for _ in range(5)])
st2 = random.getstate()
x = random.random()
random.setstate(st2)
print(x == random.random())
for bad in [(4, st[1], None), (1, st[1], None), (3, st[1][:10], None), (3, list(st[1]), None),
            (3, st[1][:-1] + (625,), None), (3, st[1][:-1] + (-1,), None),
            (3, st[1][:-1] + (624,), None), (3, ('x',) + st[1][1:], None),
            (3, (2**64,) + st[1][1:], None), (3, (-1,) + st[1][1:], None),
            (2, ('x',) + st[1][1:], None), (3, st[1]), 5, ()]:
    try:
        r.setstate(bad)
        print('ok', r.random())
    except Exception as e:
        print(type(e).__name__, e)
r.setstate((3, (2**32 + 5,) + st[1][1:], 1.5))
print(r.getstate()[1][0], r.gauss())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1], len(r.__reduce__()[2]))
r3 = random.Random(0)
r3.__setstate__(r.__getstate__())
print(r3.random() == r.random())
