# A hand-written tokenizer for a small expression language.
KEYWORDS = {"let", "if", "then", "else", "fn"}
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("FLOAT" if "." in text else "INT", text, line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word, line))
            i = j
        elif c == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            tokens.append(("STR", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "->"):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif c in "+-*/()=<>,;{}":
            tokens.append(("OP", c, line))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(c) + " on line " + str(line))
    return tokens
program = '''let x = 42;  # the answer
let pi_ish = 3.14;
fn add(a, b) -> a + b;
if x >= 10 then "big \\"one\\"" else "small";
'''
for kind, text, line in tokenize(program):
    print(line, kind.ljust(5), repr(text))
try:
    tokenize("let y = 5 @ 3")
except SyntaxError as e:
    print("SyntaxError:", e)
