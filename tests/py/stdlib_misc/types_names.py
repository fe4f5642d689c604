# types: the names of builtin types, new_class, prepare_class, resolve_bases.
import types, sys

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

def f():
    pass
def g():
    yield
class A:
    def m(self):
        pass
    __slots__ = ('s',)
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(f.__code__) is types.CodeType)
print(type(g()) is types.GeneratorType, type(A().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type([].append) is types.BuiltinMethodType, type(object.__init__) is types.WrapperDescriptorType)
print(type(object().__str__) is types.MethodWrapperType, type(str.join) is types.MethodDescriptorType)
print(type(dict.__dict__['fromkeys']) is types.ClassMethodDescriptorType, type(sys) is types.ModuleType)
print(type(A.__dict__['s']) is types.MemberDescriptorType, type(type.__dict__) is types.MappingProxyType)
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(type(outer().__closure__[0]) is types.CellType)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType)
for name in ('FunctionType', 'CodeType', 'MappingProxyType', 'GeneratorType', 'MethodType',
             'BuiltinFunctionType', 'WrapperDescriptorType', 'MethodWrapperType',
             'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType', 'NoneType',
             'EllipsisType', 'NotImplementedType', 'CellType', 'MemberDescriptorType', 'TracebackType'):
    print(name, getattr(types, name).__name__)
m = types.ModuleType('mymod', 'the doc')
print(m.__name__, m.__doc__, types.ModuleType('other').__doc__)
m.attr = 1; print(m.attr, sorted(k for k in vars(m) if not k.startswith('__')))
trap(lambda: types.ModuleType())
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), mp.get('z'), 'a' in mp, mp.copy(), type(mp.copy()).__name__)
def setit():
    mp['b'] = 2
trap(setit)
trap(lambda: types.MappingProxyType([1]))

C = types.new_class('C', (A,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, C.__bases__, issubclass(C, A), type(C).__name__)
E = types.new_class('E')
print(E.__name__, E.__bases__, type(E).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('Meta.__prepare__', name, kw)
        return {'prepared': True}
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1}, lambda ns: ns.update(body=1))
print(type(D).__name__, D.prepared, D.body)
print(types.prepare_class('X', (A,), {'k': 1}))
meta, ns, kw = types.prepare_class('Y', (), {'metaclass': Meta})
print(meta.__name__, ns, kw)
print(types.resolve_bases((A, int)), types.resolve_bases(()))
class Entry:
    def __mro_entries__(self, bases):
        return (A,)
class Entry2:
    def __mro_entries__(self, bases):
        return (int, str) if False else ()
print(types.resolve_bases((Entry(), int)), types.resolve_bases((Entry2(),)))
F = types.new_class('F', (Entry(),))
print(F.__bases__, len(F.__orig_bases__), type(F.__orig_bases__[0]).__name__)
class BadEntry:
    def __mro_entries__(self, bases):
        return [A]
trap(lambda: types.resolve_bases((BadEntry(),)))
class M1(type):
    pass
class M2(type):
    pass
class X1(metaclass=M1):
    pass
class X2(metaclass=M2):
    pass
trap(lambda: types.new_class('G', (X1, X2)))
class M3(M1):
    pass
class X3(metaclass=M3):
    pass
print(type(types.new_class('H', (X1, X3))).__name__)
print(types._calculate_meta(type, (X1,)).__name__)
trap(lambda: types.coroutine(5))
print(sorted(n for n in types.__all__ if n in ('new_class', 'SimpleNamespace', 'FunctionType', 'prepare_class')))
