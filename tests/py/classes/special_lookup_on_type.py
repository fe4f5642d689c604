# Implicit special-method lookup goes to the type, bypassing instance attributes and __getattribute__.
class C:
    def __len__(self): return 1
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
c = C()
c.__len__ = lambda: 5
print(len(c))
print(c.__len__())
class Meta(type):
    def __len__(cls): return 10
    def __repr__(cls): return f'<Meta class {cls.__name__}>'
class K(metaclass=Meta):
    def __len__(self): return 20
print(len(K), len(K()), repr(K))
class NoIter:
    def __getattr__(self, name):
        return lambda *a: iter([1, 2])
n = NoIter()
print(n.__iter__ is not None)
try:
    iter(n)
except TypeError as e:
    print('TypeError:', e)
