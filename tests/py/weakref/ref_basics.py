# weakref.ref: calling gives the object; a plain ref is shared; refs with callbacks are not;
# equality and hashing follow the referent; what cannot be weakly referenced.
import weakref


class C:
    pass


def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))


c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
r3 = weakref.ref(c, print)
print(r1() is c, r1 is r2, r3 is r1, r1 == r3, hash(r1) == hash(c), r3.__callback__ is print)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), weakref.getweakrefcount(1))
print(type(r1).__name__, weakref.ref is weakref.ReferenceType, isinstance(r3, weakref.ref))
for obj in (1, "s", [], {}, (1,), None):
    trap(lambda: weakref.ref(obj))
print(weakref.ref({1}) is not None, weakref.ref(C)() is C, weakref.ref(trap)() is trap)


def gen():
    yield 1


g = gen()
print(weakref.ref(g)() is g)


class Slotted:
    __slots__ = ("a",)


trap(lambda: weakref.ref(Slotted()))
