# module.__annotations__ is created on first use; type() refuses bases with __mro_entries__
import sys

print(sys.modules[__name__].__annotations__, '__annotations__' in globals())
m = type(sys)('m')
print(m.__annotations__, m.__dict__.get('__annotations__'))
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError', e)
m.__annotations__ = {'a': int}
print(m.__annotations__)


class A:
    def __mro_entries__(self, b):
        return (object,)


try:
    type("X", (A(),), {})
except TypeError as e:
    print(e)


class B(A()):
    pass


print(B.__bases__, B.__orig_bases__[0].__class__.__name__)
