# collections.abc.Callable[...]: flat __args__, bracketed repr, substitution, errors
import collections.abc as c
import typing

T = typing.TypeVar('T')
a = c.Callable[[int], str]
print(type(a).__name__, a.__args__, a, c.Callable[..., int], c.Callable[[], int], a.__origin__, a.__parameters__)
b = c.Callable[[T], T]
print(b, b.__parameters__, b[int], c.Callable[[T, str], list[T]][bytes])
for bad in (int, (int, int), (int,)):
    try:
        c.Callable[bad]
    except Exception as e:
        print(type(e).__name__, e)
print(a == c.Callable[[int], str], hash(a) == hash(c.Callable[[int], str]), isinstance(a, type(list[int])))
print(typing.Callable[[int], str], typing.get_args(c.Callable[[int], str]))
print(list[[int, list[int]], str])   # a plain alias shows a list argument with repr()
