// File objects (fileobject.h): open(), the raw layer (FileIO), the binary buffered layer and the
// text layer, as CPython's _io classes.
#include "stdlib/fileobject.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include <gc/gc.h>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/signals.h"
#include "runtime/intobject.h"
#include "runtime/iterobjects.h"
#include "runtime/listobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject TextIOWrapper_Type, BufferedReader_Type, BufferedWriter_Type, BufferedRandom_Type,
    FileIO_Type;

namespace {

constexpr intptr_t kBufSize = 8192;

// Newline handling of a text file (the `newline` argument of open()).
enum Newline : int8_t {
  NL_UNIVERSAL,  // None: lines end at \n, \r or \r\n, all read as \n; \n written as is
  NL_UNTRANSLATED,  // '': lines end at \n, \r or \r\n, not translated
  NL_LF,         // '\n'
  NL_CR,         // '\r': lines end at \r; \n written as \r
  NL_CRLF,       // '\r\n': lines end at \r\n; \n written as \r\n
};

enum SeenNewline : uint8_t { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

// One struct for the three layers:
//  - FileIO (fileio): a file descriptor (fd, closed, closefd, name, mode, readable/writable).
//  - buffered (BufferedReader/Writer/Random): read and write buffers over `raw`, a native FileIO
//    (then fd is a copy of its descriptor) or any object with readinto/write/... (generic).
//  - text (TextIOWrapper): encodes/decodes through `buffer`: the `bufobj` it wraps when that is
//    a native buffered object, else a hidden buffered object (adapter) whose raw is `bufobj`.
struct FileObject : Object {
  DictObject* dict;
  int fd;
  bool closed;          // FileIO only (the others ask their raw stream)
  bool text;
  bool fileio;
  bool ready;           // __init__ has run
  bool detached;
  bool generic;         // buffered: I/O by method calls on `raw`
  bool adapter;         // buffered: the hidden one of a text wrapper (raw: the wrapped buffer)
  bool has_read1;       // adapter: the wrapped buffer has read1()
  bool readable, writable, appending, created;
  bool closefd;
  bool line_buffering;  // text: flush when a line end is written
  bool write_through;   // text: flush after every write
  bool pending_flush;   // text: a line end was written since the last flush
  bool is_stdin;        // reading flushes sys.stdout first
  bool utf8;            // text: the encoding is UTF-8
  bool single_byte;     // text: latin-1 or ascii (one byte per character)
  bool registered;      // in the registry of files flushed at exit
  int8_t newline;
  int8_t seekable;      // -1: not known yet
  uint8_t seen_nl;      // text: the kinds of line ends read (SeenNewline bits)
  Object* name;         // FileIO
  Object* mode;         // FileIO; text: set by open() (nullptr: no such attribute)
  StrObject* encoding;
  StrObject* errors;
  FileObject* buffer;   // text: the binary object doing the I/O
  Object* bufobj;       // text: its `buffer` attribute
  Object* raw;          // buffered: the raw stream
  char* rbuf;
  intptr_t rpos, rlen, rcap;
  char* wbuf;
  intptr_t wlen, wcap;  // wcap 0: unbuffered
  intptr_t bufsize;     // buffered: the buffer_size (first size of rbuf)
};

inline FileObject* as_file(Object* o) { return static_cast<FileObject*>(o); }
inline FileObject* bin_of(FileObject* f) { return f->text ? f->buffer : f; }
inline FileObject* native_raw(FileObject* b) { return b->fileio ? b : as_file(b->raw); }

Object* g_std[3];     // sys.stdin, sys.stdout, sys.stderr as created (a GC root: static data)
Object* g_stdbin[3];  // their buffered objects (still flushed at exit after a detach())

// Files flushed at exit: hidden pointers (the registry must not keep them alive); a file leaves
// it when closed or finalized.
std::unordered_set<uintptr_t>& registry() {
  static auto* r = new std::unordered_set<uintptr_t>();
  return *r;
}

// ---- io.UnsupportedOperation ------------------------------------------------------------------
TypeObject* g_unsupported = nullptr;

TypeObject* unsupported_operation() {
  if (g_unsupported) return g_unsupported;
  try {
    DictObject* ns = dict_new();
    dict_set_cstr(ns, "__module__", str_from_cstr("io"));
    Object* args[3] = {str_from_cstr("UnsupportedOperation"),
                       tuple_pack({Exc_OSError, Exc_ValueError}), ns};
    Object* t = call(&Type_Type, args, 3);
    g_unsupported = static_cast<TypeObject*>(t);
  } catch (PyError&) {
    clear_exception();
    g_unsupported = Exc_OSError;
  }
  return g_unsupported;
}

[[noreturn]] void raise_unsupported(const char* msg) { raise_fmt(unsupported_operation(), "%s", msg); }

// ---- state checks -------------------------------------------------------------------------------
[[noreturn]] void raise_detached(FileObject* f) {
  raise_value_error(f->text ? "underlying buffer has been detached" : "raw stream has been detached");
}

// The binary object doing f's I/O (f itself unless f is a text file); ValueError when f is
// uninitialized or detached.
inline FileObject* usable_bin(FileObject* f) {
  if (__builtin_expect(!f->ready, 0)) {
    if (f->fileio) raise_value_error("I/O operation on closed file");
    raise_value_error("I/O operation on uninitialized object");
  }
  if (__builtin_expect(f->detached, 0)) raise_detached(f);
  return f->text ? f->buffer : f;
}

bool bin_closed(FileObject* b) {
  if (b->fileio) return b->closed;
  if (__builtin_expect(!b->generic, 1)) return as_file(b->raw)->closed;
  return is_true(get_attr_cstr(b->raw, "closed"));
}

inline bool is_closed(FileObject* f) { return bin_closed(usable_bin(f)); }

void check_closed(FileObject* f, const char* msg = "I/O operation on closed file.") {
  if (is_closed(f)) raise_value_error("%s", msg);
}
void check_readable(FileObject* f) {
  if (!bin_of(f)->readable)
    raise_unsupported(f->text ? "not readable" : f->fileio ? "File not open for reading" : "read");
}
void check_writable(FileObject* f) {
  if (!bin_of(f)->writable)
    raise_unsupported(f->text ? "not writable" : f->fileio ? "File not open for writing" : "write");
}

// ---- raw I/O ----------------------------------------------------------------------------------
void flush_noraise(FileObject* b);

intptr_t sys_read(FileObject* b, char* dst, size_t n) {
  if (b->is_stdin && g_stdbin[1]) flush_noraise(as_file(g_stdbin[1]));
  for (;;) {
    ssize_t r = ::read(b->fd, dst, n);
    if (r >= 0) return r;
    if (errno == EINTR) {
      check_interrupt();  // Ctrl-C during input() or a read: KeyboardInterrupt
      continue;
    }
    raise_os_error(errno);
  }
}

// Writes everything; returns 0 or the errno of the failure.
int sys_write_all(int fd, const char* p, size_t n) {
  while (n) {
    ssize_t r = ::write(fd, p, n);
    if (r < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += r;
    n -= static_cast<size_t>(r);
  }
  return 0;
}

// A writable view of n zero bytes (the argument of a raw readinto()), and its bytearray.
Object* new_readinto_buffer(size_t n, ByteArrayObject** ba) {
  *ba = bytearray_from("", 0);
  bytearray_resize(*ba, static_cast<intptr_t>(n));
  std::memset((*ba)->data, 0, n);
  return call1(&MemoryView_Type, *ba);
}

// Reads at most n bytes from b's raw stream (0 at end of file).
intptr_t raw_read(FileObject* b, char* dst, size_t n) {
  if (__builtin_expect(!b->generic, 1)) return sys_read(b, dst, n);
  Object* nobj = int_from_intptr(static_cast<intptr_t>(n));
  if (b->adapter) {
    const char* meth = b->has_read1 ? "read1" : "read";
    Object* r = call_method_cstr(b->raw, meth, &nobj, 1);
    if (r == Py_None) return 0;
    const char* p;
    intptr_t len;
    if (is_str(r) || !get_buffer(r, &p, &len))
      raise_type_error("underlying %s() should have returned a bytes-like object, not '%s'", meth,
                       type_name(r));
    if (len > static_cast<intptr_t>(n))
      raise_fmt(Exc_OSError, "%s() returned too much data: %zu bytes requested, %zd returned", meth,
                n, len);
    std::memcpy(dst, p, static_cast<size_t>(len));
    return len;
  }
  ByteArrayObject* ba;
  Object* view = new_readinto_buffer(n, &ba);
  Object* r = call_method_cstr(b->raw, "readinto", &view, 1);
  if (r == Py_None) return 0;
  intptr_t len = index_value(r);
  if (len < 0 || len > static_cast<intptr_t>(n))
    raise_fmt(Exc_OSError, "raw readinto() returned invalid length %zd (should have been between 0 and %zu)",
              len, n);
  std::memcpy(dst, ba->data, static_cast<size_t>(len));
  return len;
}

void raw_write_all(FileObject* b, const char* p, size_t n) {
  if (__builtin_expect(!b->generic, 1)) {
    if (int err = sys_write_all(b->fd, p, n)) raise_os_error(err);
    return;
  }
  if (b->adapter) {
    Object* data = bytes_from(p, n);
    call_method_cstr(b->raw, "write", &data, 1);
    return;
  }
  while (n) {
    Object* data = bytes_from(p, n);
    Object* r = call_method_cstr(b->raw, "write", &data, 1);
    if (r == Py_None) return;
    intptr_t w = index_value(r);
    if (w < 0 || w > static_cast<intptr_t>(n))
      raise_fmt(Exc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zu)",
                w, n);
    if (w == 0) return;
    p += w;
    n -= static_cast<size_t>(w);
  }
}

off_t raw_seek(FileObject* b, off_t off, int whence) {
  if (!b->generic) {
    off_t r = ::lseek(b->fd, off, whence);
    if (r < 0) raise_os_error(errno);
    return r;
  }
  Object* a[2] = {int_from_intptr(off), make_small_int(whence)};
  return static_cast<off_t>(index_value(call_method_cstr(b->raw, "seek", a, 2)));
}

bool is_seekable(FileObject* b) {
  if (b->generic) return is_true(call_method_cstr(b->raw, "seekable", nullptr, 0));
  if (b->seekable < 0) b->seekable = ::lseek(b->fd, 0, SEEK_CUR) >= 0 ? 1 : 0;
  return b->seekable == 1;
}

// ---- the binary buffered layer ------------------------------------------------------------------
void buf_flush(FileObject* b) {
  if (!b->wlen) return;
  intptr_t n = b->wlen;
  b->wlen = 0;  // dropped on failure (a broken pipe stays broken)
  raw_write_all(b, b->wbuf, static_cast<size_t>(n));
}

void flush_noraise(FileObject* b) {
  if (!b->wlen || b->generic || b->detached || native_raw(b)->closed) return;
  intptr_t n = b->wlen;
  b->wlen = 0;
  sys_write_all(b->fd, b->wbuf, static_cast<size_t>(n));
}

// Before writing: give back read-ahead data (seek the raw stream back over it).
void prepare_write(FileObject* b) {
  if (b->rlen > b->rpos) {
    off_t back = -static_cast<off_t>(b->rlen - b->rpos);
    if (!b->generic) {
      ::lseek(b->fd, back, SEEK_CUR);
    } else {
      try {
        raw_seek(b, back, SEEK_CUR);
      } catch (PyError&) {
        clear_exception();
      }
    }
  }
  b->rpos = b->rlen = 0;
}

void prepare_read(FileObject* b) {
  if (b->wlen) buf_flush(b);
}

void buf_write(FileObject* b, const char* p, size_t n) {
  if (b->rlen) prepare_write(b);
  if (!b->wcap) {
    raw_write_all(b, p, n);
    return;
  }
  if (b->wlen + static_cast<intptr_t>(n) <= b->wcap) {
    std::memcpy(b->wbuf + b->wlen, p, n);
    b->wlen += static_cast<intptr_t>(n);
    return;
  }
  buf_flush(b);
  if (static_cast<intptr_t>(n) > b->wcap) {
    raw_write_all(b, p, n);
    return;
  }
  std::memcpy(b->wbuf, p, n);
  b->wlen = static_cast<intptr_t>(n);
}

// Reads more data into the read buffer (compacting and growing it as needed); returns the
// number of bytes added (0 at end of file).
intptr_t buf_fill(FileObject* b) {
  if (b->rpos > 0) {
    std::memmove(b->rbuf, b->rbuf + b->rpos, static_cast<size_t>(b->rlen - b->rpos));
    b->rlen -= b->rpos;
    b->rpos = 0;
  }
  if (b->rlen == b->rcap) {
    intptr_t cap = b->rcap ? b->rcap * 2 : b->bufsize > 0 ? b->bufsize : kBufSize;
    char* nb = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(cap)));
    if (b->rlen) std::memcpy(nb, b->rbuf, static_cast<size_t>(b->rlen));
    b->rbuf = nb;
    b->rcap = cap;
  }
  intptr_t want = b->rcap - b->rlen;
  if (b->adapter && want > kBufSize) want = kBufSize;
  intptr_t r = raw_read(b, b->rbuf + b->rlen, static_cast<size_t>(want));
  b->rlen += r;
  return r;
}

