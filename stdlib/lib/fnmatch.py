"""Shell-style wildcard matching of file names (fnmatch, fnmatchcase, filter, translate)."""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def fnmatch(name, pat):
    """Test whether name matches the shell pattern pat (after os.path.normcase)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def _compile_pattern(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    import re
    if isinstance(pat, bytes):
        source = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        source = translate(pat)
    matcher = re.compile(source).match
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = matcher
    return matcher


def filter(names, pat):
    """Return the list of the names of the iterable that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape_char(c):
    return '\\' + c if c in _SPECIAL else c


def _set_body(pat, start, stop):
    """Regex text of the bracket expression pat[start:stop] (without the brackets)."""
    body = pat[start:stop]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        pieces = []
        pos = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, stop)
            if k < 0:
                break
            pieces.append(pat[pos:k])
            pos = k + 1
            k += 3
        last = pat[pos:stop]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # Drop ranges that are empty (a > b), which the regex engine would reject.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    out = []
    for c in body:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """Return the regular expression (a string) equivalent to the shell pattern pat."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if not body:
                parts.append('(?!)')
            elif body == '!':
                parts.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in '^[':
                    body = '\\' + body
                parts.append('[' + body + ']')
        else:
            parts.append(_escape_char(c))
    out = []
    k, n = 0, len(parts)
    while k < n and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < n:
        k += 1  # the star
        fixed = []
        while k < n and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
