// File objects (fileobject.h): open(), the binary buffered layer and the text layer.
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

struct FileObject : Object {
  DictObject* dict;
  int fd;
  bool closed;          // binary layer (a text file is closed when its buffer is)
  bool text;
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
  Object* name;
  Object* mode;
  StrObject* encoding;
  StrObject* errors;
  FileObject* buffer;   // text: the binary file it wraps
  char* rbuf;
  intptr_t rpos, rlen, rcap;
  char* wbuf;
  intptr_t wlen, wcap;  // wcap 0: unbuffered
};

inline FileObject* as_file(Object* o) { return static_cast<FileObject*>(o); }
inline FileObject* bin_of(FileObject* f) { return f->text ? f->buffer : f; }

Object* g_std[3];  // sys.stdin, sys.stdout, sys.stderr as created (a GC root: static data)

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

// ---- system calls ---------------------------------------------------------------------------
void flush_noraise(FileObject* b);

intptr_t sys_read(FileObject* b, char* dst, size_t n) {
  if (b->is_stdin && g_std[1]) flush_noraise(bin_of(as_file(g_std[1])));
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

// ---- the binary buffered layer ------------------------------------------------------------------
void buf_flush(FileObject* b) {
  if (!b->wlen) return;
  intptr_t n = b->wlen;
  b->wlen = 0;  // dropped on failure (a broken pipe stays broken)
  if (int err = sys_write_all(b->fd, b->wbuf, static_cast<size_t>(n))) raise_os_error(err);
}

void flush_noraise(FileObject* b) {
  if (!b->wlen || b->closed) return;
  intptr_t n = b->wlen;
  b->wlen = 0;
  sys_write_all(b->fd, b->wbuf, static_cast<size_t>(n));
}

// Before writing: give back read-ahead data (seek the fd back over it).
void prepare_write(FileObject* b) {
  if (b->rlen > b->rpos) {
    ::lseek(b->fd, -static_cast<off_t>(b->rlen - b->rpos), SEEK_CUR);
  }
  b->rpos = b->rlen = 0;
}

void prepare_read(FileObject* b) {
  if (b->wlen) buf_flush(b);
}

void buf_write(FileObject* b, const char* p, size_t n) {
  if (b->rlen) prepare_write(b);
  if (!b->wcap) {
    if (int err = sys_write_all(b->fd, p, n)) raise_os_error(err);
    return;
  }
  if (b->wlen + static_cast<intptr_t>(n) <= b->wcap) {
    std::memcpy(b->wbuf + b->wlen, p, n);
    b->wlen += static_cast<intptr_t>(n);
    return;
  }
  buf_flush(b);
  if (static_cast<intptr_t>(n) >= b->wcap) {
    if (int err = sys_write_all(b->fd, p, n)) raise_os_error(err);
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
    intptr_t cap = b->rcap ? b->rcap * 2 : kBufSize;
    char* nb = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(cap)));
    if (b->rlen) std::memcpy(nb, b->rbuf, static_cast<size_t>(b->rlen));
    b->rbuf = nb;
    b->rcap = cap;
  }
  intptr_t r = sys_read(b, b->rbuf + b->rlen, static_cast<size_t>(b->rcap - b->rlen));
  b->rlen += r;
  return r;
}

