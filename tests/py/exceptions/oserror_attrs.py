# OSError subclasses: errno/strerror/filename and opening a missing file.
try:
    open("/nonexistent_dir_slotpy/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(isinstance(e, OSError))
try:
    open("/nonexistent_dir_slotpy/file.txt", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError("just message")
print(e.errno, e.args, str(e))
