# Recursive functions over lists with sequence patterns.
def length(xs):
    match xs:
        case []:
            return 0
        case [_, *rest]:
            return 1 + length(rest)

def reverse(xs):
    match xs:
        case []:
            return []
        case [x, *rest]:
            return reverse(rest) + [x]

def flatten(xs):
    match xs:
        case []:
            return []
        case [[*inner], *rest]:
            return flatten(inner) + flatten(rest)
        case [x, *rest]:
            return [x] + flatten(rest)

def zip_pairs(a, b):
    match a, b:
        case [x, *xs], [y, *ys]:
            return [(x, y)] + zip_pairs(xs, ys)
        case _:
            return []

def merge(a, b):
    match a, b:
        case [], _:
            return b
        case _, []:
            return a
        case [x, *xs], [y, *_] if x <= y:
            return [x] + merge(xs, b)
        case _, [y, *ys]:
            return [y] + merge(a, ys)

def msort(xs):
    match xs:
        case [] | [_]:
            return xs
        case _:
            mid = len(xs) // 2
            return merge(msort(xs[:mid]), msort(xs[mid:]))

print(length([1, 2, 3, 4]))
print(reverse([1, 2, 3]))
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
print(zip_pairs([1, 2, 3], "ab"))
print(msort([5, 2, 9, 1, 5, 6, 0, -3]))

def rle(s):
    match s:
        case "":
            return []
        case str():
            first = s[0]
            n = len(s) - len(s.lstrip(first))
            return [(first, n)] + rle(s[n:])
print(rle("aaabccdddd"))
