# Binary trees of lists built and dropped repeatedly while one long-lived tree is checked.
def make_tree(depth):
    if depth == 0:
        return [None, None]
    return [make_tree(depth - 1), make_tree(depth - 1)]
def check(tree):
    if tree[0] is None:
        return 1
    return 1 + check(tree[0]) + check(tree[1])
long_lived = make_tree(14)
total = 0
for depth in range(4, 15, 2):
    iterations = 2 ** (18 - depth)
    for _ in range(iterations):
        total += check(make_tree(depth))
    print(depth, iterations, total)
print(check(long_lived))
