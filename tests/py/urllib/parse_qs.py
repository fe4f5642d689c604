from urllib.parse import parse_qs, parse_qsl

qss = ["a=1&b=2&a=3", "a=&b=2", "a&b=2", "=x", "a=1&&b=2", "a=x+y%20z", "%61=%62",
       "a=1;b=2", "", "&", "a=b=c", "k=%E2%82%AC", "k=%ff", "x=1&x=&x=2", "  a = 1 "]
for q in qss:
    print(repr(q))
    print("  ", parse_qsl(q), parse_qsl(q, keep_blank_values=True))
    print("  ", parse_qs(q), parse_qs(q, True))
    try:
        print("  strict", parse_qsl(q, strict_parsing=True))
    except ValueError as e:
        print("  strict ValueError", e)
    try:
        print("  strict blank", parse_qs(q, True, True))
    except ValueError as e:
        print("  strict blank ValueError", e)

print(parse_qsl("a=1;b=2", separator=";"))
print(parse_qs("a=1|b=2|a=3", separator="|"))
print(parse_qsl("a=1::b=2", separator="::"))
for sep in ["", None, 5]:
    try:
        parse_qsl("a=1", separator=sep)
    except Exception as e:
        print(type(e).__name__, e)
print(parse_qsl("a=1&b=2", max_num_fields=2))
try:
    parse_qsl("a=1&b=2&c=3", max_num_fields=2)
except ValueError as e:
    print("ValueError", e)
print(parse_qsl("", max_num_fields=0))
print(parse_qsl(b"a=1&b=%20x+y"), parse_qs(b"a=1&a=2"))
print(parse_qsl(b"a=1;b=2", separator=b";"))
print(parse_qsl("k=%e9", encoding="latin-1"), parse_qsl("k=%ff", errors="ignore"))
try:
    parse_qsl("k=%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
print(parse_qsl("a=%zz&b"))
