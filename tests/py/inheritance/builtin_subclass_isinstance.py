# bool cannot be subclassed; builtin subclasses are instances of their bases; type() reports the subclass.
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)


class I(int):
    pass


class S(str):
    pass


print(isinstance(I(1), int), type(I(1)) is int, issubclass(I, object))
print([c.__name__ for c in S.__mro__])
print(I.__base__.__name__, S.__bases__)
try:
    class Multi(int, str):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
