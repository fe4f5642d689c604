# Generators consumed by for/else, with break leaving them suspended.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally", n)
for x in gen(3):
    print("x", x)
else:
    print("for else")
g = gen(10)
for x in g:
    if x == 2:
        break
else:
    print("not reached")
print("after break, next is", next(g))
g.close()
print("closed")
def empty():
    return
    yield
for _ in empty():
    print("never")
else:
    print("empty else")
