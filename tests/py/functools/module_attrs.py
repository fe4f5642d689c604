# The functools module's names and the types of its members.
import functools

print(functools.__all__)
print(sorted(n for n in functools.__all__ if not hasattr(functools, n)))
for name in ['reduce', 'partial', 'cmp_to_key', 'lru_cache', 'cache', 'wraps', 'update_wrapper',
             'total_ordering', 'partialmethod', 'singledispatch', 'singledispatchmethod',
             'cached_property']:
    obj = getattr(functools, name)
    print(name, type(obj).__name__, getattr(obj, '__module__', None))
print(functools.partial.__module__, functools.partial.__name__)
print(type(functools.cmp_to_key(None)).__name__)
print(functools.lru_cache.__doc__.splitlines()[0])
print(functools.cache.__doc__)
print(functools.update_wrapper.__doc__.splitlines()[0])
print(type(functools.lru_cache(len)).__name__)
print(functools.WRAPPER_ASSIGNMENTS[0], functools.WRAPPER_UPDATES)
print(functools.partial.__doc__.splitlines()[0])
