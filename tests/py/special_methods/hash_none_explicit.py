# __hash__ = None makes a class unhashable even when inherited from a hashable base.
class P:
    pass


class C(P):
    __hash__ = None


try:
    hash(C())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(hash(P()) is not None)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
