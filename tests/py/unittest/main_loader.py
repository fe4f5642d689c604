import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', text)
    return re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual([1, 2], [1, 3])

    def helper(self):
        pass


class Beta(unittest.TestCase):
    def test_b(self):
        pass

    def runTest(self):
        pass


class NoTests(unittest.TestCase):
    def runTest(self):
        pass


def run_main(argv, **kw):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        prog = unittest.main(argv=argv, exit=False, **kw)
        out = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    print(clean(out))
    return prog


p = run_main(['prog'])
print(p.result.testsRun, p.result.wasSuccessful(), type(p.result).__name__)
p = run_main(['prog', '-v', 'Alpha.test_one', 'Beta'])
print(p.result.testsRun, p.verbosity)
p = run_main(['prog', '-q', '-k', 'two'])
print(p.result.testsRun)
p = run_main(['prog'], verbosity=2, defaultTest='Beta')
p = run_main(['prog', 'Alpha.missing'])
print(p.result.testsRun, len(p.result.errors))
try:
    unittest.main(argv=['prog', 'Beta'], exit=True, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', 'Alpha'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(NoTests))
print(loader.loadTestsFromTestCase(NoTests))
print(loader.loadTestsFromTestCase(Alpha))
print(loader.loadTestsFromName('Alpha.test_one', sys.modules[__name__]))
print(loader.loadTestsFromNames(['Alpha', 'Beta.test_b'], sys.modules[__name__]).countTestCases())
mod_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(mod_suite.countTestCases(), [type(s).__name__ for s in mod_suite])
loader.testMethodPrefix = 'help'
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
loader.testNamePatterns = ['*one*']
print(loader.getTestCaseNames(Alpha))
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print('TypeError', e)
try:
    unittest.TestSuite().addTest(Alpha)
except TypeError as e:
    print('TypeError', e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print('TypeError', e)
s = unittest.TestSuite([Alpha('test_one')])
s.addTests([Beta('test_b'), unittest.TestSuite([Alpha('test_two')])])
print(s.countTestCases(), s == unittest.TestSuite(list(s)), list(s)[0])
r = unittest.TestResult()
s.run(r)
print(r.testsRun, len(r.failures), s.countTestCases(), list(s))
ft = unittest.FunctionTestCase(lambda: None, description='described')
print(ft.shortDescription(), ft.countTestCases())


def plain_fail():
    assert 1 == 2, 'plain assert'


ft2 = unittest.FunctionTestCase(plain_fail)
print(str(ft2), ft2.id())
r = unittest.TestResult()
ft2.run(r)
print(r.failures[0][1].splitlines()[-1], r.wasSuccessful())
