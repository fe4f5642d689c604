# __iter__ as a generator; StopIteration raised inside a generator becomes RuntimeError (PEP 479).
class Tree:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        for i in self.items:
            yield i * 2


print(list(Tree(1, 2, 3)), 4 in Tree(1, 2))


def gen():
    yield 1
    raise StopIteration("early")


try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
