# RecursionError at the default limit is catchable and the program continues.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
depth = 0
def count(n):
    global depth
    depth = n
    count(n + 1)
try:
    count(1)
except RecursionError:
    print("max depth reached between 900 and 1000:", 900 < depth < 1000)
def after():
    return "still works"
print(after())
try:
    down(0)
except RecursionError as e:
    print("second time", e)
