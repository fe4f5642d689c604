# bytes() constructor forms and their errors.
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(), bytes(b"copy"), bytes((255, 0)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes(bytearray(b"ba")))
for arg in [[256], [-1], ["a"], 1.5, -1]:
    try:
        print(bytes(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(bytes.fromhex("41 42 ff"), b"\x01\xab".hex(), b"abc".hex("-"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba += b"!"
print(ba, len(ba), bytes(ba), ba[1], ba[-2:])
