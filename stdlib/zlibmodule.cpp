// The zlib module over the system zlib (CPython 3.11's Modules/zlibmodule.c behaviour):
// compress/decompress, crc32/adler32, compressobj()/decompressobj() and their Compress and
// Decompress objects, the constants and zlib.error with CPython's messages.
//
// Memory: zlib's internal state is allocated from the GC through zalloc (zfree does nothing), so
// a dropped stream needs no finalizer. The first block of deflateInit2/inflateInit2/deflateCopy/
// inflateCopy is the state struct, which holds the pointers to the other blocks: it is scanned
// (g_scan_next_alloc); every other block (window, hash chains, pending buffer) is pointer-free
// and atomic. The z_stream itself lives inside the GC object (zlib checks that state->strm
// still points at it, so it must never move).
//
// Output is gathered in the block sizes CPython uses (32 KiB, 64 KiB, 256 KiB, ...), so that a
// max_length limit stops inflate() at the same place.
#include <zlib.h>

#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject ZlibCompress_Type, ZlibDecompress_Type;

namespace {

TypeObject* g_zlib_error = nullptr;

struct ZObject : Object {
  z_stream zst;
  bool is_initialised;
  bool eof;               // Decompress only
  Object* unused_data;    // Decompress: bytes
  Object* unconsumed_tail;
  Object* zdict;          // Decompress: the zdict object, or nullptr
};

inline ZObject* Z(Object* o) { return static_cast<ZObject*>(o); }

// Set before a call that allocates a stream's state struct (its first allocation).
bool g_scan_next_alloc = false;

voidpf z_alloc(voidpf, uInt items, uInt size) {
  size_t n = static_cast<size_t>(items) * size;
  if (g_scan_next_alloc) {
    g_scan_next_alloc = false;
    return gc_alloc(n);
  }
  return gc_alloc_atomic(n);
}

void z_free(voidpf, voidpf) {}

void init_stream(ZObject* self) {
  std::memset(&self->zst, 0, sizeof self->zst);
  self->zst.zalloc = z_alloc;
  self->zst.zfree = z_free;
  self->zst.opaque = nullptr;
  g_scan_next_alloc = true;  // the init or copy call that follows allocates the state first
}

[[noreturn]] void zlib_error(const z_stream& zst, int err, const char* msg) {
  const char* zmsg = nullptr;
  if (err == Z_VERSION_ERROR) zmsg = "library version mismatch";
  if (!zmsg) zmsg = zst.msg;
  if (!zmsg) {
    switch (err) {
      case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
      case Z_DATA_ERROR: zmsg = "invalid input data"; break;
      default: break;
    }
  }
  if (!zmsg) raise_fmt(g_zlib_error, "Error %d %s", err, msg);
  raise_fmt(g_zlib_error, "Error %d %s: %.200s", err, msg, zmsg);
}

// A bytes-like argument.
struct Buf {
  const char* p;
  intptr_t n;
};

Buf need_buffer(Object* o) {
  Buf b;
  if (is_str(o) || !get_buffer(o, &b.p, &b.n))
    raise_type_error("a bytes-like object is required, not '%s'", type_name(o));
  return b;
}

// Argument Clinic's 'i' converter.
int int_arg_c(Object* o) {
  Object* v = is_int(o) ? o : number_index(o);
  intptr_t x;
  if (!int_to_intptr(v, &x) || x < INT32_MIN || x > INT32_MAX)
    raise_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(x);
}

// Argument Clinic's Py_ssize_t converter.
intptr_t ssize_arg_c(Object* o) {
  Object* v = is_int(o) ? o : number_index(o);
  intptr_t x;
  if (!int_to_intptr(v, &x)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return x;
}

// Output gathered in CPython's block sizes (_BlocksOutputBuffer).
constexpr intptr_t KB = 1024, MB = 1024 * 1024;
constexpr intptr_t kBlockSizes[] = {32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB,
                                    16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB,
                                    64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB};

struct OutBuf {
  std::string data;  // data[0, used) filled; the rest is the free space zlib writes into
  intptr_t max_length = -1;
  int blocks = 0;

  size_t used(const z_stream& z) const {
    return data.size() - z.avail_out;
  }
  // Adds the first block (or a block of `size` bytes).
  void init(z_stream& z, intptr_t size) {
    data.resize(static_cast<size_t>(size));
    z.next_out = reinterpret_cast<Bytef*>(data.data());
    z.avail_out = static_cast<uInt>(size);
    blocks = 1;
  }
  void init_and_grow(z_stream& z, intptr_t max) {
    max_length = max;
    intptr_t size = kBlockSizes[0];
    if (max >= 0 && size > max) size = max;
    data.clear();
    init(z, size);
    blocks = 1;
  }
  // Grows by the next block; false when max_length is reached.
  bool grow(z_stream& z) {
    size_t have = data.size();
    intptr_t block = kBlockSizes[blocks < 17 ? blocks : 16];
    if (max_length >= 0) {
      intptr_t rest = max_length - static_cast<intptr_t>(have);
      if (rest <= 0) return false;
      if (block > rest) block = rest;
    }
    ++blocks;
    data.resize(have + static_cast<size_t>(block));
    z.next_out = reinterpret_cast<Bytef*>(data.data() + have);
    z.avail_out = static_cast<uInt>(block);
    return true;
  }
  Object* finish(const z_stream& z) { return bytes_from(data.data(), used(z)); }
};

void set_input(z_stream& z, const char* p, intptr_t* remaining) {
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(p));
  uInt n = *remaining > static_cast<intptr_t>(UINT32_MAX) ? UINT32_MAX : static_cast<uInt>(*remaining);
  z.avail_in = n;
  *remaining -= n;
}

// ---- module functions -----------------------------------------------------------------------
Object* f_compress(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"", "level", "wbits"};
  Object* v[3];
  parse_args("compress", args, nargs, kwnames, names, 3, 1, 1, 3, v);
  Buf data = need_buffer(v[0]);
  int level = v[1] ? int_arg_c(v[1]) : Z_DEFAULT_COMPRESSION;
  int wbits = v[2] ? int_arg_c(v[2]) : MAX_WBITS;
  auto* holder = alloc_object<ZObject>(&ZlibCompress_Type);
  init_stream(holder);
  z_stream& zst = holder->zst;
  int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) raise_fmt(Exc_MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) raise_fmt(g_zlib_error, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zst);
    zlib_error(zst, err, "while compressing data");
  }
  OutBuf out;
  out.init_and_grow(zst, -1);
  intptr_t remaining = data.n;
  const char* p = data.p;
  int flush;
  do {
    set_input(zst, p, &remaining);
    p += zst.avail_in;
    flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      if (zst.avail_out == 0) out.grow(zst);
      err = deflate(&zst, flush);
      if (err == Z_STREAM_ERROR) {
        deflateEnd(&zst);
        zlib_error(zst, err, "while compressing data");
      }
    } while (zst.avail_out == 0);
  } while (flush != Z_FINISH);
  err = deflateEnd(&zst);
  if (err != Z_OK) zlib_error(zst, err, "while finishing compression");
  return out.finish(zst);
}

