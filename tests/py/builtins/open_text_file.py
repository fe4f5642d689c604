# open() for writing and reading text files, write return values, iteration.
path = "/tmp/slotpy_test_open_text_file.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second line\n"), f.write("é中\n"))
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"), len(line))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    lines = [line.strip() for line in f]
print(lines)
with open(path, "w", encoding="utf-8") as f:
    f.writelines(["a\n", "b\n"])
with open(path, encoding="utf-8") as f:
    print(repr(f.read(1)), repr(f.read(2)), repr(f.read()))
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), f.readlines())
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
