# __hash__ must return an int; big ints are reduced; bool allowed.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


print(hash(H(5)), hash(H(True)), hash(H(2**100)) == hash(2**100))
for v in ("s", 1.5, None):
    try:
        hash(H(v))
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class I(int):
    pass


print(hash(H(I(7))))
