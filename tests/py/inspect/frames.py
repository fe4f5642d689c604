import inspect
import os
import sys


def describe(info):
    return (info.function, info.lineno, os.path.basename(info.filename),
            info.code_context, info.index)


def inner(n):
    args = inspect.getargvalues(inspect.currentframe())
    frame = inspect.currentframe(); lineno = frame.f_lineno
    print('argvalues', args.args, args.varargs, args.keywords, sorted(args.locals)[:3])
    print('current', frame.f_code.co_name, frame.f_back.f_code.co_name, lineno)
    st = inspect.stack()
    print('stack depth ok', len(st) >= 3)
    for fi in st[:3]:
        print(' ', describe(fi))
        print('  tuple', fi[3], fi[2], fi.frame.f_code.co_name)
    st0 = inspect.stack(context=3)[0]
    print(' ctx3', st0.code_context, st0.index)
    print(' ctx0', inspect.stack(0)[0].code_context)
    outer_frames = inspect.getouterframes(frame)
    print('outer', [f.function for f in outer_frames][:3])
    info = inspect.getframeinfo(frame.f_back)
    print('frameinfo', info.function, info.lineno, info.code_context, info.index)
    print(inspect.getframeinfo(frame, context=0)[2:])
    return n


def middle():
    return inner(5)


print(middle())


def boom(x):
    y = x * 2
    raise ValueError('bad %d' % y)


def caller():
    boom(3)


try:
    caller()
except ValueError:
    tb = sys.exc_info()[2]
    for fi in inspect.trace():
        print('trace', describe(fi))
    for fi in inspect.getinnerframes(tb, context=2):
        print('inner', fi.function, fi.lineno, fi.code_context, fi.index)
    print(inspect.istraceback(tb), inspect.isframe(tb.tb_frame), inspect.iscode(tb.tb_frame.f_code))
    print(inspect.getframeinfo(tb).function)
    last = tb
    while last.tb_next:
        last = last.tb_next
    print(last.tb_lineno, last.tb_frame.f_code.co_name)
    print(inspect.getsourcelines(last.tb_frame)[1], inspect.getsourcelines(last)[1])

try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print('AttributeError', e)

mod = inspect.currentframe()
print(mod.f_code.co_name, mod.f_back, inspect.getframeinfo(mod).function)
print(inspect.getsourcelines(mod)[1], len(inspect.getsourcelines(mod)[0]) > 50)
print(inspect.getfile(mod) == __file__)


def va(a, *rest, k=1, **opts):
    return inspect.getargvalues(inspect.currentframe())


print(va(1, 2, z=3))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(inspect.Signature))
