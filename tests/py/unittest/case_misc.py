import contextlib
import unittest

events = []


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return 'Point(%d)' % self.x


class T(unittest.TestCase):
    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)

    def assertPointEqual(self, a, b, msg=None):
        if a.x != b.x:
            self.fail(self._formatMessage(msg, 'points differ by %d' % (a.x - b.x)))

    def test_points(self):
        self.assertEqual(Point(1), Point(3))

    def runTest(self):
        pass


t = T('test_points')
t.setUp()
try:
    t.assertEqual(Point(5), Point(2), 'note')
except AssertionError as e:
    print('AssertionError', e)


@contextlib.contextmanager
def managed(name):
    events.append('enter ' + name)
    yield name.upper()
    events.append('exit ' + name)


class Ctx(unittest.TestCase):
    def test_ctx(self):
        v = self.enterContext(managed('a'))
        events.append('got ' + v)
        self.addCleanup(events.append, 'cleanup with args')

    def test_doCleanups(self):
        self.addCleanup(events.append, 'first registered')
        self.addCleanup(events.append, 'second registered')
        events.append('doCleanups -> %s' % self.doCleanups())


r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Ctx).run(r)
print(events, r.wasSuccessful())
try:
    Ctx('test_ctx').enterContext(42)
except TypeError as e:
    print('TypeError', e)
with t.subTest(a=1):
    print('subTest outside run is a plain context')
print(t.longMessage, t.maxDiff, t.failureException.__name__)
try:
    t.assertEqual('a' * 200, 'a' * 199 + 'b')
except AssertionError as e:
    print(str(e).splitlines()[0])
try:
    t.assertEqual(['x' * 100], ['y' * 100])
except AssertionError as e:
    print(str(e))
try:
    t.assertIn('needle', ['hay'] * 40)
except AssertionError as e:
    print(e)
try:
    t.assertCountEqual(['a'] * 200, ['b'] * 200)
except AssertionError as e:
    print(e)
print(T.countTestCases(t), type(t.defaultTestResult()).__name__)
print(hasattr(unittest.case, 'safe_repr'))
print(unittest.util.safe_repr('x' * 100, short=True))
print(unittest.util.strclass(T))
print(unittest.util._common_shorten_repr('a' * 100 + 'X', 'a' * 100 + 'Y'))
print(unittest.util.sorted_list_difference([1, 2, 3, 5], [2, 3, 4]))
print(unittest.util.unorderable_list_difference([1, 2, [3]], [[3], 4]))
