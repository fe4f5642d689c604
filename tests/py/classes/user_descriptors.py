# User descriptors: data vs non-data precedence, __get__(None, owner), __set__, __delete__.
class Data:
    def __get__(self, obj, owner):
        return ('Data.get', None if obj is None else type(obj).__name__, owner.__name__)
    def __set__(self, obj, value):
        print('Data.set', value)
        obj.__dict__['d'] = value
    def __delete__(self, obj):
        print('Data.delete')
class NonData:
    def __get__(self, obj, owner=None):
        return 'NonData.get'
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly.set', value)
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
c = C()
print(c.d, C.d)
c.d = 1
print(c.d, c.__dict__)
del c.d
print(c.n)
c.n = 'inst'
print(c.n, C.n)
print(isinstance(C.s, SetOnly))
c.__dict__['s'] = 'dict value'
print(c.s)
c.s = 2
class Counter:
    def __init__(self): self.calls = 0
    def __get__(self, obj, owner):
        self.calls += 1
        return self.calls
class K:
    count = Counter()
k = K()
print(k.count, k.count, K.count)
class Meta(type):
    attr = Data()
class M(metaclass=Meta): pass
print(M.attr)
