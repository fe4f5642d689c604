# Spec G49: subclasses of var-sized builtins without __slots__ get a dict, but no weakrefs.
class I(int): pass
class T(tuple): pass
class Bs(bytes): pass
i = I(5); i.x = 1; print(i.__dict__, I.__dict__['__dict__'], i + 1)
t = T((1, 2, 3)); t.y = 2; print(t.__dict__, t, T.__dict__['__dict__'])
b = Bs(b'ab' * 10); b.z = 3; print(b.__dict__, len(b))
print([hasattr(o, '__weakref__') for o in (i, t, b)])
print([list(k.__dict__) for k in (I, T, Bs)])
