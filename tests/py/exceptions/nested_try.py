# Nested try statements: inner handlers, propagation to outer ones.
def level(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError("one")
            if n == 2:
                raise KeyError("two")
        except ValueError as e:
            log.append("inner except " + str(e))
        finally:
            log.append("inner finally")
        log.append("between")
    except KeyError as e:
        log.append("outer except " + repr(e))
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(level(n))
def deep(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        deep(depth - 1)
    finally:
        print("unwinding", depth)
try:
    deep(3)
except ValueError as e:
    print("caught", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print("inner handler", e2)
        print("still handling a")
except Exception:
    print("not reached")
print("done")
