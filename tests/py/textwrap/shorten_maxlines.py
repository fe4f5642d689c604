# max_lines / placeholder, and textwrap.shorten.
import textwrap

text = 'Hello there, how are you this fine day?  I am glad to hear it!'
for width in (5, 6, 10, 11, 12, 15, 20, 30, 64, 100):
    try:
        print(width, repr(textwrap.shorten(text, width)))
    except ValueError as e:
        print(width, 'ValueError', e)
print(repr(textwrap.shorten('Hello  world!', width=12)))
print(repr(textwrap.shorten('Hello  world!', width=11)))
print(repr(textwrap.shorten('Hello world!', width=10, placeholder='...')))
print(repr(textwrap.shorten('  lots   of \n whitespace\there  ', 80)))
print(repr(textwrap.shorten('', 10)), repr(textwrap.shorten('   ', 10)))
print(repr(textwrap.shorten('Supercalifragilisticexpialidocious word', 10)))
print(repr(textwrap.shorten('Supercalifragilisticexpialidocious word', 10, break_long_words=False)))
for kwargs in ({'placeholder': ' [...]', 'width': 4}, {'placeholder': '...', 'width': 2}, {'placeholder': '', 'width': 5}):
    try:
        print(repr(textwrap.shorten('some words here', **kwargs)))
    except ValueError as e:
        print('ValueError', e)
for max_lines in (1, 2, 3, 4, 5, 10):
    print(max_lines, textwrap.wrap(text, 16, max_lines=max_lines))
    print(max_lines, textwrap.wrap(text, 16, max_lines=max_lines, placeholder='~'))
print(textwrap.wrap(text, 16, max_lines=2, initial_indent='* ', subsequent_indent='    '))
try:
    print(textwrap.wrap(text, 12, max_lines=2, subsequent_indent='         '))
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap(text, 14, max_lines=2, subsequent_indent='         '))
for indent in ('', '1234567', '12345678901'):
    try:
        print(textwrap.wrap(text, 12, max_lines=2, subsequent_indent=indent))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(textwrap.wrap(text, 12, max_lines=1, initial_indent=indent))
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap('aaaa bbbb cccc', 9, max_lines=2, placeholder=' [..]'))
print(textwrap.wrap('aaaa bbbb cccc', 9, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('aaaaaaaa bbbb', 9, max_lines=1, placeholder=' ..'))
print(textwrap.wrap('aa bb cc dd ee', 5, max_lines=2, placeholder='.'))
print(textwrap.wrap('aa bb   ', 5, max_lines=1))
print(textwrap.wrap('aa bb   ', 5, max_lines=1, drop_whitespace=False))
print(textwrap.fill(text, 20, max_lines=2))
print(textwrap.wrap('x' * 40, 10, max_lines=2))
print(textwrap.wrap('x' * 40, 10, max_lines=2, break_long_words=False))
