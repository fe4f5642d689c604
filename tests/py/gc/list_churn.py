# Build and discard many large lists (GBs allocated in total); live data stays small.
checksum = 0
keep = []
for round_no in range(3000):
    data = [round_no + i for i in range(1000)]
    checksum = (checksum + data[-1] * 7 + len(data)) % 1000000007
    if round_no % 500 == 0:
        keep.append(data[:3])
big_rounds = 0
for r in range(2000):
    big = list(range(r * 1000, r * 1000 + 100000))
    big_rounds = (big_rounds + big[r % 100000] + big[-1]) % 1000000007
print(checksum, big_rounds, keep)
