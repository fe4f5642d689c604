# copy.deepcopy: the memo dict seen by __deepcopy__, keep-alive list, memo reuse across calls.
import copy

seen = []
class Spy:
    def __init__(self, tag):
        self.tag = tag
    def __deepcopy__(self, memo):
        seen.append((self.tag, id(self) in memo))
        new = Spy(self.tag + "'")
        memo[id(self)] = new
        return new
s = Spy('a')
out = copy.deepcopy({'one': s, 'two': s, 'list': [s]})
print(out['one'].tag, out['one'] is out['two'], out['list'][0] is out['one'], seen)
memo = {}
first = copy.deepcopy([1, [2]], memo)
second = copy.deepcopy([1, [2]], memo)
print(first, second, first is second)
inner = [3]
pair = copy.deepcopy((inner, inner))
print(pair, pair[0] is pair[1], pair[0] is inner)
memo = {}
x = [inner]
y = copy.deepcopy(x, memo)
print(len(memo[id(memo)]), memo[id(memo)][0] is inner, y[0] is memo[id(inner)])
class Stateful:
    def __init__(self):
        self.items = []
    def __deepcopy__(self, memo):
        cls = type(self)
        new = cls.__new__(cls)
        memo[id(self)] = new
        new.items = copy.deepcopy(self.items, memo)
        return new
st = Stateful(); st.items.append(st); st.items.append([st])
nst = copy.deepcopy(st)
print(nst.items[0] is nst, nst.items[1][0] is nst, nst is st)
