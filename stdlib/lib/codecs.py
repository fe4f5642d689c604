"""Codec registry and base classes (slotpy)."""

import builtins
import sys

from _codecs import *
from _codecs import (_normalize, _encode_text, _decode_text, _as_bytes, _utf8_tail,
                     _utf16_tail, _forget_codec)
import _codecs as _c

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + _as_bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- streams -----------------------------------------------------------------------------------

class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---- the built-in codecs -------------------------------------------------------------------------

def _qualify(cls, modname, name):
    cls.__module__ = 'encodings.' + modname
    cls.__name__ = cls.__qualname__ = name
    return cls


def _text_codec(name, modname, enc_fn, dec_fn, incdec=None, incenc=None):
    # A CodecInfo for a codec whose stateless functions are enc_fn / dec_fn(data, errors, final).
    def encode(input, errors='strict'):
        return enc_fn(input, errors)

    def decode(input, errors='strict'):
        return dec_fn(input, errors, True)

    if incenc is None:
        class incenc(IncrementalEncoder):
            def encode(self, input, final=False):
                return enc_fn(input, self.errors)[0]
    if incdec is None:
        class incdec(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return dec_fn(input, errors, final)

    if issubclass(incenc, _BomEncoder):
        # Streams that write / read one BOM at the start only.
        class writer(StreamWriter):
            _enc = None

            def encode(self, input, errors='strict'):
                if self._enc is None:
                    self._enc = incenc(errors)
                self._enc.errors = errors
                return (self._enc.encode(input), len(input))

            def reset(self):
                self._enc = None

        class reader(StreamReader):
            _dec = None

            def decode(self, input, errors='strict'):
                if self._dec is None:
                    self._dec = incdec(errors)
                self._dec.errors = errors
                return (self._dec.decode(input), len(input))

            def reset(self):
                StreamReader.reset(self)
                self._dec = None
    else:
        class writer(StreamWriter):
            pass
        writer.encode = staticmethod(encode)

        class reader(StreamReader):
            def decode(self, input, errors='strict'):
                return dec_fn(input, errors, False)

    _qualify(incenc, modname, 'IncrementalEncoder')
    _qualify(incdec, modname, 'IncrementalDecoder')
    _qualify(writer, modname, 'StreamWriter')
    _qualify(reader, modname, 'StreamReader')
    return CodecInfo(encode, decode, reader, writer, incenc, incdec, name)


def _stateless(fn):
    def dec(data, errors, final):
        return fn(data, errors)
    return dec


class _BomEncoder(IncrementalEncoder):
    _bom_name = _rest_name = None

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._first = True

    def encode(self, input, final=False):
        if self._first:
            self._first = False
            return _encode_text(input, self._bom_name, self.errors)
        return _encode_text(input, self._rest_name, self.errors)

    def reset(self):
        self._first = True

    def getstate(self):
        return 2 if self._first else 0

    def setstate(self, state):
        self._first = bool(state)


def _bom_decoder(ex_decode, size, name):
    class dec(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._order = 0

        def _buffer_decode(self, input, errors, final):
            text, used, order = ex_decode(input, errors, self._order, final)
            if self._order == 0:
                if order:
                    self._order = order
                elif used >= size:
                    raise UnicodeError("%s stream does not start with BOM" % name)
            return (text, used)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = 0

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self._order == 0:
                return (state, 2)
            return (state, int((sys.byteorder == 'big') != (self._order == 1)))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            s = state[1]
            if s == 0:
                self._order = 1 if sys.byteorder == 'big' else -1
            elif s == 1:
                self._order = -1 if sys.byteorder == 'big' else 1
            else:
                self._order = 0
    return dec


def _utf8sig_decode(data, errors, final):
    data = _as_bytes(data)
    start = 0
    if data[:3] == BOM_UTF8:
        start = 3
    elif not final and len(data) < 3 and BOM_UTF8.startswith(data):
        return ('', 0)
    text, used = utf_8_decode(data[start:], errors, final)
    return (text, used + start)


class _Utf8SigDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and not final and BOM_UTF8.startswith(input):
                return ('', 0)
            self.first = 0
            if input[:3] == BOM_UTF8:
                text, used = utf_8_decode(input[3:], errors, final)
                return (text, used + 3)
        return utf_8_decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        state = BufferedIncrementalDecoder.getstate(self)
        return (state[0], self.first)

    def setstate(self, state):
        BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


def _utf8sig_encode(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(input).__name__)
    return (_encode_text(input, 'utf-8-sig', errors), len(input))


class _Utf16Encoder(_BomEncoder):
    _bom_name, _rest_name = 'utf-16', 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be'


class _Utf32Encoder(_BomEncoder):
    _bom_name, _rest_name = 'utf-32', 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be'


class _Utf8SigEncoder(_BomEncoder):
    _bom_name, _rest_name = 'utf-8-sig', 'utf-8'


def _charmap_functions(fname, enc):
    def enc_fn(input, errors=None):
        if not isinstance(input, str):
            raise TypeError("charmap_encode() argument 1 must be str, not %s" % type(input).__name__)
        return (_encode_text(input, enc, errors), len(input))

    def dec_fn(data, errors=None, final=False):
        data = _as_bytes(data)
        return (_decode_text(data, enc, errors), len(data))
    return enc_fn, dec_fn


def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors='strict'):
    import base64
    return (base64.encodebytes(input), len(input))


def _b64_decode(input, errors='strict'):
    import base64
    return (base64.decodebytes(input), len(input))


def _rot13(input, errors='strict'):
    out = []
    for c in input:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 97 + 13) % 26 + 97)
        out.append(c)
    return (''.join(out), len(input))


