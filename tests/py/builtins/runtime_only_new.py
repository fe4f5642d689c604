# __new__ of types only the runtime creates: refused with CPython's messages, never a half-made object
import sys
for t in [type({}.keys()), type(iter([])), type(sys._getframe()), type((x for x in []))]:
    try:
        o = t.__new__(t)
        print(t.__name__, 'made', repr(o)[:10])
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
    try:
        o = object.__new__(t)
        print(t.__name__, 'made2')
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
import array, types
async def c(): pass
async def ag(): yield
co = c()
for t in [type(co), type(ag()), type(co.__await__()), type(iter(int, 1)), type(iter(array.array('b'))), types.GeneratorType]:
    for f in [lambda: t(), lambda: t.__new__(t), lambda: object.__new__(t)]:
        try:
            f()
            print(t.__name__, 'made')
        except TypeError as e:
            print(t.__name__, 'TypeError', e)
co.close()