// Everything up to end of file (the buffered data first).
void buf_read_all(FileObject* b, std::string& out) {
  prepare_read(b);
  out.assign(b->rbuf ? b->rbuf + b->rpos : "", static_cast<size_t>(b->rlen - b->rpos));
  b->rpos = b->rlen = 0;
  if (b->adapter) {
    // a text file's read(): one buffer.read()
    Object* r = call_method_cstr(b->raw, "read", nullptr, 0);
    if (r == Py_None) return;
    const char* p;
    intptr_t len;
    if (is_str(r) || !get_buffer(r, &p, &len))
      raise_type_error("can't concat %s to bytes", type_name(r));
    out.append(p, static_cast<size_t>(len));
    return;
  }
  struct stat st;
  if (!b->generic && ::fstat(b->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = ::lseek(b->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size > pos) out.reserve(out.size() + static_cast<size_t>(st.st_size - pos) + 1);
  }
  for (;;) {
    size_t old = out.size();
    size_t chunk = out.capacity() - old;
    if (chunk < static_cast<size_t>(kBufSize)) chunk = std::max<size_t>(kBufSize, old);
    if (b->generic) chunk = kBufSize;
    out.resize(old + chunk);
    intptr_t r;
    try {
      r = raw_read(b, out.data() + old, chunk);
    } catch (PyError&) {
      out.resize(old);
      throw;
    }
    out.resize(old + static_cast<size_t>(r));
    if (r == 0) break;
  }
}

// Up to n bytes (fewer only at end of file).
void buf_read_n(FileObject* b, intptr_t n, std::string& out) {
  prepare_read(b);
  out.clear();
  intptr_t avail = b->rlen - b->rpos;
  if (avail >= n) {
    out.assign(b->rbuf + b->rpos, static_cast<size_t>(n));
    b->rpos += n;
    return;
  }
  if (avail) out.assign(b->rbuf + b->rpos, static_cast<size_t>(avail));
  b->rpos = b->rlen = 0;
  while (static_cast<intptr_t>(out.size()) < n) {
    intptr_t want = n - static_cast<intptr_t>(out.size());
    if (want >= kBufSize && !b->adapter) {
      size_t old = out.size();
      out.resize(old + static_cast<size_t>(want));
      intptr_t r = raw_read(b, out.data() + old, static_cast<size_t>(want));
      out.resize(old + static_cast<size_t>(r));
      if (r == 0) break;
    } else {
      intptr_t r = buf_fill(b);
      if (r == 0) break;
      intptr_t take = std::min(want, b->rlen - b->rpos);
      out.append(b->rbuf + b->rpos, static_cast<size_t>(take));
      b->rpos += take;
    }
  }
}
// Makes the read buffer hold the next line at rpos; returns its length in bytes including the
// line end (0 at end of file), and the length of the line end in *eol (0 when the line is cut
// by EOF or the limit). `limit` (< 0: none) caps the length (binary readline(size)).
intptr_t buf_find_line(FileObject* b, int mode, intptr_t limit, int* eol) {
  prepare_read(b);
  intptr_t scan = 0;  // offset from rpos already scanned
  bool at_eof = false;
  *eol = 0;
  for (;;) {
    const char* base = b->rbuf + b->rpos;
    intptr_t n = b->rlen - b->rpos;
    intptr_t stop = n;
    if (limit >= 0 && stop > limit) stop = limit;
    const char* s = base + scan;
    size_t len = static_cast<size_t>(stop - scan);
    switch (mode) {
      case NL_LF: {
        if (const void* p = std::memchr(s, '\n', len)) {
          *eol = 1;
          return static_cast<const char*>(p) - base + 1;
        }
        break;
      }
      case NL_CR: {
        if (const void* p = std::memchr(s, '\r', len)) {
          *eol = 1;
          return static_cast<const char*>(p) - base + 1;
        }
        break;
      }
      case NL_CRLF: {
        const char* p = len >= 2 ? static_cast<const char*>(memmem(s, len, "\r\n", 2)) : nullptr;
        if (p) {
          *eol = 2;
          return p - base + 2;
        }
        // keep a trailing \r for the next round
        if (len && s[len - 1] == '\r' && !at_eof && stop == n) {
          scan = stop - 1;
          goto fill;
        }
        break;
      }
      default: {  // universal or untranslated: \n, \r or \r\n
        const char* nl = static_cast<const char*>(std::memchr(s, '\n', len));
        size_t upto = nl ? static_cast<size_t>(nl - s) : len;
        const char* cr = static_cast<const char*>(std::memchr(s, '\r', upto));
        if (cr) {
          intptr_t i = cr - base;
          if (i + 1 < n) {
            if (base[i + 1] == '\n' && (limit < 0 || i + 2 <= limit)) {
              *eol = 2;
              return i + 2;
            }
            *eol = 1;
            return i + 1;
          }
          if (at_eof || (limit >= 0 && i + 1 >= limit)) {
            *eol = 1;
            return i + 1;
          }
          scan = i;  // look at the byte after the \r once it is read
          goto fill;
        }
        if (nl) {
          *eol = 1;
          return nl - base + 1;
        }
        break;
      }
    }
    scan = stop;
    if (limit >= 0 && stop >= limit) return stop;
    if (at_eof) return n;
  fill:
    if (buf_fill(b) == 0) {
      at_eof = true;
      if (b->rlen - b->rpos == 0) return 0;
    }
  }
}

// ---- text helpers -----------------------------------------------------------------------------
// Universal newlines: \r\n and \r become \n; returns the SeenNewline bits.
uint8_t translate_universal(const char* p, size_t n, std::string& out, bool translate) {
  uint8_t seen = 0;
  out.clear();
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    char c = p[i];
    if (c == '\r') {
      if (i + 1 < n && p[i + 1] == '\n') {
        seen |= SEEN_CRLF;
        if (translate) {
          out += '\n';
          ++i;
        } else {
          out += '\r';
        }
      } else {
        seen |= SEEN_CR;
        out += translate ? '\n' : '\r';
      }
    } else {
      if (c == '\n') seen |= SEEN_LF;
      out += c;
    }
  }
  return seen;
}

