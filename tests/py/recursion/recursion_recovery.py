# After a RecursionError, the stack unwinds and finally blocks run.
finals = 0
def rec(n):
    global finals
    try:
        return rec(n + 1)
    finally:
        finals += 1
try:
    rec(0)
except RecursionError:
    print("caught, finally blocks ran:", finals > 900)
def rec_catch(n):
    try:
        return rec_catch(n + 1)
    except RecursionError:
        return n
r = rec_catch(0)
print("caught inside at depth > 900:", r > 900)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 1000003)
print(len(str(fact(800))))
