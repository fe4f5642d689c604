# Chained comparisons evaluate each middle operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(1) < v(0) < v(3))
print(calls); calls.clear()
print(v(3) > v(2) >= v(2) != v(5) == v(5))
print(calls); calls.clear()
one, none, false = 1, None, False
print(1 < 2 > 1, 1 == 1.0 == True, one is not none is not false)
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5)
print("a" < "b" < "c" < "bb")
print([1] < [1, 2] < [2])
print(1 in [1, 2] in [[1, 2]])
print(v(1) in [v(1)] not in [v(2)])
print(calls)
