# f-strings with simple numeric and string format specs.
x = 3.14159265
n = 1234567
s = "text"
print(f"{x:.3f}|{x:10.2f}|{x:<10.2f}|{x:^10.1f}|{x:+.2f}|{-x:.0f}")
print(f"{n:5d}|{n:,}|{n:_}|{n:>12,}|{-n:,}|{n:012d}")
print(f"{s:>8}|{s:<8}|{s:^8}|{s:*^9}|{s:.2}|{s:-<6}")
print(f"{0.5:.0%}|{0.12345:.2%}|{1e6:.2e}|{1234.5:g}|{1e-10:g}|{123456789.0:g}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:b}|{255:#010b}|{-255:x}")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{1.005:.2f}|{1e20:.2f}|{-0.0:.1f}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{n:>{w}}|{s!r:>10}")
for v in [1, 22, 333, 4444]:
    print(f"{v:>6}|{v:<6}|{v:^6}|{v * 1.5:8.2f}")
print(f"{float('inf'):.2f}|{float('nan'):8.3f}|{1.0:f}|{1/3:.15f}")
print(f"{True:d}|{True}|{None}|{12:+d}|{12: d}|{-12: d}")
