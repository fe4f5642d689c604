# Wide strings, non-BMP characters, Unicode categories.
import re

s = 'naïve café — 日本語テキスト 😀 emoji 𝔘𝔫𝔦 ١٢٣ 123'
print(re.findall(r'\w+', s))
print(re.findall(r'\d+', s), re.findall(r'\d+', s, re.A))
print(re.findall(r'[^\x00-\x7f]+', s))
print(re.findall('[😀-😂]', 'a😀b😁c'), re.sub('😀', ':)', 'hi 😀!'), re.search('.', '😀').span())
print(re.findall(r'\U0001F600|\u00e9', 'é😀'), re.match(r'[\U00010000-\U0010ffff]+', '😀𝔘x').group())
print(re.split(r'\s+', 'a\u3000b\u2003c\xa0d\u2028e'), re.findall(r'\s', '\x1c\x1d\x1e\x1f\x85'))
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'), re.findall(r'(?i)[ǆ]', 'ǄǅǆDŽ'))
print(re.sub(r'(?i)é', 'e', 'É é E'), re.findall(r'(?i)Σ+', 'σςΣ'))
print(re.match(r'(\w)\1', 'ëë'), re.match(r'(?i)(\w)\1', 'Ëë'))
m = re.search(r'(?P<jp>[\u3040-\u30ff]+)', s)
print(m, m.span(), m.groupdict())
print(re.findall(r'\b\w', 'ça va très bien'), re.findall(r'\w+$', 'fin…'))
print(re.escape('日本'), re.escape('😀'), repr(re.compile('日本+')))
print(re.findall('.', '\u0301a\u0301'), re.findall(r'\w', '\u0301\u0660\u00b2\u2167'))
print(re.findall(r'[\w-]', 'a-b'), len(re.findall(r'\W', ''.join(map(chr, range(0x2000, 0x2070))))))
