# split, rsplit, splitlines, join and partition.
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a--b--c".split("--"), "abc".split("abc"), "x".split("y"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " ".join("abc"), "-".join([]), "|".join(("1",)))
print("key=value=more".partition("="), "novalue".partition("="), "a=b=c".rpartition("="))
print(" x ".join(str(i) for i in range(4)))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
