def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abc")
t(lambda: ba.append(100)); t(lambda: ba.append(256)); t(lambda: ba.extend(b"ef")); t(lambda: ba.extend([1, 2])); t(lambda: ba.extend("x")); t(lambda: ba.insert(0, 65)); t(lambda: ba.pop()); t(lambda: ba.pop(0)); t(lambda: bytearray().pop())
t(lambda: ba.remove(99)); t(lambda: ba.remove(200)); t(lambda: ba.reverse()); t(lambda: ba); t(lambda: ba.copy()); t(lambda: ba.clear()); t(lambda: ba)
ba = bytearray(b"0123456789"); ba[2:5] = b"xy"; t(lambda: ba); ba[::2] = b"ABCDE"; t(lambda: ba); ba[0] = 255; t(lambda: ba)
def f1(): ba[0] = 256
def f2(): ba[::2] = b"a"
def f3(): ba[1:2] = 5
def f4():
    del ba[::3]; return ba
def f5():
    b = bytearray(b"abc"); b[1:2] = bytearray(b"XYZ"); b[0:0] = [1, 2]; b[-1:] = range(65, 68); return b
def f6():
    b = bytearray(b"abc"); b[5:] = b"zz"; del b[0]; b.extend(iter([1])); b += bytearray(b"q"); return b
def f7():
    b = bytearray(b"abcdef"); del b[::2]; b[::-1] = b"xyz"; return b
def f8():
    b = bytearray(b"ab"); b[:] = b; b[1:1] = b; return b
def f9():
    b = bytearray(b"ab"); b[0] = -1
def f10():
    b = bytearray(b"ab"); b[0] = "a"
def f11():
    b = bytearray(b"ab"); b[0:1] = "a"
def f12():
    b = bytearray(b"ab"); b[5] = 1
def f13():
    b = bytearray(b"ab"); del b[5]
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13]:
    t(f)
ba += b"zz"; t(lambda: ba); ba *= 2; t(lambda: ba)
t(lambda: bytearray(b"x").insert(5, 1)); t(lambda: bytearray(b"x").pop(5)); t(lambda: bytearray(b"x").remove(1)); t(lambda: bytearray(b"ab").index(b"c")); t(lambda: bytearray(b"a") * -1); t(lambda: bytearray(b"x").insert(-10, 1)); t(lambda: bytearray(b"x").extend(5))