def _zlib_encode(input, errors='strict'):
    import zlib
    return (zlib.compress(input), len(input))


def _zlib_decode(input, errors='strict'):
    import zlib
    return (zlib.decompress(input), len(input))


def _bytes_codec(name, modname, enc, dec):
    class incenc(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class incdec(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input, self.errors)[0]

    class writer(StreamWriter):
        pass
    writer.encode = staticmethod(enc)

    class reader(StreamReader):
        pass
    reader.decode = staticmethod(dec)
    reader.charbuffertype = bytes if name != 'rot-13' else str
    _qualify(incenc, modname, 'IncrementalEncoder')
    _qualify(incdec, modname, 'IncrementalDecoder')
    _qualify(writer, modname, 'StreamWriter')
    _qualify(reader, modname, 'StreamReader')
    return CodecInfo(enc, dec, reader, writer, incenc, incdec, name, _is_text_encoding=False)


# normalized alias -> (canonical name, factory)
_ALIASES = {}


def _alias(canon, *names):
    for n in names:
        _ALIASES[n] = canon


_alias('utf-8', 'utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001')
_alias('ascii', 'ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986',
       'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us')
_alias('iso8859-1', 'latin_1', 'latin1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'l1', 'latin',
       'iso_ir_100', 'csisolatin1', 'ibm819', 'iso_8859_1_1987')
_alias('utf-16', 'utf_16', 'utf16', 'u16')
_alias('utf-16-le', 'utf_16_le', 'utf_16le', 'unicodelittleunmarked')
_alias('utf-16-be', 'utf_16_be', 'utf_16be', 'unicodebigunmarked')
_alias('utf-32', 'utf_32', 'utf32', 'u32')
_alias('utf-32-le', 'utf_32_le', 'utf_32le')
_alias('utf-32-be', 'utf_32_be', 'utf_32be')
_alias('utf-8-sig', 'utf_8_sig')
_alias('cp1252', 'cp1252', 'windows_1252', '1252')
_alias('iso8859-15', 'iso8859_15', 'iso_8859_15', 'latin9', 'l9')
_alias('cp437', 'cp437', '437', 'ibm437')
_alias('unicode-escape', 'unicode_escape')
_alias('raw-unicode-escape', 'raw_unicode_escape')
_alias('hex', 'hex', 'hex_codec')
_alias('base64', 'base64', 'base_64', 'base64_codec')
_alias('rot-13', 'rot13', 'rot_13')
_alias('zlib', 'zlib', 'zip', 'zlib_codec')


def _build(canon):
    if canon == 'utf-8':
        return _text_codec(canon, 'utf_8', utf_8_encode, utf_8_decode)
    if canon == 'ascii':
        return _text_codec(canon, 'ascii', ascii_encode, _stateless(ascii_decode))
    if canon == 'iso8859-1':
        return _text_codec(canon, 'latin_1', latin_1_encode, _stateless(latin_1_decode))
    if canon == 'utf-16':
        return _text_codec(canon, 'utf_16', utf_16_encode, utf_16_decode,
                           _bom_decoder(utf_16_ex_decode, 2, 'UTF-16'), _Utf16Encoder)
    if canon == 'utf-32':
        return _text_codec(canon, 'utf_32', utf_32_encode, utf_32_decode,
                           _bom_decoder(utf_32_ex_decode, 4, 'UTF-32'), _Utf32Encoder)
    if canon in ('utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'):
        base = canon.replace('-', '_')
        return _text_codec(canon, base, getattr(_c, base + '_encode'), getattr(_c, base + '_decode'))
    if canon == 'utf-8-sig':
        return _text_codec(canon, 'utf_8_sig', _utf8sig_encode, _utf8sig_decode,
                           _Utf8SigDecoder, _Utf8SigEncoder)
    if canon in ('cp1252', 'iso8859-15', 'cp437'):
        e, d = _charmap_functions(canon, canon)
        return _text_codec(canon, canon.replace('-', '_'), e, _stateless(d))
    if canon == 'unicode-escape':
        return _text_codec(canon, 'unicode_escape', unicode_escape_encode,
                           _stateless(unicode_escape_decode))
    if canon == 'raw-unicode-escape':
        return _text_codec(canon, 'raw_unicode_escape', raw_unicode_escape_encode,
                           _stateless(raw_unicode_escape_decode))
    if canon == 'hex':
        return _bytes_codec(canon, 'hex_codec', _hex_encode, _hex_decode)
    if canon == 'base64':
        return _bytes_codec(canon, 'base64_codec', _b64_encode, _b64_decode)
    if canon == 'rot-13':
        return _bytes_codec(canon, 'rot_13', _rot13, _rot13)
    if canon == 'zlib':
        return _bytes_codec(canon, 'zlib_codec', _zlib_encode, _zlib_decode)
    return None


_BUILT = {}


def _builtin_search(name):
    canon = _ALIASES.get(_normalize(name))
    if canon is None:
        return None
    # Like CPython, each spelling gets its own CodecInfo.
    info = _BUILT.get(name)
    if info is None:
        info = _BUILT[name] = _build(canon)
    return info
