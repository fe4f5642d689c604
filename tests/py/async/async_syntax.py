# Compile-time errors around async/await (messages and positions as CPython 3.11).
cases = [
    "await x\n",
    "def f():\n    await x\n",
    "class C:\n    await x\n",
    "lambda: await x\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    class C:\n        await x\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 5\n",
    "async def f():\n    return 5\n",
    "async def f():\n    await x\n    yield\n",
    "async def f():\n    x = [i async for i in y]\n",
    "def f():\n    x = [i async for i in y]\n",
    "def f():\n    x = {i: j async for i, j in y}\n",
    "def f():\n    x = {await i for i in y}\n",
    "async def f():\n    x = [[await j for j in i] for i in y]\n",
    "async def f():\n    async with a as b, c as d:\n        pass\n",
    "async def f():\n    async for a, *b in c:\n        pass\n    else:\n        pass\n",
    "def f():\n    async with a: pass\n",
    "def f():\n    async for a in b: pass\n",
    "async def f():\n    await\n",
    "async = 1\n",
    "await = 1\n",
    "async def f(await): pass\n",
    "def f():\n    x = await\n",
    "async def f():\n    return await x + await y\n",
    "async def f():\n    nonlocal x\n",
    "def g():\n    async def f():\n        x: await y = 1\n",
    "async def f():\n    x = (yield)\n    await y\n",
    "async def f():\n    del await x\n",
    "async def f():\n    await x = 1\n",
]
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        print('ok     ', repr(src))
    except SyntaxError as e:
        print('error  ', repr(src), '->', e.msg, (e.lineno, e.offset))

# The compiled flags of nested code objects
src = '''
async def a():
    pass
async def b():
    yield
def c():
    yield
def d():
    pass
async def e():
    return [x async for x in y]
async def f():
    return (x async for x in y)
'''
ns = {}
exec(compile(src, '<flags>', 'exec'), ns)
for name in 'abcdef':
    fl = ns[name].__code__.co_flags
    print(name, bool(fl & 0x20), bool(fl & 0x80), bool(fl & 0x200))
for const in ns['e'].__code__.co_consts + ns['f'].__code__.co_consts:
    if hasattr(const, 'co_flags'):
        fl = const.co_flags
        print(const.co_name, bool(fl & 0x20), bool(fl & 0x80), bool(fl & 0x200))
