# if/elif/else chains with various truthy and falsy values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {0: 0}, (), (None,), None, set(), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("never")
elif x and not None:
    print("elif taken")
