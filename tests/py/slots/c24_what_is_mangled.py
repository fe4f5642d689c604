# Spec C24: which slot names are mangled (__x, ___w yes; __y__, _z no; class name underscores stripped).
class C:
    __slots__ = ['__x', '__y__', '_z', '___w']
print(sorted(k for k in C.__dict__ if k not in ('__module__', '__slots__', '__doc__')))
class _C:
    __slots__ = ['__x']
class __D:
    __slots__ = ['__x']
class ___:
    __slots__ = ['__x']
print([k for k in _C.__dict__ if 'x' in k], [k for k in __D.__dict__ if 'x' in k], [k for k in ___.__dict__ if 'x' in k])
class E:
    __slots__ = ['__', '___']
print(sorted(k for k in E.__dict__ if k.startswith('_') and k not in ('__module__', '__slots__', '__doc__')))
