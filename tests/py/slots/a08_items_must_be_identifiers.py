# Spec A8: every item must satisfy str.isidentifier(): '__slots__ must be identifiers'.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

for bad in ['', '1', 'foo bar', 'foo\0bar', chr(128), 'a-b', 'a.b']:
    trap(lambda: type('C', (), {'__slots__': [bad]}))
trap(lambda: type('C', (), {'__slots__': ''}))
try:
    class C:
        __slots__ = ('ok', '9lives')
except TypeError as e:
    print('TypeError:', e)
