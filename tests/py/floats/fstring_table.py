# A formatted numeric report using f-string alignment and precision.
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1), ("durian", 1, 12.75)]
print(f"{'name':<10}{'qty':>5}{'price':>8}{'total':>10}")
print("-" * 33)
grand = 0.0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>8.2f}{total:>10.2f}")
print("-" * 33)
print(f"{'TOTAL':<23}{grand:>10.2f}")
print(f"{'avg price':<23}{sum(p for _, _, p in items) / len(items):>10.3f}")
print(f"{'items':<23}{sum(q for _, q, _ in items):>10,}")
for i in range(0, 101, 25):
    bar = "#" * (i // 5)
    print(f"{i:3d}% |{bar:<20}|")
