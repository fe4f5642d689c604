# Deep nesting: the pickler counts nesting against the recursion limit as CPython's does.
import pickle


def deep(n, make):
    d = []
    for i in range(n):
        d = make(d)
    return d


for label, make in (('list', lambda d: [d]), ('dict', lambda d: {1: d}),
                    ('tuple', lambda d: (d,))):
    for n in (10, 300, 450, 480, 900, 1200):
        d = deep(n, make)
        try:
            data = pickle.dumps(d)
            print(label, n, len(data), pickle.loads(data) == d)
        except RecursionError as e:
            print(label, n, 'RecursionError', e)


def nested_call(k):
    if k:
        return nested_call(k - 1)
    try:
        pickle.dumps(deep(300, lambda d: [d]))
        return 'ok'
    except RecursionError as e:
        return 'RecursionError ' + str(e)


for k in (100, 300, 450):
    print(k, nested_call(k))
# Loading is iterative: deep pickles made by hand load fine.
data = b'\x80\x02' + b']' * 3000 + b'a' * 2999 + b'.'
obj = pickle.loads(data)
depth = 0
while obj:
    obj = obj[0]
    depth += 1
print('loaded depth', depth)