StrObject* text_decode(FileObject* t, const char* p, size_t n) {
  if (!t->utf8 && !t->single_byte) {
    // utf-16, utf-32, ...: line ends are found in the decoded text
    StrObject* s = str_decode(p, n, str_utf8(t->encoding), str_utf8(t->errors));
    if (t->newline > NL_UNTRANSLATED) return s;
    size_t len;
    const char* u = str_utf8(s, &len);
    if (!std::memchr(u, '\r', len)) {
      if (std::memchr(u, '\n', len)) t->seen_nl |= SEEN_LF;
      return s;
    }
    std::string tmp;
    t->seen_nl |= translate_universal(u, len, tmp, t->newline == NL_UNIVERSAL);
    if (t->newline != NL_UNIVERSAL) return s;
    return str_decode(tmp.data(), tmp.size(), "utf-8", "surrogatepass");
  }
  if (t->newline <= NL_UNTRANSLATED) {
    if (std::memchr(p, '\r', n)) {
      std::string tmp;
      t->seen_nl |= translate_universal(p, n, tmp, t->newline == NL_UNIVERSAL);
      if (t->newline == NL_UNIVERSAL)
        return str_decode(tmp.data(), tmp.size(), str_utf8(t->encoding), str_utf8(t->errors));
    } else if (std::memchr(p, '\n', n)) {
      t->seen_nl |= SEEN_LF;
    }
  }
  return str_decode(p, n, str_utf8(t->encoding), str_utf8(t->errors));
}

StrObject* text_readline(FileObject* t, intptr_t limit) {
  FileObject* b = t->buffer;
  int eol;
  intptr_t n = buf_find_line(b, t->newline, -1, &eol);
  const char* p = b->rbuf + b->rpos;
  if (limit >= 0) {
    // Cut after `limit` characters.
    intptr_t i = 0, count = 0;
    while (i < n && count < limit) {
      unsigned char c = static_cast<unsigned char>(p[i]);
      intptr_t len = 1;
      if (t->utf8 && c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (t->newline == NL_UNIVERSAL && c == '\r' && i + 1 < n && p[i + 1] == '\n') len = 2;
      i += len;
      ++count;
    }
    if (i < n) {
      n = i > n ? n : i;
      eol = 0;
    }
  }
  if (eol && t->newline <= NL_UNTRANSLATED)
    t->seen_nl |= eol == 2 ? SEEN_CRLF : p[n - 1] == '\n' ? SEEN_LF : SEEN_CR;
  StrObject* r;
  if (t->newline == NL_UNIVERSAL && eol && (eol == 2 || p[n - 1] != '\n')) {
    // \r or \r\n read as \n
    std::string tmp(p, static_cast<size_t>(n - eol));
    tmp += '\n';
    r = str_decode(tmp.data(), tmp.size(), str_utf8(t->encoding), str_utf8(t->errors));
  } else {
    r = str_decode(p, static_cast<size_t>(n), str_utf8(t->encoding), str_utf8(t->errors));
  }
  b->rpos += n;
  return r;
}
// read(n) of a text file: n characters (fewer at end of file).
StrObject* text_read_chars(FileObject* t, intptr_t n) {
  FileObject* b = t->buffer;
  prepare_read(b);
  bool univ = t->newline == NL_UNIVERSAL;
  bool at_eof = false;
  for (;;) {
    const char* p = b->rbuf + b->rpos;
    intptr_t end = b->rlen - b->rpos;
    intptr_t i = 0, count = 0;
    bool need_more = false;
    while (i < end && count < n) {
      unsigned char c = static_cast<unsigned char>(p[i]);
      intptr_t len = 1;
      if (univ && c == '\r') {
        if (i + 1 < end) {
          len = p[i + 1] == '\n' ? 2 : 1;
        } else if (!at_eof) {
          need_more = true;
          break;
        }
      } else if (t->utf8 && c >= 0xC0) {
        len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + len > end) {
          if (!at_eof) {
            need_more = true;
            break;
          }
          len = end - i;
        }
      }
      i += len;
      ++count;
    }
    // Continuation bytes belong to the last character.
    if (t->utf8 && !need_more) {
      while (i < end && (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) ++i;
    }
    if (!need_more && (count == n || at_eof)) {
      StrObject* r = text_decode(t, p, static_cast<size_t>(i));
      b->rpos += i;
      return r;
    }
    if (buf_fill(b) == 0) at_eof = true;
  }
}

StrObject* text_read_all(FileObject* t) {
  std::string data;
  buf_read_all(t->buffer, data);
  return text_decode(t, data.data(), data.size());
}

bool has_surrogates(StrObject* s) {
  if (s->kind != 4) return false;
  const uint32_t* d = static_cast<const uint32_t*>(s->data);
  for (intptr_t i = 0; i < s->length; ++i)
    if (d[i] >= 0xD800 && d[i] <= 0xDFFF) return true;
  return false;
}

void text_write_raw(FileObject* t, StrObject* s) {
  FileObject* b = t->buffer;
  const char* p;
  size_t n;
  if (s->ascii) {
    p = static_cast<const char*>(s->data);
    n = static_cast<size_t>(s->length);
  } else if (t->utf8 && !has_surrogates(s)) {
    p = str_utf8(s, &n);
  } else {
    Object* enc = str_encode(s, str_utf8(t->encoding), str_utf8(t->errors));
    p = bytes_data(enc);
    n = static_cast<size_t>(bytes_size(enc));
  }
  if (n == 0) return;
  // CPython's text layer has consumed its read-ahead chunk from the buffer: a write after a
  // read lands after that chunk, not at the logical text position.
  if (b->rlen) b->rpos = b->rlen = 0;
  std::string tmp;
  if ((t->newline == NL_CR || t->newline == NL_CRLF) && std::memchr(p, '\n', n)) {
    tmp.reserve(n + 16);
    for (size_t i = 0; i < n; ++i) {
      if (p[i] == '\n') {
        if (t->newline == NL_CR) {
          tmp += '\r';
        } else {
          tmp += "\r\n";
        }
      } else {
        tmp += p[i];
      }
    }
    p = tmp.data();
    n = tmp.size();
  }
  if (t->line_buffering && !t->pending_flush &&
      (std::memchr(p, '\n', n) || std::memchr(p, '\r', n)))
    t->pending_flush = true;
  buf_write(b, p, n);
}

// Flushes a text file: its bytes to the buffer, and the buffer (a wrapped non-native buffer's
// flush() is called; a native one writes to its raw stream).
void text_flush(FileObject* t) {
  t->pending_flush = false;
  FileObject* b = t->buffer;
  buf_flush(b);
  if (b->adapter) call_method_cstr(b->raw, "flush", nullptr, 0);
}

void text_after_write(FileObject* t) {
  if (t->pending_flush) {
    text_flush(t);
  } else if (t->write_through) {
    buf_flush(t->buffer);
  }
}

// ---- closing and finalization -------------------------------------------------------------------
void unregister(FileObject* b) {
  if (b->registered) {
    registry().erase(GC_HIDE_POINTER(b));
    b->registered = false;
  }
}

void fileio_close(FileObject* r) {
  if (r->closed) return;
  r->closed = true;
  unregister(r);
  if (r->closefd && r->fd >= 0) {
    int rc = ::close(r->fd);
    int err = errno;
    r->fd = -1;
    if (rc < 0 && err != EINTR) raise_os_error(err);
  }
  r->fd = -1;
}

// close() of a FileIO or buffered object.
void bin_close(FileObject* b) {
  if (b->fileio) {
    fileio_close(b);
    return;
  }
  if (bin_closed(b)) return;
  bool failed = false;
  Object* saved = nullptr;
  try {
    buf_flush(b);
    if (b->adapter) call_method_cstr(b->raw, "flush", nullptr, 0);
  } catch (PyError&) {
    failed = true;
    saved = current_exception();
  }
  unregister(b);
  try {
    if (b->generic)
      call_method_cstr(b->raw, "close", nullptr, 0);
    else
      fileio_close(as_file(b->raw));
  } catch (PyError&) {
    if (!failed) throw;
    clear_exception();
  }
  if (failed) raise(saved);
}

void file_finalizer(void* obj, void*) {
  auto* b = static_cast<FileObject*>(obj);
  if (b->registered) {
    registry().erase(GC_HIDE_POINTER(b));
    b->registered = false;
  }
  if (b->detached || b->generic || !b->ready) return;
  FileObject* r = native_raw(b);
  if (r->closed) return;
  if (!b->fileio) flush_noraise(b);
  r->closed = true;
  if (r->closefd && r->fd >= 0) ::close(r->fd);
  r->fd = -1;
}

// Flushed at exit and closed when it becomes garbage. `ordered`: finalized before its raw
// stream (which has its own finalizer).
void register_file(FileObject* b, bool ordered = false) {
  if (ordered)
    GC_register_finalizer(b, file_finalizer, nullptr, nullptr, nullptr);
  else
    GC_register_finalizer_no_order(b, file_finalizer, nullptr, nullptr, nullptr);
  registry().insert(GC_HIDE_POINTER(b));
  b->registered = true;
}

// ---- construction -----------------------------------------------------------------------------
void setup_fileio(FileObject* r, int fd, Object* name, const char* rawmode, bool readable,
                  bool writable, bool appending, bool created, bool closefd) {
  r->fileio = true;
  r->fd = fd;
  r->name = name;
  r->mode = str_from_cstr(rawmode);
  r->readable = readable;
  r->writable = writable;
  r->appending = appending;
  r->created = created;
  r->closefd = closefd;
  r->seekable = -1;
  r->closed = false;
  r->ready = true;
}

FileObject* new_fileio(int fd, Object* name, const char* rawmode, bool readable, bool writable,
                       bool appending, bool created, bool closefd) {
  auto* r = alloc_object<FileObject>(&FileIO_Type);
  setup_fileio(r, fd, name, rawmode, readable, writable, appending, created, closefd);
  return r;
}

// Makes b a buffered object over raw (a native FileIO when `native`).
void setup_buffered(FileObject* b, Object* raw, bool native, bool readable, bool writable,
                    intptr_t bufsize) {
  b->raw = raw;
  b->generic = !native;
  b->fd = native ? as_file(raw)->fd : -1;
  b->readable = readable;
  b->writable = writable;
  b->seekable = -1;
  b->rbuf = nullptr;
  b->rpos = b->rlen = b->rcap = 0;
  b->wlen = 0;
  b->wcap = 0;
  b->wbuf = nullptr;
  b->bufsize = bufsize;
  if (writable && bufsize > 0) {
    b->wcap = bufsize;
    b->wbuf = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(bufsize)));
  }
  b->detached = false;
  b->ready = true;
}

