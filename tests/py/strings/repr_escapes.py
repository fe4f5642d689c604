# str() and repr() of strings with quotes, escapes and non-printables.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x07\x1b", "\x00\x7f", "é中😀", "\u200b", "\xa0", "ok", "", "'", '"']
for s in samples:
    print(repr(s), str(s) == s, len(s))
print(repr("a\\nb"), "a\\nb")
print("\x41\u0042\U00000043\101\351")
print(r"raw\nstring", len(r"\n"), r"\d+")
print("multi" "part" 'literal')
print("""triple "quoted" string
with newline""")
print(repr("""a
b"""))
print(str(["it's", "x"]), repr(("a\n",)))
