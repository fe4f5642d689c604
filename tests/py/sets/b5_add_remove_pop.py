def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def show(r):
    return type(r).__name__ + str(sorted(r, key=repr)) if isinstance(r, (set, frozenset)) else repr(r)
s = {1, 2}
t(lambda: s.add(3)); t(lambda: s.add([])); t(lambda: s.remove(9)); t(lambda: s.remove([])); t(lambda: s.discard(9)); t(lambda: s.discard([])); t(lambda: s.pop()); t(lambda: set().pop()); t(lambda: show(s.copy())); t(lambda: s.clear()); t(lambda: show(s))
t(lambda: {frozenset({1})}.remove({1})); t(lambda: show({frozenset({1})} - [{1}])); t(lambda: {1} in {frozenset({1})}); t(lambda: {frozenset({1}): 2}[{1}] if False else {1} in {frozenset({1}): 2}); t(lambda: {frozenset({1})}.discard({1}))
t(lambda: s.remove()); t(lambda: s.add(1, 2)); t(lambda: frozenset().add(1)); t(lambda: {(1, [2])}); t(lambda: set().remove((1,))); t(lambda: set().remove(KeyError))
s = set(range(10))
def mut():
    for x in s: s.add(x + 100)
t(mut)
def mut2():
    for x in s: s.discard(x)
t(mut2)
p = {5, 3, 1}
t(lambda: [p.pop() for _ in range(3)])
