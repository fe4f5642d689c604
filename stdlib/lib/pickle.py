"""Serialization of Python objects to byte streams ("pickles") and back.

Functions: dump(obj, file), dumps(obj), load(file), loads(data); classes Pickler and Unpickler;
exceptions PickleError, PicklingError, UnpicklingError.

The pickler writes the same bytes as CPython 3.11's C accelerator (_pickle) for every protocol
(0-5, default 4), including its framing and memoization decisions.
"""

import sys
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS",
           "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME",
           "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """Raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """Raised when there is a problem unpickling an object (data corruption, security
    violation, ...)."""


# ---------------------------------------------------------------------------------------------
# Opcodes

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000

# ---------------------------------------------------------------------------------------------
# Python 2 <-> 3 name mappings (the data of CPython's _compat_pickle), used with protocols < 3.


def _pairs(text):
    return [line.split() for line in text.strip().splitlines()]


# Python 2 module -> Python 3 module (both directions).
_IMPORT_PAIRS = _pairs("""
__builtin__ builtins
copy_reg copyreg
Queue queue
SocketServer socketserver
ConfigParser configparser
repr reprlib
tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog
tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog
Dialog tkinter.dialog
Tkdnd tkinter.dnd
tkFont tkinter.font
tkMessageBox tkinter.messagebox
ScrolledText tkinter.scrolledtext
Tkconstants tkinter.constants
Tix tkinter.tix
ttk tkinter.ttk
Tkinter tkinter
markupbase _markupbase
_winreg winreg
thread _thread
dummy_thread _dummy_thread
dbhash dbm.bsd
dumbdbm dbm.dumb
dbm dbm.ndbm
gdbm dbm.gnu
xmlrpclib xmlrpc.client
SimpleXMLRPCServer xmlrpc.server
httplib http.client
htmlentitydefs html.entities
HTMLParser html.parser
Cookie http.cookies
cookielib http.cookiejar
BaseHTTPServer http.server
test.test_support test.support
commands subprocess
urlparse urllib.parse
robotparser urllib.robotparser
urllib2 urllib.request
anydbm dbm
_abcoll collections.abc
""")

# (Python 2 module, name) -> (Python 3 module, name) (both directions).
_NAME_PAIRS = _pairs("""
__builtin__ xrange builtins range
__builtin__ reduce functools reduce
__builtin__ intern sys intern
__builtin__ unichr builtins chr
__builtin__ unicode builtins str
__builtin__ long builtins int
itertools izip builtins zip
itertools imap builtins map
itertools ifilter builtins filter
itertools ifilterfalse itertools filterfalse
itertools izip_longest itertools zip_longest
UserDict IterableUserDict collections UserDict
UserList UserList collections UserList
UserString UserString collections UserString
whichdb whichdb dbm whichdb
_socket fromfd socket fromfd
_multiprocessing Connection multiprocessing.connection Connection
multiprocessing.process Process multiprocessing.context Process
multiprocessing.forking Popen multiprocessing.popen_fork Popen
urllib ContentTooShortError urllib.error ContentTooShortError
urllib getproxies urllib.request getproxies
urllib pathname2url urllib.request pathname2url
urllib quote_plus urllib.parse quote_plus
urllib quote urllib.parse quote
urllib unquote_plus urllib.parse unquote_plus
urllib unquote urllib.parse unquote
urllib url2pathname urllib.request url2pathname
urllib urlcleanup urllib.request urlcleanup
urllib urlencode urllib.parse urlencode
urllib urlopen urllib.request urlopen
urllib urlretrieve urllib.request urlretrieve
urllib2 HTTPError urllib.error HTTPError
urllib2 URLError urllib.error URLError
""")

_PY2_EXCEPTIONS = """ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
KeyError KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError
OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration
SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError
UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
UserWarning ValueError Warning ZeroDivisionError""".split()

