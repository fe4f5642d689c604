# Spec A2: non-str __slots__ go through tuple(); the class dict keeps the original object.
L = ['a', 'b']
class C:
    __slots__ = L
print(C.__slots__ is L, C.a, C.b)
class G:
    __slots__ = (n for n in ('x', 'y'))
print(type(G.__slots__).__name__, list(G.__slots__), G.x, G.y)
class I:
    __slots__ = iter(['p'])
print(type(I.__slots__).__name__, I.p)
class T:
    __slots__ = ('t1', 't2')
print(T.__slots__, T.t1, T.t2)
class St:
    __slots__ = {'s'}
print(St.__slots__, St.s)
class Fs:
    __slots__ = frozenset(['f'])
print(type(Fs.__slots__).__name__, Fs.f)
