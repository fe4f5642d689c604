# The compile-time errors of match statements.
sources = [
    "match x:\n    case *a, *b: pass\n",
    "match x:\n    case [a, *b, c, *d]: pass\n",
    "match x:\n    case a: pass\n    case b: pass\n",
    "match x:\n    case _: pass\n    case 1: pass\n",
    "match x:\n    case (_ | 1): pass\n",
    "match x:\n    case a | 1: pass\n",
    "match x:\n    case 1 | a: pass\n",
    "match x:\n    case [a] | [b]: pass\n",
    "match x:\n    case [a, b] | [a]: pass\n",
    "match x:\n    case {'k': a} | {'k': b}: pass\n",
    "match x:\n    case [a, a]: pass\n",
    "match x:\n    case {'a': x, **x}: pass\n",
    "match x:\n    case C(a, b=a): pass\n",
    "match x:\n    case [a] as a: pass\n",
    "match x:\n    case ([a] | [a]) as a: pass\n",
    "match x:\n    case f'x': pass\n",
    "match x:\n    case 'a' f'{b}': pass\n",
    "match x:\n    case {f'k': 1}: pass\n",
    "match x:\n    case {1: a, 1: b}: pass\n",
    "match x:\n    case {1: a, True: b}: pass\n",
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    "match x:\n    case {-1: 1, -1: 2}: pass\n",
    "match x:\n    case C(x=1, x=2): pass\n",
    "match x:\n    case C(a=1, b=2, a=3): pass\n",
    "match x:\n    case __debug__: pass\n",
    "match x:\n    case 1 as __debug__: pass\n",
    "match x:\n    case C(__debug__=1): pass\n",
    "match x:\n    case {**__debug__}: pass\n",
    "match x:\n    case [*__debug__]: pass\n",
    "def f():\n    match x:\n        case y:\n            pass\n        case z:\n            pass\n",
    "match x:\n    case a if a: pass\n    case b: pass\n",
    "match x:\n    case 1:\n        match y:\n            case q: pass\n            case r: pass\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset)

# These compile.
ok = [
    "match x:\n    case a if a: pass\n    case _: pass\n",
    "match x:\n    case 1 | 2: pass\n    case a: pass\n",
    "match x:\n    case [a, *_, b] | [b, *_, a]: pass\n",
    "match x:\n    case {'a': 1, 'b': 2}: pass\n",
    "match x:\n    case {1: a, 2: b}: pass\n",
    "match x:\n    case C(a=1, b=2): pass\n",
    "match x:\n    case _ if x: pass\n    case _: pass\n",
]
for src in ok:
    compile(src, "<test>", "exec")
print("all compiled")
