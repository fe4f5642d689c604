# super() error messages: wrong obj type, non-type first argument, outside class.
class A:
    pass


class B:
    pass


for args in [(A, B()), (A, B), (1, A()), (A, 1)]:
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)


def f():
    return super()


try:
    f()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
