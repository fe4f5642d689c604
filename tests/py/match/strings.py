# Matching strings and bytes: literal patterns, class patterns, concatenation, escapes.
def s(x):
    match x:
        case "":
            return "empty str"
        case b"":
            return "empty bytes"
        case "a\tb":
            return "tab"
        case 'single' | "double":
            return "quotes"
        case """multi
line""":
            return "multiline"
        case "caf\u00e9":
            return "unicode escape"
        case "na" "me":
            return "implicit concatenation"
        case rb"\x00":
            return "raw bytes"
        case b"\x00":
            return "nul byte"
        case str(t) if t.isdigit():
            return "digits"
        case str([*_]):
            return "str never matches a sequence pattern"
        case str():
            return "some str"
        case bytes(b) if len(b) > 2:
            return "long bytes"
        case _:
            return "other"

for v in ["", b"", "a\tb", "single", "double", "multi\nline", "café", "name", b"\\x00", b"\x00",
          "123", "abc", b"abcd", b"ab", bytearray(b""), 0]:
    print(repr(v), "->", s(v))

# Strings inside sequences and mappings.
match ["x", "y"]:
    case ["x", "y" as why]:
        print("why =", why)
match {"key": "value"}:
    case {"key": "val" "ue"}:
        print("concatenated value")
