def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def asg(sl, v):
    l = list(range(10)); l[sl] = v; return l
for sl, v in [(slice(0, 2), []), (slice(0, 2), "abc"), (slice(None, None, 2), "abcde"), (slice(None, None, 2), "ab"), (slice(5, 2), [9]), (slice(None, None, -1), range(10)), (slice(2, 2), [7, 8]),
              (slice(None), [0]), (slice(0, 0), 1), (slice(None, None, 0), []), (slice(None, None, -2), "vwxyz"), (slice(8, 100), (1, 2, 3)), (slice(-100, 1), [None]), (slice(1, 5, 3), [0, 0]), (slice(1, 5, 3), [0, 0, 0])]:
    t(lambda: asg(sl, v))
l = [1, 2]; l[:] = l; t(lambda: l); l[1:1] = l; t(lambda: l); l[::2] = l[1::2]; t(lambda: l)
l = [1, 2, 3]
def g():
    yield 9
l[1:2] = g(); t(lambda: l)
def sa():
    l = [1]; l[5] = 1
t(sa)
def sd():
    l = [1]; del l[5]
t(sd)
def sd2():
    l = [1]; del l["a"]
t(sd2)
