import traceback, io, sys

def clean(text):
    return text.replace(__file__, 'FILE')

class AppError(Exception):
    pass

def load(name):
    table = {'a': 1}
    return table[name]

def process(names):
    total = 0
    for n in names:
        total += load(n)
    return total

def run():
    try:
        process(['a', 'b'])
    except KeyError as e:
        raise AppError('processing failed') from e

try:
    run()
except AppError as exc:
    err = exc

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), type(te.stack).__name__, len(te.stack))
print([fs.name for fs in te.stack], [fs.lineno for fs in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), [fs.name for fs in te.__cause__.stack])
print(te.__context__ is not None, te.__suppress_context__, te.__notes__, te.exceptions)
print(clean(''.join(te.format())), end='')
print(list(te.format_exception_only()))
buf = io.StringIO()
te.print(file=buf)
te.print(file=buf, chain=False)
print(clean(buf.getvalue()), end='')
te2 = traceback.TracebackException(type(err), err, err.__traceback__)
print(te == te2, te != te2, te == 5)
te3 = traceback.TracebackException.from_exception(err, limit=1)
print([fs.name for fs in te3.stack], [fs.name for fs in te3.__cause__.stack])
te4 = traceback.TracebackException.from_exception(err, lookup_lines=False)
print([fs._line for fs in te4.stack][:1], [fs.line for fs in te4.stack])
te5 = traceback.TracebackException(None, None, None)
print(te5.exc_type, str(te5), list(te5.format()), list(te5.format_exception_only()))
class Weird(Exception):
    def __str__(self):
        raise ValueError
te6 = traceback.TracebackException.from_exception(Weird())
print(str(te6), list(te6.format()))
old = sys.stderr
sys.stderr = io.StringIO()
te.print()
out = sys.stderr.getvalue()
sys.stderr = old
print(clean(out).count('\n'), out == ''.join(te.format()))
print(sorted(traceback.__all__))

# the exception being handled
def handled():
    try:
        raise AppError('inside')
    except AppError:
        return traceback.format_exc(), traceback.format_exc(limit=0), traceback.format_exc(chain=False)
for text in handled():
    print(clean(text), end='')
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        print(clean(traceback.format_exc()), end='')
    print(clean(traceback.format_exc()), end='')
print(repr(traceback.format_exc()))
# generators and methods
class Obj:
    def method(self):
        return self.helper()
    def helper(self):
        return [1][2]
def gen():
    yield 1
    Obj().method()
try:
    list(gen())
except IndexError:
    print(clean(traceback.format_exc()), end='')
try:
    exec('def f():\n    return 1/0\nf()', {'__name__': 'ex'})
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end='')
try:
    eval('undefined_name + 1')
except NameError:
    print(clean(traceback.format_exc()), end='')
