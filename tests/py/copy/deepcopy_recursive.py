# copy.deepcopy: memo, shared references, recursive structures.
import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b, b[2] is b, b is a, b[2] is a)
d = {'x': 1}
d['self'] = d
e = copy.deepcopy(d)
print(e, e['self'] is e, e is d)
shared = [0]
outer = [shared, shared, (shared,)]
c = copy.deepcopy(outer)
print(c, c[0] is c[1], c[2][0] is c[0], c[0] is shared)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(type(u).__name__, u[0][0] is u, u is t)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0], id(memo) in memo, type(memo[id(memo)]).__name__)
z = copy.deepcopy(x, memo)
print(z is y[0])
pre = {id(x): 'replacement'}
print(copy.deepcopy([x, 5], pre))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is n1, m1.next is n2)
s1 = copy.copy(n1)
print(s1.next is n2, s1 is n1, s1.__dict__ == n1.__dict__)
deep = []
cur = deep
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
dc = copy.deepcopy(deep)
print(dc == deep, dc[0] is deep[0])
big = {i: [i] * 3 for i in range(20)}
bc = copy.deepcopy(big)
print(bc == big, all(bc[i] is not big[i] for i in big), list(bc)[:5])
