# json.dumps of the basic types
import json

for v in [None, True, False, 0, 1, -17, 10**30, -10**25, 1.0, -0.0, 0.1, 1e16, 1e-7, 1.5e300,
          123456789.123, 3.141592653589793, 'text', '', [], {}, (), [1, 'a', None],
          (1, 2), {'k': 'v'}, {'a': [1, {'b': (2, 3)}]}, [[[]]], [{}], float('inf'),
          float('-inf'), float('nan'), 'line\nbreak', 'quote"slash\\', 2**63, -2**63]:
    print(repr(v), '->', json.dumps(v))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1)]))
print(json.dumps(True + 1), json.dumps([True, False, 1]))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}))
print(type(json.dumps(1)).__name__, json.dumps(json.dumps('x')))
big = list(range(50))
print(json.dumps(big))
print(json.dumps({'nested': {'deep': {'deeper': [1, [2, [3, [4]]]]}}}))
