# Augmented assignment on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 3; print(x)
x &= 6; print(x)
x ^= 5; print(x)
x /= 4; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
class Obj:
    pass
o = Obj()
o.n = 1
o.n += 41
print(o.n)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 5
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("m", []).append(1)
d["m"] += [2]
print(d)
log = []
def idx():
    log.append("idx")
    return 0
arr = [[0]]
arr[idx()][idx()] += 1
print(arr, log)
a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
