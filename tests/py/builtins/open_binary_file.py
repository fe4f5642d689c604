# open() in binary mode: bytes in and out, len and checksums.
path = "/tmp/slotpy_test_open_binary_file.bin"
data = bytes(range(256)) * 4
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\x00END"))
with open(path, "rb") as f:
    content = f.read()
print(len(content), content[:4], content[-4:], sum(content), type(content).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.read(2), len(f.read()))
with open(path, "wb") as f:
    f.write("héllo\nwörld\n".encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path) as f:
    text = f.read()
print(repr(text), len(text))
with open(path, "rb") as f:
    print(f.readlines())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
