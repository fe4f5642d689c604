# Chunking of hyphenated words and em-dashes, with and without break_on_hyphens.
import textwrap

w = textwrap.TextWrapper()
samples = [
    'Look, goof-ball -- use the -b option!',
    'this-is-a-long-hyphenated-word',
    'well-known x-ray e-mail re-use a-b ab-cd abc-d',
    'foo--bar foo---bar foo -- bar foo-- bar --foo',
    'what?--yes! "quote"--next 9--10 a.--b',
    'double--dash--chain and---triple',
    'num-123 123-num 1-2-3 x-1 1-x',
    'under_score-word _a-_b',
    'trailing- -leading - lone -- ---',
    'a-b-c-d-e-f-g',
    'ab-c-de-f',
    'hyphen-\nnewline',
    'Müller-Lüdenscheidt straße-ähnlich',
    "it's-ok don't-stop",
    '--option=value -x --long-option',
]
for s in samples:
    print(repr(s))
    print('  ', w._split(s))
    for width in (4, 6, 8, 12):
        print('  ', width, textwrap.wrap(s, width))
        print('  ', width, textwrap.wrap(s, width, break_on_hyphens=False))

print(textwrap.wrap('supercalifragilistic-expialidocious', 10))
print(textwrap.wrap('supercalifragilistic-expialidocious', 10, break_on_hyphens=False))
print(textwrap.wrap('aaaa-bbbb-cccc-dddd-eeee', 7))
print(textwrap.wrap('----------a', 4))
print(textwrap.wrap('-a-------b', 4))
print(textwrap.wrap('x ----------', 5))
print(textwrap.wrap('Beyond the for-each-loop, there are many-many choices.', 15))
ww = textwrap.TextWrapper(width=10, break_on_hyphens=1)
print(ww.wrap('one-two-three-four five-six'))
print(textwrap.TextWrapper(break_on_hyphens=False)._split('a-b  c\td'))
