# Exceptions used for control flow inside loops and functions.
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError as e:
            bad.append(str(e))
            continue
        finally:
            pass
    return good, bad
g, b = parse_all(["1", "x", "22", "", "3.5", "-4"])
print(g)
for m in b:
    print(m)
def first_key(d, keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            pass
    raise LookupError("none of " + repr(keys))
print(first_key({"b": 2}, ["a", "b"]))
try:
    first_key({}, ["q"])
except LookupError as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration
    except StopIteration:
        break
print(count)
