# Nested dicts: building trees, deep access, and update semantics.
tree = {}
paths = ["a/b/c", "a/b/d", "a/e", "f"]
for p in paths:
    node = tree
    for part in p.split("/"):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    if not t:
        return 1
    return sum(count_leaves(v) for v in t.values())
print(count_leaves(tree))
def walk(t, prefix=""):
    for k in sorted(t):
        print(prefix + k)
        walk(t[k], prefix + "  ")
walk(tree)
cfg = {"db": {"host": "x", "port": 1}, "debug": False}
cfg2 = dict(cfg)
cfg2["db"]["port"] = 2
print(cfg["db"]["port"])
cfg2["db"] = {"host": "y"}
print(cfg["db"], cfg2["db"])
