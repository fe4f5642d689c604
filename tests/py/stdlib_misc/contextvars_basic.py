# contextvars: ContextVar get/set/reset, Token, Context mapping and run(), copy_context().
import contextvars
from contextvars import Context, ContextVar, Token, copy_context
import re


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(text))


def show(f, *args, **kw):
    try:
        print("->", clean(repr(f(*args, **kw))))
    except Exception as e:
        print(type(e).__name__, clean(e))


print(contextvars.__all__)
v = ContextVar("v")
w = ContextVar("w", default=5)
n = ContextVar("n", default=None)
print(v.name, w.name, clean(repr(v)), clean(repr(w)), clean(repr(n)))
show(v.get)
show(v.get, "dflt")
print(w.get(), w.get(7), n.get())

t = v.set(1)
print(v.get(), v.get("dflt"), t.var is v, t.old_value is Token.MISSING)
print(clean(repr(t)))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get(), clean(repr(t2)))
show(v.reset, t2)
v.reset(t)
show(v.get)
print(w.get())
tw = w.set(6)
print(w.get(), tw.old_value is Token.MISSING)
w.reset(tw)
print(w.get())

# errors
show(ContextVar)
show(ContextVar, 1)
show(ContextVar, "a", 1)
show(ContextVar, "a", defalt=1)
show(v.reset, 1)
show(v.reset, None)
t3 = v.set(3)
show(w.reset, t3)
show(copy_context().run, v.reset, t3)
v.reset(t3)
show(v.get, 1, 2)
show(v.get, default=3)
show(v.set)
show(v.set, 1, 2)
show(v.set, x=1)
show(Token)
show(Context, 1)
show(Context, a=1)
for base in (ContextVar, Token, Context):
    show(type, "X", (base,), {})
show(setattr, v, "name", "x")
show(setattr, t, "var", "x")
show(setattr, t, "old_value", "x")

# Context as a mapping
ctx = copy_context()
print(len(ctx), v in ctx, w in ctx)
tok = v.set("outer")
print(v in ctx, "context snapshot unaffected")
ctx2 = copy_context()
print(len(ctx2), v in ctx2, ctx2[v], ctx2.get(v), ctx2.get(w), ctx2.get(w, "d"))
print(list(ctx2) == [v], list(ctx2.keys()) == [v], list(ctx2.values()), list(ctx2.items()) == [(v, "outer")])
show(ctx2.__getitem__, w)
show(ctx2.__getitem__, 1)
show(ctx2.__contains__, "v")
show(ctx2.get, 1)
print(Context.__hash__ is None)
print(Context() == Context(), ctx2 == ctx2.copy(), ctx2 != ctx, ctx2 == {}, ctx2.copy() is not ctx2)
print(len(Context()), isinstance(ctx2, Context))


# Context.run
def body(a, b=0):
    print("in run:", v.get("unset"), a, b)
    v.set("inner")
    return v.get()


print(ctx.run(body, 1, b=2))
print(v.get(), ctx[v])
print(ctx.run(body, 3))
print(Context().run(body, 4), v.get())
show(ctx.run)
show(lambda: ctx.run(ctx.run, print))


def raiser():
    v.set("lost?")
    raise ValueError("inside")


c3 = Context()
try:
    c3.run(raiser)
except ValueError as e:
    print("ValueError", e, c3[v], v.get())
print(c3.run(lambda: c3.run is not None))


# a token from another context cannot reset here; one from the same context can
def set_in(var):
    return var.set("x")


c4 = Context()
tk = c4.run(set_in, w)
show(w.reset, tk)
c4.run(w.reset, tk)
print(w in c4, c4.run(w.get))

v.reset(tok)
print(v.get("gone"))
print(repr(Token.MISSING), type(Token.MISSING).__name__)
print(ContextVar[int], Token[str])
print(ContextVar.__module__, Token.__module__, Context.__module__)
print(clean(repr(Context())))
print(hash(v) == hash(v), v == v, v != w, len({v, w, v}))
