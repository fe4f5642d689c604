"""Split URLs into components and put them back together (slotpy)."""

from collections import namedtuple as _namedtuple
import re as _re

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Kept for compatibility; slotpy keeps no parse cache."""


# ---------------------------------------------------------------- str/bytes

def _identity(x):
    return x


def _to_ascii_bytes(x):
    return x.encode('ascii', 'strict')


def _coerce_args(*args):
    is_str = isinstance(args[0], str)
    for a in args[1:]:
        if a and isinstance(a, str) != is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if is_str:
        return args + (_identity,)
    out = []
    for a in args:
        out.append(a.decode('ascii', 'strict') if a else '')
    out.append(_to_ascii_bytes)
    return tuple(out)


# ---------------------------------------------------------------- results

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[x.encode(encoding, errors) for x in self])


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[x.decode(encoding, errors) for x in self])


class _NetlocResultMixinBase(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        pct = '%' if isinstance(host, str) else b'%'
        name, sep, zone = host.partition(pct)
        return name.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if port < 0 or port > 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _split_userinfo(netloc, at, colon):
    userinfo, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = userinfo.partition(colon)
    return user, (pw if has_pw else None)


def _split_hostinfo(netloc, at, lbr, rbr, colon):
    hostinfo = netloc.rpartition(at)[2]
    _, has_br, inside = hostinfo.partition(lbr)
    if has_br:
        host, _, rest = inside.partition(rbr)
        port = rest.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', '[', ']', ':')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b'[', b']', b':')


_DefragResultBase = _namedtuple('DefragResult', 'url fragment')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


def _result_to_bytes(res):
    return res.encode('ascii', 'strict')


def _coerce_result_for(fn):
    # results are tuples: encoding a tuple result uses its encode() method
    return _result_to_bytes if fn is _to_ascii_bytes else _identity


# ---------------------------------------------------------------- splitting

def _ipv4_ok(s):
    parts = s.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isdigit() and p.isascii()):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
        if int(p) > 255:
            return False
    return True


def _ipv6_ok(s):
    s = s.partition('%')[0]
    if not s:
        return False
    groups_max = 8
    if '.' in s:
        head, _, tail = s.rpartition(':')
        if not _ipv4_ok(tail):
            return False
        s = head + ':0:0'
    if s.count('::') > 1:
        return False
    hexd = '0123456789abcdefABCDEF'
    def groups(t):
        if not t:
            return []
        out = t.split(':')
        for g in out:
            if not g or len(g) > 4:
                return None
            for c in g:
                if c not in hexd:
                    return None
        return out
    if '::' in s:
        left, _, right = s.partition('::')
        lg = groups(left)
        rg = groups(right)
        if lg is None or rg is None:
            return False
        return len(lg) + len(rg) < groups_max
    g = groups(s)
    return g is not None and len(g) == groups_max


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _ipv6_ok(host):
        return
    if _ipv4_ok(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (host,))


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    n = netloc
    for c in '@:#?':
        n = n.replace(c, '')
    norm = unicodedata.normalize('NFKC', n)
    if norm == n:
        return
    for c in '/?#@:':
        if c in norm:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        j = url.find(c, start)
        if 0 <= j < end:
            end = j
    return url[start:end], url[end:]


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        head = url[:colon]
        for c in head:
            if c not in scheme_chars:
                break
        else:
            scheme, url = head.lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        lb = '[' in netloc
        rb = ']' in netloc
        if lb != rb:
            raise ValueError("Invalid IPv6 URL")
        if lb and rb:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    res = SplitResult(scheme, netloc, url, query, fragment)
    return _coerce_result_for(coerce)(res)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    res = ParseResult(scheme, netloc, url, params, query, fragment)
    return _coerce_result_for(coerce)(res)


def urlunsplit(components):
    """Combine a 5-tuple from urlsplit() back into a URL string."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Combine a 6-tuple from urlparse() back into a URL string."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams,
                                  query or bquery, fragment)))
    base_segs = bpath.split('/')
    if base_segs[-1] != '':
        base_segs.pop()
    if path[:1] == '/':
        segs = path.split('/')
    else:
        segs = base_segs + path.split('/')
        segs[1:-1] = [s for s in segs[1:-1] if s]
    out = []
    for s in segs:
        if s == '..':
            if out:
                out.pop()
        elif s != '.':
            out.append(s)
    if segs[-1] in ('.', '..'):
        out.append('')
    return coerce(urlunparse((scheme, netloc, '/'.join(out) or '/',
                              params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: returns DefragResult(url, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result_for(coerce)(DefragResult(defrag, frag))


# ---------------------------------------------------------------- quoting

_HEX = '0123456789ABCDEFabcdef'
_hex_table = None


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    global _hex_table
    if _hex_table is None:
        t = {}
        for a in _HEX:
            for b in _HEX:
                t[(a + b).encode()] = bytes([int(a + b, 16)])
        _hex_table = t
    out = [pieces[0]]
    for p in pieces[1:]:
        v = _hex_table.get(p[:2])
        if v is None:
            out.append(b'%')
            out.append(p)
        else:
            out.append(v)
            out.append(p[2:])
    return b''.join(out)


_ascii_run = _re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    parts = _ascii_run.split(string)
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(unquote_to_bytes(parts[i]).decode(encoding, errors))
        out.append(parts[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces."""
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_quoter_cache = {}


def _quoter_for(safe):
    tab = _quoter_cache.get(safe)
    if tab is None:
        ok = _ALWAYS_SAFE.union(safe)
        tab = [chr(b) if b in ok else '%{:02X}'.format(b) for b in range(256)]
        if len(_quoter_cache) > 20:
            _quoter_cache.clear()
        _quoter_cache[safe] = tab
    return tab


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    tab = _quoter_for(safe)
    return ''.join([tab[c] for c in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode characters that are not safe in a URL component."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs."""
    if isinstance(string, str):
        has_space = ' ' in string
    else:
        has_space = isinstance(string, bytes) and b' ' in string
    if not has_space:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of pairs into a query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    out = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (bytes, str)):
            out.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + q(v))
        else:
            for item in v:
                out.append(k + '=' + q(item))
    return '&'.join(out)


# ---------------------------------------------------------------- queries

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        n = 1 + qs.count(separator) if qs else 0
        if max_num_fields < n:
            raise ValueError('Max number of fields exceeded')
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = coerce(unquote(name.replace('+', ' '), encoding=encoding, errors=errors))
            value = coerce(unquote(value.replace('+', ' '), encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


# ---------------------------------------------------------------- legacy helpers

def unwrap(url):
    """Turn '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    m = _re.match('([^/:]+):(.*)', url, _re.DOTALL)
    if m:
        scheme, data = m.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    m = _re.match('//([^/#?]*)(.*)', url, _re.DOTALL)
    if m:
        host, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host, path
    return None, url


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    m = _re.fullmatch('(.*):([0-9]*)', host, _re.DOTALL)
    if m:
        host, port = m.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    host, delim, port = host.rpartition(':')
    if not delim:
        host = port
    elif port:
        if port.isdigit() and port.isascii():
            nport = int(port)
        else:
            nport = None
        return host, nport
    return host, defport


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


# Deprecated public names of the legacy helpers (warn, then delegate).

def _deprecated(name, impl):
    def wrapper(*args):
        import warnings
        warnings.warn("urllib.parse.%s() is deprecated as of 3.8, "
                      "use urllib.parse.urlparse() instead" % name,
                      DeprecationWarning, stacklevel=2)
        return impl(*args)
    wrapper.__name__ = name
    wrapper.__qualname__ = name
    return wrapper


splittype = _deprecated('splittype', _splittype)
splithost = _deprecated('splithost', _splithost)
splituser = _deprecated('splituser', _splituser)
splitpasswd = _deprecated('splitpasswd', _splitpasswd)
splitport = _deprecated('splitport', _splitport)
splitquery = _deprecated('splitquery', _splitquery)
splittag = _deprecated('splittag', _splittag)
splitattr = _deprecated('splitattr', _splitattr)
splitvalue = _deprecated('splitvalue', _splitvalue)


def splitnport(host, defport=-1):
    import warnings
    warnings.warn("urllib.parse.splitnport() is deprecated as of 3.8, "
                  "use urllib.parse.urlparse() instead",
                  DeprecationWarning, stacklevel=2)
    return _splitnport(host, defport)


def to_bytes(url):
    import warnings
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


class _Quoter(dict):
    """Cache mapping byte values to their quoted form."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


def __getattr__(name):
    if name == 'Quoter':
        import warnings
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
