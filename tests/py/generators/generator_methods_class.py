# Classes whose __iter__ is a generator method.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6, [Tree(7)])])])
print(list(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(sum(t), max(t), 7 in t, 8 in t)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print(sorted(c), [x * y for x in c for y in c])
