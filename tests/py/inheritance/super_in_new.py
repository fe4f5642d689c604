# super().__new__ in immutable builtin subclasses; __new__ is an implicit staticmethod.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str))
print(type(Upper.__dict__["__new__"]).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, (a, b))
        self.total = a + b
        return self


p = Pair(2, 3)
print(p, p.total)
