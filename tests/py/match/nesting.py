# Deeply nested patterns over JSON-like data.
events = [
    {"type": "click", "pos": {"x": 1, "y": 2}, "button": "left"},
    {"type": "click", "pos": {"x": 5, "y": 5}, "button": "right", "mods": ["shift"]},
    {"type": "key", "key": "q", "mods": []},
    {"type": "key", "key": "s", "mods": ["ctrl"]},
    {"type": "key", "key": "z", "mods": ["ctrl", "shift"]},
    {"type": "scroll", "delta": [0, -3]},
    {"type": "batch", "events": [{"type": "key", "key": "a", "mods": []},
                                 {"type": "scroll", "delta": [1, 0]}]},
    {"type": "unknown"},
    ["not", "an", "event"],
]

def handle(e, depth=0):
    pad = "  " * depth
    match e:
        case {"type": "click", "pos": {"x": x, "y": y}, "button": "left" | "middle" as b}:
            print(pad + f"click {b} at {x},{y}")
        case {"type": "click", "pos": {"x": x, "y": y}, "mods": [*mods]}:
            print(pad + f"modified click at {x},{y} with {mods}")
        case {"type": "key", "key": "q", "mods": []}:
            print(pad + "quit")
        case {"type": "key", "key": k, "mods": ["ctrl"]}:
            print(pad + f"ctrl-{k}")
        case {"type": "key", "key": k, "mods": ["ctrl", *others]}:
            print(pad + f"ctrl-{k} plus {others}")
        case {"type": "scroll", "delta": [0, dy]}:
            print(pad + f"vertical scroll {dy}")
        case {"type": "scroll", "delta": [dx, 0]}:
            print(pad + f"horizontal scroll {dx}")
        case {"type": "batch", "events": [*inner]}:
            print(pad + f"batch of {len(inner)}")
            for i in inner:
                handle(i, depth + 1)
        case {"type": t}:
            print(pad + f"unhandled {t}")
        case _:
            print(pad + f"garbage {e!r}")

for e in events:
    handle(e)

# Trees.
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def total(t):
    match t:
        case None:
            return 0
        case (v, left, right):
            return v + total(left) + total(right)
print(total(tree))

def depth(t):
    match t:
        case (_, None, None):
            return 1
        case (_, l, None) | (_, None, l):
            return 1 + depth(l)
        case (_, l, r):
            return 1 + max(depth(l), depth(r))
print(depth(tree))
