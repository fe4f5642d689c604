def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


import collections
t(lambda: list[int]); t(lambda: dict[str, list[int]]); t(lambda: tuple[int, ...]); t(lambda: tuple[()]); t(lambda: list[1, "a"]); t(lambda: type(list[int])); t(lambda: list[int].__origin__); t(lambda: list[int].__args__); t(lambda: list[int].__parameters__)
t(lambda: list[int]("ab")); t(lambda: list[int] == list[int]); t(lambda: list[int] == list[str]); t(lambda: list[int] == list); t(lambda: hash(list[int]) == hash(list[int])); t(lambda: list[int].__name__); t(lambda: list[int].append); t(lambda: list[int][str])
t(lambda: list[int].__mro_entries__((1,))); t(lambda: list[int].__class__); t(lambda: type(list[int]).__name__); t(lambda: type(list[int]).__module__); t(lambda: list[int] < list[int])
class L(list[int]): pass
t(lambda: L.__bases__); t(lambda: L.__orig_bases__); t(lambda: L([1]))
t(lambda: dict[int, str].__args__); t(lambda: frozenset[int]); t(lambda: set[int]()); t(lambda: tuple[int]((1, 2))); t(lambda: list.__class_getitem__(int)); t(lambda: list[list[int]]); t(lambda: list[...]); t(lambda: list[collections.OrderedDict])
def f(x: list[int], y: dict[str, int] = None) -> tuple[int, ...]: pass
t(lambda: f.__annotations__)
t(lambda: list[int].__doc__ == list.__doc__); t(lambda: list[int].__module__); t(lambda: list[int] | None); t(lambda: (list[int] | None).__args__); t(lambda: type(list[int] | dict[str, int]).__name__); t(lambda: list[int] | 1)
t(lambda: (list[int] | None) == (None | list[int]) if False else (list[int] | None) == (list[int] | None)); t(lambda: list[int] | list[int]); t(lambda: dict[str, int] | list[int] | dict[str, int])
t(lambda: list[int].__reduce__()); t(lambda: list[int].__unpacked__); t(lambda: list.__class_getitem__()); t(lambda: dict.__class_getitem__(int, str))
t(lambda: type(list[int])(list, int)); t(lambda: type(list[int])(dict, (str, int))); t(lambda: type(list[int])(list)); t(lambda: list[int]().__orig_class__ if False else [])
