import unittest


class Recording(unittest.TestResult):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.events = []

    def startTestRun(self):
        self.events.append('startTestRun')

    def stopTestRun(self):
        self.events.append('stopTestRun')

    def startTest(self, test):
        super().startTest(test)
        self.events.append('start ' + test._testMethodName)

    def stopTest(self, test):
        super().stopTest(test)
        self.events.append('stop ' + test._testMethodName)

    def addSuccess(self, test):
        self.events.append('success')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.events.append('failure %s' % err[0].__name__)

    def addError(self, test, err):
        super().addError(test, err)
        self.events.append('error %s' % err[0].__name__)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.events.append('skip ' + reason)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        self.events.append('subtest %s %s' % (subtest._subDescription(), err and err[0].__name__))


class T(unittest.TestCase):
    def test_1ok(self):
        pass

    def test_2fail(self):
        self.assertFalse(True)

    def test_3err(self):
        raise OSError('disk')

    def test_4skip(self):
        self.skipTest('because')

    def test_5sub(self):
        for i in range(2):
            with self.subTest(n=i):
                self.assertEqual(i, 0)

    def test_6return(self):
        return 5


r = Recording()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
r.startTestRun()
suite.run(r)
r.stopTestRun()
for e in r.events:
    print(e)
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful(), r.shouldStop)
r.stop()
print(r.shouldStop)
print(r.errors[0][1].splitlines()[-1])

r = unittest.TestResult()
r.failfast = True
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print(r.testsRun, r.shouldStop)

t = T('test_1ok')
r = t.run()
print(r.testsRun, r.wasSuccessful())
print(unittest.TestResult().wasSuccessful())
r = unittest.TestResult()
r.addUnexpectedSuccess(t)
print(r.wasSuccessful(), r.unexpectedSuccesses)
r = unittest.TestResult()
T('test_2fail').debug() if False else None
try:
    T('test_2fail').debug()
except AssertionError as e:
    print('debug raised', e)
try:
    T('test_4skip').debug()
except unittest.SkipTest as e:
    print('SkipTest', e)
