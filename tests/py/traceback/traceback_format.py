import traceback, io, sys

def clean(text):
    return text.replace(__file__, 'FILE')

def show(fn):
    try:
        fn()
    except Exception:
        print(clean(traceback.format_exc()), end='')
    print('-----')

def divide(a, b):
    return a / b

def binop():
    x = 1
    y = x + 'a' * 2
    return y

def subscript():
    data = {'a': [1, 2, 3]}
    return data['a'][10] + 1

def attribute():
    obj = None
    return obj.missing

def calls():
    return divide(divide(10, 2), 0)

def inner_raise():
    raise ValueError('bad value: %d' % 42)

def nested():
    inner_raise()

def keyerr():
    {}['nokey']

def multiline_call():
    return divide(1,
                  0)

def lam():
    f = lambda v: v[5]
    return f([1])

def uni():
    s = 'héllo'; return s + 1

show(binop)
show(subscript)
show(attribute)
show(calls)
show(nested)
show(keyerr)
show(multiline_call)
show(lam)
show(uni)
show(lambda: divide(1, 0))
show(lambda: int('x'))

buf = io.StringIO()
try:
    nested()
except ValueError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=1, file=buf)
    traceback.print_exc(limit=-1, file=buf)
    traceback.print_exc(limit=0, file=buf)
print(clean(buf.getvalue()))
try:
    calls()
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines), [clean(l) for l in lines])
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))))
    print(clean(''.join(traceback.format_exception(type(e), e, None))))
    print(clean(''.join(traceback.format_exception(e, limit=2))))
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__.tb_next))))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=buf)
    traceback.print_exception(type(e), value=e, tb=e.__traceback__, file=buf)
    print(clean(buf.getvalue()))
print(repr(traceback.format_exc()))
print(traceback.format_exception(None))
print(traceback.format_exception(ValueError('no tb')))
for args in [(1,), (ValueError, ValueError('x')), ]:
    try:
        traceback.format_exception(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    traceback.format_exception(ValueError, tb=None)
except Exception as e:
    print(type(e).__name__, e)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
out = sys.stderr.getvalue()
sys.stderr = old
print(clean(out))
