# return/break/continue in finally override pending returns and exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i=" + str(i)
print(h())
def k():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(k())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(counter())
def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print("outer finally")
print(nested())
