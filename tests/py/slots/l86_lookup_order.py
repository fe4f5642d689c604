# Spec L86: attribute lookup order: data descriptor, then instance dict, then non-data descriptor/class attribute, then __getattr__.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    @property
    def p(self): return 'property'
    def m(self): return 'method'
    k = 'class attr'
c = C()
c.__dict__.update(p='inst p', m='inst m', k='inst k')
print(c.p, c.m, c.k)
class D:
    __slots__ = ('s',)
    @property
    def bad(self): raise AttributeError('from property')
    def __getattr__(self, n): return 'fallback ' + n
d = D()
print(d.s, d.bad, d.nothing)
class E:
    pass
trap(lambda: E().missing)
