# staticmethod/classmethod copy __name__/__doc__ from the wrapped function (3.10+) and expose __wrapped__.
def f():
    "doc of f"


s = staticmethod(f)
c = classmethod(f)
print(s.__name__, s.__doc__, s.__wrapped__ is f)
print(c.__name__, c.__doc__, c.__wrapped__ is f)
print(s.__func__ is f, c.__func__ is f)
print(s.__isabstractmethod__, c.__isabstractmethod__)
