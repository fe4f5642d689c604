import io
import re
import sys
import unittest

log = []


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', text)
    return re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)


def run(*classes, verbosity=2, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(clean(stream.getvalue()))
    return result


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest('labelled', x=1):
            with self.subTest(y=2):
                self.fail('inner')
        with self.subTest():
            raise RuntimeError('err in subtest')

    def test_all_ok(self):
        for i in range(3):
            with self.subTest(i=i):
                pass


r = run(Sub)
print([str(t) for t, _ in r.failures], [t.id() for t, _ in r.errors])
r = run(Sub, verbosity=1)
r = run(Sub, verbosity=1, failfast=True)
print(r.testsRun, r.shouldStop)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'classCleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.fail('b fails')


run(Fixtures, verbosity=0)
print(log)
del log[:]


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup broke')

    def test_never(self):
        log.append('never')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup broke')

    def tearDown(self):
        log.append('tearDown not called')

    def test_x(self):
        log.append('never x')


class BadCleanup(unittest.TestCase):
    def test_cleanup(self):
        def broken():
            raise OSError('cleanup broke')
        self.addCleanup(broken)


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('skip from setUp')

    def test_s(self):
        pass


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, 'if true')
    def test_if(self):
        pass

    @unittest.skipUnless(False, 'unless false')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_runs(self):
        pass

    @unittest.skip
    def test_bare_skip(self):
        pass


r = run(BadSetUpClass, BadSetUp, BadCleanup, SkipInSetUp, SkippedClass, Conditional)
print(log, r.skipped[0][1], len(r.skipped), [str(t) for t, _ in r.errors])


class Buffered(unittest.TestCase):
    def test_quiet(self):
        print('hidden output')

    def test_loud(self):
        print('shown because of failure')
        sys.stderr.write('err text\n')
        self.fail('x')


saved = sys.stdout, sys.stderr
cap = io.StringIO()
sys.stdout = sys.stderr = cap
try:
    r = run(Buffered, verbosity=0, buffer=True)
finally:
    sys.stdout, sys.stderr = saved
print(repr(cap.getvalue()))
