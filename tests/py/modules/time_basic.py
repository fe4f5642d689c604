# time module: time() and perf_counter() return increasing floats.
import time
t1 = time.time()
p1 = time.perf_counter()
total = 0
for i in range(100000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
print(type(t1).__name__, type(p1).__name__, total)
print(t2 >= t1, p2 - p1 >= 0, t1 > 1600000000)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 - m1 >= 0.005)
print(type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
