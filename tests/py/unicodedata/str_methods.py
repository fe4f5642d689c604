# str.isdecimal/isdigit/isnumeric agree with unicodedata.decimal/digit/numeric on every code
# point; counts of characters per str predicate.
import unicodedata as ud

disagree = {"isdecimal": [], "isdigit": [], "isnumeric": []}
counts = {"isdecimal": 0, "isdigit": 0, "isnumeric": 0, "isalpha": 0, "isspace": 0}
for c in range(0x110000):
    ch = chr(c)
    if ch.isdecimal() != (ud.decimal(ch, None) is not None):
        disagree["isdecimal"].append(c)
    if ch.isdigit() != (ud.digit(ch, None) is not None):
        disagree["isdigit"].append(c)
    if ch.isnumeric() != (ud.numeric(ch, None) is not None):
        disagree["isnumeric"].append(c)
    for k in counts:
        if getattr(ch, k)():
            counts[k] += 1
print(disagree)
print(counts)
# isalpha is the L* categories; isspace the Zs/bidi WS,B,S characters
bad = [c for c in range(0x110000) if chr(c).isalpha() != ud.category(chr(c)).startswith("L")]
print(bad[:10])
bad = [c for c in range(0x110000)
       if chr(c).isspace() != (ud.category(chr(c)) == "Zs" or ud.bidirectional(chr(c)) in ("WS", "B", "S"))]
print(bad[:10])
print("\u0661\u0662".isdecimal(), int("\u0661\u0662"), float("\u0661.\u0665"), int("\uff11\uff12"))
print("\u00b2".isdigit(), "\u00b2".isdecimal(), "\u2155".isnumeric(), "\u4e07".isnumeric())
