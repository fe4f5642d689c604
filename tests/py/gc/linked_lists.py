# Deep linked lists of tuples built and dropped; an iterative walker checks them.
def build(n, tag):
    node = None
    for i in range(n):
        node = (i, tag, node)
    return node
def walk(node):
    s = 0
    count = 0
    while node is not None:
        s += node[0]
        count += 1
        node = node[2]
    return s, count
results = []
keep = build(1000, "keep")
for r in range(100):
    lst = build(50000, r)
    results.append(walk(lst))
    lst = None
print(results[0], results[-1], len(results), walk(keep))
