import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

for s in ["<a href=\"x\">'q'</a> & co", "", "plain", "&amp;", "<<>>", "é\u2028"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
cases = ["&amp; &lt; &gt; &quot; &#39; &#x27;", "&amp &lt &gt", "&AMP; &Amp;", "&notin; &notit; &not",
         "&copy2024 &copy; &COPY", "&#65;&#x42;&#X43;&#0068", "&#0; &#x80; &#x9f; &#13; &#128;",
         "&#xD800; &#x110000; &#99999999999;", "&#1; &#x0b; &#xfffe; &#x10ffff; &#x7f;",
         "&nosuchentity; &zz", "& alone", "&;", "&#;", "&#x;", "&#xg;", "a&b&c",
         "&NotNestedGreaterGreater; &nGt; &acE;", "&Tab;x&NewLine;y", "&fjlig; &ThickSpace;",
         "&CounterClockwiseContourIntegral;" + "x", "&amp;amp;", "&lang;&rang;", "&#x1F600;",
         "&" + "a" * 40 + ";", "&ampx", "&ltx;", "&sup2; &sup23 &supe", "no refs"]
for c in cases:
    print(repr(c), "->", repr(html.unescape(c)))
print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(list(html5)[:12], list(html5)[-6:])
print(list(name2codepoint)[:8], list(name2codepoint)[-4:])
print(name2codepoint["lang"], name2codepoint["amp"], name2codepoint["euro"], codepoint2name[8364],
      codepoint2name[0x3b1], entitydefs["nbsp"] == "\xa0", entitydefs["lang"] == "\u2329")
print(sum(map(ord, "".join(html5.values()))), sum(len(k) for k in html5), sum(name2codepoint.values()))
print(sorted(k for k in html5 if not k.endswith(";"))[:20])
print([k for k, v in html5.items() if len(v) > 1][:10], html5["bne;"], html5["NotEqualTilde;"])
import html.entities as E
print(E.__all__ if hasattr(E, "__all__") else None, html.__all__)
