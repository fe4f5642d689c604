# Cause chain where the cause itself had a context.
# check: stderr
def step1():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("step1 failed")
def step2():
    try:
        step1()
    except ValueError as e:
        raise RuntimeError("step2 failed") from e
step2()
