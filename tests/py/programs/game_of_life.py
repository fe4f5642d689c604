# Conway's Game of Life on a small toroidal grid.
W, H = 12, 10
def parse(rows):
    cells = set()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def render(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
glider = parse([".#..", "..#.", "###."])
blinker = {(8, 7), (9, 7), (10, 7)}
world = glider | blinker
for gen in range(4):
    print("generation", gen, "population", len(world))
    print(render(world))
    world = step(world)
history = []
for _ in range(36):
    world = step(world)
    history.append(len(world))
print("populations:", history)
print("after 40 generations:", len(world))
print(render(world))
w = parse(["##", "##"])
print(step(w) == w)
