# strip family, replace, find/rfind/index, count, startswith/endswith.
s = "xxhello worldxx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "  pad  ".strip(), "\t\n ws \n".strip(), "abc".strip("ac"))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("xx", ""), "aaa".replace("a", "aa"), "abc".replace("", "-"))
print(s.find("o"), s.rfind("o"), s.find("zz"), s.find("o", 7), s.find("o", 2, 6), s.index("w"), s.rindex("l"))
print(s.count("x"), s.count("l"), "aaaa".count("aa"), "abc".count(""))
print(s.startswith("xx"), s.startswith("he", 2), s.endswith("xx"), s.endswith(("a", "x")), s.startswith(("q", "xxh")))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError", e)
