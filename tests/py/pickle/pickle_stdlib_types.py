# Standard library types: enum members, namedtuples, collections containers, datetime,
# functools.partial, ranges, slices, exceptions, SimpleNamespace.
import collections
import datetime
import enum
import functools
import pickle
import types


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


class Num(enum.IntEnum):
    ONE = 1


Point = collections.namedtuple('Point', 'x y')

tz5 = datetime.timezone(datetime.timedelta(hours=5), 'X')
objs = [Color.RED, [Color.RED, Color.GREEN, Color.RED], Perm.R | Perm.W, Perm.R, Num.ONE,
        Point(1, 2), [Point(1, 2), Point(3, 4)],
        collections.OrderedDict(a=1, b=2), collections.OrderedDict(),
        collections.deque([1, 2], 5), collections.deque(), collections.deque([[1]]),
        collections.defaultdict(list, {1: [2]}), collections.defaultdict(None),
        collections.Counter('abcab'), collections.Counter(),
        datetime.date(2024, 2, 29), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
        datetime.time(1, 2, 3), datetime.timedelta(days=1, seconds=5, microseconds=7),
        datetime.timedelta(-3), datetime.timezone.utc, tz5,
        datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc),
        datetime.time(4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-3))),
        datetime.datetime(2020, 1, 2, fold=1), datetime.datetime(1, 1, 1), datetime.date.max,
        functools.partial(int, base=2), functools.partial(max, 1, 2),
        range(3), range(1, 10, 3), slice(1, 2, 3), slice(None),
        ValueError('bad', 1), KeyError('k'), OSError(2, 'No such file'), StopIteration(),
        types.SimpleNamespace(a=1, b=[2])]
for o in objs:
    print(repr(o))
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(' ', proto, data)
        if isinstance(o, BaseException):
            print('   ', type(back).__name__, back.args)
        elif isinstance(o, functools.partial):
            print('   ', back.func, back.args, back.keywords)
        else:
            print('   ', repr(back), back == o, type(back) is type(o))

print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
dd = pickle.loads(pickle.dumps(collections.defaultdict(list, {1: [2]})))
dd[5].append(6)
print(sorted(dd.items()), dd.default_factory)
print(pickle.loads(pickle.dumps(functools.partial(int, base=2)))('101'))
