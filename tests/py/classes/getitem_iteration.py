# Old sequence protocol: iteration and 'in' through __getitem__ until IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, 'end'))
for x in Seq():
    print('item', x)
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError:', e)
class WithLen:
    def __len__(self): return 2
try:
    iter(WithLen())
except TypeError as e:
    print('TypeError:', e)
class Mapping:
    def __getitem__(self, k): return k.upper()
m = Mapping()
print(m['abc'], m['q'])
class Slicer:
    def __getitem__(self, k): return k
s = Slicer()
print(s[1:2], s[1:2:3], s[::], s[1, 2], s[...], s[:, 1])
