# Allocates about 4 GB in total (a 2 MB list per round, dropped at once, plus strings and
# tuples) and checks that the peak resident memory, read from /proc/self/status, stays far
# below that: the collector reclaims what the program dropped.
def peak_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

total = 0
for r in range(2000):
    data = [r] * 250_000
    total += len(data) + data[-1]
    if r % 100 == 0:
        text = str(r) * 100_000
        pairs = [(i, text) for i in range(10_000)]
        total += len(text) + len(pairs)
print(total)
print("peak below 256 MB:", peak_kb() < 256 * 1024)
