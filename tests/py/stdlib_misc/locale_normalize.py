# locale.normalize and friends
import locale

names = ['en_US', 'en_US.UTF-8', 'en_us.utf8', 'EN_US.utf-8', 'de_DE', 'de_DE@euro', 'de',
         'C', 'POSIX', 'c', 'C.UTF-8', 'fr', 'french', 'german', 'english', 'ja_JP.eucJP',
         'ja', 'ja.SJIS', 'xx_YY', 'xx.utf8', 'en_GB.ISO8859-1', 'en_US.foo',
         'de_DE.latin1', 'fr_FR.ISO-8859-15', 'fr_FR@euro', 'fi_FI', 'en_US.UTF-8@euro',
         'ru_RU', 'ru_RU.koi8r', 'zh_CN', 'zh_TW', 'ko_KR', 'pl_PL', 'sr_RS@latin',
         'en_US:utf8', 'it_IT.iso88591', 'es_ES.UTF8', 'pt_BR', '']
for n in names:
    print(repr(n), repr(locale.normalize(n)))

for n in ['en_US.UTF-8', 'de_DE', 'C', 'fr_FR@euro', 'de_DE@euro', 'ja_JP.eucJP']:
    print(n, locale._parse_localename(n))
try:
    locale._parse_localename('xx_YY')
except ValueError as e:
    print(type(e).__name__, e)
print(locale._build_localename(('en_US', 'UTF-8')), locale._build_localename(('C', None)))
try:
    locale._build_localename('abc')
except TypeError as e:
    print(type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale(['NO_SUCH_VAR_FOR_TEST']))
print(len(w), w[0].category.__name__, str(w[0].message)[:40])
print(locale.locale_alias['en_us'], locale.locale_encoding_alias['utf_8'])
print(type(locale.getencoding()).__name__, type(locale.getpreferredencoding(False)).__name__)
