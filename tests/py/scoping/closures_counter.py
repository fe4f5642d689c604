# Closure counters with nonlocal; independent cells per call.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc1, get1 = make_counter()
inc2, get2 = make_counter(100, 10)
for _ in range(3):
    print(inc1(), inc2())
print(get1(), get2())
inc1()
print(get1(), get2())

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulator()
print([acc(i) for i in range(1, 6)])
acc2 = accumulator()
print(acc2(7), acc(0))
