# Metaclass __new__ then __init__ run at class creation with (name, bases, namespace).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", cls.__name__)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def f(self):
        pass


class B(A):
    y = 2


print(type(A).__name__, type(B).__name__)
