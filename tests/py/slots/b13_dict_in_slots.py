# Spec B13: '__dict__' in __slots__ gives instances a dict via a getset descriptor, no member.
class D:
    __slots__ = ['__dict__']
d = D(); d.foo = 42
print(d.__dict__, vars(d))
print(D.__dict__['__dict__'], type(D.__dict__['__dict__']).__name__)
print(hasattr(d, '__weakref__'), D.__slots__)
print(sorted(k for k in D.__dict__ if k != '__module__'))
