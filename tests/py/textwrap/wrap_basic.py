# textwrap.wrap / fill with default options and different widths.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs. How vexingly quick daft zebras jump!")
for width in (1, 5, 10, 11, 12, 20, 25, 30, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('\n\n'), textwrap.fill(''))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('one\ntwo\tthree\x0bfour\x0cfive\rsix', 12))
print(textwrap.wrap('a\tb\tc', 80))
print(textwrap.wrap('x' * 25, 10))
print(textwrap.wrap('short ' + 'y' * 25 + ' tail', 10))
print(textwrap.wrap('abc   def    ghi', 3))
print(textwrap.wrap('abc   def    ghi', 7))
print(textwrap.wrap('Hello, world!  Multiple   spaces   kept.', 14))
print(textwrap.wrap('word ' * 20, 23))
print(textwrap.wrap('naïve café résumé über straße', 11))
print(textwrap.wrap('12345 678901234 5', 6))
for bad in (0, -1):
    try:
        textwrap.wrap('some text', bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap('', 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('text', width='x')
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.fill('text', 10, bogus=1)
except Exception as e:
    print(type(e).__name__, e)
print(textwrap.wrap('text', 4.5), textwrap.wrap('te xt', 2.0))
try:
    print(textwrap.wrap('text', 2.5))
except TypeError as e:
    print('TypeError', e)
print(textwrap.__all__)