std::string norm_encoding(const char* e) {
  std::string n;
  for (const char* p = e; *p; ++p) {
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    n += c;
  }
  return n;
}

bool encoding_is_utf8(const char* e) {
  std::string n = norm_encoding(e);
  return n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001";
}

bool encoding_is_single_byte(const char* e) {
  std::string n = norm_encoding(e);
  return n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" ||
         n == "8859" || n == "cp819" || n == "l1" || n == "latin" || n == "ascii" ||
         n == "us-ascii" || n == "646" || n == "cp1252" || n == "windows-1252" ||
         n == "iso8859-15" || n == "iso-8859-15" || n == "latin9" || n == "l9" || n == "cp437";
}

void set_encoding(FileObject* t, StrObject* encoding) {
  t->encoding = encoding;
  t->utf8 = encoding_is_utf8(str_utf8(encoding));
  t->single_byte = !t->utf8 && encoding_is_single_byte(str_utf8(encoding));
}

void setup_text(FileObject* t, FileObject* b, Object* bufobj, StrObject* encoding,
                StrObject* errors, int newline, bool line_buffering, bool write_through) {
  t->text = true;
  t->fd = b->fd;
  t->buffer = b;
  t->bufobj = bufobj;
  set_encoding(t, encoding);
  t->errors = errors;
  t->newline = static_cast<int8_t>(newline);
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->seekable = -1;
  t->detached = false;
  t->ready = true;
}

FileObject* new_text(FileObject* b, Object* mode, StrObject* encoding, StrObject* errors,
                     int newline, bool line_buffering) {
  auto* t = alloc_object<FileObject>(&TextIOWrapper_Type);
  setup_text(t, b, b, encoding, errors, newline, line_buffering, false);
  t->mode = mode;
  return t;
}

// ---- argument helpers -------------------------------------------------------------------------
intptr_t size_arg(Object* o) {
  if (!o || o == Py_None) return -1;
  if (!is_int(o) && !type_of(o)->nb_index)
    raise_type_error("argument should be integer or None, not '%s'", type_name(o));
  return index_value(o);
}

void kw_check(const char* fname, TupleObject* kwnames) { check_no_kwargs(fname, kwnames); }

FileObject* self_file(Object* self) { return as_file(self); }

// The writable memory of a read-write bytes-like object (bytearray, or a memoryview of one).
char* writable_buffer(Object* o, intptr_t* n, const char* fname) {
  const char* p = nullptr;
  bool ok = false;
  if (is_bytearray(o)) {
    ok = get_buffer(o, &p, n);
  } else if (type_of(o) == &MemoryView_Type) {
    Object* ro = get_attr_cstr(o, "readonly");
    ok = !is_true(ro) && get_buffer(o, &p, n);
  }
  if (!ok)
    raise_type_error("%s() argument must be read-write bytes-like object, not %s", fname,
                     type_name(o));
  return const_cast<char*>(p);
}

// ---- methods ------------------------------------------------------------------------------------

Object* fileio_read_n(FileObject* f, intptr_t n) {
  std::string data;
  data.resize(static_cast<size_t>(n));
  intptr_t r = sys_read(f, data.data(), static_cast<size_t>(n));
  return bytes_from(data.data(), static_cast<size_t>(r));
}

Object* file_read(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("read", kw);
  check_nargs("read", nargs, 0, 1);
  FileObject* f = self_file(self);
  if (f->text) {
    check_closed(f);
    check_readable(f);
    intptr_t n = size_arg(nargs ? args[0] : nullptr);
    if (n < 0) return text_read_all(f);
    if (n == 0) return Empty_Str;
    return text_read_chars(f, n);
  }
  check_closed(f, f->fileio ? "I/O operation on closed file" : "read of closed file");
  check_readable(f);
  intptr_t n = size_arg(nargs ? args[0] : nullptr);
  std::string data;
  if (f->fileio && n >= 0) return fileio_read_n(f, n);
  if (n < 0)
    buf_read_all(f, data);
  else
    buf_read_n(f, n, data);
  return bytes_from(data.data(), data.size());
}

Object* fileio_readall(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("readall", kw);
  check_nargs("readall", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, "I/O operation on closed file");
  check_readable(f);
  std::string data;
  buf_read_all(f, data);
  return bytes_from(data.data(), data.size());
}

// Bytes available in the read buffer, filling it if empty (read1/peek/readinto1).
intptr_t buf_available(FileObject* f) {
  prepare_read(f);
  if (f->rlen == f->rpos) buf_fill(f);
  return f->rlen - f->rpos;
}

Object* file_read1(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("read1", kw);
  check_nargs("read1", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f, "read of closed file");
  check_readable(f);
  intptr_t n = size_arg(nargs ? args[0] : nullptr);
  if (n == 0) return bytes_from("", 0);
  intptr_t avail = buf_available(f);
  if (n < 0 || n > avail) n = avail;
  Object* r = bytes_from(f->rbuf ? f->rbuf + f->rpos : "", static_cast<size_t>(n));
  f->rpos += n;
  return r;
}

Object* file_peek(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("peek", kw);
  check_nargs("peek", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f, "peek of closed file");
  check_readable(f);
  if (nargs) index_value(args[0]);
  intptr_t avail = buf_available(f);
  return bytes_from(f->rbuf ? f->rbuf + f->rpos : "", static_cast<size_t>(avail));
}

Object* readinto_impl(Object* self, Object* const* args, size_t nargs, TupleObject* kw,
                      const char* name, bool one) {
  kw_check(name, kw);
  check_nargs(name, nargs, 1, 1);
  FileObject* f = self_file(self);
  intptr_t n;
  char* dst = writable_buffer(args[0], &n, name);
  check_closed(f, f->fileio ? "I/O operation on closed file" : "readinto of closed file");
  check_readable(f);
  if (f->fileio) return int_from_intptr(sys_read(f, dst, static_cast<size_t>(n)));
  if (one) {
    intptr_t avail = n ? buf_available(f) : 0;
    if (n > avail) n = avail;
    if (n) std::memcpy(dst, f->rbuf + f->rpos, static_cast<size_t>(n));
    f->rpos += n;
    return int_from_intptr(n);
  }
  std::string data;
  buf_read_n(f, n, data);
  std::memcpy(dst, data.data(), data.size());
  return int_from_intptr(static_cast<intptr_t>(data.size()));
}

Object* file_readinto(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return readinto_impl(self, args, nargs, kw, "readinto", false);
}
Object* file_readinto1(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return readinto_impl(self, args, nargs, kw, "readinto1", true);
}

Object* readline_impl(FileObject* f, intptr_t limit) {
  if (f->text) return text_readline(f, limit);
  if (f->fileio) {
    // unbuffered: one byte at a time
    std::string line;
    char c;
    while (limit < 0 || static_cast<intptr_t>(line.size()) < limit) {
      if (sys_read(f, &c, 1) == 0) break;
      line += c;
      if (c == '\n') break;
    }
    return bytes_from(line.data(), line.size());
  }
  int eol;
  intptr_t n = buf_find_line(f, NL_LF, limit, &eol);
  Object* r = bytes_from(f->rbuf ? f->rbuf + f->rpos : "", static_cast<size_t>(n));
  f->rpos += n;
  return r;
}

Object* file_readline(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("readline", kw);
  check_nargs("readline", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f, f->text ? "I/O operation on closed file." : f->fileio ? "I/O operation on closed file." : "readline of closed file");
  check_readable(f);
  return readline_impl(f, size_arg(nargs ? args[0] : nullptr));
}

intptr_t obj_len(FileObject* f, Object* line) {
  return f->text ? static_cast<StrObject*>(line)->length : bytes_size(line);
}

