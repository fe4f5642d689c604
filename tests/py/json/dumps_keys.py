# json.dumps of dict keys: str, int, float, bool, None; sort_keys; skipkeys; errors
import json


def t(*a, **k):
    try:
        print(json.dumps(*a, **k))
    except Exception as e:
        print(type(e).__name__, '|', e)


t({1: 'int', 2.5: 'float', True: 'true', None: 'null', 'str': 's'})
t({False: 0, -1: 'neg', 1e20: 'big', float('nan'): 'nan', float('inf'): 'inf'})
t({10**30: 'huge'})
t({(1, 2): 'tuple'})
t({(1, 2): 'tuple', 'ok': 1}, skipkeys=True)
t({b'x': 1})
t({b'x': 1}, skipkeys=True)
t({frozenset(): 1}, skipkeys=True, indent=1)
t({'b': 1, 'a': 2, 'c': 3}, sort_keys=True)
t({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True)
t({'b': 1, 1: 2}, sort_keys=True)
t({'b': 1, 'a': {'z': 1, 'y': 2}}, sort_keys=True, indent=2)
t({1: 1, '1': 2})
t({float('nan'): 1}, allow_nan=False)
t({'a': 1}, sort_keys=True, skipkeys=True)
t({(): 1, 2: 3}, skipkeys=True, sort_keys=False)
t({object(): 1})


class K(str):
    pass


t({K('sub'): 1})
print(json.loads(json.dumps({1: 2, True: 3, None: 4})))