// Everything up to end of file (the buffered data first).
void buf_read_all(FileObject* b, std::string& out) {
  prepare_read(b);
  out.assign(b->rbuf ? b->rbuf + b->rpos : "", static_cast<size_t>(b->rlen - b->rpos));
  b->rpos = b->rlen = 0;
  struct stat st;
  if (::fstat(b->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = ::lseek(b->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size > pos) out.reserve(out.size() + static_cast<size_t>(st.st_size - pos) + 1);
  }
  for (;;) {
    size_t old = out.size();
    size_t chunk = out.capacity() - old;
    if (chunk < static_cast<size_t>(kBufSize)) chunk = std::max<size_t>(kBufSize, old);
    out.resize(old + chunk);
    intptr_t r;
    try {
      r = sys_read(b, out.data() + old, chunk);
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
    if (want >= kBufSize) {
      size_t old = out.size();
      out.resize(old + static_cast<size_t>(want));
      intptr_t r = sys_read(b, out.data() + old, static_cast<size_t>(want));
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
// Universal newlines: \r\n and \r become \n.
void translate_universal(const char* p, size_t n, std::string& out) {
  out.clear();
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    char c = p[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < n && p[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
}

StrObject* text_decode(FileObject* t, const char* p, size_t n) {
  if (t->newline == NL_UNIVERSAL && std::memchr(p, '\r', n)) {
    std::string tmp;
    translate_universal(p, n, tmp);
    return str_decode(tmp.data(), tmp.size(), str_utf8(t->encoding), str_utf8(t->errors));
  }
  return str_decode(p, n, str_utf8(t->encoding), str_utf8(t->errors));
}

bool is_closed(FileObject* f) { return bin_of(f)->closed; }

void check_closed(FileObject* f, const char* msg = "I/O operation on closed file.") {
  if (is_closed(f)) raise_value_error("%s", msg);
}
void check_readable(FileObject* f) {
  if (!bin_of(f)->readable) raise_unsupported(f->text ? "not readable" : "read");
}
void check_writable(FileObject* f) {
  if (!bin_of(f)->writable) raise_unsupported(f->text ? "not writable" : "write");
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
  StrObject* r;
  if (t->newline == NL_UNIVERSAL && eol && p[n - 1] != '\n') {
    // \r alone
    std::string tmp(p, static_cast<size_t>(n - 1));
    tmp += '\n';
    r = str_decode(tmp.data(), tmp.size(), str_utf8(t->encoding), str_utf8(t->errors));
  } else if (t->newline == NL_UNIVERSAL && eol == 2) {
    std::string tmp(p, static_cast<size_t>(n - 2));
    tmp += '\n';
    r = str_decode(tmp.data(), tmp.size(), str_utf8(t->encoding), str_utf8(t->errors));
  } else {
    r = text_decode(t, p, static_cast<size_t>(n));
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

void text_after_write(FileObject* t) {
  if (t->write_through || t->pending_flush) {
    t->pending_flush = false;
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

void bin_close(FileObject* b) {
  if (b->closed) return;
  bool failed = false;
  Object* saved = nullptr;
  try {
    buf_flush(b);
  } catch (PyError&) {
    failed = true;
    saved = current_exception();
  }
  b->closed = true;
  unregister(b);
  if (b->closefd && b->fd >= 0) {
    int r = ::close(b->fd);
    int err = errno;
    b->fd = -1;
    if (r < 0 && !failed && err != EINTR) raise_os_error(err);
  }
  if (failed) raise(saved);
}

void file_finalizer(void* obj, void*) {
  auto* b = static_cast<FileObject*>(obj);
  if (b->registered) {
    registry().erase(GC_HIDE_POINTER(b));
    b->registered = false;
  }
  if (b->closed) return;
  flush_noraise(b);
  b->closed = true;
  if (b->closefd && b->fd >= 0) ::close(b->fd);
  b->fd = -1;
}

void register_file(FileObject* b) {
  GC_register_finalizer_no_order(b, file_finalizer, nullptr, nullptr, nullptr);
  registry().insert(GC_HIDE_POINTER(b));
  b->registered = true;
}

// ---- construction -----------------------------------------------------------------------------
FileObject* new_binary(TypeObject* type, int fd, Object* name, const char* rawmode_flags,
                       bool readable, bool writable, bool appending, bool created, bool closefd,
                       intptr_t bufsize) {
  auto* b = alloc_object<FileObject>(type);
  b->fd = fd;
  b->readable = readable;
  b->writable = writable;
  b->appending = appending;
  b->created = created;
  b->closefd = closefd;
  b->seekable = -1;
  b->name = name;
  b->mode = str_from_cstr(rawmode_flags);
  if (writable && bufsize > 0) {
    b->wcap = bufsize;
    b->wbuf = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(bufsize)));
  }
  return b;
}

bool encoding_is_utf8(const char* e) {
  std::string n;
  for (const char* p = e; *p; ++p) {
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    n += c;
  }
  return n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001";
}

bool encoding_is_single_byte(const char* e) {
  std::string n;
  for (const char* p = e; *p; ++p) {
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    n += c;
  }
  return n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" ||
         n == "8859" || n == "cp819" || n == "l1" || n == "latin" || n == "ascii" ||
         n == "us-ascii" || n == "646";
}

FileObject* new_text(FileObject* b, Object* name, Object* mode, StrObject* encoding,
                     StrObject* errors, int newline, bool line_buffering) {
  auto* t = alloc_object<FileObject>(&TextIOWrapper_Type);
  t->text = true;
  t->fd = b->fd;
  t->buffer = b;
  t->name = name;
  t->mode = mode;
  t->encoding = encoding;
  t->errors = errors;
  t->newline = static_cast<int8_t>(newline);
  t->line_buffering = line_buffering;
  t->utf8 = encoding_is_utf8(str_utf8(encoding));
  t->single_byte = !t->utf8 && encoding_is_single_byte(str_utf8(encoding));
  t->seekable = -1;
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

// ---- methods ------------------------------------------------------------------------------------
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
  check_closed(f, "read of closed file");
  check_readable(f);
  intptr_t n = size_arg(nargs ? args[0] : nullptr);
  std::string data;
  if (n < 0)
    buf_read_all(f, data);
  else
    buf_read_n(f, n, data);
  return bytes_from(data.data(), data.size());
}

Object* file_read1(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("read1", kw);
  check_nargs("read1", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f, "read of closed file");
  check_readable(f);
  intptr_t n = size_arg(nargs ? args[0] : nullptr);
  prepare_read(f);
  if (f->rlen == f->rpos && n != 0) buf_fill(f);
  intptr_t avail = f->rlen - f->rpos;
  if (n < 0 || n > avail) n = avail;
  Object* r = bytes_from(f->rbuf ? f->rbuf + f->rpos : "", static_cast<size_t>(n));
  f->rpos += n;
  return r;
}

Object* readline_impl(FileObject* f, intptr_t limit) {
  if (f->text) return text_readline(f, limit);
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
  check_closed(f, f->text ? "I/O operation on closed file." : "readline of closed file");
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
  check_closed(f, "write to closed file");
  check_writable(f);
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
  check_closed(f);
  if (f->text) f->pending_flush = false;
  buf_flush(bin_of(f));
  return Py_None;
}

Object* file_close(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("close", kw);
  check_nargs("close", nargs, 0, 0);
  bin_close(bin_of(self_file(self)));
  return Py_None;
}

Object* file_fileno(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("fileno", kw);
  check_nargs("fileno", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, "I/O operation on closed file");
  return make_small_int(bin_of(f)->fd);
}

Object* file_isatty(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("isatty", kw);
  check_nargs("isatty", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, "I/O operation on closed file");
  return py_bool(::isatty(bin_of(f)->fd));
}

bool is_seekable(FileObject* b) {
  if (b->seekable < 0) b->seekable = ::lseek(b->fd, 0, SEEK_CUR) >= 0 ? 1 : 0;
  return b->seekable == 1;
}

Object* file_readable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("readable", kw);
  check_nargs("readable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f);
  return py_bool(bin_of(f)->readable);
}
Object* file_writable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("writable", kw);
  check_nargs("writable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f);
  return py_bool(bin_of(f)->writable);
}
Object* file_seekable(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("seekable", kw);
  check_nargs("seekable", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f);
  return py_bool(is_seekable(bin_of(f)));
}

off_t raw_tell(FileObject* b) {
  off_t pos = ::lseek(b->fd, 0, SEEK_CUR);
  if (pos < 0) raise_os_error(errno);
  return pos - (b->rlen - b->rpos) + b->wlen;
}

Object* file_tell(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  kw_check("tell", kw);
  check_nargs("tell", nargs, 0, 0);
  FileObject* f = self_file(self);
  check_closed(f, f->text ? "I/O operation on closed file." : "I/O operation on closed file");
  return int_from_intptr(raw_tell(bin_of(f)));
}

Object* file_seek(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("seek", kw);
  check_nargs("seek", nargs, 1, 2);
  FileObject* f = self_file(self);
  check_closed(f, f->text ? "I/O operation on closed file." : "seek of closed file");
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
    f->pending_flush = false;
  } else if (whence < 0 || whence > 2) {
    raise_value_error("whence value %zd unsupported", whence);
  }
  buf_flush(b);
  if (whence == 1) off -= b->rlen - b->rpos;
  b->rpos = b->rlen = 0;
  off_t r = ::lseek(b->fd, static_cast<off_t>(off), static_cast<int>(whence));
  if (r < 0) raise_os_error(errno);
  return int_from_intptr(r);
}

Object* file_truncate(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  kw_check("truncate", kw);
  check_nargs("truncate", nargs, 0, 1);
  FileObject* f = self_file(self);
  check_closed(f);
  check_writable(f);
  FileObject* b = bin_of(f);
  buf_flush(b);
  off_t pos = raw_tell(b);
  if (b->rlen) {
    b->rpos = b->rlen = 0;
    if (::lseek(b->fd, pos, SEEK_SET) < 0) raise_os_error(errno);
  }
  off_t size = (nargs && args[0] != Py_None) ? static_cast<off_t>(index_value(args[0])) : pos;
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
  bin_close(bin_of(self_file(self)));
  return Py_None;
}

Object* file_reconfigure(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"encoding", "errors", "newline", "line_buffering",
                                      "write_through"};
  Object* v[5];
  parse_args("reconfigure", args, nargs, kw, names, 5, 0, 0, 0, v);
  FileObject* f = self_file(self);
  if (v[0] && v[0] != Py_None) {
    if (!is_str(v[0]))
      raise_type_error("reconfigure() argument 'encoding' must be str or None, not %s",
                       type_name(v[0]));
    str_decode("", 0, str_utf8(static_cast<StrObject*>(v[0])), "strict");
    f->encoding = static_cast<StrObject*>(v[0]);
    f->utf8 = encoding_is_utf8(str_utf8(f->encoding));
    f->single_byte = !f->utf8 && encoding_is_single_byte(str_utf8(f->encoding));
    if (!v[1] || v[1] == Py_None) f->errors = str_from_cstr("strict");
  }
  if (v[1] && v[1] != Py_None) {
    if (!is_str(v[1]))
      raise_type_error("reconfigure() argument 'errors' must be str or None, not %s",
                       type_name(v[1]));
    f->errors = static_cast<StrObject*>(v[1]);
  }
  if (v[3] && v[3] != Py_None) f->line_buffering = is_true(v[3]);
  if (v[4] && v[4] != Py_None) f->write_through = is_true(v[4]);
  buf_flush(f->buffer);
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

Object* file_repr(Object* self) {
  FileObject* f = self_file(self);
  if (f->text) {
    return str_format_c("<_io.TextIOWrapper name=%s mode=%s encoding=%s>", repr_cstr(f->name),
                        repr_cstr(f->mode), repr_cstr(f->encoding));
  }
  if (type_of(self) == &FileIO_Type) {
    if (f->closed) return str_from_cstr("<_io.FileIO [closed]>");
    return str_format_c("<_io.FileIO name=%s mode=%s closefd=%s>", repr_cstr(f->name),
                        repr_cstr(f->mode), f->closefd ? "True" : "False");
  }
  return str_format_c("<%s name=%s>", type_name(self), repr_cstr(f->name));
}

Object* get_closed(Object* self) { return py_bool(is_closed(self_file(self))); }
Object* get_name(Object* self) { return self_file(self)->name; }
Object* get_mode(Object* self) { return self_file(self)->mode; }
Object* get_encoding(Object* self) { return self_file(self)->encoding; }
Object* get_errors(Object* self) { return self_file(self)->errors; }
Object* get_buffer(Object* self) { return self_file(self)->buffer; }
Object* get_raw(Object* self) { return self; }
Object* get_line_buffering(Object* self) { return py_bool(self_file(self)->line_buffering); }
Object* get_write_through(Object* self) { return py_bool(self_file(self)->write_through); }
Object* get_newlines(Object*) { return Py_None; }
Object* get_closefd(Object* self) { return py_bool(self_file(self)->closefd); }

const MethodDef file_methods[] = {
    {"read", file_read, METH_DEFAULT, nullptr},
    {"read1", file_read1, METH_DEFAULT, nullptr},
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

const MethodDef text_methods[] = {
    {"read", file_read, METH_DEFAULT, nullptr},
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
    {"reconfigure", file_reconfigure, METH_DEFAULT, nullptr},
    {"__enter__", file_enter, METH_DEFAULT, nullptr},
    {"__exit__", file_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef text_getset[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
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

// ---- open() -------------------------------------------------------------------------------------
Object* opt_str(Object* o, const char* argname) {
  if (!o || o == Py_None) return nullptr;
  if (!is_str(o))
    raise_type_error("open() argument '%s' must be str or None, not %s", argname, type_name(o));
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

Object* file_no_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  raise_type_error("cannot create '%s' instances", type->tp_name);
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
  Object* encoding = opt_str(v[3], "encoding");
  Object* errors = opt_str(v[4], "errors");
  Object* newline_o = opt_str(v[5], "newline");
  bool closefd = v[6] ? is_true(v[6]) : true;
  Object* opener = v[7];

  // The file: a descriptor, a path (str or bytes), or an os.PathLike.
  int fd = -1;
  Object* pathobj = file;
  std::string path;
  if (is_int(file)) {
    fd = static_cast<int>(int_as_intptr(file));
    if (fd < 0) raise_value_error("negative file descriptor");
  } else {
    if (!is_str(file) && !is_bytes(file)) {
      static StrObject* fspath = intern("__fspath__");
      Object* m = type_lookup(type_of(file), fspath);
      if (!m)
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
  }

  // The mode.
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  size_t mlen = std::strlen(mode);
  for (size_t i = 0; i < mlen; ++i) {
    char c = mode[i];
    bool ok = true;
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: ok = false; break;
    }
    if (!ok || std::strchr(mode + i + 1, c)) raise_value_error("invalid mode: '%s'", mode);
  }
  if (text && binary) raise_value_error("can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    raise_value_error("must have exactly one of create/read/write/append mode");
  if (binary && encoding) raise_value_error("binary mode doesn't take an encoding argument");
  if (binary && errors) raise_value_error("binary mode doesn't take an errors argument");
  if (binary && newline_o) raise_value_error("binary mode doesn't take a newline argument");
  if (creating + reading + writing + appending != 1)
    raise_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  int newline = NL_UNIVERSAL;
  if (newline_o) {
    StrObject* nl = static_cast<StrObject*>(newline_o);
    if (str_eq_cstr(nl, "")) newline = NL_UNTRANSLATED;
    else if (str_eq_cstr(nl, "\n")) newline = NL_LF;
    else if (str_eq_cstr(nl, "\r")) newline = NL_CR;
    else if (str_eq_cstr(nl, "\r\n")) newline = NL_CRLF;
    else raise_value_error("illegal newline value: %s", str_utf8(nl));
  }

  // The raw file.
  bool readable = reading || updating;
  bool writable = writing || appending || creating || updating;
  int flags;
  if (readable && writable) flags = O_RDWR;
  else if (readable) flags = O_RDONLY;
  else flags = O_WRONLY;
  if (writing) flags |= O_CREAT | O_TRUNC;
  if (appending) flags |= O_CREAT | O_APPEND;
  if (creating) flags |= O_CREAT | O_EXCL;
  if (fd < 0) {
    if (!closefd) raise_value_error("Cannot use closefd=False with file name");
    fd = open_fd(path.c_str(), flags, opener, pathobj);
    closefd = true;
  }
  struct stat st;
  if (::fstat(fd, &st) < 0) {
    int err = errno;
    if (!is_int(file)) ::close(fd);
    raise_os_error(err);
  }
  if (S_ISDIR(st.st_mode)) {
    if (!is_int(file) || closefd) ::close(fd);
    raise_os_error(EISDIR, pathobj);
  }
  if (appending) ::lseek(fd, 0, SEEK_END);
  const char* rawmode = creating ? (updating ? "xb+" : "xb")
                        : appending ? (updating ? "ab+" : "ab")
                        : (readable && writable) ? "rb+"
                        : readable ? "rb" : "wb";

  bool line_buffering = false;
  bool tty = ::isatty(fd);
  if (buffering == 1 || (buffering < 0 && tty)) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) buffering = st.st_blksize > 1 ? static_cast<intptr_t>(st.st_blksize) : kBufSize;

  Object* name = is_int(file) ? file : pathobj;
  if (buffering == 0) {
    if (!binary) {
      ::close(fd);
      raise_value_error("can't have unbuffered text I/O");
    }
    FileObject* raw = new_binary(&FileIO_Type, fd, name, rawmode, readable, writable, appending,
                                 creating, closefd, 0);
    register_file(raw);
    return raw;
  }
  TypeObject* btype = updating ? &BufferedRandom_Type
                      : (creating || writing || appending) ? &BufferedWriter_Type
                                                          : &BufferedReader_Type;
  FileObject* b = new_binary(btype, fd, name, rawmode, readable, writable, appending, creating,
                             closefd, buffering);
  register_file(b);
  if (binary) return b;

  StrObject* enc = encoding ? static_cast<StrObject*>(encoding) : str_from_cstr("UTF-8");
  if (encoding && str_eq_cstr(enc, "locale")) enc = str_from_cstr("UTF-8");
  StrObject* errs = errors ? static_cast<StrObject*>(errors) : str_from_cstr("strict");
  str_decode("", 0, str_utf8(enc), "strict");  // LookupError for an unknown encoding
  return new_text(b, name, mode_obj ? mode_obj : str_from_cstr(mode), enc, errs, newline,
                  line_buffering);
}

Object* std_stream(int fd) {
  if (fd < 0 || fd > 2) return Py_None;
  if (g_std[fd]) return g_std[fd];
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  Object* name = str_from_cstr(names[fd]);
  bool reading = fd == 0;
  FileObject* b = new_binary(reading ? &BufferedReader_Type : &BufferedWriter_Type, fd, name,
                             reading ? "rb" : "wb", reading, !reading, false, false, false,
                             kBufSize);
  b->is_stdin = reading;
  FileObject* t = new_text(b, name, str_from_cstr(reading ? "r" : "w"), str_from_cstr("utf-8"),
                           str_from_cstr(fd == 2 ? "backslashreplace" : "strict"), NL_LF,
                           fd == 1 && ::isatty(1));
  if (fd == 2) {
    t->line_buffering = true;
    t->write_through = true;
  }
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
    if (b->closed || !b->wlen) continue;
    try {
      buf_flush(b);
    } catch (PyError&) {
      result = -1;
    }
  }
  for (int fd = 1; fd <= 2; ++fd) {
    if (!g_std[fd]) continue;
    FileObject* b = bin_of(as_file(g_std[fd]));
    if (b->closed) continue;
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
  if (t->text) t->pending_flush = false;
  buf_flush(bin_of(t));
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
  };
  const Spec specs[] = {
      {&TextIOWrapper_Type, "_io.TextIOWrapper", text_methods, text_getset},
      {&BufferedReader_Type, "_io.BufferedReader", file_methods, buffered_getset},
      {&BufferedWriter_Type, "_io.BufferedWriter", file_methods, buffered_getset},
      {&BufferedRandom_Type, "_io.BufferedRandom", file_methods, buffered_getset},
      {&FileIO_Type, "_io.FileIO", file_methods, fileio_getset},
  };
  for (const Spec& s : specs) {
    TypeObject* t = s.t;
    t->tp_name = s.name;
    t->tp_basicsize = sizeof(FileObject);
    t->tp_dictoffset = offsetof(FileObject, dict);
    t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
    t->tp_new = file_no_new;  // open() creates them
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
