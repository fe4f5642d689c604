# __eq__ without __hash__ makes instances unhashable; __hash__ = None; inherited and explicit __hash__.
class E:
    def __eq__(self, o): return True
print(E.__hash__, '__hash__' in E.__dict__)
try:
    hash(E())
except TypeError as e:
    print('TypeError:', e)
try:
    {E(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {E()}
except TypeError as e:
    print('TypeError:', e)
class H:
    def __eq__(self, o): return isinstance(o, H)
    def __hash__(self): return 42
print(hash(H()), len({H(), H()}))
class Sub(H): pass
print(hash(Sub()))
class SubEq(H):
    def __eq__(self, o): return False
try:
    hash(SubEq())
except TypeError as e:
    print('TypeError:', e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p}, Plain.__hash__ is object.__hash__)