Object* file_readlines(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("readlines", kw);
  check_nargs("readlines", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f);
  check_readable(f);
  intptr_t hint = size_arg(nargs ? args[0] : nullptr);
  ListObject* out = list_new(0);
  intptr_t total = 0;
  for (;;) {
    Object* line = readline_impl(f, -1);
    intptr_t n = obj_len(f, line);
    if (n == 0) break;
    list_append(out, line);
    total += n;
    if (hint > 0 && total > hint) break;
  }
  return out;
}

intptr_t write_impl(FileObject* f, Object* data) {
  if (f->text) {
    if (!is_str(data))
      raise_type_error("write() argument must be str, not %s", type_name(data));
    check_closed(f);
    check_writable(f);
    text_write_raw(f, static_cast<StrObject*>(data));
    text_after_write(f);
    return static_cast<StrObject*>(data)->length;
  }
  const char* p;
  intptr_t n;
  if (is_str(data) || !get_buffer(data, &p, &n))  // bytes, bytearray, memoryview
    raise_type_error("a bytes-like object is required, not '%s'", type_name(data));
  check_closed(f, f->fileio ? "I/O operation on closed file" : "write to closed file");
  check_writable(f);
  if (f->fileio) {
    if (int err = sys_write_all(f->fd, p, static_cast<size_t>(n))) raise_os_error(err);
    return n;
  }
  buf_write(f, p, static_cast<size_t>(n));
  return n;
}

Object* file_write(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("write", kw);
  check_nargs("write", nargs, 1, 1);
  return int_from_intptr(write_impl(self_file(self), args[0]));
}

Object* file_writelines(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("writelines", kw);
  check_nargs("writelines", nargs, 1, 1);
  FileObject* f = self_file(self);
  check_closed(f);
  Object* it = get_iter(args[0]);
  while (Object* line = iter_next(it)) write_impl(f, line);
  return Py_None;
}

Object* file_flush_m(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("flush", kw);
  check_nargs("flush", nargs, 0, 0);
  FileObject* f = self_file(self);
  if (f->text) {
    check_closed(f);
    text_flush(f);
    return Py_None;
  }
  check_closed(f, f->fileio ? "I/O operation on closed file." : "flush of closed file");
  if (!f->fileio) buf_flush(f);
  return Py_None;
}

void close_impl(FileObject* f) {
  if (!f->text) {
    if (!f->ready && f->fileio) return;
    usable_bin(f);
    bin_close(f);
    return;
  }
  FileObject* b = usable_bin(f);
  if (bin_closed(b)) return;
  if (!b->adapter) {
    f->pending_flush = false;
    bin_close(b);
    return;
  }
  // text over a non-native buffer: flush, then buffer.close()
  bool failed = false;
  Object* saved = nullptr;
  try {
    text_flush(f);
  } catch (PyError&) {
    failed = true;
    saved = current_exception();
  }
  try {
    call_method_cstr(b->raw, "close", nullptr, 0);
  } catch (PyError&) {
    if (!failed) throw;
    clear_exception();
  }
  if (failed) raise(saved);
}

Object* file_close(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("close", kw);
  check_nargs("close", nargs, 0, 0);
  close_impl(self_file(self));
  return Py_None;
}

Object* file_fileno(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("fileno", kw);
  check_nargs("fileno", nargs, 0, 0);
  FileObject* f = self_file(self);
  FileObject* b = usable_bin(f);
  if (b->generic) return call_method_cstr(b->raw, "fileno", nullptr, 0);
  check_closed(f, "I/O operation on closed file");
  return make_small_int(b->fd);
}

Object* file_isatty(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("isatty", kw);
  check_nargs("isatty", nargs, 0, 0);
  FileObject* f = self_file(self);
  FileObject* b = usable_bin(f);
  if (b->generic) return call_method_cstr(b->raw, "isatty", nullptr, 0);
  check_closed(f, "I/O operation on closed file");
  return py_bool(::isatty(b->fd));
}

Object* file_readable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("readable", kw);
  check_nargs("readable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, f->fileio ? "I/O operation on closed file" : "I/O operation on closed file.");
  return py_bool(bin_of(f)->readable);
}
Object* file_writable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("writable", kw);
  check_nargs("writable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, f->fileio ? "I/O operation on closed file" : "I/O operation on closed file.");
  return py_bool(bin_of(f)->writable);
}
Object* file_seekable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("seekable", kw);
  check_nargs("seekable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, f->fileio ? "I/O operation on closed file" : "I/O operation on closed file.");
  return py_bool(is_seekable(bin_of(f)));
}

off_t buffered_tell(FileObject* b) {
  off_t pos = raw_seek(b, 0, SEEK_CUR);
  return pos - (b->rlen - b->rpos) + b->wlen;
}

Object* file_tell(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("tell", kw);
  check_nargs("tell", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, f->text ? "I/O operation on closed file." : "I/O operation on closed file");
  FileObject* b = bin_of(f);
  if (f->text) {
    if (!is_seekable(b)) raise_unsupported("underlying stream is not seekable");
    text_flush(f);
  }
  return int_from_intptr(buffered_tell(b));
}

Object* file_seek(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("seek", kw);
  check_nargs("seek", nargs, 1, 2);
  FileObject* f = self_file(self);
  check_closed(f, f->text ? "I/O operation on closed file." : f->fileio ? "I/O operation on closed file" : "seek of closed file");
  Object* offo = args[0];
  if (!is_int(offo) && !type_of(offo)->nb_index)
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(offo));
  intptr_t off = index_value(offo);
  intptr_t whence = nargs > 1 ? index_value(args[1]) : 0;
  FileObject* b = bin_of(f);
  if (f->text) {
    if (whence == 1 && off != 0) raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) raise_unsupported("can't do nonzero end-relative seeks");
    if (whence < 0 || whence > 2)
      raise_value_error("invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (whence == 0 && off < 0) raise_value_error("negative seek position %zd", off);
    if (!is_seekable(b)) raise_unsupported("underlying stream is not seekable");
    text_flush(f);
  } else if (whence < 0 || whence > 2) {
    raise_value_error("whence value %zd unsupported", whence);
  }
  buf_flush(b);
  if (whence == 1) off -= b->rlen - b->rpos;
  b->rpos = b->rlen = 0;
  return int_from_intptr(raw_seek(b, static_cast<off_t>(off), static_cast<int>(whence)));
}

Object* file_truncate(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("truncate", kw);
  check_nargs("truncate", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f);
  if (!bin_of(f)->writable)
    raise_unsupported(f->fileio ? "File not open for writing" : "truncate");
  FileObject* b = bin_of(f);
  if (f->text) text_flush(f);
  buf_flush(b);
  off_t pos = buffered_tell(b);
  if (b->rlen) {
    b->rpos = b->rlen = 0;
    raw_seek(b, pos, SEEK_SET);
  }
  Object* sizeo = (nargs && args[0] != Py_None) ? args[0] : nullptr;
  if (b->generic) {
    Object* a = sizeo ? sizeo : int_from_intptr(pos);
    return call_method_cstr(b->raw, "truncate", &a, 1);
  }
  off_t size = sizeo ? static_cast<off_t>(index_value(sizeo)) : pos;
  if (::ftruncate(b->fd, size) < 0) raise_os_error(errno);
  return int_from_intptr(size);
}

Object* file_enter(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("__enter__", kw);
  check_nargs("__enter__", nargs, 0, 0);
  check_closed(self_file(self));
  return self;
}

Object* file_exit(Object* self, Object* const*, size_t, TupleObject*) {
  call_method_cstr(self, "close", nullptr, 0);
  return Py_None;
}

Object* file_detach(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("detach", kw);
  check_nargs("detach", nargs, 0, 0);
  FileObject* f = self_file(self);
  if (f->fileio) raise_unsupported("detach");
  FileObject* b = usable_bin(f);
  if (f->text) {
    text_flush(f);
    Object* r = f->bufobj;
    f->detached = true;
    f->buffer = nullptr;
    f->bufobj = nullptr;
    return r;
  }
  buf_flush(b);
  unregister(b);
  Object* r = b->raw;
  b->detached = true;
  return r;
}

int parse_newline(Object* o, const char* fname) {
  if (!o || o == Py_None) return NL_UNIVERSAL;
  if (!is_str(o))
    raise_type_error("%s() argument 'newline' must be str or None, not %s", fname, type_name(o));
  StrObject* nl = static_cast<StrObject*>(o);
  if (str_eq_cstr(nl, "")) return NL_UNTRANSLATED;
  if (str_eq_cstr(nl, "\n")) return NL_LF;
  if (str_eq_cstr(nl, "\r")) return NL_CR;
  if (str_eq_cstr(nl, "\r\n")) return NL_CRLF;
  raise_value_error("illegal newline value: %s", str_utf8(nl));
}

Object* file_reconfigure(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"encoding", "errors", "newline", "line_buffering",
                                      "write_through"};
  Object* v[5];
  parse_args("reconfigure", args, nargs, kw, names, 5, 0, 0, 0, v);
  FileObject* f = self_file(self);
  usable_bin(f);
  StrObject* enc = nullptr;
  StrObject* errs = nullptr;
  if (v[0] && v[0] != Py_None) {
    if (!is_str(v[0]))
      raise_type_error("reconfigure() argument 'encoding' must be str or None, not %s",
                       type_name(v[0]));
    enc = static_cast<StrObject*>(v[0]);
    if (str_eq_cstr(enc, "locale")) enc = str_from_cstr("UTF-8");
    str_decode("", 0, str_utf8(enc), "strict");
  }
  if (v[1] && v[1] != Py_None) {
    if (!is_str(v[1]))
      raise_type_error("reconfigure() argument 'errors' must be str or None, not %s",
                       type_name(v[1]));
    errs = static_cast<StrObject*>(v[1]);
  }
  int newline = v[2] ? parse_newline(v[2], "reconfigure") : f->newline;
  FileObject* b = f->buffer;
  if ((enc || errs || v[2]) && b->rlen > b->rpos)
    raise_unsupported(
        "It is not possible to set the encoding or newline of stream after the first read");
  text_flush(f);
  if (enc) {
    set_encoding(f, enc);
    f->errors = errs ? errs : str_from_cstr("strict");
  } else if (errs) {
    f->errors = errs;
  }
  f->newline = static_cast<int8_t>(newline);
  if (v[3] && v[3] != Py_None) f->line_buffering = is_true(v[3]);
  if (v[4] && v[4] != Py_None) f->write_through = is_true(v[4]);
  return Py_None;
}

