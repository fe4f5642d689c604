# object.__new__/__init__ excess-argument errors depend on which of them is overridden.
class Plain:
    pass


class OnlyInit:
    def __init__(self, x):
        self.x = x


class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)


for fn in (lambda: Plain(1), lambda: Plain(a=1), lambda: object(1), lambda: object.__new__(Plain, 1),
           lambda: object.__new__(OnlyInit, 1).__class__.__name__,
           lambda: OnlyNew(1).__class__.__name__, lambda: object.__init__(Plain(), 1)):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
