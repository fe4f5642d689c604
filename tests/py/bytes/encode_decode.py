# str.encode and bytes.decode with utf-8, ascii, latin-1, and errors.
s = "héllo 中文 😀"
e = s.encode()
print(e, len(s), len(e))
print(e.decode(), e.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("é".encode("utf-8"), "中".encode("utf-8"), "😀".encode("utf-8"))
print([len(c.encode()) for c in "aé中😀"])
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError", err)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as err:
    print("UnicodeDecodeError", err)
try:
    b"\xe4\xb8".decode()
except UnicodeDecodeError as err:
    print("UnicodeDecodeError", err)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
