# Literal patterns: numbers (signed, complex), strings (concatenated), bytes, None/True/False.
def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5e3:
            return "-2500"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case 3j:
            return "3j"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 0.5 - 0j:
            return "0.5-0j"
        case "spam":
            return "spam"
        case "eg" 'gs':
            return "eggs (concatenated)"
        case """tri""" "ple":
            return "triple"
        case b"bytes":
            return "bytes"
        case b"con" b"cat":
            return "concat bytes"
        case r"\d":
            return "raw"
        case "\N{SNOWMAN}":
            return "snowman"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal"

for v in [0, 0.0, -0.0, -1, -1.0, 1.5, -2500, -2500.0, 16, 1000000, 3j, 0+3j, 1+2j,
          complex(-1, -2), 0.5, complex(0.5, 0), "spam", "eggs", "triple", b"bytes",
          b"concat", "\\d", "\u2603", None, True, False, 1, 2, "Spam", b"spam",
          bytearray(b"bytes"), [0], (0,), 16.0]:
    print(repr(v), "->", lit(v))
