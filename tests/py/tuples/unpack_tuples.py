# Tuple packing/unpacking in assignments, loops, returns and swaps.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
nums, words = zip(*pairs)
print(nums, words)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
(p, q), r = (1, 2), 3
print(p, q, r)
t = 1, 2, 3
print(t, len(t))
def args_tuple(*args):
    return args
print(args_tuple(*t), args_tuple(t))
