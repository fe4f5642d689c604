# Reference cycles created in bulk must be collected while live ones survive.
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
        self.payload = [v] * 50
live = []
total = 0
for i in range(300000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    total += a.other.other.v
    if i % 60000 == 0:
        live.append(a)
for r in range(2000):
    lst = []
    lst.append(lst)
    d = {"self": None}
    d["self"] = d
    d["data"] = list(range(1000))
print(total, [n.v for n in live], [n.other.v for n in live], [len(n.payload) for n in live])
