# type is its own metaclass; object is an instance of type; relations among them.
print(type(type) is type, type(object) is type, isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))
print(type.__mro__, type.__bases__, object.__bases__)
print(type(5).__name__, type(int).__name__)
class M(type):
    pass
print(M.__mro__)
