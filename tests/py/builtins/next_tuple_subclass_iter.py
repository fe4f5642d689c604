# next() passes on a class's own StopIteration (with its value); tuple() and f(*t) iterate tuple/list subclasses through their __iter__
class I:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
try:
    next(I())
except StopIteration as e:
    print('value', e.value)
print(next(I(), 'dflt'), list(I()))
class T(tuple):
    def __iter__(self): yield from (1, 2, 3)
t = T((9,))
print(tuple(t), list(t), [*t], len(t), t[0])
def f(*a): return a
print(f(*t), set(t), sorted(t))
class L(list):
    def __iter__(self): return iter(['x'])
print(tuple(L([1, 2])), list(L([1, 2])), f(*L([3])))
