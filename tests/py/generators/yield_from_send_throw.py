# yield from forwards send() and throw() to the subgenerator.
def inner():
    try:
        x = yield "inner ready"
        print("inner got", x)
        y = yield "inner second"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer end"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
g2 = outer()
print(next(g2))
print(g2.throw(KeyError("k")))
print(next(g2))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
g3 = closing_outer()
next(g3)
g3.close()
