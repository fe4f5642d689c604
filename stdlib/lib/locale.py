"""Locale support (slotpy): the C / POSIX locale (plus C.UTF-8)."""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's categories in the order it lists them in a composite LC_ALL name.
_GLIBC_ORDER = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
                'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                'LC_IDENTIFICATION')
_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
                   LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
                   LC_MESSAGES: 'LC_MESSAGES'}


def _env_locale(catname):
    import os
    for var in ('LC_ALL', catname, 'LANG'):
        v = os.environ.get(var)
        if v:
            return v
    return 'C'


def _supported(name):
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8'):
        return name
    return None


def _initial_ctype():
    # CPython sets LC_CTYPE from the environment at start-up.
    name = _env_locale('LC_CTYPE')
    return _supported(name) or name


_current = {n: 'C' for n in _GLIBC_ORDER}
_current['LC_CTYPE'] = _initial_ctype()


def setlocale(category, locale=None):
    if not isinstance(category, int) or isinstance(category, bool):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        # Sequence form (language code, encoding).
        locale = _build_localename(locale)
    if locale is None:
        if category == LC_ALL:
            values = [_current[n] for n in _GLIBC_ORDER]
            if all(v == values[0] for v in values):
                return values[0]
            return ';'.join('%s=%s' % (n, _current[n]) for n in _GLIBC_ORDER)
        return _current[_CATEGORY_NAMES[category]]
    names = _GLIBC_ORDER if category == LC_ALL else (_CATEGORY_NAMES[category],)
    if locale == '':
        values = {}
        for n in names:
            v = _supported(_env_locale(n))
            if v is None:
                raise Error("unsupported locale setting")
            values[n] = v
        for n in names:
            _current[n] = values[n]
    else:
        v = _supported(locale)
        if v is None:
            raise Error("unsupported locale setting")
        for n in names:
            _current[n] = v
    return setlocale(category)


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    if not isinstance(a, _builtin_str):
        raise TypeError("strcoll() argument 1 must be str, not %s" % type(a).__name__)
    if not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument 2 must be str, not %s" % type(b).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


# ---- number formatting ---------------------------------------------------------------------------

def _group(s, monetary=False):
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping or not sep:
        return s, 0
    # (The C locale has no grouping; other locales are not supported.)
    return s, 0


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        conv = localeconv()
        dp = conv['mon_decimal_point' if monetary else 'decimal_point'] or '.'
        if percent[-1] in 'eEfFgG':
            parts = formatted.split('.')
            if grouping:
                parts[0], _ = _group(parts[0], monetary)
            formatted = dp.join(parts)
        elif grouping:
            formatted, _ = _group(formatted, monetary)
    return formatted


def _percent_specs(f):
    # The positions of the %-conversions of f: list of (start, end, spec).
    out = []
    i = 0
    n = len(f)
    while i < n:
        if f[i] != '%':
            i += 1
            continue
        j = i + 1
        if j < n and f[j] == '(':
            depth = 1
            j += 1
            while j < n and depth:
                if f[j] == '(':
                    depth += 1
                elif f[j] == ')':
                    depth -= 1
                j += 1
        while j < n and f[j] in '#0- +*.0123456789':
            j += 1
        while j < n and f[j] in 'hlL':
            j += 1
        if j < n:
            j += 1
        out.append((i, j, f[i:j]))
        i = j
    return out


def format_string(f, val, grouping=False, monetary=False):
    specs = _percent_specs(f)
    if isinstance(val, tuple):
        idx = 0
        out = []
        last = 0
        for start, end, spec in specs:
            out.append(f[last:start])
            last = end
            if spec == '%%':
                out.append('%')
                continue
            stars = spec.count('*')
            args = val[idx:idx + stars + 1]
            idx += stars + 1
            if spec[-1] == '%':
                out.append('%')
            else:
                out.append(_format(spec, args[-1], grouping, monetary, *args[:-1])
                           if stars == 0 else spec % args)
        out.append(f[last:])
        if idx != len(val):
            # Let % report the argument count problem.
            f % val
        return ''.join(out)
    if isinstance(val, dict) or hasattr(val, 'keys') and hasattr(val, '__getitem__'):
        out = []
        last = 0
        for start, end, spec in specs:
            out.append(f[last:start])
            last = end
            if spec == '%%':
                out.append('%')
            elif spec[-1] in 'eEfFgGdiu':
                out.append(_format(spec, val, grouping, monetary))
            else:
                out.append(spec % val)
        out.append(f[last:])
        return ''.join(out)
    out = []
    last = 0
    used = 0
    for start, end, spec in specs:
        out.append(f[last:start])
        last = end
        if spec == '%%':
            out.append('%')
        else:
            used += 1
            if used > 1:
                raise TypeError("not enough arguments for format string")
            out.append(_format(spec, val, grouping, monetary))
    out.append(f[last:])
    if not used:
        f % val
    return ''.join(out)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    return s


