# Matrix multiplication, transpose, identity, powers and determinant.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m, "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(b, a))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(5)), det([[1, 2], [2, 4]]))
try:
    matmul(a, a)
except AssertionError as e:
    print("AssertionError:", e)
m = [[i * 4 + j for j in range(4)] for i in range(4)]
show(matpow(m, 3))
