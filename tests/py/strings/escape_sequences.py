# Escape sequences in literals and their lengths and code points.
lits = ["\\", "\'", "\"", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", "\x7f", "\101", "\u00e9", "\U0001F600"]
print([len(x) for x in lits])
print([ord(x) for x in lits])
print([repr(x) for x in lits])
print(len("\u03b1"), "\u03b1", "\u03b1" == "α")
print(r"\x41", "\x41", len(r"\x41"))
print(b"\x41\n".decode(), repr(b"\x00\xff"))
print("a\
b")
