# iter() errors: non-iterables, __iter__ returning non-iterator, __iter__ = None.
class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return 5


class NoneIter:
    __iter__ = None


for obj in (NotIter(), BadIter(), NoneIter(), 5):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next(NotIter())
except TypeError as e:
    print(type(e).__name__ + ":", e)
