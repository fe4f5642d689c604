# ** with non-string keys or non-mappings, * with non-iterables.
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**[1, 2])
except TypeError as e:
    print(e)
try:
    f(**None)
except TypeError as e:
    print(e)
def g(*a):
    return a
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(*None)
except TypeError as e:
    print(e)
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
print(g(*"hi", *b"hi"))
