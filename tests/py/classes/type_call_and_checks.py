# type() with 1 or 3 arguments and its errors; isinstance/issubclass with __instancecheck__/__subclasscheck__.
class A: pass
class B(A): pass
print(type(B()), type(A), type(type(1)))
for args in ((), (1, 2), ('X', (), {}, 4)):
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type(5, (), {})
except TypeError as e:
    print('TypeError:', e)
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), isinstance(B(), (int, A)), issubclass(B, (int, object)))
try:
    issubclass(B(), A)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance(3, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))
try:
    class Bad(B()): pass
except TypeError as e:
    print('TypeError:', e)
