# AbstractContextManager and AbstractAsyncContextManager
from contextlib import AbstractContextManager, AbstractAsyncContextManager, ExitStack

class Good:
    def __enter__(self): return self
    def __exit__(self, *a): pass

class NoExit:
    def __enter__(self): return self

class Blocked(Good):
    __exit__ = None

print(issubclass(Good, AbstractContextManager))
print(issubclass(NoExit, AbstractContextManager))
print(issubclass(Blocked, AbstractContextManager))
print(isinstance(Good(), AbstractContextManager))
print(isinstance(open, AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager))

class Sub(AbstractContextManager):
    def __exit__(self, *a):
        print('Sub exit', a[0])
with Sub() as s:
    print(type(s).__name__)

class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)

print(AbstractContextManager.__enter__(42))
print(AbstractContextManager.__exit__(None, None, None, None))
print(AbstractContextManager[int])

class AGood:
    def __aenter__(self): pass
    def __aexit__(self, *a): pass
print(issubclass(AGood, AbstractAsyncContextManager), issubclass(Good, AbstractAsyncContextManager))

class Registered:
    pass
AbstractContextManager.register(Registered)
print(issubclass(Registered, AbstractContextManager))
print(isinstance(1, AbstractContextManager))
