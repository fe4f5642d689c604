# repr of tuples: single element comma, nested, with strings.
print((), (1,), (1, 2), ((1,),), ((), ()), ("a",), ("it's", 'q"'), (None, True, 1.5))
print(repr((1,)), str((1, (2, (3,)))))
t = ([],)
t[0].append(t)
print(t)
print([(1, 2), (3,)], {"k": (1,)})
print(tuple([[], {}]), (1, [2, (3, {4: (5,)})]))
