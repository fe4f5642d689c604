# deque in typical algorithms: sliding windows, BFS, round robin, tail of a file, palindromes.
from collections import deque

def moving_average(seq, n=3):
    it = iter(seq)
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield sum(d) / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs('a'))

def roundrobin(*iterables):
    its = deque(map(iter, iterables))
    while its:
        try:
            while True:
                yield next(its[0])
                its.rotate(-1)
        except StopIteration:
            its.popleft()
print(''.join(roundrobin('ABC', 'D', 'EF')))

lines = [f'line {i}' for i in range(100)]
print(list(deque(lines, 3)))

def is_pal(s):
    d = deque(c for c in s.lower() if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print([is_pal(s) for s in ('A man, a plan, a canal: Panama', 'abc', '', 'x', 'abba')])

def delete_nth(d, n):
    d.rotate(-n)
    d.popleft()
    d.rotate(n)
d = deque('abcdef'); delete_nth(d, 2); print(d)

stack = deque()
for tok in '3 4 + 2 * 7 -'.split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({'+': a + b, '-': a - b, '*': a * b}[tok])
print(stack)

window = deque()
res = []
nums = [1, 3, -1, -3, 5, 3, 6, 7]
for i, x in enumerate(nums):
    while window and nums[window[-1]] <= x:
        window.pop()
    window.append(i)
    if window[0] <= i - 3:
        window.popleft()
    if i >= 2:
        res.append(nums[window[0]])
print(res)

d = deque()
for i in range(10000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[len(d) // 2])
d = deque(range(5))
d.extend(d); d.extendleft(list(reversed(d))); print(d, d.count(0), d.index(4, 5))
print(deque(reversed(deque('abc'))), deque(sorted(deque([3, 1, 2]))), max(deque([4, 9, 2])))
print(list(zip(deque('ab'), deque([1, 2]))), dict(deque([('k', 'v')])), set(deque([1, 1, 2])))
print(deque(map(str, deque([1, 2]))), deque(enumerate('xy')), [x * 2 for x in deque([1, 2])])
print(sum(deque(range(101))), any(deque([0, 0])), all(deque()), sorted(deque('cab'), reverse=True))
