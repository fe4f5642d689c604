# Unknown class keywords reach object.__init_subclass__ and raise TypeError.
try:
    class C(foo=1):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("D", (), {}, foo=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Base:
    pass


try:
    class E(Base, bar=2):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
