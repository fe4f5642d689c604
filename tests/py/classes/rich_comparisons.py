# Rich comparisons: reflection (__lt__ <-> __gt__), NotImplemented, subclass priority, == identity fallback, errors.
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('N.__lt__')
        return self.v < o.v if isinstance(o, N) else NotImplemented
    def __eq__(self, o):
        print('N.__eq__')
        return self.v == o.v if isinstance(o, N) else NotImplemented
    def __repr__(self): return f'N({self.v})'
print(N(1) < N(2))
print(N(3) > N(2))
print(N(1) == N(1), N(1) != N(1))
print(N(1) == 1)
print(1 != N(1))
try:
    N(1) <= N(2)
except TypeError as e:
    print('TypeError:', e)
try:
    N(1) < 5
except TypeError as e:
    print('TypeError:', e)
class Sub(N):
    def __gt__(self, o):
        print('Sub.__gt__')
        return 'sub answer'
print(N(1) < Sub(2))
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != p, p != Plain())
try:
    p < p
except TypeError as e:
    print('TypeError:', e)
try:
    p >= 1
except TypeError as e:
    print('TypeError:', e)
class Weird:
    def __eq__(self, o): return 'truthy'
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1])
print(max(N(1), N(3), key=lambda n: n.v), min([N(2), N(0)], key=lambda n: n.v))
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v))
