# add, discard, remove, pop, clear, copy; pop on single-element sets.
s = set()
s.add(1)
s.add(1)
s.add(2)
print(sorted(s), len(s))
s.discard(2)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
single = {"only"}
print(single.pop(), single)
t = {5}
t.remove(5)
print(t, len(t), bool(t))
u = {1, 2, 3}
v = u.copy()
v.add(4)
print(sorted(u), sorted(v))
u.clear()
print(u)
w = {1, 2}
w.update([3], (4,), {5: "k"})
print(sorted(w))
w.intersection_update({1, 2, 3, 99})
print(sorted(w))
w.difference_update({1})
print(sorted(w))
w.symmetric_difference_update({3, 7})
print(sorted(w))
