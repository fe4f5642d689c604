import shlex

cases = [
    "a b c", "  leading and trailing  ", "'single quoted' \"double quoted\"",
    "mixed'quo'ted\"str\"ing", "esc\\ aped", "back\\\\slash", "'no \\ escape in single'",
    "\"esc \\\" in double\"", "\"keep \\n other\"", "\"\\\\\"", "''", "\"\"", "a '' b",
    "a#comment", "a #comment here", "x=1 y='2 3'", "tab\tsep\nnewline",
    "é ü ß", "foo;bar|baz&&qux", "(a) <b> c>>d", "\\'", "a\\", "'unterminated",
    "\"unterminated", "a\"b c\"d", "--opt=\"value with spaces\"", "$HOME ~/x *.py",
    "",
]
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                r = shlex.split(c, comments=comments, posix=posix)
            except ValueError as e:
                r = "ValueError: %s" % e
            print(repr(c), posix, comments, r)

for s in ["", "abc", "a b", "it's", "a'b\"c", "$x", "safe@%+=:,./-_", "é", "tab\t", "*", "a\nb"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", "e\"f", "g\\h"])))
try:
    shlex.quote(b"x y")
except TypeError as e:
    print("TypeError", e)
print(shlex.quote(b""))
