# __prepare__: the metaclass supplies the class namespace; it receives the name, bases and class keywords.
class RecordingNS(dict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        ns = RecordingNS()
        ns['injected'] = 'from prepare'
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print('new', type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta, answer=42):
    x = 1
    y = injected + '!'
print(C.injected, C.y, type(C.__dict__).__name__)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class D(metaclass=BadMeta): pass
except TypeError as e:
    print('TypeError:', e)
