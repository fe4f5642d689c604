import io
import re
import unittest


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    return text


class Basic(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        x = {}
        x['missing']

    @unittest.skip('not today')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_doc(self):
        """First line of doc.

        More lines."""
        self.assertIn(3, [1, 2], 'custom message')


for verbosity in (0, 1, 2):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestLoader().loadTestsFromTestCase(Basic)
    print('countTestCases', suite.countTestCases())
    result = runner.run(suite)
    print(clean(stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    print(re.sub(r'run=\d+', 'run=N', repr(result)))
    print([str(t) for t, _ in result.failures], [t.id() for t, _ in result.errors])
    print(result.skipped)

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([Basic('test_pass')]))
print(clean(stream.getvalue()), result.wasSuccessful())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
print(clean(stream.getvalue()), result.wasSuccessful())
t = Basic('test_pass')
print(str(t), repr(t), t.id(), t.shortDescription(), Basic('test_doc').shortDescription())
print(t == Basic('test_pass'), t == Basic('test_fail'), hash(t) == hash(Basic('test_pass')))
try:
    Basic('nope')
except ValueError as e:
    print('ValueError', e)
r = t.run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
r = unittest.TestResult()
Basic('test_fail').run(r)
print(r, r.failures[0][1].splitlines()[-1])