Object* f_decompress(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"", "wbits", "bufsize"};
  Object* v[3];
  parse_args("decompress", args, nargs, kwnames, names, 3, 1, 1, 3, v);
  Buf data = need_buffer(v[0]);
  int wbits = v[1] ? int_arg_c(v[1]) : MAX_WBITS;
  intptr_t bufsize = v[2] ? ssize_arg_c(v[2]) : 16384;
  if (bufsize < 0) raise_value_error("bufsize must be non-negative");
  if (bufsize == 0) bufsize = 1;
  auto* holder = alloc_object<ZObject>(&ZlibDecompress_Type);
  init_stream(holder);
  z_stream& zst = holder->zst;
  OutBuf out;
  out.init(zst, bufsize);
  intptr_t remaining = data.n;
  const char* p = data.p;
  zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(p));
  zst.avail_in = 0;
  int err = inflateInit2(&zst, wbits);
  if (err == Z_MEM_ERROR) raise_fmt(Exc_MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zst);
    zlib_error(zst, err, "while preparing to decompress data");
  }
  do {
    set_input(zst, p, &remaining);
    p += zst.avail_in;
    int flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      if (zst.avail_out == 0) out.grow(zst);
      err = inflate(&zst, flush);
      switch (err) {
        case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
        case Z_MEM_ERROR:
          inflateEnd(&zst);
          raise_fmt(Exc_MemoryError, "Out of memory while decompressing data");
        default:
          inflateEnd(&zst);
          zlib_error(zst, err, "while decompressing data");
      }
    } while (zst.avail_out == 0);
  } while (err != Z_STREAM_END && remaining != 0);
  if (err != Z_STREAM_END) {
    inflateEnd(&zst);
    zlib_error(zst, err, "while decompressing data");
  }
  err = inflateEnd(&zst);
  if (err != Z_OK) zlib_error(zst, err, "while finishing decompression");
  return out.finish(zst);
}

