# __set_name__ is called on class-body attributes at class creation with (owner, name).
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class C:
    a = Field()
    b = Field()
    c = 5
print(C.a.name, C.b.name)
f = Field()
C.d = f
print(hasattr(f, 'name'))
D = type('D', (), {'x': Field(), 'y': Field()})
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class E:
        z = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class NotCallable:
    __set_name__ = None
try:
    class F:
        w = NotCallable()
except Exception as e:
    print(type(e).__name__, e)
