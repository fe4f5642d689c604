# for/else and while/else inside functions combined with return.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    else:
        return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7), search([], 1))
def first_even(nums):
    i = 0
    while i < len(nums):
        if nums[i] % 2 == 0:
            break
        i += 1
    else:
        return "none"
    return nums[i]
print(first_even([1, 3, 4, 5]), first_even([1, 3]), first_even([]))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))
