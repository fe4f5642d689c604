"""Binary search in sorted sequences, and insertion that keeps them sorted."""


def _bounds(a, lo, hi):
    # The argument conversions of CPython's _bisect module ("n" for lo, integer-or-None for hi).
    if type(lo) is not int:
        lo = range(lo).stop   # __index__, with "'X' object cannot be interpreted as an integer"
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    elif type(hi) is not int:
        if not hasattr(type(hi), '__index__'):
            raise TypeError(f'argument should be integer or None, not {type(hi).__name__!r}')
        hi = range(hi).stop
    return lo, hi


def _probe(a, key):
    # the value that is compared at index i
    if key is None:
        return lambda i: a[i]
    return lambda i: key(a[i])


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The index is just past any entries equal to x: everything in a[:i] is
    <= x and everything in a[i:] is > x.  Only a[lo:hi] is searched (hi
    defaults to len(a)); key, if given, is applied to the entries of a
    (not to x) before comparing.
    """
    lo, hi = _bounds(a, lo, hi)
    at = _probe(a, key)
    while hi > lo:
        mid = (lo + hi) // 2
        if x < at(mid):
            hi = mid
            continue
        lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The index is just before any entries equal to x: everything in a[:i] is
    < x and everything in a[i:] is >= x.  lo, hi and key work as for
    bisect_right().
    """
    lo, hi = _bounds(a, lo, hi)
    at = _probe(a, key)
    while hi > lo:
        mid = (lo + hi) // 2
        if at(mid) < x:
            lo = mid + 1
            continue
        hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    Equal entries stay in front of x.  lo and hi limit the search to
    a[lo:hi]; key, if given, is applied to x and to the entries of a.
    """
    probe = x if key is None else key(x)
    a.insert(bisect_right(a, probe, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    x goes in front of any equal entries.  lo, hi and key work as for
    insort_right().
    """
    probe = x if key is None else key(x)
    a.insert(bisect_left(a, probe, lo, hi, key=key), x)


# the plain names mean the "right" variants
bisect = bisect_right
insort = insort_right
