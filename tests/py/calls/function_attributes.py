# Function objects: __name__, __qualname__, __defaults__, __doc__, attributes.
def f(a, b=1, *c, d, e=2, **g):
    "docstring here"
    return a
print(f.__name__, f.__qualname__)
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
f.custom = 42
print(f.custom)
print(callable(f), callable(1))
g = f
print(g is f, g.__name__)
print((lambda: 0).__name__)
