import traceback, io

def clean(text):
    return text.replace(__file__, 'FILE')

def fail_key():
    return {}['k']

def with_cause():
    try:
        fail_key()
    except KeyError as e:
        raise ValueError('converted') from e

def with_context():
    try:
        fail_key()
    except KeyError:
        raise RuntimeError('while handling')

def suppressed():
    try:
        fail_key()
    except KeyError:
        raise TypeError('suppressed context') from None

def three_levels():
    try:
        with_cause()
    except ValueError:
        x = [][0]

def explicit_cause_none_context():
    e = ValueError('outer')
    e.__cause__ = OSError(2, 'No such file')
    raise e

for fn in (with_cause, with_context, suppressed, three_levels, explicit_cause_none_context):
    try:
        fn()
    except Exception as e:
        print(clean(''.join(traceback.format_exception(e))), end='')
        print('=== chain=False')
        print(clean(''.join(traceback.format_exception(e, chain=False))), end='')
        te = traceback.TracebackException.from_exception(e)
        print('cause:', type(te.__cause__).__name__, te.__cause__ and te.__cause__.exc_type.__name__,
              'context:', te.__context__ and te.__context__.exc_type.__name__,
              'suppress:', te.__suppress_context__)
        print('#####')

# cycles in the chain
a = ValueError('a')
b = KeyError('b')
a.__context__ = b
b.__context__ = a
print(''.join(traceback.format_exception(a)), end='')
c = ValueError('self cause')
c.__cause__ = c
print(''.join(traceback.format_exception(c)), end='')
# context without traceback
d = RuntimeError('outer')
d.__context__ = IndexError('inner')
print(''.join(traceback.format_exception(d)), end='')
d.__suppress_context__ = True
print(''.join(traceback.format_exception(d)), end='')
te = traceback.TracebackException(type(d), d, None)
print(te.__context__ is not None, te.__suppress_context__)
print(''.join(te.format()), end='')
te = traceback.TracebackException(type(d), d, None, compact=True)
print(te.__context__)
e = TypeError('t')
e.__cause__ = ValueError('c')
e.__context__ = KeyError('k')
print(''.join(traceback.format_exception(e)), end='')
te = traceback.TracebackException.from_exception(e)
print(te.__cause__ is not None, te.__context__ is not None)
te = traceback.TracebackException.from_exception(e, compact=True)
print(te.__cause__ is not None, te.__context__ is not None)
buf = io.StringIO()
try:
    with_context()
except RuntimeError:
    traceback.print_exc(file=buf, chain=False)
    traceback.print_exc(file=buf, limit=1)
print(clean(buf.getvalue()), end='')
