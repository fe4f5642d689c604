# Closures and bound state created in loops and discarded.
def make_adder(n):
    def add(x):
        return x + n
    return add
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
total = 0
saved = []
for i in range(1000000):
    f = make_adder(i)
    total += f(1)
    c = make_counter()
    c()
    total += c()
    if i % 250000 == 0:
        saved.append(f)
print(total, [g(0) for g in saved])
