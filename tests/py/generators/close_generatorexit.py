# close() raises GeneratorExit inside the generator.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
try:
    next(it)
except StopIteration:
    print("exhausted after close")
unstarted = g()
unstarted.close()
print("unstarted closed silently")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
