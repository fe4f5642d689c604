# Instances of classes: __dict__ state, __slots__, __getstate__/__setstate__, __getnewargs__,
# __getnewargs_ex__, __reduce__/__reduce_ex__, subclasses of builtin types.
import pickle


class Plain:
    pass


class WithDict:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slots:
    __slots__ = ('x', '__y', 'z')

    def __init__(self):
        self.x = 1
        self.__y = 2


class SlotsSub(Slots):
    __slots__ = ('w',)


class SlotsDict(Slots):
    def __init__(self):
        super().__init__()
        self.d = 5


class OneSlot:
    __slots__ = 'only'


class GetSet:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] + 1


class FalseState:
    def __getstate__(self):
        return 0

    def __setstate__(self, st):
        print('setstate called with', st)


class NewArgs:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx:
    def __new__(cls, a, *, k):
        o = super().__new__(cls)
        o.a = a
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return (self.a,), {'k': self.k}


class NewArgsExNoKw:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o

    def __getnewargs_ex__(self):
        return (self.a,), {}


class Red:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Red, (self.v,))


class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx, (), {'proto': proto})


class RedList:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.items.append((k, v))

    def __reduce__(self):
        return (RedList, (), None, iter([1, 2]), iter([('k', 'v')]))


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyFrozenSet(frozenset):
    pass


class MyFloat(float):
    pass


class MyBytes(bytes):
    pass


class MyByteArray(bytearray):
    pass


w = WithDict(1, 'two')
slots = Slots()
sub = SlotsSub()
sub.w = 'w'
sub.z = 'z'
ml = MyList([1, 2])
ml.attr = 'a'
md = MyDict(a=1)
md.extra = [1]
ms = MySet([4])
ms.tag = 't'
os_ = OneSlot()
os_.only = 9
mi = MyInt(5)
mi.note = 'n'
objs = [Plain(), w, slots, sub, SlotsDict(), os_, OneSlot(), GetSet(), NewArgs(5),
        NewArgsEx(1, k=2), NewArgsExNoKw(3), Red(7), RedEx(), mi, MyStr('s'), ml, md,
        MyTuple((1, 2)), ms, MyFrozenSet([1]), MyFloat(1.5), MyBytes(b'by'),
        MyByteArray(b'ba'), [w, WithDict(3, 4), w]]


def state(o):
    if isinstance(o, (int, str, float, bytes, bytearray, tuple, list, dict, set, frozenset)):
        base = [b for b in type(o).__mro__ if b.__module__ == 'builtins'][0]
        return type(o).__name__, base(o), getattr(o, '__dict__', None)
    if isinstance(o, RedList):
        return o.items
    d = dict(getattr(o, '__dict__', {}))
    for k in getattr(type(o), '__slotnames__', []):
        if hasattr(o, k):
            d[k] = getattr(o, k)
    return type(o).__name__, sorted(d.items())


for o in objs:
    print(type(o).__name__)
    for proto in range(6):
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(' ', proto, type(e).__name__, e)
            continue
        print(' ', proto, data)
        back = pickle.loads(data)
        if isinstance(o, list) and type(o) is list:
            print('   ', [state(x) for x in back], back[0] is back[2])
        else:
            print('   ', state(back))

print(pickle.loads(pickle.dumps(RedList(), 2)).items)
print(pickle.loads(pickle.dumps(RedList(), 0)).items)
print(pickle.loads(pickle.dumps(FalseState(), 2)).__class__.__name__)
print(Slots.__slotnames__, SlotsSub.__slotnames__, OneSlot.__slotnames__)