Object* file_iter(Object* self) {
  check_closed(self_file(self));
  return self;
}

Object* file_iternext(Object* self) {
  FileObject* f = self_file(self);
  check_closed(f);
  check_readable(f);
  Object* line = readline_impl(f, -1);
  if (obj_len(f, line) == 0) return nullptr;
  return line;
}

// getattr(o, name) as a repr fragment " key=repr", or "" when that fails with an Exception.
std::string repr_part(Object* o, const char* name, const char* key) {
  try {
    Object* v = get_attr_cstr(o, name);
    return std::string(" ") + key + "=" + repr_cstr(v);
  } catch (PyError&) {
    if (!exception_matches(Exc_Exception)) throw;
    clear_exception();
    return "";
  }
}

Object* file_repr(Object* self) {
  FileObject* f = self_file(self);
  const char* tname = type_name(self);
  if (f->text) {
    std::string s = std::string("<_io.TextIOWrapper") + repr_part(self, "name", "name");
    Object* m = f->mode;
    if (!m && f->dict) m = dict_get_cstr(f->dict, "mode");
    if (m) s += std::string(" mode=") + repr_cstr(m);
    s += std::string(" encoding=") + (f->encoding ? repr_cstr(f->encoding) : "None") + ">";
    return str_from_cstr(s.c_str());
  }
  if (f->fileio) {
    tname = "_io.FileIO";
    if (!f->ready || f->closed) return str_format_c("<%s [closed]>", tname);
    return str_format_c("<%s name=%s mode=%s closefd=%s>", tname, repr_cstr(f->name),
                        repr_cstr(f->mode), f->closefd ? "True" : "False");
  }
  std::string s = std::string("<") + tname + repr_part(self, "name", "name") + ">";
  return str_from_cstr(s.c_str());
}

[[noreturn]] void no_attribute(Object* self, const char* name) {
  raise_attribute_error(self, str_from_cstr(name));
}

Object* get_closed(Object* self) { return py_bool(is_closed(self_file(self))); }
Object* get_name(Object* self) {
  FileObject* f = self_file(self);
  if (f->fileio) {
    if (!f->name) no_attribute(self, "name");
    return f->name;
  }
  FileObject* b = usable_bin(f);
  if (f->text) return get_attr_cstr(f->bufobj, "name");
  if (b->generic) return get_attr_cstr(b->raw, "name");
  return get_name(b->raw);
}
Object* get_mode(Object* self) {
  FileObject* f = self_file(self);
  if (f->fileio) {
    if (!f->mode) no_attribute(self, "mode");
    return f->mode;
  }
  if (f->text) {
    if (!f->mode) no_attribute(self, "mode");
    return f->mode;
  }
  FileObject* b = usable_bin(f);
  if (b->generic) return get_attr_cstr(b->raw, "mode");
  return get_mode(b->raw);
}
void set_text_mode(Object* self, Object* value) {
  if (!value) raise_attribute_error(self, str_from_cstr("mode"));
  self_file(self)->mode = value;
}
Object* get_encoding(Object* self) {
  FileObject* f = self_file(self);
  if (!f->ready) raise_value_error("I/O operation on uninitialized object");
  return f->encoding;
}
Object* get_errors(Object* self) {
  FileObject* f = self_file(self);
  if (!f->ready) raise_value_error("I/O operation on uninitialized object");
  return f->errors;
}
Object* get_buffer(Object* self) {
  FileObject* f = self_file(self);
  if (!f->ready) raise_value_error("I/O operation on uninitialized object");
  return f->bufobj ? f->bufobj : Py_None;
}
Object* get_raw(Object* self) {
  FileObject* f = self_file(self);
  if (f->detached) return Py_None;
  usable_bin(f);
  return f->raw;
}
Object* get_line_buffering(Object* self) { return py_bool(self_file(self)->line_buffering); }
Object* get_write_through(Object* self) { return py_bool(self_file(self)->write_through); }
Object* get_newlines(Object* self) {
  FileObject* f = self_file(self);
  FileObject* b = usable_bin(f);
  if (f->newline > NL_UNTRANSLATED) return Py_None;
  if (b->rlen > b->rpos) {
    // CPython has decoded the whole chunk read ahead
    std::string tmp;
    intptr_t n = b->rlen - b->rpos;
    if (b->rbuf[b->rlen - 1] == '\r') --n;
    f->seen_nl |= translate_universal(b->rbuf + b->rpos, static_cast<size_t>(n), tmp, false);
  }
  static const char* const one[] = {"\r", "\n", "\r\n"};
  Object* items[3];
  size_t n = 0;
  for (int i = 0; i < 3; ++i)
    if (f->seen_nl & (1 << i)) items[n++] = str_from_cstr(one[i]);
  if (n == 0) return Py_None;
  if (n == 1) return items[0];
  TupleObject* t = tuple_new(static_cast<intptr_t>(n));
  for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
  return t;
}
Object* get_closefd(Object* self) { return py_bool(self_file(self)->closefd); }

