# heapq: nlargest, nsmallest (with key, ties, n edge cases) and merge (key, reverse, stability).
import heapq

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 6]
for n in (-1, 0, 1, 2, 3, 5, 11, 20):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
print(heapq.nlargest(3, []), heapq.nsmallest(2, iter([])), heapq.nlargest(1, []), heapq.nsmallest(1, iter([])))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'g', 'hh']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, iter(words), key=len), heapq.nsmallest(4, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len))
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 3)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(3, 'mississippi'), heapq.nsmallest(4, 'mississippi'))
print(heapq.nlargest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nsmallest(2, range(10, 0, -1)))
trap(lambda: heapq.nlargest(2, 5))
trap(lambda: heapq.nsmallest('a', [1]))
trap(lambda: heapq.nlargest(2, [1, 'a', 2]))
trap(lambda: heapq.nsmallest(2, [3, 1], key=5))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])), list(heapq.merge([2], [])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 3], [6, 2], reverse=True)))
print(list(heapq.merge(['ccc', 'a'], ['bb', 'b'], key=len, reverse=True)))
A = [(1, 'a1'), (2, 'a2'), (2, 'a3')]
B = [(1, 'b1'), (2, 'b2')]
print(list(heapq.merge(A, B, key=lambda t: t[0])))
print(list(heapq.merge(B, A, key=lambda t: t[0])))
print(list(heapq.merge('ace', 'bdf', 'abc')))
g = heapq.merge([1, 2], [3])
print(type(g).__name__, next(g), list(g))
trap(lambda: list(heapq.merge([1], 2)))
trap(lambda: list(heapq.merge([1], ['a'])))
def gen(start):
    for i in range(start, 20, 5):
        yield i
print(list(heapq.merge(gen(0), gen(1), gen(3))))
