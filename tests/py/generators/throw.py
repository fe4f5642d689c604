# throw() raises inside the generator at the paused yield.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    yield "after"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
print(list(it))
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))
fresh = unhandled()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(fresh))
def finally_gen():
    try:
        yield 1
    finally:
        print("cleanup")
f = finally_gen()
next(f)
try:
    f.throw(TypeError("typed"))
except TypeError as e:
    print("got", e)
