# lru_cache and cache on methods, classmethods and staticmethods; cached_property mixing.
from functools import lru_cache, cache, cached_property

class Circle:
    created = 0
    def __init__(self, r):
        self.r = r
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return self.r == other.r
    @lru_cache(maxsize=None)
    def area(self):
        Circle.created += 1
        return 3 * self.r * self.r
    @classmethod
    @cache
    def unit(cls):
        return cls(1)
    @staticmethod
    @lru_cache(maxsize=2)
    def double(x):
        return 2 * x
    @cached_property
    def diameter(self):
        return 2 * self.r

c = Circle(2)
print(c.area(), c.area(), Circle(2).area(), Circle.created, Circle.area.cache_info())
print(Circle.unit() is Circle.unit(), Circle.unit().r)
print(Circle.double(4), c.double(4), Circle.double.cache_info())
print(c.diameter, c.__dict__)
bound = c.area
print(type(bound).__name__, bound.__self__ is c, bound())
print(Circle.area is Circle.__dict__['area'])
print(Circle.area.__wrapped__(c), Circle.area.__name__, Circle.area.__qualname__)
Circle.area.cache_clear()
print(Circle.area.cache_info())
