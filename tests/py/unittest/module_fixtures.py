import io
import re
import unittest

log = []


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'moduleCleanup')


def tearDownModule():
    log.append('tearDownModule')


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('A.setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('A.tearDownClass')

    def test_a(self):
        log.append('A.test_a')


class B(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append('B.tearDownClass')
        raise RuntimeError('teardown class failed')

    def test_b(self):
        log.append('B.test_b')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromNames(['A', 'B'], __import__(__name__))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', stream.getvalue())
print(re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', out))
print(log)
print(result.errors[0][0], repr(result.errors[0][0]), result.errors[0][0].countTestCases())
