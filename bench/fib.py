# Recursive Fibonacci: function-call overhead, small-int add/compare.
N = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    result = fib(N)
    print(f"fib({N}) = {result}")


main()
