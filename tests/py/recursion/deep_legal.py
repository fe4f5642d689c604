# Deep but legal recursion (depth 900) with various frame contents.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(900))))
def build(n):
    return None if n == 0 else (n, build(n - 1))
chain = build(900)
count = 0
node = chain
while node is not None:
    count += node[0]
    node = node[1]
print(count)
def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
def measure(x):
    return 0 if not x else 1 + measure(x[0])
print(measure(nested_lists(900)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def with_locals(n):
    a = [n] * 3
    b = {"n": n}
    s = str(n)
    if n == 0:
        return len(s)
    return with_locals(n - 1) + len(s) + a[0] - b["n"]
print(with_locals(900))
