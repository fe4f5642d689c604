# Metaclass __call__ controls instance creation (e.g. singletons); super().__call__ runs __new__/__init__.
class Singleton(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", args, kw)
        if not hasattr(cls, "_inst"):
            cls._inst = super().__call__(*args, **kw)
        return cls._inst


class S(metaclass=Singleton):
    def __init__(self, v):
        print("S.__init__", v)
        self.v = v


a = S(1)
b = S(2)
print(a is b, a.v)
