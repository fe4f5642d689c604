"""Python unit testing framework (slotpy).

TestCase, TestSuite, TestLoader, TextTestRunner, TestResult, main() and the
skip/expectedFailure decorators.  unittest.mock and directory discovery are
not provided.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .loader import makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult

_registered_results = []


def installHandler():
    pass


def registerResult(result):
    _registered_results.append(result)


def removeResult(result):
    try:
        _registered_results.remove(result)
        return True
    except ValueError:
        return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


_TextTestResult = TextTestResult
