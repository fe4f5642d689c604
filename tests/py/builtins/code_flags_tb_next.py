# co_flags without CO_NOFREE (as 3.11), object.__subclasshook__, assignable tb_next
import sys
def f(a, *a2, **k): pass
def g(): x = 1; return lambda: x
print(f.__code__.co_flags, g.__code__.co_flags, g().__code__.co_flags)
print('__subclasshook__' in dir(object), object.__subclasshook__(), int.__subclasshook__(str))
class S:
    __slots__ = ('a',)
print(sorted(n for n in dir(S) if n.startswith('__s')))
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next)
    tb.tb_next = None
    try:
        tb.tb_next = tb
    except ValueError as e2:
        print('ValueError', e2)
    try:
        tb.tb_next = 1
    except TypeError as e2:
        print('TypeError', e2)
    try:
        del tb.tb_next
    except TypeError as e2:
        print('TypeError', e2)