IMPORT_MAPPING = {}          # Python 2 -> 3 (for loading)
NAME_MAPPING = {}
REVERSE_IMPORT_MAPPING = {}  # Python 3 -> 2 (for dumping)
REVERSE_NAME_MAPPING = {}


def _init_mappings():
    for old, new in _IMPORT_PAIRS:
        IMPORT_MAPPING[old] = new
        REVERSE_IMPORT_MAPPING[new] = old
    for om, on, nm, nn in _NAME_PAIRS:
        NAME_MAPPING[(om, on)] = (nm, nn)
        REVERSE_NAME_MAPPING[(nm, nn)] = (om, on)
    for name in _PY2_EXCEPTIONS:
        NAME_MAPPING[('exceptions', name)] = ('builtins', name)
        REVERSE_NAME_MAPPING[('builtins', name)] = ('exceptions', name)
    for name in ('AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError'):
        NAME_MAPPING[('multiprocessing', name)] = ('multiprocessing.context', name)
        REVERSE_NAME_MAPPING[('multiprocessing.context', name)] = ('multiprocessing', name)
    for old, new in _pairs("""
            cPickle pickle
            _elementtree xml.etree.ElementTree
            FileDialog tkinter.filedialog
            SimpleDialog tkinter.simpledialog
            DocXMLRPCServer xmlrpc.server
            SimpleHTTPServer http.server
            CGIHTTPServer http.server
            UserDict collections
            UserList collections
            UserString collections
            whichdb dbm
            StringIO io
            cStringIO io"""):
        IMPORT_MAPPING[old] = new
    for new, old in (('_bz2', 'bz2'), ('_dbm', 'dbm'), ('_functools', 'functools'),
                     ('_gdbm', 'gdbm'), ('_pickle', 'pickle')):
        REVERSE_IMPORT_MAPPING[new] = old
    NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
    NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
    NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
    NAME_MAPPING[('socket', '_socketobject')] = ('socket', 'SocketType')
    for nm, nn, om, on in _pairs("""
            _functools reduce __builtin__ reduce
            tkinter.filedialog FileDialog FileDialog FileDialog
            tkinter.filedialog LoadFileDialog FileDialog LoadFileDialog
            tkinter.filedialog SaveFileDialog FileDialog SaveFileDialog
            tkinter.simpledialog SimpleDialog SimpleDialog SimpleDialog
            xmlrpc.server ServerHTMLDoc DocXMLRPCServer ServerHTMLDoc
            xmlrpc.server XMLRPCDocGenerator DocXMLRPCServer XMLRPCDocGenerator
            xmlrpc.server DocXMLRPCRequestHandler DocXMLRPCServer DocXMLRPCRequestHandler
            xmlrpc.server DocXMLRPCServer DocXMLRPCServer DocXMLRPCServer
            xmlrpc.server DocCGIXMLRPCRequestHandler DocXMLRPCServer DocCGIXMLRPCRequestHandler
            http.server SimpleHTTPRequestHandler SimpleHTTPServer SimpleHTTPRequestHandler
            http.server CGIHTTPRequestHandler CGIHTTPServer CGIHTTPRequestHandler
            _socket socket socket _socketobject"""):
        REVERSE_NAME_MAPPING[(nm, nn)] = (om, on)
    for name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
                 'ConnectionRefusedError ConnectionResetError FileExistsError '
                 'FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError '
                 'PermissionError ProcessLookupError TimeoutError').split():
        REVERSE_NAME_MAPPING[('builtins', name)] = ('exceptions', 'OSError')
    REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')


_init_mappings()
del _init_mappings


# ---------------------------------------------------------------------------------------------
# Helpers shared by the pickler and the unpickler


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# Protocols < 3 pickle bytes as _codecs.encode(latin-1 text, 'latin1'). slotpy has no _codecs
# module: use it when present, else a stand-in saved and found under the same name.
try:
    from _codecs import encode as _codecs_encode
    _FALLBACK_GLOBALS = {}
