# Defining __eq__ without __hash__ sets __hash__ to None: instances are unhashable.
class C:
    def __eq__(self, o):
        return True


print(C.__hash__)
for fn in (lambda: hash(C()), lambda: {C()}, lambda: {C(): 1}):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class D(C):
    __hash__ = object.__hash__


print(type(hash(D())).__name__)