// The bitwise 'unsigned int' converter of crc32/adler32's value.
uint32_t uint_mask_arg(Object* o) {
  Object* v = is_int(o) ? o : number_index(o);
  Object* masked = int_and(v, int_from_intptr(0xFFFFFFFF));
  intptr_t x;
  int_to_intptr(masked, &x);
  return static_cast<uint32_t>(x);
}

template <class Fn>
Object* checksum(const char* name, const char* qualname, Object* const* args, size_t nargs,
                 TupleObject* kwnames, uLong start, Fn fn) {
  check_no_kwargs(qualname, kwnames);
  check_nargs(name, nargs, 1, 2);
  Buf data = need_buffer(args[0]);
  uLong value = nargs > 1 ? uint_mask_arg(args[1]) : start;
  const Bytef* p = reinterpret_cast<const Bytef*>(data.p);
  intptr_t n = data.n;
  while (n > 0) {
    uInt chunk = n > (1 << 30) ? (1u << 30) : static_cast<uInt>(n);
    value = fn(value, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return int_from_uint64(value & 0xFFFFFFFFu);
}

Object* f_crc32(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return checksum("crc32", "zlib.crc32", args, nargs, kwnames, 0,
                  [](uLong v, const Bytef* p, uInt n) { return crc32(v, p, n); });
}

Object* f_adler32(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return checksum("adler32", "zlib.adler32", args, nargs, kwnames, 1,
                  [](uLong v, const Bytef* p, uInt n) { return adler32(v, p, n); });
}

Object* f_compressobj(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
  Object* v[6];
  parse_args("compressobj", args, nargs, kwnames, names, 6, 0, 0, 6, v);
  int level = v[0] ? int_arg_c(v[0]) : Z_DEFAULT_COMPRESSION;
  int method = v[1] ? int_arg_c(v[1]) : Z_DEFLATED;
  int wbits = v[2] ? int_arg_c(v[2]) : MAX_WBITS;
  int memlevel = v[3] ? int_arg_c(v[3]) : 8;
  int strategy = v[4] ? int_arg_c(v[4]) : Z_DEFAULT_STRATEGY;
  Buf zdict{nullptr, 0};
  if (v[5]) zdict = need_buffer(v[5]);
  auto* self = alloc_object<ZObject>(&ZlibCompress_Type);
  init_stream(self);
  self->unused_data = bytes_from("", 0);
  self->unconsumed_tail = self->unused_data;
  int err = deflateInit2(&self->zst, level, method, wbits, memlevel, strategy);
  switch (err) {
    case Z_OK:
      self->is_initialised = true;
      if (zdict.p) {
        err = deflateSetDictionary(&self->zst, reinterpret_cast<const Bytef*>(zdict.p),
                                   static_cast<uInt>(zdict.n));
        if (err == Z_STREAM_ERROR) raise_value_error("Invalid dictionary");
        if (err != Z_OK) raise_value_error("deflateSetDictionary()");
      }
      return self;
    case Z_MEM_ERROR:
      raise_fmt(Exc_MemoryError, "Can't allocate memory for compression object");
    case Z_STREAM_ERROR:
      raise_value_error("Invalid initialization option");
    default:
      zlib_error(self->zst, err, "while creating compression object");
  }
}

void set_inflate_zdict(ZObject* self) {
  Buf zd = need_buffer(self->zdict);
  int err = inflateSetDictionary(&self->zst, reinterpret_cast<const Bytef*>(zd.p),
                                 static_cast<uInt>(zd.n));
  if (err != Z_OK) zlib_error(self->zst, err, "while setting zdict");
}

Object* f_decompressobj(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"wbits", "zdict"};
  Object* v[2];
  parse_args("decompressobj", args, nargs, kwnames, names, 2, 0, 0, 2, v);
  int wbits = v[0] ? int_arg_c(v[0]) : MAX_WBITS;
  const char* p;
  intptr_t n;
  if (v[1] && (is_str(v[1]) || !get_buffer(v[1], &p, &n)))
    raise_type_error("zdict argument must support the buffer protocol");
  auto* self = alloc_object<ZObject>(&ZlibDecompress_Type);
  init_stream(self);
  self->unused_data = bytes_from("", 0);
  self->unconsumed_tail = self->unused_data;
  self->zdict = v[1];
  int err = inflateInit2(&self->zst, wbits);
  switch (err) {
    case Z_OK:
      self->is_initialised = true;
      if (self->zdict && wbits < 0) set_inflate_zdict(self);
      return self;
    case Z_STREAM_ERROR:
      raise_value_error("Invalid initialization option");
    case Z_MEM_ERROR:
      raise_fmt(Exc_MemoryError, "Can't allocate memory for decompression object");
    default:
      zlib_error(self->zst, err, "while creating decompression object");
  }
}

// ---- Compress ----------------------------------------------------------------------------------
Object* comp_compress(Object* self_, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("compress", args, nargs, kwnames, names, 1, 1, 1, 1, v);
  ZObject* self = Z(self_);
  Buf data = need_buffer(v[0]);
  OutBuf out;
  out.init_and_grow(self->zst, -1);
  intptr_t remaining = data.n;
  const char* p = data.p;
  do {
    set_input(self->zst, p, &remaining);
    p += self->zst.avail_in;
    do {
      if (self->zst.avail_out == 0) out.grow(self->zst);
      int err = deflate(&self->zst, Z_NO_FLUSH);
      if (err == Z_STREAM_ERROR) zlib_error(self->zst, err, "while compressing data");
    } while (self->zst.avail_out == 0);
  } while (remaining != 0);
  return out.finish(self->zst);
}

Object* comp_flush(Object* self_, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("flush", args, nargs, kwnames, names, 1, 0, 1, 1, v);
  ZObject* self = Z(self_);
  int mode = v[0] ? int_arg_c(v[0]) : Z_FINISH;
  if (mode == Z_NO_FLUSH) return bytes_from("", 0);
  OutBuf out;
  out.init_and_grow(self->zst, -1);
  self->zst.avail_in = 0;
  int err;
  do {
    if (self->zst.avail_out == 0) out.grow(self->zst);
    err = deflate(&self->zst, mode);
    if (err == Z_STREAM_ERROR) zlib_error(self->zst, err, "while flushing");
  } while (self->zst.avail_out == 0);
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    err = deflateEnd(&self->zst);
    if (err != Z_OK) zlib_error(self->zst, err, "while finishing compression");
    self->is_initialised = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    zlib_error(self->zst, err, "while flushing");
  }
  return out.finish(self->zst);
}

