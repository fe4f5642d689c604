# A builtin subclass overriding __eq__ loses its inherited __hash__.
class I(int):
    def __eq__(self, o):
        return True


class J(int):
    def __eq__(self, o):
        return True

    __hash__ = int.__hash__


try:
    hash(I(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(hash(J(5)), I(1) == 2, I.__hash__)
