# List comparison (lexicographic), equality, and repetition.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] != [2, 1])
print([1, [2, 3]] < [1, [2, 4]], ["a", "b"] < ["a", "c"], [1.0] == [1], [0] == [False])
print([1, 2] * 3, 2 * [0], [1] * 0, [1] * -2, [[0] * 2] * 2)
print([1, 2] + [3], [] + [], [[1]] + [[2]])
try:
    [1] < [None]
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError", e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
