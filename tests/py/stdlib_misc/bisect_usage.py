# bisect in practice: sorted containers, ranges, lookup tables, custom sequences.
import bisect

class SortedList:
    def __init__(self, items=()):
        self._l = sorted(items)
    def add(self, x):
        bisect.insort(self._l, x)
    def remove(self, x):
        i = bisect.bisect_left(self._l, x)
        if i == len(self._l) or self._l[i] != x:
            raise ValueError(f'{x!r} not in list')
        del self._l[i]
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._l, hi) - bisect.bisect_left(self._l, lo)
    def __repr__(self):
        return f'SortedList({self._l})'
s = SortedList([5, 1, 3])
for x in (4, 4, 0, 10):
    s.add(x)
print(s, s.count_range(1, 4), s.count_range(5, 100), s.count_range(11, 20))
s.remove(4); print(s)
try:
    s.remove(7)
except ValueError as e:
    print('ValueError', e)

breakpoints = [0, 18.5, 25, 30]
labels = ['?', 'under', 'normal', 'over', 'obese']
for bmi in (-1, 0, 17, 18.5, 24.9, 25, 29, 30, 45):
    print(bmi, labels[bisect.bisect_right(breakpoints, bmi)], end='; ')
print()

class Squares:
    def __len__(self):
        return 1000
    def __getitem__(self, i):
        if not 0 <= i < 1000:
            raise IndexError(i)
        return i * i
print(bisect.bisect_left(Squares(), 144), bisect.bisect_right(Squares(), 150), bisect.bisect(Squares(), 10 ** 9))

events = [(1, 'boot'), (5, 'login'), (5, 'sync'), (9, 'logout')]
times = [t for t, _ in events]
print(events[bisect.bisect_right(times, 5) - 1], bisect.bisect_left(events, (5,)), bisect.bisect_right(events, (5, 'login')))
print(bisect.bisect_left(events, 5, key=lambda e: e[0]), bisect.bisect_right(events, 5, key=lambda e: e[0]))
words = sorted(['pear', 'fig', 'banana', 'kiwi', 'apple'], key=len)
bisect.insort(words, 'plum', key=len); bisect.insort_left(words, 'date', key=len); print(words)
calls = []
def k(x):
    calls.append(x)
    return x
bisect.bisect_left(list(range(100)), 37, key=k)
print(len(calls), calls)
desc = [9, 7, 5, 3]
print(bisect.bisect_left(desc, -6, key=lambda x: -x), bisect.bisect_right(desc, -5, key=lambda x: -x))
print(bisect.bisect(['a', 'b', 'd'], 'c'), bisect.bisect([1.5, 2.5], 2), bisect.bisect([(1, 2)], (1, 1)))
