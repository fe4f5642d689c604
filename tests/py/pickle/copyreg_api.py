# copyreg: pickle(), constructor(), dispatch_table, __newobj__/__newobj_ex__, _reconstructor,
# _reduce_ex, _slotnames and the extension registry.
import copyreg
import pickle


def show(label, f):
    try:
        print(label, 'OK', f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(copyreg.__all__))
print(complex in copyreg.dispatch_table, copyreg.dispatch_table[complex](3 + 4j))
print(copyreg.pickle_complex(1j))
print(copyreg.pickle_union(int | str))
print(pickle.loads(pickle.dumps(int | None)) == (int | None))


class V:
    def __init__(self, x):
        self.x = x


def reduce_v(v):
    return V, (v.x * 10,)


show('pickle', lambda: copyreg.pickle(V, reduce_v))
print(pickle.loads(pickle.dumps(V(2))).x, pickle.dumps(V(2), 2))
del copyreg.dispatch_table[V]
print(pickle.loads(pickle.dumps(V(2))).x)
show('pickle not callable', lambda: copyreg.pickle(V, 'nope'))
show('pickle bad constructor', lambda: copyreg.pickle(V, reduce_v, 'nope'))
show('constructor', lambda: copyreg.constructor(len))
show('constructor bad', lambda: copyreg.constructor(3))
print(V in copyreg.dispatch_table)
copyreg.dispatch_table.pop(V, None)

print(copyreg.__newobj__.__name__, copyreg.__newobj_ex__.__name__)


class I(int):
    pass


class KW:
    def __new__(cls, *args, **kw):
        o = object.__new__(cls)
        o.args = args
        o.kw = kw
        return o


n = copyreg.__newobj__(I, 7)
print(type(n).__name__, n)
k = copyreg.__newobj_ex__(KW, (1, 2), {'z': 3})
print(type(k).__name__, k.args, k.kw)
x = copyreg._reconstructor(I, int, 7)
print(type(x).__name__, x)


class O:
    pass


print(type(copyreg._reconstructor(O, object, None)).__name__)
r = copyreg._reduce_ex(I(5), 1)
print(r[0] is copyreg._reconstructor, r[1][0].__name__, r[1][1].__name__, r[1][2], len(r))
o = O()
o.attr = 1
r = copyreg._reduce_ex(o, 0)
print(r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])


class S:
    __slots__ = ('a',)


class S2(S):
    __slots__ = ('__b', 'c', '__dict__', '__weakref__')


class _Under:
    __slots__ = ('__p',)


class __Dunder:
    __slots__ = ('__q', '__ok__')


class StrSlot:
    __slots__ = 'single'


class NoSlots(S2):
    pass


show('reduce_ex slots', lambda: copyreg._reduce_ex(S(), 0))
for cls in (S, S2, _Under, __Dunder, StrSlot, NoSlots, O, int):
    print(cls.__name__, copyreg._slotnames(cls), '__slotnames__' in cls.__dict__)
print(S2.__slotnames__)

# extension registry
copyreg.add_extension('mod', 'name', 5)
copyreg.add_extension('mod', 'name', 5)
show('add dup key', lambda: copyreg.add_extension('mod', 'name', 6))
show('add dup code', lambda: copyreg.add_extension('mod', 'other', 5))
show('add 0', lambda: copyreg.add_extension('m', 'n', 0))
show('add big', lambda: copyreg.add_extension('m', 'n', 0x80000000))
show('add str code', lambda: copyreg.add_extension('m', 'n', 'x'))
print(copyreg._extension_registry, copyreg._inverted_registry)
show('remove wrong', lambda: copyreg.remove_extension('mod', 'name', 6))
show('remove', lambda: copyreg.remove_extension('mod', 'name', 5))
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg._extension_cache[9] = 'cached'
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