def str(val):
    return _format("%.12g", val)


def delocalize(string):
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _format('%s', string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ---- locale names --------------------------------------------------------------------------------

def getencoding():
    name = _current['LC_CTYPE']
    if '.' in name:
        enc = name.split('.', 1)[1].split('@')[0]
        if enc.lower().replace('-', '') == 'utf8':
            return 'UTF-8'
        return enc
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if _current['LC_CTYPE'] == 'C':
        return 'utf-8'
    return getencoding()


# language/territory (lower case) -> full locale name
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_au': 'en_AU.ISO8859-1',
    'english': 'en_EN.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'german': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'french': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'ru_ru': 'ru_RU.UTF-8', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5',
    'ko_kr': 'ko_KR.eucKR', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'nl_nl': 'nl_NL.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1', 'pl_pl': 'pl_PL.ISO8859-2',
    'el_gr': 'el_GR.ISO8859-7', 'tr_tr': 'tr_TR.ISO8859-9', 'da_dk': 'da_DK.ISO8859-1',
    'fi_fi': 'fi_FI.ISO8859-15', 'nb_no': 'nb_NO.ISO8859-1', 'cs_cz': 'cs_CZ.ISO8859-2',
    'hu_hu': 'hu_HU.ISO8859-2', 'sr_rs@latin': 'sr_RS.UTF-8@latin',
    'universal.utf8@ucs4': 'en_US.UTF-8',
}

# normalized encoding name -> the spelling used in locale names
locale_encoding_alias = {
    'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'latin_1': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
    'latin1': 'ISO8859-1', 'iso8859_2': 'ISO8859-2', 'iso8859_5': 'ISO8859-5',
    'iso8859_7': 'ISO8859-7', 'iso8859_9': 'ISO8859-9', 'iso8859_15': 'ISO8859-15',
    'latin9': 'ISO8859-15', 'euc_jp': 'eucJP', 'eucjp': 'eucJP', 'euc_kr': 'eucKR',
    'euckr': 'eucKR', 'ascii': 'ISO8859-1', 'koi8_r': 'KOI8-R', 'koi8r': 'KOI8-R',
    'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15', 'iso88592': 'ISO8859-2',
    'iso88595': 'ISO8859-5', 'iso88597': 'ISO8859-7', 'iso88599': 'ISO8859-9',
    'shift_jis': 'SJIS', 'shiftjis': 'SJIS', 'sjis': 'SJIS', 's_jis': 'SJIS',
    'iso2022_jp': 'JIS7', 'iso2022jp': 'JIS7', 'jis7': 'JIS7', 'cp1251': 'CP1251',
    'cp1255': 'CP1255', 'cp1256': 'CP1256', 'koi8_u': 'KOI8-U', 'koi8u': 'KOI8-U',
    'iso8859_3': 'ISO8859-3', 'iso8859_4': 'ISO8859-4', 'iso8859_6': 'ISO8859-6',
    'iso8859_8': 'ISO8859-8', 'iso8859_10': 'ISO8859-10', 'iso8859_13': 'ISO8859-13',
    'iso8859_14': 'ISO8859-14', 'iso8859_16': 'ISO8859-16', 'u8': 'UTF-8', 'utf': 'UTF-8',
    'l1': 'ISO8859-1', 'l2': 'ISO8859-2', 'l9': 'ISO8859-15', 'latin2': 'ISO8859-2',
}


def _with_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    key = encoding.lower().replace('-', '_')
    spelled = locale_encoding_alias.get(key)
    if spelled is None:
        spelled = locale_encoding_alias.get(key.replace('_', ''), encoding)
    return lang + '.' + spelled


def _with_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        enc = code.partition('.')[2]
        if enc in ('ISO8859-15', 'UTF-8'):
            return code
        if enc == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    if '.' in code:
        lang, encoding = code.split('.')[:2]
    else:
        lang, encoding = code, ''
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _with_encoding(found, encoding)
            base, mod = found.split('@', 1)
            return _with_encoding(base, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                if '@' not in found:
                    return _with_modifier(_with_encoding(found, encoding), modifier)
                base, mod = found.split('@', 1)
                if mod.lower() == modifier:
                    return _with_encoding(base, encoding) + '@' + mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    localename = None
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    setlocale(category, '')
