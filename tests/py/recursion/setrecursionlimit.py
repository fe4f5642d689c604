# sys.setrecursionlimit lower and higher changes where RecursionError occurs.
import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("limit 200:", e)
print(depth(100))
sys.setrecursionlimit(1000)
try:
    depth(2500)
except RecursionError as e:
    print("limit 1000:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError", e)
