# sort and sorted with key/reverse and stability.
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(records, key=lambda r: r[1], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3, 1, 2], reverse=False), sorted("hello"), sorted((2, 1)), sorted({3: "a", 1: "b"}))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
pairs.sort()
print(pairs)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
r = nums.sort()
print(r)
stable = sorted([(k % 3, k) for k in range(12)], key=lambda t: t[0])
print(stable)
