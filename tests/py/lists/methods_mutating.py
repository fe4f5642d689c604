# Mutating list methods: append, extend, insert, pop, remove, clear, reverse.
a = []
a.append(1)
a.append([2])
a.extend([3, 4])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
a.remove("a")
print(a)
try:
    a.remove("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
a.reverse()
print(a)
r = a.append(9)
print(r, a.clear(), a)
x = [1, 2, 3]
x.extend(x)
print(x)
x += (7, 8)
print(x)
x *= 2
print(len(x), x[-3:])