const MethodDef fileio_methods[] = {
    {"read", file_read, METH_DEFAULT, nullptr},
    {"readall", fileio_readall, METH_DEFAULT, nullptr},
    {"readinto", file_readinto, METH_DEFAULT, nullptr},
    {"readline", file_readline, METH_DEFAULT, nullptr},
    {"readlines", file_readlines, METH_DEFAULT, nullptr},
    {"write", file_write, METH_DEFAULT, nullptr},
    {"writelines", file_writelines, METH_DEFAULT, nullptr},
    {"flush", file_flush_m, METH_DEFAULT, nullptr},
    {"close", file_close, METH_DEFAULT, nullptr},
    {"fileno", file_fileno, METH_DEFAULT, nullptr},
    {"isatty", file_isatty, METH_DEFAULT, nullptr},
    {"readable", file_readable, METH_DEFAULT, nullptr},
    {"writable", file_writable, METH_DEFAULT, nullptr},
    {"seekable", file_seekable, METH_DEFAULT, nullptr},
    {"seek", file_seek, METH_DEFAULT, nullptr},
    {"tell", file_tell, METH_DEFAULT, nullptr},
    {"truncate", file_truncate, METH_DEFAULT, nullptr},
    {"__enter__", file_enter, METH_DEFAULT, nullptr},
    {"__exit__", file_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

const MethodDef buffered_methods[] = {
    {"read", file_read, METH_DEFAULT, nullptr},
    {"read1", file_read1, METH_DEFAULT, nullptr},
    {"peek", file_peek, METH_DEFAULT, nullptr},
    {"readinto", file_readinto, METH_DEFAULT, nullptr},
    {"readinto1", file_readinto1, METH_DEFAULT, nullptr},
    {"readline", file_readline, METH_DEFAULT, nullptr},
    {"readlines", file_readlines, METH_DEFAULT, nullptr},
    {"write", file_write, METH_DEFAULT, nullptr},
    {"writelines", file_writelines, METH_DEFAULT, nullptr},
    {"flush", file_flush_m, METH_DEFAULT, nullptr},
    {"close", file_close, METH_DEFAULT, nullptr},
    {"detach", file_detach, METH_DEFAULT, nullptr},
    {"fileno", file_fileno, METH_DEFAULT, nullptr},
    {"isatty", file_isatty, METH_DEFAULT, nullptr},
    {"readable", file_readable, METH_DEFAULT, nullptr},
    {"writable", file_writable, METH_DEFAULT, nullptr},
    {"seekable", file_seekable, METH_DEFAULT, nullptr},
    {"seek", file_seek, METH_DEFAULT, nullptr},
    {"tell", file_tell, METH_DEFAULT, nullptr},
    {"truncate", file_truncate, METH_DEFAULT, nullptr},
    {"__enter__", file_enter, METH_DEFAULT, nullptr},
    {"__exit__", file_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

const MethodDef text_methods[] = {
    {"read", file_read, METH_DEFAULT, nullptr},
    {"readline", file_readline, METH_DEFAULT, nullptr},
    {"readlines", file_readlines, METH_DEFAULT, nullptr},
    {"write", file_write, METH_DEFAULT, nullptr},
    {"writelines", file_writelines, METH_DEFAULT, nullptr},
    {"flush", file_flush_m, METH_DEFAULT, nullptr},
    {"close", file_close, METH_DEFAULT, nullptr},
    {"detach", file_detach, METH_DEFAULT, nullptr},
    {"fileno", file_fileno, METH_DEFAULT, nullptr},
    {"isatty", file_isatty, METH_DEFAULT, nullptr},
    {"readable", file_readable, METH_DEFAULT, nullptr},
    {"writable", file_writable, METH_DEFAULT, nullptr},
    {"seekable", file_seekable, METH_DEFAULT, nullptr},
    {"seek", file_seek, METH_DEFAULT, nullptr},
    {"tell", file_tell, METH_DEFAULT, nullptr},
    {"truncate", file_truncate, METH_DEFAULT, nullptr},
    {"reconfigure", file_reconfigure, METH_DEFAULT, nullptr},
    {"__enter__", file_enter, METH_DEFAULT, nullptr},
    {"__exit__", file_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef text_getset[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, set_text_mode, nullptr},
    {"encoding", get_encoding, nullptr, nullptr},
    {"errors", get_errors, nullptr, nullptr},
    {"buffer", get_buffer, nullptr, nullptr},
    {"line_buffering", get_line_buffering, nullptr, nullptr},
    {"write_through", get_write_through, nullptr, nullptr},
    {"newlines", get_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const GetSetDef buffered_getset[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"raw", get_raw, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const GetSetDef fileio_getset[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"closefd", get_closefd, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- opening a file descriptor ------------------------------------------------------------------
Object* opt_str(Object* o, const char* fname, const char* argname) {
  if (!o || o == Py_None) return nullptr;
  if (!is_str(o))
    raise_type_error("%s() argument '%s' must be str or None, not %s", fname, argname, type_name(o));
  return o;
}

int open_fd(const char* path, int flags, Object* opener, Object* pathobj) {
  if (opener && opener != Py_None) {
    Object* a[2] = {pathobj, make_small_int(flags)};
    Object* r = call(opener, a, 2);
    if (!is_int(r)) raise_type_error("expected integer from opener");
    intptr_t fd = int_as_intptr(r);
    if (fd < 0) raise_value_error("opener returned %zd", fd);
    return static_cast<int>(fd);
  }
  bool retried = false;
  for (;;) {
    int fd = ::open(path, flags | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    int err = errno;
    if (err == EINTR) continue;
    if ((err == EMFILE || err == ENFILE) && !retried) {
      // Files that became garbage may still hold descriptors: collect them and retry.
      retried = true;
      GC_gcollect();
      GC_invoke_finalizers();
      continue;
    }
    raise_os_error(err, pathobj);
  }
}

struct RawMode {
  bool reading = false, writing = false, appending = false, creating = false, updating = false;
  bool readable() const { return reading || updating; }
  bool writable() const { return writing || appending || creating || updating; }
  int flags() const {
    int f = readable() && writable() ? O_RDWR : readable() ? O_RDONLY : O_WRONLY;
    if (writing) f |= O_CREAT | O_TRUNC;
    if (appending) f |= O_CREAT | O_APPEND;
    if (creating) f |= O_CREAT | O_EXCL;
    return f;
  }
  const char* name() const {
    return creating ? (updating ? "xb+" : "xb")
           : appending ? (updating ? "ab+" : "ab")
           : (readable() && writable()) ? "rb+"
           : readable() ? "rb" : "wb";
  }
};

// Opens `file` (a descriptor, a str or bytes path, or an os.PathLike) for the raw layer; sets
// *name (the `name` attribute) and *st; *closefd is true for a path.
int open_raw(Object* file, const RawMode& m, bool* closefd, Object* opener, Object** name,
             struct stat* st) {
  int fd = -1;
  Object* pathobj = file;
  std::string path;
  if (is_int(file)) {
    fd = static_cast<int>(int_as_intptr(file));
    if (fd < 0) raise_value_error("negative file descriptor");
  } else {
    if (!is_str(file) && !is_bytes(file)) {
      static StrObject* fspath = intern("__fspath__");
      Object* meth = type_lookup(type_of(file), fspath);
      if (!meth)
        raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(file));
      pathobj = call_method(file, fspath, nullptr, 0);
      if (!is_str(pathobj) && !is_bytes(pathobj))
        raise_type_error("expected %s.__fspath__() to return str or bytes, not %s",
                         type_name(file), type_name(pathobj));
    }
    if (is_str(pathobj)) {
      size_t n;
      const char* p = str_utf8(static_cast<StrObject*>(pathobj), &n);
      path.assign(p, n);
    } else {
      path.assign(bytes_data(pathobj), static_cast<size_t>(bytes_size(pathobj)));
    }
    if (path.find('\0') != std::string::npos) raise_value_error("embedded null byte");
    if (!*closefd) raise_value_error("Cannot use closefd=False with file name");
    fd = open_fd(path.c_str(), m.flags(), opener, pathobj);
    *closefd = true;
  }
  if (::fstat(fd, st) < 0) {
    int err = errno;
    if (!is_int(file)) ::close(fd);
    raise_os_error(err);
  }
  if (S_ISDIR(st->st_mode)) {
    if (!is_int(file) || *closefd) ::close(fd);
    raise_os_error(EISDIR, pathobj);
  }
  if (m.appending) ::lseek(fd, 0, SEEK_END);
  *name = is_int(file) ? file : pathobj;
  return fd;
}

// ---- constructors -------------------------------------------------------------------------------
Object* file_tp_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  auto* f = static_cast<FileObject*>(type_alloc(type));
  f->fd = -1;
  f->seekable = -1;
  f->text = is_subtype(type, &TextIOWrapper_Type);
  f->fileio = is_subtype(type, &FileIO_Type);
  return f;
}

void fileio_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"file", "mode", "closefd", "opener"};
  Object* v[4];
  parse_args("FileIO", args, nargs, kw, names, 4, 1, 0, 4, v);
  FileObject* f = self_file(self);
  if (f->ready && !f->closed) fileio_close(f);
  const char* mode = "r";
  if (v[1]) {
    if (!is_str(v[1]))
      raise_type_error("FileIO() argument 'mode' must be str, not %s", type_name(v[1]));
    mode = str_utf8(static_cast<StrObject*>(v[1]));
  }
  RawMode m;
  bool rwa = false;
  for (const char* p = mode; *p; ++p) {
    switch (*p) {
      case 'r': case 'w': case 'a': case 'x':
        if (rwa) goto bad;
        rwa = true;
        m.reading = *p == 'r';
        m.writing = *p == 'w';
        m.appending = *p == 'a';
        m.creating = *p == 'x';
        break;
      case '+':
        if (m.updating) goto bad;
        m.updating = true;
        break;
      case 'b':
        break;
      default:
        raise_value_error("invalid mode: %s", mode);
    }
  }
  if (!rwa) {
  bad:
    raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  }
  bool closefd = v[2] ? is_true(v[2]) : true;
  Object* name;
  struct stat st;
  int fd = open_raw(v[0], m, &closefd, v[3], &name, &st);
  setup_fileio(f, fd, name, m.name(), m.readable(), m.writable(), m.appending, m.creating, closefd);
  register_file(f);
}

void buffered_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  FileObject* b = self_file(self);
  TypeObject* t = type_of(self);
  bool reader = is_subtype(t, &BufferedReader_Type), writer = is_subtype(t, &BufferedWriter_Type);
  const char* fname = reader ? "BufferedReader" : writer ? "BufferedWriter" : "BufferedRandom";
  static const char* const names[] = {"raw", "buffer_size"};
  Object* v[2];
  parse_args(fname, args, nargs, kw, names, 2, 1, 0, 2, v);
  Object* raw = v[0];
  if (!reader && !writer && !is_true(call_method_cstr(raw, "seekable", nullptr, 0)))
    raise_unsupported("File or stream is not seekable.");
  if (!writer && !is_true(call_method_cstr(raw, "readable", nullptr, 0)))
    raise_unsupported("File or stream is not readable.");
  if (!reader && !is_true(call_method_cstr(raw, "writable", nullptr, 0)))
    raise_unsupported("File or stream is not writable.");
  intptr_t bufsize = v[1] ? index_value(v[1]) : kBufSize;
  if (bufsize <= 0) raise_value_error("buffer size must be strictly positive");
  if (b->ready && !b->detached) unregister(b);
  bool native = type_of(raw) == &FileIO_Type && as_file(raw)->ready;
  setup_buffered(b, raw, native, !writer, !reader, bufsize);
  if (native) register_file(b, as_file(raw)->registered);
}

void text_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"buffer", "encoding", "errors", "newline",
                                      "line_buffering", "write_through"};
  Object* v[6];
  parse_args("TextIOWrapper", args, nargs, kw, names, 6, 1, 0, 6, v);
  Object* encoding = opt_str(v[1], "TextIOWrapper", "encoding");
  Object* errors = opt_str(v[2], "TextIOWrapper", "errors");
  int newline = parse_newline(v[3], "TextIOWrapper");
  StrObject* enc = encoding ? static_cast<StrObject*>(encoding) : str_from_cstr("UTF-8");
  if (str_eq_cstr(enc, "locale")) enc = str_from_cstr("UTF-8");
  try {
    str_decode("", 0, str_utf8(enc), "strict");  // LookupError for an unknown encoding
  } catch (PyError&) {
    if (!exception_matches(Exc_LookupError)) throw;
    std::string msg = str_utf8(static_cast<StrObject*>(str(current_exception())));
    size_t at = msg.find("codecs.decode()");
    if (at == std::string::npos) throw;
    clear_exception();
    msg.replace(at, 15, "codecs.open()");
    raise_fmt(Exc_LookupError, "%s", msg.c_str());
  }
  StrObject* errs = errors ? static_cast<StrObject*>(errors) : str_from_cstr("strict");
  bool line_buffering = v[4] && is_true(v[4]);
  bool write_through = v[5] && is_true(v[5]);
  Object* buffer = v[0];
  TypeObject* bt = type_of(buffer);
  FileObject* b;
  if ((bt == &BufferedReader_Type || bt == &BufferedWriter_Type || bt == &BufferedRandom_Type) &&
      as_file(buffer)->ready && !as_file(buffer)->detached) {
    b = as_file(buffer);
  } else {
    b = alloc_object<FileObject>(&BufferedRandom_Type);
    bool readable = is_true(call_method_cstr(buffer, "readable", nullptr, 0));
    bool writable = is_true(call_method_cstr(buffer, "writable", nullptr, 0));
    call_method_cstr(buffer, "seekable", nullptr, 0);
    setup_buffered(b, buffer, false, readable, writable, kBufSize);
    b->adapter = true;
    b->has_read1 = get_attr_or_null(buffer, intern("read1")) != nullptr;
  }
  FileObject* t = self_file(self);
  setup_text(t, b, buffer, enc, errs, newline, line_buffering, write_through);
  t->mode = nullptr;
  t->seen_nl = 0;
}

}  // namespace

Object* builtin_open(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"file",    "mode",    "buffering", "encoding",
                                      "errors",  "newline", "closefd",   "opener"};
  Object* v[8];
  parse_args_old("open", args, nargs, kwnames, names, 8, 1, 8, v);
  Object* file = v[0];
  const char* mode = "r";
  Object* mode_obj = nullptr;
  if (v[1]) {
    if (!is_str(v[1]))
      raise_type_error("open() argument 'mode' must be str, not %s", type_name(v[1]));
    mode_obj = v[1];
    mode = str_utf8(static_cast<StrObject*>(v[1]));
  }
  intptr_t buffering = -1;
  if (v[2]) buffering = index_value(v[2]);
  Object* encoding = opt_str(v[3], "open", "encoding");
  Object* errors = opt_str(v[4], "open", "errors");
  Object* newline_o = opt_str(v[5], "open", "newline");
  bool closefd = v[6] ? is_true(v[6]) : true;
  Object* opener = v[7];
  if (!is_int(file) && !is_str(file) && !is_bytes(file) &&
      !type_lookup(type_of(file), intern("__fspath__")))
    raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(file));

  // The mode.
  RawMode m;
  bool text = false, binary = false;
  size_t mlen = std::strlen(mode);
  for (size_t i = 0; i < mlen; ++i) {
    char c = mode[i];
    bool ok = true;
    switch (c) {
      case 'x': m.creating = true; break;
      case 'r': m.reading = true; break;
      case 'w': m.writing = true; break;
      case 'a': m.appending = true; break;
      case '+': m.updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: ok = false; break;
    }
    if (!ok || std::strchr(mode + i + 1, c)) raise_value_error("invalid mode: '%s'", mode);
  }
  int kinds = m.creating + m.reading + m.writing + m.appending;
  if (text && binary) raise_value_error("can't have text and binary mode at once");
  if (kinds > 1) raise_value_error("must have exactly one of create/read/write/append mode");
  if (binary && encoding) raise_value_error("binary mode doesn't take an encoding argument");
  if (binary && errors) raise_value_error("binary mode doesn't take an errors argument");
  if (binary && newline_o) raise_value_error("binary mode doesn't take a newline argument");
  if (kinds != 1)
    raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  int newline = newline_o ? parse_newline(newline_o, "open") : NL_UNIVERSAL;
  if (binary && buffering == 1) {
    // CPython warns (RuntimeWarning) and uses the default buffer size
    buffering = -1;
  }
  if (buffering == 0 && !binary) raise_value_error("can't have unbuffered text I/O");

  // The raw file.
  Object* name;
  struct stat st;
  int fd = open_raw(file, m, &closefd, opener, &name, &st);
  FileObject* raw = new_fileio(fd, name, m.name(), m.readable(), m.writable(), m.appending,
                               m.creating, closefd);
  bool line_buffering = false;
  bool tty = ::isatty(fd);
  if (buffering == 1 || (buffering < 0 && tty)) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) buffering = st.st_blksize > 1 ? static_cast<intptr_t>(st.st_blksize) : kBufSize;

  if (buffering == 0) {
    register_file(raw);
    return raw;
  }
  TypeObject* btype = m.updating ? &BufferedRandom_Type
                      : (m.creating || m.writing || m.appending) ? &BufferedWriter_Type
                                                                : &BufferedReader_Type;
  auto* b = alloc_object<FileObject>(btype);
  setup_buffered(b, raw, true, m.readable(), m.writable(), buffering);
  register_file(b);
  if (binary) return b;

  StrObject* enc = encoding ? static_cast<StrObject*>(encoding) : str_from_cstr("UTF-8");
  if (encoding && str_eq_cstr(enc, "locale")) enc = str_from_cstr("UTF-8");
  StrObject* errs = errors ? static_cast<StrObject*>(errors) : str_from_cstr("strict");
  str_decode("", 0, str_utf8(enc), "strict");  // LookupError for an unknown encoding
  return new_text(b, mode_obj ? mode_obj : str_from_cstr(mode), enc, errs, newline,
                  line_buffering);
}

