# A sales report formatted entirely with f-strings.
sales = [
    ("north", "widgets", 120, 2.5),
    ("north", "gadgets", 15, 19.99),
    ("south", "widgets", 300, 2.45),
    ("south", "gizmos", 7, 149.0),
    ("east", "gadgets", 42, 18.75),
    ("west", "widgets", 0, 2.5),
    ("east", "gizmos", 3, 155.5),
]
regions = {}
for region, product, qty, price in sales:
    regions.setdefault(region, []).append((product, qty, price))
grand = 0.0
print(f"{'Region':<8}|{'Product':<9}|{'Qty':>5}|{'Price':>8}|{'Revenue':>10}")
print(f"{'':-<8}+{'':-<9}+{'':->5}+{'':->8}+{'':->10}")
for region in sorted(regions):
    subtotal = 0.0
    for product, qty, price in regions[region]:
        rev = qty * price
        subtotal += rev
        print(f"{region:<8}|{product:<9}|{qty:>5d}|{price:>8.2f}|{rev:>10,.2f}")
    grand += subtotal
    print(f"{'':<8}|{'subtotal':<9}|{'':>5}|{'':>8}|{subtotal:>10,.2f}")
print(f"{'TOTAL':<33}{grand:>11,.2f}")
best = max(sales, key=lambda s: s[2] * s[3])
print(f"best line: {best[0]}/{best[1]} = {best[2] * best[3]:.1f} ({best[2] * best[3] / grand:.1%} of total)")
qtys = [s[2] for s in sales]
print(f"{min(qtys)=} {max(qtys)=} avg={sum(qtys) / len(qtys):.3f}")
print(f"{'centered':^30}|")
print(f"{grand:e} {grand:.3g} {int(grand):#x} {int(grand):b}")
