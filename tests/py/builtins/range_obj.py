# range objects: negative steps, len, indexing, slicing, membership, repr.
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2], r[1:3], r[::-1], list(r[::2]))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0)), range(-3))
print(len(range(0)), len(range(5, 0)), len(range(0, 10, 3)), len(range(-5, 5, 4)), len(range(10, -10, -7)))
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(-5, 0), 2.0 in range(5))
print(range(0, 10, 2).index(4), range(5).count(3), range(3) == range(0, 3), range(0) == range(5, 1))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(10 ** 20)[10 ** 19], range(2, 100, 7)[5])
try:
    range(5)[5]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
r = range(3)
print(r.start, r.stop, r.step, list(r), list(r))