except ImportError:
    _codecs_encode.__module__ = '_codecs'
    _codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'
    _FALLBACK_GLOBALS = {('_codecs', 'encode'): _codecs_encode}
_KNOWN_GLOBALS = {id(v): k for k, v in _FALLBACK_GLOBALS.items()}

_LATIN1 = 'latin1'


def _dotted_path(name, obj=None):
    path = name.split('.')
    if '<locals>' in path:
        if obj is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, obj))
    return path


def _deep_getattr(obj, path):
    """(attribute, its parent) for a dotted path; raises AttributeError."""
    parent = None
    for name in path:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    path = name.split('.') if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if not isinstance(module_name, str) or module_name == '__main__' or module is None:
            continue
        try:
            if _deep_getattr(module, path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    r"""Encode an int as a little-endian two's complement byte string (as LONG1/LONG4 store
    it); 0 is encoded as b''."""
    if x == 0:
        return b''
    nbytes = (abs(x).bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    r"""Decode an int from a little-endian two's complement byte string."""
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(s):
    # The UNICODE opcode's text is raw-unicode-escape with backslash and line breaks escaped.
    for ch, esc in (('\\', '\\u005c'), ('\0', '\\u0000'), ('\n', '\\u000a'),
                    ('\r', '\\u000d'), ('\x1a', '\\u001a')):
        if ch in s:
            s = s.replace(ch, esc)
    return s.encode('raw_unicode_escape')


def _utf8(s):
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        return s.encode('utf-8', 'surrogatepass')


def _float_bytes(x):
    from struct import pack
    return pack('>d', x)


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast('B') if self._view.format != 'B' else self._view

    def release(self):
        if self._view is not None:
            self._view.release()
            self._view = None

    def __buffer__(self, flags):
        return self._view

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# ---------------------------------------------------------------------------------------------
# Pickling

_FunctionType = type(_deep_getattr)
_BuiltinFunctionType = type(len)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


_NO_FILE = object()   # dumps() pickles into memory only


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        else:
            protocol = _index(protocol)
            if protocol < 0:
                protocol = HIGHEST_PROTOCOL
            elif protocol > HIGHEST_PROTOCOL:
                raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if file is not _NO_FILE:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._buf = bytearray()
        self._framing = False
        self._frame_start = -1

    # -- output buffer and framing (the C pickler's rules) --

    def _write(self, data):
        buf = self._buf
        if self._framing and self._frame_start < 0:
            self._frame_start = len(buf)
            buf += b'\xfe\xfe\xfe\xfe\xfe\xfe\xfe\xfe\xfe'
        buf += data

    def _commit_frame(self):
        start = self._frame_start
        if not self._framing or start < 0:
            return
        size = len(self._buf) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self._buf[start:start + _FRAME_HEADER_SIZE] = FRAME + size.to_bytes(8, 'little')
        else:
            del self._buf[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _flush(self):
        self._commit_frame()
        data = bytes(self._buf)
        self._buf = bytearray()
        self._frame_start = -1
        self._file_write(data)

    def _opcode_boundary(self):
        start = self._frame_start
        if self._framing and start >= 0 and \
                len(self._buf) - start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            if self._file_write is not None:
                self._flush()

    def _write_large(self, header, data):
        """Header and payload; a payload of at least the frame target stays out of frames."""
        bypass = len(data) >= _FRAME_SIZE_TARGET
        framing = self._framing
        if bypass:
            self._commit_frame()
            self._framing = False
        self._write(header)
        if bypass and self._file_write is not None:
            self._flush()
            self._file_write(data)
        else:
            self._write(data)
        self._framing = framing

    # -- public API --

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_buf'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._buf = bytearray()
        self._frame_start = -1
        self._dump(obj)
        if self._file_write is not None:
            self._flush()

    def _dump(self, obj):
        self._reducer_override = getattr(self, 'reducer_override', None)
        self._pers_func = getattr(self, 'persistent_id', None)
        table = getattr(self, 'dispatch_table', None)
        self._dispatch = dispatch_table if table is None else table
        limit = sys.getrecursionlimit()
        depth = _frame_depth()
        self._depth = 0
        self._max_depth = limit - depth
        # Our frames per nesting level outnumber the C pickler's: make room for them.
        raised = depth + 4 * self._max_depth + 50
        if raised > limit:
            sys.setrecursionlimit(raised)
        try:
            if self.proto >= 2:
                self._write(PROTO + bytes((self.proto,)))
                if self.proto >= 4:
                    self._framing = True
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._reducer_override = None
            if raised > limit:
                sys.setrecursionlimit(limit)

    # -- memo --

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self._write(BINPUT + bytes((idx,)))
            else:
                self._write(LONG_BINPUT + idx.to_bytes(4, 'little'))
        else:
            self._write(b'p%d\n' % idx)
        self.memo[id(obj)] = idx, obj

    def _memo_get(self, idx):
        if self.bin:
            if idx < 256:
                self._write(BINGET + bytes((idx,)))
            else:
                self._write(LONG_BINGET + idx.to_bytes(4, 'little'))
        else:
            self._write(b'g%d\n' % idx)

    def _in_memo(self, obj):
        return not self.fast and id(obj) in self.memo

    # -- dispatch --

    def save(self, obj, save_persistent_id=True):
        self._opcode_boundary()
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + _float_bytes(obj))
            else:
                self._write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        x = None if self.fast else self.memo.get(id(obj))
        if x is not None:
            self._memo_get(x[0])
            return
        if t is bytes:
            self._save_bytes(obj)
            return
        if t is str:
            self._save_str(obj)
            return
        # Nesting depth as CPython's C pickler counts it against the recursion limit.
        self._depth += 1
        if self._depth > self._max_depth:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        self._save_nonatomic(obj, t)
        self._depth -= 1

    def _save_nonatomic(self, obj, t):
        if t is dict:
            self._save_dict(obj)
            return
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is list:
            self._save_list(obj)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        if t is PickleBuffer:
            self._save_picklebuffer(obj)
            return

        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = self._dispatch
            if table is dispatch_table:
                reduce = table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            elif getattr(t, '__reduce_ex__', None) is not None:
                rv = obj.__reduce_ex__(self.proto)
            else:
                rv = copyreg._reduce_object(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*rv, obj=obj, _n=len(rv))

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + text.encode('ascii') + b'\n')

    def save_reduce(self, func=None, args=None, state=None, listitems=None, dictitems=None,
                    state_setter=None, *rest, obj=None, _n=None):
        if _n is not None and not 2 <= _n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 "
                                "elements")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a "
                                "tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be "
                                "a function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self._write
        name = getattr(func, '__name__', None) if self.proto >= 2 else None
        if name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly "
                                    "3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a "
                                    "class, not %.200s" % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a "
                                    "tuple, not %.200s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a "
                                    "dict, not %.200s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                write(REDUCE)
        elif name == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = None if self.fast else self.memo.get(id(obj))
            if x is not None:
                write(POP)
                self._memo_get(x[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atoms --

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                else:
                    self._write(BININT + obj.to_bytes(4, 'little', signed=True))
            else:
                self._write(b'I%d\n' % obj)
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes((n,)))
            else:
                if n > 0x7fffffff:
                    raise OverflowError("int too large to pickle")
                self._write(LONG4 + n.to_bytes(4, 'little'))
            self._write(data)
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), _LATIN1), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes((n,))
        elif n <= 0xffffffff:
            header = BINBYTES + n.to_bytes(4, 'little')
        elif self.proto >= 4:
            header = BINBYTES8 + n.to_bytes(8, 'little')
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB requires pickle "
                                "protocol 4 or higher")
        self._write_large(header, data)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def _save_bytearray_data(self, obj, data):
        self._write_large(BYTEARRAY8 + len(data).to_bytes(8, 'little'), data)
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(obj, bytes(view))
            else:
                self._save_bytearray_data(obj, bytes(view))
        else:
            self._write(NEXT_BUFFER)
            if view.readonly:
                self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if self.bin:
            data = _utf8(obj)
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((n,))
            elif n <= 0xffffffff:
                header = BINUNICODE + n.to_bytes(4, 'little')
            elif self.proto >= 4:
                header = BINUNICODE8 + n.to_bytes(8, 'little')
            else:
                raise OverflowError("serializing a string larger than 4 GiB requires pickle "
                                    "protocol 4 or higher")
            self._write_large(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers --

    def _save_tuple(self, obj):
        n = len(obj)
        write = self._write
        if n == 0:
            write(EMPTY_TUPLE if self.proto else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = None if self.fast else self.memo.get(id(obj))
            if x is not None:
                write(POP * n)
                self._memo_get(x[0])
                return
            write(_tuplesize2code[n])
            self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = None if self.fast else self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK if self.bin else POP * (n + 1))
            self._memo_get(x[0])
            return
        write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        self._depth += 1
        if self._depth > self._max_depth:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        self._save_list_items(obj)
        self._depth -= 1

    def _save_list_items(self, obj):
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            while n < _BATCHSIZE:
                try:
                    x = next(items)
                except StopIteration:
                    break
                save(x)
                n += 1
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        self._depth += 1
        if self._depth > self._max_depth:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        self._save_dict_items(obj)
        self._depth -= 1

    def _save_dict_items(self, obj):
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self._write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            write(MARK)
            count = 0
            for k, v in items:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                write(SETITEM)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            try:
                second = next(items)
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            n = 1
            item = second
            while True:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(items)
                except StopIteration:
                    break
            write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._write
        write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        size = len(obj)
        items = iter(obj)
        while True:
            write(MARK)
            count = 0
            for x in items:
                save(x)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._write
        write(MARK)
        for x in obj:
            self.save(x)
        x = None if self.fast else self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK)
            self._memo_get(x[0])
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- globals --

    def _save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is _EllipsisType:
            self.save_reduce(type, (Ellipsis,), obj=obj)
        elif obj is _NotImplementedType:
            self.save_reduce(type, (NotImplemented,), obj=obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._write
        known = _KNOWN_GLOBALS.get(id(obj))
        if known is not None and name is None:
            module_name, name = known
            path = [name]
            parent = module = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            path = _dotted_path(name)
            module_name = whichmodule(obj, path)
            try:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            try:
                found, parent = _deep_getattr(module, path)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        if type(module_name) is str and type(obj) is not _BuiltinFunctionType:
            # CPython interns the module names of classes and Python functions (not those of
            # builtin functions): equal ones hit the memo.
            module_name = sys.intern(module_name)
        lastname = path[-1]
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if type(code) is not int and not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't an integer"
                                        % (obj, code))
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little'))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in REVERSE_NAME_MAPPING:
                    module_name, name = REVERSE_NAME_MAPPING[key]
                elif module_name in REVERSE_IMPORT_MAPPING:
                    module_name = REVERSE_IMPORT_MAPPING[module_name]
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle "
                                    "protocol %i" % (module_name, self.proto)) from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using pickle "
                                    "protocol %i" % (name, self.proto)) from None
            write(GLOBAL + module_bytes + b'\n' + name_bytes + b'\n')
        self.memoize(obj)


