# deque maxlen: trimming from the opposite end, extend/extendleft, insert into a full deque.
from collections import deque

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend('ab'); print(d)
d.extendleft('xyz'); print(d)
d.extendleft('uvwxyz'); print(d)
d.extend(range(100)); print(d)
trap(lambda: d.insert(0, 'q'))
d.pop(); print(d)
d.insert(1, 'q'); print(d)
trap(lambda: d.insert(1, 'q'))
z = deque([1, 2], maxlen=0)
print(z)
z.append(1); z.appendleft(2); z.extend(range(5)); z.extendleft('ab'); print(z, len(z))
trap(lambda: z.insert(0, 1))
trap(lambda: z.pop())
d = deque(maxlen=5)
for i in range(12):
    d.append(i)
    print(list(d), end=' ')
print()
d = deque('abc', 3)
d += 'de'; print(d)
d *= 2; print(d)
d = deque('ab', 5)
d *= 3; print(d)
d = deque('a', 4)
d *= 10; print(d)
print(deque('ab', 3) * 2, 2 * deque('xy', 3))
print(deque('ab', 3) + deque('cd'), deque('cd') + deque('ab', 3))
print(deque([1, 2, 3], 2).copy(), deque([1, 2], 2).copy().maxlen)
trap(lambda: setattr(deque(), 'maxlen', 3))
trap(lambda: delattr(deque(), 'maxlen'))
print(deque([], maxlen=1), deque('ab', maxlen=1))
d = deque(maxlen=2); d.extend(d); print(d)
d = deque([1, 2], maxlen=3); d.extend(d); print(d)
d = deque([1, 2], maxlen=3); d.extendleft(d); print(d)
