import traceback, io, sys

def clean(text):
    return text.replace(__file__, 'FILE')

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
    def ratio(self, other):
        return self.balance / other.balance

def attempt(fn, *args):
    try:
        fn(*args)
    except Exception:
        ei = sys.exc_info()
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        traceback.print_exception(ei[1], limit=1, file=buf)
        traceback.print_tb(ei[2], file=buf)
        traceback.print_list(traceback.extract_tb(ei[2])[-1:], file=buf)
        print(clean(buf.getvalue()), end='')
        print('=====')

acct = Account(10)
attempt(acct.withdraw, 50)
attempt(acct.ratio, Account(0))
attempt(lambda: acct.ratio(None))
attempt(lambda: [acct][1].balance)
attempt(lambda: acct.withdraw(*[1, 2]))
try:
    traceback.print_last(file=io.StringIO())
except ValueError as e:
    print('ValueError', e)
sys.last_type, sys.last_value, sys.last_traceback = KeyError, KeyError('last'), None
buf = io.StringIO()
traceback.print_last(file=buf)
print(repr(buf.getvalue()))
del sys.last_type, sys.last_value, sys.last_traceback
try:
    acct.withdraw(100)
except ValueError as e:
    traceback.clear_frames(e.__traceback__)
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
buf = io.StringIO()
traceback.print_exception(None, file=buf)
traceback.print_exception(ValueError('bare'), file=buf)
traceback.print_exception(ValueError, ValueError('v'), None, file=buf)
print(repr(buf.getvalue()))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    {}['missing']
except KeyError:
    traceback.print_exc()
    traceback.print_exception(*sys.exc_info())
    traceback.print_tb(sys.exc_info()[2])
captured = sys.stderr.getvalue()
sys.stderr = old
print(clean(captured), end='')
def deep(n):
    if n:
        return deep(n - 1)
    raise OverflowError('too deep')
try:
    deep(30)
except OverflowError:
    print(clean(traceback.format_exc()), end='')
    print(clean(traceback.format_exc(limit=5)), end='')
    print(clean(traceback.format_exc(limit=-5)), end='')
