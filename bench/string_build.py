# Strings: join of pieces, += in a loop, f-strings, str() of ints, and
# str methods (split, replace, upper, lower, strip, find, startswith, count).
ROUNDS = 400
N = 4000


def build_join(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i}:{i * i % 97}")
    return ",".join(parts)


def build_concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            s += "\n"
    return s


def methods(text):
    fields = text.split(",")
    total = 0
    for f in fields:
        name, _, val = f.partition(":")
        total += int(val) + len(name)
        if name.startswith("item1"):
            total += 1
    up = text.upper()
    rep = up.replace("ITEM", "x")
    low = rep.lower()
    total += len(rep) + low.count("x") + low.find("x39")
    lines = build_concat(N).splitlines()
    for line in lines:
        total += len(line.strip("0"))
    padded = [f"[{w:>8}]" for w in fields[:200]]
    total += len("".join(padded))
    words = " ".join(fields[:500]).split()
    total += len(words) + len("-".join(reversed(words)))
    return total


def main():
    checksum = 0
    for r in range(ROUNDS):
        text = build_join(N + r)
        checksum = (checksum * 31 + methods(text) + len(text)) % 1_000_000_007
    print(f"string checksum: {checksum}")


main()
