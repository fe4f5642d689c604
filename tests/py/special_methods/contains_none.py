# __contains__ = None blocks the `in` fallback with an exact TypeError.
class C:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in C()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
