# Exceptions raised inside generators propagate to the consumer; generator ends.
def risky(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad item " + str(i))
        yield i
g = risky(5)
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("caught", e, got)
print(list(g))
def guarded(src):
    try:
        yield from src
    except ValueError as e:
        yield "guard: " + str(e)
print(list(guarded(risky(5))))
def gen_with_finally():
    try:
        yield 1
        raise KeyError("in gen")
    finally:
        print("finally runs")
try:
    for x in gen_with_finally():
        print("got", x)
except KeyError as e:
    print("KeyError", e)
def catches_own():
    for i in range(4):
        try:
            if i % 2:
                raise ZeroDivisionError(i)
            yield i
        except ZeroDivisionError as e:
            yield -int(str(e))
print(list(catches_own()))
