# Which subjects a sequence pattern accepts: not str, bytes, bytearray, not mappings, sets or
# iterators; yes lists, tuples, ranges, memoryviews, deques and their subclasses.
import collections

def is_seq(x):
    match x:
        case [*_]:
            return True
        case _:
            return False

class MyList(list):
    pass

class MyTuple(tuple):
    pass

class MyStr(str):
    pass

class Custom:
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError

for v in [[], (), range(0), memoryview(b"ab"), collections.deque([1]), MyList(), MyTuple(),
          "", "ab", b"ab", bytearray(b"ab"), MyStr("ab"), {}, {1: 2}, set(), frozenset(),
          iter([1, 2]), (i for i in range(2)), {}.keys(), {}.values(), {}.items(), Custom(),
          None, 1, 1.5]:
    print(type(v).__name__, is_seq(v))

match "ab":
    case [a, b]:
        print("str unpacked?!")
    case str(s):
        print("str is not a sequence here:", s)

match memoryview(b"xy"):
    case [a, b]:
        print("memoryview items", a, b)

match collections.deque([1, 2, 3]):
    case [first, *rest]:
        print("deque", first, rest)
