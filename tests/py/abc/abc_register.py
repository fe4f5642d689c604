# abc: register() and virtual subclasses, isinstance/issubclass, caches, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Animal(ABC):
    @abstractmethod
    def speak(self): ...

class Dog:
    def speak(self):
        return 'woof'

print(isinstance(Dog(), Animal), issubclass(Dog, Animal))
token = get_cache_token()
print(Animal.register(Dog) is Dog, get_cache_token() != token)
print(isinstance(Dog(), Animal), issubclass(Dog, Animal), Animal in Dog.__mro__)
print(Animal.register(Dog) is Dog)
class Puppy(Dog):
    pass
print(issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
@Animal.register
class Cat:
    pass
print(Cat.__name__, issubclass(Cat, Animal), isinstance(Cat(), Animal))
print(Animal.register(int) is int, isinstance(3, Animal), issubclass(bool, Animal), isinstance(3.0, Animal))
trap(lambda: Animal.register(5))
trap(lambda: Animal.register(Dog()))
trap(lambda: Dog.register)
trap(lambda: issubclass(5, Animal))
trap(lambda: issubclass(Dog(), Animal))
print(isinstance(Dog(), (str, Animal)), issubclass(Dog, (str, Animal)))

class Mammal(Animal):
    pass
trap(lambda: Mammal.register(Animal))
trap(lambda: Animal.register(Mammal))
class Other(ABC):
    pass
Other.register(Animal)
print(issubclass(Mammal, Other), issubclass(Dog, Other), isinstance(Cat(), Other), issubclass(Other, Animal))

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, '__len__')
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('x', Sized2), isinstance(3, Sized2))
class SubSized(Sized2):
    pass
print(issubclass(list, SubSized), issubclass(SubSized, Sized2))

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'
trap(lambda: issubclass(int, Bad))

class Flip(ABC):
    answer = True
    @classmethod
    def __subclasshook__(cls, C):
        return cls.answer
print(issubclass(int, Flip))
Flip.answer = False
print(issubclass(int, Flip), issubclass(str, Flip))
Flip._abc_caches_clear()
print(issubclass(int, Flip))

class Base(ABC):
    pass
class Unrelated:
    pass
print(issubclass(Unrelated, Base))
Base.register(Unrelated)
print(issubclass(Unrelated, Base))
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Unrelated, Base))

# __class__ lies: isinstance consults both the real type and __class__
class Liar:
    @property
    def __class__(self):
        return Dog
print(isinstance(Liar(), Animal), isinstance(Liar(), Dog), type(Liar()).__name__)

class M(ABCMeta):
    pass
class WithMeta(metaclass=M):
    pass
WithMeta.register(tuple)
print(isinstance((), WithMeta), type(WithMeta).__name__, isinstance(WithMeta, ABCMeta))
print(issubclass(WithMeta, WithMeta), issubclass(object, WithMeta), issubclass(WithMeta, object))