Object* comp_copy_impl(Object* self_) {
  ZObject* self = Z(self_);
  if (!self->is_initialised) raise_value_error("Inconsistent stream state");
  auto* r = alloc_object<ZObject>(&ZlibCompress_Type);
  init_stream(r);
  int err = deflateCopy(&r->zst, &self->zst);
  // deflateCopy copies zalloc/opaque too: the copy's blocks must be accounted to the copy.
  switch (err) {
    case Z_OK: break;
    case Z_STREAM_ERROR: raise_value_error("Inconsistent stream state");
    case Z_MEM_ERROR: raise_fmt(Exc_MemoryError, "Can't allocate memory for compression object");
    default: zlib_error(self->zst, err, "while copying compression object");
  }
  r->unused_data = self->unused_data;
  r->unconsumed_tail = self->unconsumed_tail;
  r->is_initialised = true;
  return r;
}

Object* comp_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("copy", nargs, kwnames);
  return comp_copy_impl(self);
}
Object* comp_dunder_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("__copy__", nargs, kwnames);
  return comp_copy_impl(self);
}
Object* comp_deepcopy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  one_arg("__deepcopy__", nargs, kwnames);
  return comp_copy_impl(self);
}

// ---- Decompress --------------------------------------------------------------------------------
// `remaining`: input bytes not yet handed to zlib (inputs over 4 GiB).
void save_unconsumed_input(ZObject* self, Buf data, int err, intptr_t remaining) {
  if (err == Z_STREAM_END && (self->zst.avail_in > 0 || remaining > 0)) {
    intptr_t old = bytes_size(self->unused_data);
    intptr_t left = static_cast<intptr_t>(data.p + data.n - reinterpret_cast<const char*>(self->zst.next_in));
    BytesObject* nd = bytes_new_uninit(old + left);
    std::memcpy(nd->data, bytes_data(self->unused_data), static_cast<size_t>(old));
    std::memcpy(nd->data + old, self->zst.next_in, static_cast<size_t>(left));
    self->unused_data = nd;
    self->zst.avail_in = 0;
    remaining = 0;
  }
  if (self->zst.avail_in > 0 || remaining > 0 || bytes_size(self->unconsumed_tail)) {
    intptr_t left = static_cast<intptr_t>(data.p + data.n - reinterpret_cast<const char*>(self->zst.next_in));
    self->unconsumed_tail = bytes_from(reinterpret_cast<const char*>(self->zst.next_in), static_cast<size_t>(left));
  }
}

