# Truth testing: __bool__, fallback to __len__, and the errors for bad return values.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)), 'yes' if B(True) else 'no', not B(False))
try:
    bool(B(1))
except TypeError as e:
    print('TypeError:', e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(5)))
try:
    len(L(-1))
except ValueError as e:
    print('ValueError:', e)
try:
    len(L('x'))
except TypeError as e:
    print('TypeError:', e)
try:
    bool(L(-1))
except ValueError as e:
    print('ValueError:', e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()), len(Both()))
class Neither: pass
print(bool(Neither()))
try:
    len(Neither())
except TypeError as e:
    print('TypeError:', e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print('OverflowError:', e)
class IdxLen:
    def __len__(self): return True
print(len(IdxLen()))
