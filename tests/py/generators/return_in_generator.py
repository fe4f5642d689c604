# return inside generators stops iteration early, even within loops.
def upto(limit, stop_at):
    for i in range(limit):
        if i == stop_at:
            return "stopped at " + str(i)
        yield i
    return "completed"
def run(g):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value
print(run(upto(10, 3)))
print(run(upto(3, 10)))
def nested():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return
            yield (i, j)
print(list(nested()))
def try_return():
    try:
        yield 1
        return
    finally:
        print("finally on return")
print(list(try_return()))
