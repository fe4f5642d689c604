# A small program of decorators built on functools: timing-free tracing, memoizing, retries.
import functools

def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('  ' * depth[0] + '-> %s%r' % (fn.__name__, args))
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print('  ' * depth[0] + '<- %r' % (result,))
        return result
    return wrapper

@trace
def fact(n):
    "factorial"
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4), fact.__name__, fact.__doc__, fact.__wrapped__.__name__)

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
            raise RuntimeError('gave up on %s' % fn.__name__)
        return wrapper
    return deco

state = {'n': 0}
@retry(3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('not yet %d' % state['n'])
    return 'ok after %d' % state['n']
print(flaky())
@retry(2)
def never():
    raise ValueError('never')
try:
    never()
except RuntimeError as e:
    print('RuntimeError', e)

@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info().currsize)

@functools.cache
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 500), key=collatz), collatz.cache_info().hits > 0)

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return 'started'
print(sorted(handlers), handlers['on_start']())
stacked = trace(functools.lru_cache(maxsize=4)(lambda x: x * 2))
print(stacked(3), stacked.__wrapped__.cache_info())
