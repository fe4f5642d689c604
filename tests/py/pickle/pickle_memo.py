# Shared and recursive structures: PUT/GET, BINPUT/BINGET, LONG_BINPUT/LONG_BINGET, MEMOIZE.
import pickle

shared = [1, 2]
t = (shared, shared)
cases = {
    'shared list': [shared, shared, (shared, shared)],
    'shared tuple': [t, t],
    'shared dict': [{'a': 1}] * 3,
    'shared str': ['text', 'text'],
    'shared bytes': [b'bb', b'bb'],
    'shared set': [{1}, {2}] * 2,
    'shared frozenset': [frozenset({3})] * 2,
}
r = []
r.append(r)
cases['self list'] = r
d = {}
d['me'] = d
cases['self dict'] = d
rt = ([],)
rt[0].append(rt)
cases['recursive tuple'] = rt
rt4 = ([], 1, 2, 3)
rt4[0].append(rt4)
cases['recursive 4-tuple'] = rt4
deep = [[[]]]
deep[0][0].append(deep)
cases['recursive depth 3'] = deep
for name, obj in cases.items():
    print(name)
    for proto in range(6):
        print(' ', proto, pickle.dumps(obj, proto))

for proto in range(6):
    back = pickle.loads(pickle.dumps(cases['shared list'], proto))
    print(proto, back, back[0] is back[1], back[2][0] is back[0])
    back = pickle.loads(pickle.dumps(r, proto))
    print(proto, back is back[0])
    back = pickle.loads(pickle.dumps(rt, proto))
    print(proto, type(back).__name__, back[0][0] is back)
    back = pickle.loads(pickle.dumps(d, proto))
    print(proto, back['me'] is back)
    back = pickle.loads(pickle.dumps(deep, proto))
    print(proto, back[0][0][0] is back)

# More than 256 memoized objects: the index needs 4 bytes.
many = [[i] for i in range(300)]
obj = many + many[::-1]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    print(proto, len(data), data[-60:])
    back = pickle.loads(data)
    print(back == obj, back[0] is back[-1], back[299] is back[300])
