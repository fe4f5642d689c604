# Strings are immutable; methods return new strings.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
t = s.upper()
print(s, t)
u = s
s += " world"
print(u, s, u is s)
print("H" + u[1:], u.replace("h", "J"), u)
try:
    s.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(s).__name__, isinstance(s, str), str is type(""))
