# try/except*: matching parts of groups, naked exceptions, exceptions raised in clauses,
# re-raising, unmatched rests, else/finally, and the compile-time and run-time errors
import sys


def run(f):
    try:
        f()
        print('  no exception')
    except BaseException as e:
        print('  escaped:', type(e).__name__, repr(e))


def group():
    return ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3), OSError(4)])])


def f1():
    try:
        raise group()
    except* ValueError as e:
        print('  ValueError part', repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print('  TypeError part', repr(e))
    except* OSError:
        print('  OSError part')


def f2():
    try:
        raise group()
    except* ValueError:
        print('  handled values only')


def f3():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('  naked caught as', repr(e), repr(e.exceptions[0]))


def f4():
    try:
        raise KeyError('not matched')
    except* ValueError:
        print('  never')


def f5():
    try:
        raise group()
    except* ValueError:
        raise KeyError('new in clause')
    except* TypeError:
        pass


def f6():
    try:
        raise group()
    except* ValueError as e:
        raise e
    except* OSError:
        raise


def f7():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise RuntimeError('replaced')


def f8():
    try:
        print('  body ok')
    except* ValueError:
        print('  never')
    else:
        print('  else ran')
    finally:
        print('  finally ran')


def f9():
    try:
        raise group()
    except* (ValueError, OSError) as e:
        print('  tuple clause', repr(e))
    finally:
        print('  finally after group')


def f10():
    try:
        raise group()
    except* ExceptionGroup:
        pass


def f11():
    try:
        raise group()
    except* 42:
        pass


def f12():
    for i in range(2):
        try:
            raise ValueError(i)
        except* ValueError as e:
            print('  loop', i, repr(e))
    print('  name cleared:', 'e' not in locals())


def f13():
    try:
        try:
            raise group()
        except* TypeError:
            raise
    except ExceptionGroup as outer:
        print('  outer sees', repr(outer), outer.__context__)


for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13]:
    print(f.__name__)
    run(f)
for src in ['try:\n    pass\nexcept* ValueError:\n    return 1',
            'for x in y:\n    try:\n        pass\n    except* ValueError:\n        break',
            'for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue',
            'try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break',
            'try:\n    pass\nexcept*:\n    pass',
            'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass']:
    try:
        compile(src, 's', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno)
