import io
import re
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__, e)


def raises_value():
    raise ValueError('bad value 42')


def quiet():
    return 1


attempt('callable', lambda: t.assertRaises(ValueError, raises_value))
attempt('callable-none', lambda: t.assertRaises(ValueError, quiet))
attempt('callable-other', lambda: t.assertRaises(KeyError, raises_value))
attempt('tuple', lambda: t.assertRaises((KeyError, ValueError), raises_value))
attempt('bad-type', lambda: t.assertRaises(1, raises_value))
attempt('bad-kw', lambda: t.assertRaises(ValueError, foo=1))
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)


def ctx_missing():
    with t.assertRaises(ValueError):
        pass


def ctx_missing_msg():
    with t.assertRaises(ValueError, msg='needed'):
        pass


attempt('ctx-missing', ctx_missing)
attempt('ctx-missing-msg', ctx_missing_msg)
attempt('regex-ok', lambda: t.assertRaisesRegex(ValueError, r'\d+', raises_value))
attempt('regex-bad', lambda: t.assertRaisesRegex(ValueError, r'^nope', raises_value))


def ctx_regex():
    with t.assertRaisesRegex(KeyError, 'k.y') as cm:
        {}['key']
    return cm.exception


attempt('ctx-regex', ctx_regex)


def warn_it():
    warnings.warn('careful now', UserWarning)


attempt('warns', lambda: t.assertWarns(UserWarning, warn_it))
attempt('warns-none', lambda: t.assertWarns(UserWarning, quiet))
attempt('warns-other', lambda: t.assertWarns(DeprecationWarning, warn_it))
attempt('warns-regex', lambda: t.assertWarnsRegex(UserWarning, 'care', warn_it))
attempt('warns-regex-bad', lambda: t.assertWarnsRegex(UserWarning, 'zzz', warn_it))
attempt('warns-bad-type', lambda: t.assertWarns(ValueError, warn_it))
with t.assertWarns(RuntimeWarning) as cm:
    warnings.warn('rt', RuntimeWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith('raises_warns.py'))


def ctx_warn_none():
    with t.assertWarns(UserWarning):
        pass


attempt('ctx-warn-none', ctx_warn_none)


def ctx_raise_through():
    with t.assertWarns(UserWarning):
        raise KeyError('through')


attempt('ctx-raise-through', ctx_raise_through)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failUnless(True)
print([str(x.message) for x in w], [x.category.__name__ for x in w])


class Runner(unittest.TestCase):
    def test_raises_failure(self):
        with self.assertRaises(TypeError):
            int('5')

    def test_unexpected_exception(self):
        with self.assertRaises(TypeError):
            raise ValueError('other')

    def test_warns(self):
        with self.assertWarns(UserWarning):
            warnings.warn('x', UserWarning)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Runner))
out = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', stream.getvalue())
print(re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', out))
