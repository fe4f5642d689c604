# type.__init__ tolerates class keywords with 3 args; argument-count errors for type()/type.__init__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


try:
    class C(metaclass=Meta, extra=1):
        pass
    print("created", C.__name__, "(type.__init__ accepts kwargs with 3 args)")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type.__init__(int, "a", "b")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("N", (), {}, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
