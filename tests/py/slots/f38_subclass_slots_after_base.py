# Spec F38: subclass slots come after the base's; the weakref pointer is the last word.
class P:
    __slots__ = ('p',)
class C(P):
    __slots__ = ('z', 'a', '__weakref__')
x = C(); x.p = 'p'; x.a = 'a'; x.z = 'z'
print(x.p, x.a, x.z, x.__weakref__)
print([k for k in C.__dict__ if not k.startswith('__')], [k for k in P.__dict__ if not k.startswith('__')])
