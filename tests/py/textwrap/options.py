# TextWrapper options: indents, tabs, whitespace handling, sentence endings,
# long words, drop_whitespace.
import textwrap
from textwrap import TextWrapper

text = "Hello there,\thow are you?  I am fine. Thanks a lot.\nBye now! OK."
print(textwrap.wrap(text, 20, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, initial_indent='>>>>>>>>', subsequent_indent='-'))
print(textwrap.wrap('abc def', 5, initial_indent='12345678'))
print(textwrap.wrap(text, 25, expand_tabs=False))
print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False))
print(textwrap.wrap('a\tb\tc\td', 40, tabsize=4))
print(textwrap.wrap('a\tb\tc\td', 40, tabsize=0))
print(textwrap.wrap('ab\tcd', 40, tabsize=3))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap('Mr. Smith went. He said "hi." Then? "Ok!" x. Y. 3. end', 80, fix_sentence_endings=True))
print(textwrap.wrap('end.\nStart again.\nAnd! Again?', 80, fix_sentence_endings=True))
long = 'Antidisestablishmentarianism is long'
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap('x ' + long, 10, break_long_words=False))
print(textwrap.wrap('  indented   text  here  ', 8, drop_whitespace=False))
print(textwrap.wrap('  indented   text  here  ', 8))
print(textwrap.wrap('   ', 2, drop_whitespace=False))
print(textwrap.wrap('a    b', 3, drop_whitespace=False))
print(textwrap.fill('one two three four five six', 9, initial_indent='- ', subsequent_indent='  '))

tw = TextWrapper(width=15, initial_indent='[', subsequent_indent='|')
print(tw.width, tw.initial_indent, tw.expand_tabs, tw.tabsize, tw.max_lines, repr(tw.placeholder),
      tw.replace_whitespace, tw.fix_sentence_endings, tw.break_long_words, tw.drop_whitespace, tw.break_on_hyphens)
print(tw.wrap('The options of a wrapper can be changed between calls.'))
tw.width = 25
tw.initial_indent = ''
print(tw.fill('The options of a wrapper can be changed between calls.'))
tw.width = 0
try:
    tw.wrap('anything')
except ValueError as e:
    print('ValueError', e)
try:
    print(tw.wrap(''))
except ValueError as e:
    print('ValueError', e)
print(TextWrapper().unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
print(TextWrapper()._munge_whitespace('a\tb\nc'), TextWrapper(tabsize=2)._munge_whitespace('a\tb'))


class Upper(TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=12).wrap('custom subclass behaviour works'))
print(textwrap.wrap('narrow', 1))
print(textwrap.wrap('ab cd', 1, initial_indent='', subsequent_indent=''))
print(textwrap.wrap('ab cd ef', 2, initial_indent='>', subsequent_indent='>'))
print(textwrap.wrap('ab cd ef', 1, initial_indent='>>', subsequent_indent='>>'))
