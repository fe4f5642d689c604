# Assigning __name__, __qualname__, __doc__, __module__ on classes; errors for builtin types and wrong types.
class C: pass
C.__name__ = 'Renamed'
C.__qualname__ = 'Q.Renamed'
C.__doc__ = 'new doc'
C.__module__ = 'mod'
print(C.__name__, C.__qualname__, C.__doc__, C.__module__, repr(C))
for attr, value in (('__name__', 5), ('__qualname__', None)):
    try:
        setattr(C, attr, value)
    except TypeError as e:
        print('TypeError:', e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    int.foo = 1
except TypeError as e:
    print('TypeError:', e)
try:
    object.bar = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__name__
except TypeError as e:
    print('TypeError:', e)
try:
    C.__name__ = 'a\0b'
except ValueError as e:
    print('ValueError:', e)
