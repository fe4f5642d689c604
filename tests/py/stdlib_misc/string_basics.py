# string: constants and capwords.
import string

for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable'):
    v = getattr(string, name)
    print(name, repr(v), len(v))
print(sorted(string.__all__))
print(string.capwords(' hello   wORLD  '))
print(string.capwords('hello-world foo', '-'))
print(string.capwords(''), repr(string.capwords('   ')), string.capwords('x'))
print(string.capwords('a\tb\nc'), string.capwords("o'neil mcDonald"), string.capwords('1st 2ND'))
print(string.capwords('a,b,,c', ','), string.capwords('ab', None), string.capwords('éa ßb'))
try:
    string.capwords(5)
except Exception as e:
    print(type(e).__name__, e)
print(all(c in string.printable for c in string.punctuation), string.digits in string.hexdigits)
print(set(string.ascii_letters) == set(string.ascii_lowercase + string.ascii_uppercase))
