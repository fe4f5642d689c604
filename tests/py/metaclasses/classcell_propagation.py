# __classcell__ must reach type.__new__ for zero-arg super(); dropping it errors (3.8+ RuntimeError).
class Good(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Good):
    def f(self):
        return __class__


print(A().f() is A)


class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class B(metaclass=Bad):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
