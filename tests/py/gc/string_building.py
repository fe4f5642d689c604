# Repeated string building and discarding; only a digest is kept.
digest = 0
longest = 0
for i in range(20000):
    s = ""
    for j in range(20):
        s += str(i * j)
    parts = s.split("0")
    joined = "-".join(parts)
    digest = (digest * 131 + len(joined) + ord(joined[-1])) % 1000000007
    longest = max(longest, len(s))
big = ""
big_total = 0
for i in range(3000):
    big = "x" * 1000000 + str(i)
    big_total += len(big)
print(digest, longest, len(big), big[-4:], big_total)