def _frame_depth():
    try:
        frame = sys._getframe(2)
    except (AttributeError, ValueError):
        return 1
    n = 0
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n


def _is_iterator(obj):
    return hasattr(type(obj), '__next__')


def _index(n):
    if isinstance(n, int):
        return int(n)
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None


# ---------------------------------------------------------------------------------------------
# Unpickling

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


_truncated = "pickle data was truncated"


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._data = b''
        self._pos = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- input --

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._file_read is None:
            self._pos = len(data)
            raise UnpicklingError(_truncated)
        head = data[pos:]
        self._data = b''
        self._pos = 0
        more = self._file_read(n - len(head))
        if not isinstance(more, (bytes, bytearray)):
            raise ValueError("read() returned non-bytes object (%r)" % type(more))
        result = head + bytes(more)
        if len(result) < n:
            raise UnpicklingError(_truncated)
        return result

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        if self._file_read is None:
            self._pos = len(data)
            raise UnpicklingError(_truncated)
        head = data[pos:]
        self._data = b''
        self._pos = 0
        line = head + bytes(self._file_readline())
        if not line.endswith(b'\n'):
            raise UnpicklingError(_truncated)
        return line

    def _read_opcode(self):
        data = self._data
        pos = self._pos
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        if self._file_read is not None:
            self._data = b''
            self._pos = 0
            c = self._file_read(1)
            if c:
                return c[0]
        raise EOFError("Ran out of input")

    # -- API --

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, 'memo'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = _dispatch
        try:
            while True:
                key = self._read_opcode()
                fn = dispatch.get(key)
                if fn is None:
                    if 0x20 <= key <= 0x7e and key != 0x27 and key != 0x5c:
                        raise UnpicklingError("invalid load key, '%c'." % key)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                fn(self)
        except _Stop as stop:
            return stop.value

    def find_class(self, module, name):
        """Return an object from a specified module (importing it if necessary)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        try:
            __import__(module, level=0)
        except ImportError:
            fallback = _FALLBACK_GLOBALS.get((module, name))
            if fallback is not None:
                return fallback
            raise
        mod = sys.modules[module]
        if self.proto >= 4:
            path = name.split('.')
            if '<locals>' in path:
                raise AttributeError("Can't get local attribute %r on %r" % (name, mod))
        else:
            path = [name]
        try:
            return _deep_getattr(mod, path)[0]
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    # -- stack helpers --

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _memo_lookup(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)


def _op(code, table={}):
    def register(fn):
        table[code[0]] = fn
        return fn
    return register


_dispatch = _op.__defaults__[0]


@_op(PROTO)
def _load_proto(self):
    proto = self._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    size = int.from_bytes(self._read(8), 'little')
    if size > sys.maxsize:
        raise ValueError("FRAME length exceeds system's maximum of %d bytes" % sys.maxsize)
    if self._pos + size <= len(self._data):
        return
    if self._file_read is None:
        raise UnpicklingError(_truncated)
    frame = self._read(size)
    self._data = frame
    self._pos = 0


@_op(PERSID)
def _load_persid(self):
    try:
        pid = self._readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    self.append(self.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(self):
    pid = self._pop()
    self.append(self.persistent_load(pid))


@_op(NONE)
def _load_none(self):
    self.append(None)


@_op(NEWFALSE)
def _load_false(self):
    self.append(False)


@_op(NEWTRUE)
def _load_true(self):
    self.append(True)


def _parse_int(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError("could not convert string to int") from None


@_op(INT)
def _load_int(self):
    data = self._readline()
    if data == FALSE[1:]:
        value = False
    elif data == TRUE[1:]:
        value = True
    else:
        value = _parse_int(data[:-1])
    self.append(value)


@_op(BININT)
def _load_binint(self):
    self.append(int.from_bytes(self._read(4), 'little', signed=True))


@_op(BININT1)
def _load_binint1(self):
    self.append(self._read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.append(int.from_bytes(self._read(2), 'little'))


@_op(LONG)
def _load_long(self):
    text = self._readline()
    if text.endswith(b'L\n'):
        text = text[:-2]
    self.append(int(text.decode('latin-1')))


@_op(LONG1)
def _load_long1(self):
    n = self._read(1)[0]
    self.append(decode_long(self._read(n)))


@_op(LONG4)
def _load_long4(self):
    n = int.from_bytes(self._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self.append(decode_long(self._read(n)))


@_op(FLOAT)
def _load_float(self):
    text = self._readline()[:-1]
    try:
        value = float(text.decode('ascii'))
    except (ValueError, UnicodeDecodeError):
        raise ValueError("could not convert string to float") from None
    self.append(value)


@_op(BINFLOAT)
def _load_binfloat(self):
    from struct import unpack
    self.append(unpack('>d', self._read(8))[0])


_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12,
            ord('v'): 11, ord('\\'): 92, ord("'"): 39, ord('"'): 34}


def _escape_decode(data):
    """Decode the backslash escapes of a Python bytes literal's body."""
    if b'\\' not in data:
        return bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 92 or i >= n:
            if c == 92:
                raise ValueError("Trailing \\ in string")
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif c == 10:
            pass
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        elif 48 <= c <= 55:
            j = i
            while j < n and j < i + 2 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i - 1:j], 8) & 0xff)
            i = j
        else:
            out.append(92)
            out.append(c)
    return bytes(out)


