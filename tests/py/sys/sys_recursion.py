# getrecursionlimit / setrecursionlimit and RecursionError
import sys

print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in [0, -5, 'x', 1.5, 2**40]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print('TypeError', e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print('TypeError', e)


def nested(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return str(e)
        return 'no error'
    return nested(n - 1)


print(nested(30))
print(sys.getrecursionlimit())
