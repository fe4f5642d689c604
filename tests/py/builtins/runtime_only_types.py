# Types only the runtime creates (views, iterators, frames) cannot be called
import sys, types
objs = [{}.keys(), {}.values(), {}.items(), iter(b''), iter([]), iter(()), iter(range(3)), iter({}), iter(set()), iter(''), sys._getframe(),
        (x for x in []), reversed([]), enumerate([]), zip(), map(len, []), filter(None, [])]
for o in objs:
    t = type(o)
    try:
        r = t()
        print(t.__name__, 'created', type(r).__name__)
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