@_op(STRING)
def _load_string(self):
    data = self._readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    self.append(self._decode_string(_escape_decode(data)))


@_op(BINSTRING)
def _load_binstring(self):
    n = int.from_bytes(self._read(4), 'little')
    self.append(self._decode_string(self._read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(self):
    n = self._read(1)[0]
    self.append(self._decode_string(self._read(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n = int.from_bytes(self._read(4), 'little')
    self.append(bytes(self._read(n)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._read(1)[0]
    self.append(bytes(self._read(n)))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = int.from_bytes(self._read(8), 'little')
    if n > sys.maxsize:
        raise ValueError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
    self.append(bytes(self._read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = int.from_bytes(self._read(8), 'little')
    if n > sys.maxsize:
        raise ValueError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                         % sys.maxsize)
    self.append(bytearray(self._read(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                              "argument was given")
    try:
        buf = next(self._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    self.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(self):
    buf = self._top()
    if isinstance(buf, memoryview) and not buf.readonly:
        self.stack[-1] = buf.toreadonly()


def _decode_utf8(data):
    try:
        return str(data, 'utf-8')
    except UnicodeDecodeError:
        return str(data, 'utf-8', 'surrogatepass')


@_op(UNICODE)
def _load_unicode(self):
    self.append(str(self._readline()[:-1], 'raw-unicode-escape'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = int.from_bytes(self._read(4), 'little')
    self.append(_decode_utf8(self._read(n)))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._read(1)[0]
    self.append(_decode_utf8(self._read(n)))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = int.from_bytes(self._read(8), 'little')
    if n > sys.maxsize:
        raise ValueError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                         % sys.maxsize)
    self.append(_decode_utf8(self._read(n)))


@_op(TUPLE)
def _load_tuple(self):
    items = self._pop_mark()
    self.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.append(())


def _tuple_n(n):
    def load(self):
        stack = self.stack
        if len(stack) < n:
            raise self._underflow()
        items = tuple(stack[-n:])
        del stack[-n:]
        stack.append(items)
    return load


_dispatch[TUPLE1[0]] = _tuple_n(1)
_dispatch[TUPLE2[0]] = _tuple_n(2)
_dispatch[TUPLE3[0]] = _tuple_n(3)


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.append({})


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.append(set())


@_op(FROZENSET)
def _load_frozenset(self):
    items = self._pop_mark()
    self.append(frozenset(items))


@_op(LIST)
def _load_list(self):
    items = self._pop_mark()
    self.append(items)


@_op(DICT)
def _load_dict(self):
    items = self._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(cls, args):
    if not args and isinstance(cls, type) and not hasattr(cls, '__getinitargs__'):
        return cls.__new__(cls)
    return cls(*args)


@_op(INST)
def _load_inst(self):
    module = self._readline()[:-1].decode('ascii')
    name = self._readline()[:-1].decode('ascii')
    cls = self.find_class(module, name)
    args = tuple(self._pop_mark())
    self.append(_instantiate(cls, args))


@_op(OBJ)
def _load_obj(self):
    args = self._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    self.append(_instantiate(cls, tuple(args)))


def _check_newobj(op, cls, args, kwargs):
    if not isinstance(cls, type):
        raise UnpicklingError("%s class argument must be a type, not %.200s"
                              % (op, type(cls).__name__))
    if not isinstance(args, tuple):
        raise UnpicklingError("%s args argument must be a tuple, not %.200s"
                              % (op, type(args).__name__))
    if not isinstance(kwargs, dict):
        raise UnpicklingError("%s kwargs argument must be a dict, not %.200s"
                              % (op, type(kwargs).__name__))


@_op(NEWOBJ)
def _load_newobj(self):
    args = self._pop()
    cls = self._pop()
    _check_newobj('NEWOBJ', cls, args, {})
    self.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self._pop()
    args = self._pop()
    cls = self._pop()
    _check_newobj('NEWOBJ_EX', cls, args, kwargs)
    self.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(self):
    module = self._readline()[:-1].decode('utf-8')
    name = self._readline()[:-1].decode('utf-8')
    self.append(self.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self._pop()
    module = self._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self.append(self.find_class(module, name))


@_op(EXT1)
def _load_ext1(self):
    self._get_extension(self._read(1)[0])


@_op(EXT2)
def _load_ext2(self):
    self._get_extension(int.from_bytes(self._read(2), 'little'))


@_op(EXT4)
def _load_ext4(self):
    self._get_extension(int.from_bytes(self._read(4), 'little', signed=True))


@_op(REDUCE)
def _load_reduce(self):
    args = self._pop()
    func = self._top()
    self.stack[-1] = func(*args)


@_op(POP)
def _load_pop(self):
    if self.stack:
        self.stack.pop()
    elif self.metastack:
        self._pop_mark()    # the top of the stack is a MARK
    else:
        raise UnpicklingError("unpickling stack underflow")


@_op(POP_MARK)
def _load_pop_mark(self):
    self._pop_mark()


@_op(DUP)
def _load_dup(self):
    self.append(self._top())


def _get(self, idx):
    self.append(self._memo_lookup(idx))


@_op(GET)
def _load_get(self):
    _get(self, _parse_int(self._readline()[:-1]))


@_op(BINGET)
def _load_binget(self):
    _get(self, self._read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    _get(self, int.from_bytes(self._read(4), 'little'))


@_op(PUT)
def _load_put(self):
    text = self._readline()[:-1]
    top = self._top()
    idx = _parse_int(text)
    if idx < 0:
        raise ValueError("negative PUT argument")
    self.memo[idx] = top


@_op(BINPUT)
def _load_binput(self):
    idx = self._read(1)[0]
    self.memo[idx] = self._top()


@_op(LONG_BINPUT)
def _load_long_binput(self):
    idx = int.from_bytes(self._read(4), 'little')
    self.memo[idx] = self._top()


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self._top()


def _extend(target, items):
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        append = target.append
        for item in items:
            append(item)


@_op(APPEND)
def _load_append(self):
    value = self._pop()
    _extend(self._top(), [value])


@_op(APPENDS)
def _load_appends(self):
    items = self._pop_mark()
    _extend(self._top(), items)


@_op(SETITEM)
def _load_setitem(self):
    value = self._pop()
    key = self._pop()
    self._top()[key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = self._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(self):
    items = self._pop_mark()
    target = self._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


@_op(BUILD)
def _load_build(self):
    state = self._pop()
    inst = self._top()
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                k = sys.intern(k)
            inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []
    self.append = self.stack.append


@_op(STOP)
def _load_stop(self):
    raise _Stop(self._pop())


del _op

# ---------------------------------------------------------------------------------------------
# Shorthands


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    p = Pickler(_NO_FILE, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    p._dump(obj)
    return bytes(p._buf)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


class _BytesSource:
    read = readline = None


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(_BytesSource, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                  errors=errors)
    u._file_read = u._file_readline = None
    u._data = bytes(data)
    return u.load()


_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
