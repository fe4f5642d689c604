# A recursive JSON-like pretty printer and a tiny parser for the same format.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k in v:
            items.append(pad + "  " + quote(k) + ": " + dump(v[k], indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        return quote(v)
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return repr(v)
def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        else:
            out += ch
    return out + '"'
def parse(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \n\t":
            pos[0] += 1
    def value():
        ws()
        c = s[pos[0]]
        if c == "{":
            pos[0] += 1
            d = {}
            ws()
            if s[pos[0]] == "}":
                pos[0] += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                pos[0] += 1
                d[k] = value()
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
                    continue
                pos[0] += 1
                return d
        if c == "[":
            pos[0] += 1
            lst = []
            ws()
            if s[pos[0]] == "]":
                pos[0] += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
                    continue
                pos[0] += 1
                return lst
        if c == '"':
            pos[0] += 1
            out = ""
            while s[pos[0]] != '"':
                if s[pos[0]] == "\\":
                    pos[0] += 1
                    out += {"n": "\n"}.get(s[pos[0]], s[pos[0]])
                else:
                    out += s[pos[0]]
                pos[0] += 1
            pos[0] += 1
            return out
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        start = pos[0]
        while pos[0] < len(s) and s[pos[0]] in "-+.0123456789e":
            pos[0] += 1
        num = s[start:pos[0]]
        return float(num) if "." in num or "e" in num else int(num)
    return value()
data = {"name": "slotpy", "version": [0, 1], "tags": ["vm", "say \"hi\""], "nested": {"ok": True, "none": None, "empty": {}, "list": []}, "pi": 3.14, "neg": -7, "multi\nline": "a\\b"}
text = dump(data)
print(text)
back = parse(text)
print(back == data)
print(dump(parse('[1, 2.5, {"a": [true, false, null]}, "x"]')))
