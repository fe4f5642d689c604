# hash, repr and str of builtin values (deterministic ones only).
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(None) == hash(None), hash(1.0), hash((1, 2)) == hash((1, 2)))
print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr(None), repr(True), repr((1,)), repr({1: "a"}), repr(b"b"))
print(str(1), str(1.0), str("s"), str([1, "s"]), str(None), str(...), repr(...), str(NotImplemented))
print(repr(range(3)), repr(slice(1, 2)), repr(set()), repr(frozenset()), repr({}), repr([]), repr(()))
print(repr(int), repr(str), repr(ValueError), repr(type), repr(object))
print(repr(len), repr(print), type(len).__name__)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
print(hash(H(42)), len({H(1), H(1), H(2)}))
class Unhashable:
    def __eq__(self, o):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
