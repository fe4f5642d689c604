import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

# escape/unescape round trips
samples = ["<script>alert('x & y')</script>", 'a "quoted" \'word\'', "tab\tnew\nline", "∑ ≠ ∞ → €",
           "&already; &amp;escaped", "<<<&&&>>>", "😀 emoji"]
for s in samples:
    e = html.escape(s)
    print(repr(e), html.unescape(e) == s)

# encode every HTML4 entity name and decode back
ok = 0
for name, cp in sorted(name2codepoint.items()):
    if html.unescape("&%s;" % name) == html5[name + ";"]:
        ok += 1
print("html4 names decoded:", ok, len(name2codepoint))
bad = [k for k in html5 if html.unescape("&" + k) != html5[k]]
print("html5 keys decoding differently:", bad[:5], len(bad))
# numeric forms of every code point in codepoint2name
print(all(html.unescape("&#%d;" % cp) == chr(cp) for cp in codepoint2name),
      all(html.unescape("&#x%X;" % cp) == chr(cp) for cp in codepoint2name))
# a small text "unescaper" that reports what it replaced
text = "Caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e &mdash; &pound;5 &#8211; &#x2603; &copy&reg &unknown;"
print(html.unescape(text))
import re
refs = re.findall(r"&#?\w+;?", text)
for r in refs:
    print("%-10s %r" % (r, html.unescape(r)))
# legacy prefixes without semicolons
for t in ["&ampersand", "&ltb", "&copyright", "&notanentity", "&AMPx", "&yen;&yen", "&micro1", "&frac12x", "&frac34;"]:
    print(t, repr(html.unescape(t)))
print(entitydefs["amp"], entitydefs["copy"], codepoint2name[ord("<")], sorted(entitydefs)[:5])
print(html.escape.__name__, html.unescape("&#65"), html.unescape("&#x41"), html.unescape("&#00065;"))
