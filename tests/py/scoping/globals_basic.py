# Module globals read and written from functions via the global statement.
counter = 0
name = "module"

def read():
    return counter, name

def bump(n):
    global counter
    counter += n
    return counter

def shadow():
    name = "local"
    return name

print(read())
print(bump(3), bump(4))
print(read())
print(shadow(), name)

def make_new_global():
    global created_later
    created_later = [1, 2, 3]

try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
make_new_global()
print(created_later)

def multi():
    global a, b
    a, b = 10, 20
multi()
print(a + b)
