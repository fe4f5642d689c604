# Error messages when unpacking the wrong number of values.
def unpack3(v):
    a, b, c = v
    return a, b, c
def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, b, *c = v
    return a, b, c
def unpack_star_end(v):
    a, *b, c, d = v
    return a, b, c, d
for fn, v in [(unpack3, [1, 2]), (unpack3, (1,)), (unpack3, []), (unpack2, [1, 2, 3]), (unpack2, "abcd"),
              (unpack2, iter(range(10))), (unpack_star, [1]), (unpack_star_end, [1, 2]), (unpack2, 5),
              (unpack2, None), (unpack3, "abc"), (unpack_star, "xyzw")]:
    try:
        print(fn(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
