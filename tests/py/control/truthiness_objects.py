# Truthiness via __bool__ and __len__ in if/while/and/or/not.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
if B(True):
    print("yes")
if not B(False):
    print("not false")
print(bool(L(0)), bool(L(3)))
r = B(False) or "fallback"
print(r)
r = B(True) and "second"
print(r)
n = L(2)
while n:
    print("len", n.n)
    n.n -= 1
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
