# break and continue inside try/finally in loops run the finally block.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(f())
