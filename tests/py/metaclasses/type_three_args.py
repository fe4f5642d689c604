# type(name, bases, dict) builds classes; __qualname__/__module__ and methods work.
def hello(self):
    return "hi from " + type(self).__name__


Base = type("Base", (), {"x": 1, "hello": hello})
Derived = type("Derived", (Base,), {"y": 2})
d = Derived()
print(d.hello(), d.x, d.y)
print(Derived.__mro__)
print(Derived.__name__, Derived.__qualname__, Derived.__module__)
print(type(Derived) is type, Derived.__bases__)
E = type("E", (), {})
print(E.__bases__)
