# Tuples, lists, dicts, sets and frozensets: opcodes, batching (1000 items), nesting.
import binascii
import pickle


def summary(data):
    if len(data) < 150:
        return data
    return len(data), binascii.crc32(data), data[:30], data[-30:]


objs = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (((1,),),), [], [1], [1, 2],
        [None, [True, [False]]], {}, {1: 2}, {1: 2, 3: 4}, {'a': [], 'b': {}}, set(), {7},
        {1, 2, 3}, frozenset(), frozenset({5}), frozenset({1, 2}), [(), [], {}, set()],
        {(1, 2): frozenset({3})}, ([1, 2], {'k': (3,)})]
for o in objs:
    print(repr(o))
    for proto in range(6):
        data = pickle.dumps(o, proto)
        print(' ', proto, data, pickle.loads(data) == o)

big = [list(range(999)), list(range(1000)), list(range(1001)), list(range(2000)),
       list(range(2001)), {i: -i for i in range(1001)}, {i: i for i in range(2000)},
       set(range(1001)), frozenset(range(1500)), tuple(range(1200)),
       [str(i) for i in range(1100)]]
for o in big:
    print(type(o).__name__, len(o))
    for proto in range(6):
        data = pickle.dumps(o, proto)
        print(' ', proto, summary(data), pickle.loads(data) == o)

# Opcode counts show the batching: APPENDS ('e') per 1000 list items.
for n in (1, 2, 1000, 1001, 2000, 2001):
    data = pickle.dumps([None] * n, 2)
    print(n, data.count(b'e'), data.count(b'a'), data.count(b'('))
for n in (1, 2, 1000, 1001):
    data = pickle.dumps({i: None for i in range(n)}, 2)
    print(n, data.count(b'u'), data.count(b's'))