Object* std_stream(int fd) {
  if (fd < 0 || fd > 2) return Py_None;
  if (g_std[fd]) return g_std[fd];
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  Object* name = str_from_cstr(names[fd]);
  bool reading = fd == 0;
  FileObject* raw = new_fileio(fd, name, reading ? "rb" : "wb", reading, !reading, false, false,
                               false);
  auto* b = alloc_object<FileObject>(reading ? &BufferedReader_Type : &BufferedWriter_Type);
  setup_buffered(b, raw, true, reading, !reading, kBufSize);
  b->is_stdin = reading;
  FileObject* t = new_text(b, str_from_cstr(reading ? "r" : "w"), str_from_cstr("utf-8"),
                           str_from_cstr(fd == 2 ? "backslashreplace" : "strict"), NL_LF,
                           fd == 1 && ::isatty(1));
  if (fd == 2) {
    t->line_buffering = true;
    t->write_through = true;
  }
  g_stdbin[fd] = b;
  g_std[fd] = t;
  return t;
}

int flush_std_streams() {
  int result = 0;
  Object* saved = current_exception();
  // Open files first (a copy: finalizers run by a collection may change the registry).
  std::vector<uintptr_t> files(registry().begin(), registry().end());
  for (uintptr_t h : files) {
    // A file finalized meanwhile (by a collection during an earlier flush) has left the registry.
    if (!registry().count(h)) continue;
    auto* b = static_cast<FileObject*>(GC_REVEAL_POINTER(h));
    if (b->fileio || b->generic || b->detached || !b->wlen || native_raw(b)->closed) continue;
    try {
      buf_flush(b);
    } catch (PyError&) {
      result = -1;
    }
  }
  for (int fd = 1; fd <= 2; ++fd) {
    if (!g_stdbin[fd]) continue;
    FileObject* b = as_file(g_stdbin[fd]);
    if (b->detached || native_raw(b)->closed) continue;
    try {
      buf_flush(b);
    } catch (PyError&) {
      result = -1;
    }
  }
  set_current_exception(saved);
  return result;
}

void text_file_write_nocheck_flush(Object* f, StrObject* s) {
  FileObject* t = as_file(f);
  check_closed(t);
  check_writable(t);
  text_write_raw(t, s);
}

void text_file_end_write(Object* f) { text_after_write(as_file(f)); }

void file_flush(Object* f) {
  FileObject* t = as_file(f);
  check_closed(t);
  if (t->text)
    text_flush(t);
  else if (!t->fileio)
    buf_flush(t);
}

StrObject* text_file_readline(Object* f) {
  FileObject* t = as_file(f);
  check_closed(t);
  check_readable(t);
  return text_readline(t, -1);
}

void init_file_types() {
  struct Spec {
    TypeObject* t;
    const char* name;
    const MethodDef* methods;
    const GetSetDef* getset;
    InitFn init;
  };
  const Spec specs[] = {
      {&TextIOWrapper_Type, "_io.TextIOWrapper", text_methods, text_getset, text_init},
      {&BufferedReader_Type, "_io.BufferedReader", buffered_methods, buffered_getset, buffered_init},
      {&BufferedWriter_Type, "_io.BufferedWriter", buffered_methods, buffered_getset, buffered_init},
      {&BufferedRandom_Type, "_io.BufferedRandom", buffered_methods, buffered_getset, buffered_init},
      {&FileIO_Type, "_io.FileIO", fileio_methods, fileio_getset, fileio_init},
  };
  for (const Spec& s : specs) {
    TypeObject* t = s.t;
    t->tp_name = s.name;
    t->tp_basicsize = sizeof(FileObject);
    t->tp_dictoffset = offsetof(FileObject, dict);
    t->tp_flags = TPFLAGS_BASETYPE;
    t->tp_new = file_tp_new;
    t->tp_init = s.init;
    t->tp_methods = s.methods;
    t->tp_getset = s.getset;
    t->tp_iter = file_iter;
    t->tp_iternext = file_iternext;
    t->tp_repr = file_repr;
  }
  TextIOWrapper_Type.tp_doc = "Character and line based layer over a BufferedIOBase object, buffer.";
  BufferedReader_Type.tp_doc = "Create a new buffered reader using the given readable raw IO object.";
  BufferedWriter_Type.tp_doc = "A buffer for a writeable sequential RawIO object.";
  BufferedRandom_Type.tp_doc = "A buffered interface to random access streams.";
  FileIO_Type.tp_doc = "Open a file.";
}

}  // namespace slotpy
