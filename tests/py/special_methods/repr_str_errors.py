# __repr__/__str__ must return str: exact TypeErrors.
class BadRepr:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return b"x"


class StrSub(str):
    pass


class SubRepr:
    def __repr__(self):
        return StrSub("sub")


for fn in (lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: str(BadStr()),
           lambda: f"{BadStr()}"):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
r = repr(SubRepr())
print(r, type(r).__name__)
