# Exception objects: with_traceback, __traceback__ presence, add_note-free attrs.
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    print(e.__traceback__.tb_lineno)
e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
class Attrs(Exception):
    pass
a = Attrs("m")
a.extra = [1, 2]
print(a.extra, a.args)
try:
    raise a
except Attrs as caught:
    print(caught is a, caught.extra)
def f():
    raise KeyError("in f")
try:
    f()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
print(isinstance(ValueError, type), isinstance(ValueError(), BaseException))
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
