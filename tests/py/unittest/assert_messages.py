import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, 'AssertionError:')
        print(e)
    except Exception as e:
        print(name, type(e).__name__, e)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'extra')
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'line1\nline2\nline3\n', 'line1\nLINE2\nline3\n')
check('assertEqual', 'one line', 'one line\n')
check('assertEqual', '', 'x')
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1], [1, 2, 3])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', list(range(100)), list(range(99)) + [1000])
check('assertEqual', 1.0, 1)
check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertTrue', 0)
check('assertTrue', [], 'msg')
check('assertFalse', 'yes')
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 'z', 'abc')
check('assertNotIn', 'a', 'abc')
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=0)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, places=1, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertNotAlmostEqual', 1.0, 2.0)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2], [1, 1, 2])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertRegex', 'hello world', r'wor')
check('assertRegex', 'hello world', r'^world')
check('assertNotRegex', 'hello world', r'o w')
check('assertSequenceEqual', [1, 2], [1, 3])
check('assertSequenceEqual', 'ab', ['a', 'b'])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', [], {})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertMultiLineEqual', 1, 'x')
check('fail')
check('fail', 'boom')
check('assertEqual', {'k%d' % i: i for i in range(40)}, {'k%d' % i: i + 1 for i in range(40)})
t.maxDiff = None
check('assertEqual', ['a' * 30, 'b' * 30, 'c'], ['a' * 30, 'b' * 29, 'c'])
t.longMessage = False
check('assertEqual', 1, 2, 'only custom')
check('assertEqual', 1, 2)
t.longMessage = True
with t.subTest():
    check('assertEqual', 'a\tb\n', 'a\tc\n')
