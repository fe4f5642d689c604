# Parsing and formatting text records with string methods.
text = """# inventory
widget, 3, 2.50
gadget ,10, 0.99

gizmo, 7 , 12.00
"""
rows = []
for line in text.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, qty, price = [p.strip() for p in line.split(",")]
    rows.append((name, int(qty), float(price)))
print(rows)
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(4) + str(round(qty * price, 2)).rjust(8))
csv = ";".join(",".join([n, str(q)]) for n, q, _ in rows)
print(csv)
back = [tuple(item.split(",")) for item in csv.split(";")]
print(back)
words = "The the THE tHe quick".lower().split()
print(words.count("the"), len(set(words)))
print("_".join(w.capitalize() for w in "snake_case_to_title".split("_")))
print("camelCaseString"[0].upper() + "camelCaseString"[1:])
