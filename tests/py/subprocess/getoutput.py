# getoutput, getstatusoutput, list2cmdline and os.popen/os.system.
import os
import subprocess
import sys

print(repr(subprocess.getoutput('echo hello')))
print(repr(subprocess.getoutput('echo out; echo err >&2')))
print(repr(subprocess.getoutput('printf "no newline"')))
print(repr(subprocess.getoutput('printf "two\\n\\n"')))
print(subprocess.getstatusoutput('exit 4'))
print(subprocess.getstatusoutput('echo x; exit 1'))
print(subprocess.getstatusoutput('nonexistent_cmd_xyz 2>/dev/null'))
print(subprocess.getstatusoutput('true'))
print(subprocess.getstatusoutput('kill -9 $$'))
print(subprocess.getoutput('printf "caf\\303\\251"', encoding='latin-1'))

for seq in (['a', 'b'], ['a b', 'c'], [''], ['a"b'], ['a\\b'], ['a\\\\"b'], ['x\\'],
            ['x y\\'], ['tab\there'], [], ['"', '\\"']):
    print(repr(subprocess.list2cmdline(seq)))

# os.popen
with os.popen('echo popen read') as f:
    print(repr(f.read()))
f = os.popen('printf "l1\\nl2\\n"; exit 3')
print(list(f))
print(f.close())
f = os.popen('cat > /dev/null', 'w')
print(f.write('data'))
print(f.close())
f = os.popen('exit 2', 'w')
print(f.close())
f = os.popen('kill -9 $$')
print(f.read(), f.close())
print(os.popen('echo x').readline())
for args in ((1,), ('x', 'rb'), ('x', 'r', 0)):
    try:
        os.popen(*args)
    except Exception as e:
        print(type(e).__name__, e)

# os.system returns the wait status
sys.stdout.flush()
print(os.system('exit 0'), os.system('exit 3'), os.system(''))
print(os.waitstatus_to_exitcode(os.system('exit 5')))
sys.stdout.flush()
print(os.system('echo from system'))
sys.stdout.flush()
print(os.system(b'true'))
try:
    os.system(1)
except TypeError as e:
    print(e)
