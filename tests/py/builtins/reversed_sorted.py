# reversed and sorted on various iterables with key and reverse.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()))
print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({2: 0, 1: 0}), sorted(range(5), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 1, -2], key=abs), sorted([[2, 1], [1, 2]], key=lambda p: p[1]))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
r = reversed([1, 2, 3])
print(next(r), list(r))
