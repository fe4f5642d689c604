# __index__, __int__, __float__ (and __complex__): conversions, slicing, bin/hex, and the non-int errors.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([0, 1, 2, 3][i], 'abcdef'[i:Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))))
print(int(Idx(7)), [1, 2] * Idx(2))
class BadIdx:
    def __index__(self): return 'x'
try:
    [1][BadIdx()]
except TypeError as e:
    print('TypeError:', e)
try:
    [1][Idx(5)]
except IndexError as e:
    print('IndexError:', e)
class NoIdx: pass
try:
    [1][NoIdx()]
except TypeError as e:
    print('TypeError:', e)
try:
    range(NoIdx())
except TypeError as e:
    print('TypeError:', e)
class I:
    def __int__(self): return 42
class Fl:
    def __float__(self): return 2.5
class Cx:
    def __complex__(self): return 1j
print(int(I()), float(Fl()), complex(Cx()))
class BadInt:
    def __int__(self): return 'no'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)
try:
    int(Fl())
except TypeError as e:
    print('TypeError:', e)
try:
    float(I())
except TypeError as e:
    print('TypeError:', e)
print(float(Idx(3)))