Object* decomp_decompress(Object* self_, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"", "max_length"};
  Object* v[2];
  parse_args("decompress", args, nargs, kwnames, names, 2, 1, 1, 2, v);
  ZObject* self = Z(self_);
  Buf data = need_buffer(v[0]);
  intptr_t max_length = v[1] ? ssize_arg_c(v[1]) : 0;
  if (max_length < 0) raise_value_error("max_length must be non-negative");
  if (max_length == 0) max_length = -1;
  OutBuf out;
  out.init_and_grow(self->zst, max_length);
  intptr_t remaining = data.n;
  const char* p = data.p;
  self->zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(p));
  self->zst.avail_in = 0;
  int err = Z_OK;
  bool failed = false;
  do {
    set_input(self->zst, p, &remaining);
    p += self->zst.avail_in;
    do {
      if (self->zst.avail_out == 0) {
        if (max_length >= 0 && static_cast<intptr_t>(out.used(self->zst)) == max_length) goto save;
        out.grow(self->zst);
      }
      err = inflate(&self->zst, Z_SYNC_FLUSH);
      switch (err) {
        case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
        default:
          if (err == Z_NEED_DICT && self->zdict) {
            set_inflate_zdict(self);
            break;
          }
          failed = true;
          goto save;
      }
    } while (self->zst.avail_out == 0 || err == Z_NEED_DICT);
  } while (err != Z_STREAM_END && remaining != 0);
save:
  save_unconsumed_input(self, data, err, remaining);
  if (err == Z_STREAM_END) {
    self->eof = true;
  } else if (failed || (err != Z_OK && err != Z_BUF_ERROR)) {
    zlib_error(self->zst, err, "while decompressing data");
  }
  return out.finish(self->zst);
}

Object* decomp_flush(Object* self_, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("flush", args, nargs, kwnames, names, 1, 0, 1, 1, v);
  ZObject* self = Z(self_);
  intptr_t length = v[0] ? ssize_arg_c(v[0]) : 16384;
  if (length <= 0) raise_value_error("length must be greater than zero");
  OutBuf out;
  out.init(self->zst, length);
  Object* tail = self->unconsumed_tail;  // keeps the input alive
  Buf data{bytes_data(tail), bytes_size(tail)};
  intptr_t remaining = data.n;
  const char* p = data.p;
  int err = Z_OK;
  do {
    set_input(self->zst, p, &remaining);
    p += self->zst.avail_in;
    int flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      if (self->zst.avail_out == 0) out.grow(self->zst);
      err = inflate(&self->zst, flush);
      switch (err) {
        case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
        default:
          if (err == Z_NEED_DICT && self->zdict) {
            set_inflate_zdict(self);
            break;
          }
          goto save;
      }
    } while (self->zst.avail_out == 0 || err == Z_NEED_DICT);
  } while (err != Z_STREAM_END && remaining != 0);
save:
  save_unconsumed_input(self, data, err, remaining);
  if (err == Z_STREAM_END) {
    self->eof = true;
    self->is_initialised = false;
    err = inflateEnd(&self->zst);
    if (err != Z_OK) zlib_error(self->zst, err, "while finishing decompression");
  }
  return out.finish(self->zst);
}

