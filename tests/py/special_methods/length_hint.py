# list() with a __length_hint__ iterator still builds correctly; bad hints raise.
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

    def __length_hint__(self):
        return 100


print(list(It()))


class BadHint(It):
    def __length_hint__(self):
        return "x"


try:
    list(BadHint())
except TypeError as e:
    print(type(e).__name__ + ":", e)


class NegHint(It):
    def __length_hint__(self):
        return -1


try:
    list(NegHint())
except ValueError as e:
    print(type(e).__name__ + ":", e)
