# Spec B15: ('__dict__', '__weakref__') gives the same layout as no __slots__ (compared, not printed).
class A: pass
class B:
    __slots__ = ('__dict__', '__weakref__')
class C:
    __slots__ = ('a', '__dict__', '__weakref__')
def layout(k): return (k.__basicsize__, k.__itemsize__, k.__dictoffset__, k.__weakrefoffset__)
print(layout(A) == layout(B), layout(A) == layout(C))
b = B(); b.x = 1
c = C(); c.a = 1; c.y = 2
print(b.__dict__, b.__weakref__, c.__dict__, c.__weakref__, c.a)