Object* decomp_copy_impl(Object* self_) {
  ZObject* self = Z(self_);
  if (!self->is_initialised) raise_value_error("Inconsistent stream state");
  auto* r = alloc_object<ZObject>(&ZlibDecompress_Type);
  init_stream(r);
  int err = inflateCopy(&r->zst, &self->zst);
  switch (err) {
    case Z_OK: break;
    case Z_STREAM_ERROR: raise_value_error("Inconsistent stream state");
    case Z_MEM_ERROR: raise_fmt(Exc_MemoryError, "Can't allocate memory for decompression object");
    default: zlib_error(self->zst, err, "while copying decompression object");
  }
  r->unused_data = self->unused_data;
  r->unconsumed_tail = self->unconsumed_tail;
  r->zdict = self->zdict;
  r->eof = self->eof;
  r->is_initialised = true;
  return r;
}

Object* decomp_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("copy", nargs, kwnames);
  return decomp_copy_impl(self);
}
Object* decomp_dunder_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("__copy__", nargs, kwnames);
  return decomp_copy_impl(self);
}
Object* decomp_deepcopy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  one_arg("__deepcopy__", nargs, kwnames);
  return decomp_copy_impl(self);
}


Object* no_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  raise_type_error("cannot create '%s' instances", type->tp_name);
}

const MethodDef comp_methods[] = {
    {"compress", comp_compress, METH_DEFAULT, "Returns a bytes object containing compressed data."},
    {"flush", comp_flush, METH_DEFAULT, "Return a bytes object containing any remaining compressed data."},
    {"copy", comp_copy, METH_DEFAULT, "Return a copy of the compression object."},
    {"__copy__", comp_dunder_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", comp_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, METH_DEFAULT, "Return a bytes object containing the decompressed version of the data."},
    {"flush", decomp_flush, METH_DEFAULT, "Return a bytes object containing any remaining decompressed data."},
    {"copy", decomp_copy, METH_DEFAULT, "Return a copy of the decompression object."},
    {"__copy__", decomp_dunder_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", decomp_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef decomp_members[] = {
    {"unused_data", MEMBER_OBJECT, offsetof(ZObject, unused_data), true, nullptr},
    {"unconsumed_tail", MEMBER_OBJECT, offsetof(ZObject, unconsumed_tail), true, nullptr},
    {"eof", MEMBER_BOOL, offsetof(ZObject, eof), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr},
};

const MethodDef module_functions[] = {
    {"adler32", f_adler32, METH_DEFAULT, "Compute an Adler-32 checksum of data."},
    {"compress", f_compress, METH_DEFAULT, "Returns a bytes object containing compressed data."},
    {"compressobj", f_compressobj, METH_DEFAULT, "Return a compressor object."},
    {"crc32", f_crc32, METH_DEFAULT, "Compute a CRC-32 checksum of data."},
    {"decompress", f_decompress, METH_DEFAULT, "Returns a bytes object containing the uncompressed data."},
    {"decompressobj", f_decompressobj, METH_DEFAULT, "Return a decompressor object."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
  TypeObject* c = &ZlibCompress_Type;
  c->tp_name = "zlib.Compress";
  c->tp_basicsize = sizeof(ZObject);
  c->tp_methods = comp_methods;
  c->tp_new = no_new;
  TypeObject* d = &ZlibDecompress_Type;
  d->tp_name = "zlib.Decompress";
  d->tp_basicsize = sizeof(ZObject);
  d->tp_methods = decomp_methods;
  d->tp_members = decomp_members;
  d->tp_new = no_new;
  type_ready(c);
  type_ready(d);
}

}  // namespace

Object* create_module_zlib() {
  if (!type_has(&ZlibCompress_Type, TPFLAGS_READY)) init_types();
  ModuleObject* m = module_new("zlib");
  module_add(m, "__doc__",
             str_from_cstr("The functions in this module allow compression and decompression using the\n"
                           "zlib library, which is based on GNU zip.\n"));
  module_add_functions(m, module_functions);
  if (!g_zlib_error) g_zlib_error = new_static_subtype("zlib.error", Exc_Exception, "zlib");
  module_add(m, "error", g_zlib_error);
  struct IntConst {
    const char* name;
    int value;
  };
  static const IntConst consts[] = {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", 16384}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const IntConst& k : consts) module_add(m, k.name, make_small_int(k.value));
  module_add(m, "ZLIB_VERSION", str_from_cstr(ZLIB_VERSION));
  module_add(m, "ZLIB_RUNTIME_VERSION", str_from_cstr(zlibVersion()));
  module_add(m, "__version__", str_from_cstr("1.0"));
  return m;
}

}  // namespace slotpy
