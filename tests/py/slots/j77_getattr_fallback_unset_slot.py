# Spec J77: __getattr__ is the fallback when reading an unset slot.
class C:
    __slots__ = ('a',)
    def __getattr__(self, n): return 'ga:' + n
c = C()
print(c.a, c.zz); c.a = 1; print(c.a)
del c.a
print(c.a, hasattr(c, 'a'), getattr(c, 'a'))
