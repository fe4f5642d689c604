# __index__ is used by bin/hex/oct, slicing, range, list indexing and operator on sequences.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(bin(I(5)), hex(I(255)), oct(I(8)))
print([0, 1, 2, 3, 4][I(1):I(4)], "abcdef"[I(2)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))))
print("ab" * I(3), [1] * I(2))
print(int(I(9)), I(2).__index__())
try:
    [1, 2][1.0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
