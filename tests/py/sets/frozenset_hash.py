# frozenset hashing and use as dict keys and set members.
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2), f1 is not f2)
d = {f1: "first"}
d[f2] = "second"
print(len(d), d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), sorted(sorted(x) for x in nested))
print(sorted(f1 | {4}), type(f1 | {4}).__name__, type({4} | f1).__name__)
try:
    f1.add(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError", e)
print(frozenset(), set(), repr(frozenset({7})), repr({7}), frozenset("aa"))
print(hash(frozenset()) == hash(frozenset()), frozenset({1, 2}) == {1, 2})
