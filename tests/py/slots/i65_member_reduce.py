# Spec I65: __reduce__ of a member descriptor.
class C:
    __slots__ = ('a', '__p')
print(C.a.__reduce__())
print(C._C__p.__reduce__())
f, args = C.a.__reduce__()
print(f(*args) is C.a)
