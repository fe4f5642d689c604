# Building byte strings incrementally and checksumming them.
data = b""
for i in range(256):
    data += bytes([i])
print(len(data), data[:8], data[-4:], sum(data))
chunks = [bytes([i % 256]) * 3 for i in range(100)]
joined = b"".join(chunks)
print(len(joined), joined[:9], joined.count(b"\x05"))
checksum = 0
for byte in joined:
    checksum = (checksum * 31 + byte) % 1000000007
print(checksum)
text = "The quick brown fox jumps over the lazy dog"
enc = text.encode()
rot = bytes((c - 97 + 13) % 26 + 97 if 97 <= c <= 122 else c for c in enc)
print(rot.decode())
print(bytes(b ^ 0x20 for b in b"MiXeD"))
ba = bytearray()
for word in text.split():
    ba.extend(word[:2].encode())
print(ba, len(ba))
