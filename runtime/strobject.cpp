// str: construction, interning, hashing, comparison, repr, the type's slots and its iterator.
// The methods are in strmethods.cpp.
#include "runtime/strobject.h"

#include <gc/gc.h>
#include <gc/gc_typed.h>

#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstring>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/rangeobject.h"
#include "runtime/repr.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Str_Type;
TypeObject StrIter_Type;
TypeObject StrAsciiIter_Type;
StrObject* Empty_Str;

namespace {

// Above this many data bytes a str keeps its code points in a separate, unscanned block so the
// collector does not scan large texts for pointers.
constexpr size_t kInlineDataLimit = 16 * 1024;

StrObject* g_char_cache[256];

// The collector's layout of a str: only the header's pointers are scanned, never the text.
GC_descr str_descr() {
  static const GC_descr descr = [] {
    GC_word bitmap[GC_BITMAP_SIZE(StrObject)] = {0};
    GC_set_bit(bitmap, GC_WORD_OFFSET(StrObject, ob_type));
    GC_set_bit(bitmap, GC_WORD_OFFSET(StrObject, data));
    GC_set_bit(bitmap, GC_WORD_OFFSET(StrObject, utf8));
    return GC_make_descriptor(bitmap, GC_WORD_LEN(StrObject));
  }();
  return descr;
}

StrObject* alloc_str(intptr_t length, int kind, bool ascii) {
  if (length > (INTPTR_MAX - 4096) / 4) raise_memory_error();
  size_t data_bytes = static_cast<size_t>(length + 1) * kind;
  StrObject* s;
  gc_stress();
  if (data_bytes <= kInlineDataLimit) {
    // One typed block: header and text.
    s = static_cast<StrObject*>(GC_MALLOC_EXPLICITLY_TYPED(sizeof(StrObject) + data_bytes, str_descr()));
    if (!s) raise_memory_error();
    s->data = reinterpret_cast<char*>(s) + sizeof(StrObject);
  } else {
    s = static_cast<StrObject*>(gc_alloc(sizeof(StrObject)));
    void* d = gc_alloc_atomic(data_bytes);
    if (!d) raise_memory_error();
    std::memset(static_cast<char*>(d) + length * kind, 0, kind);  // terminating unit
    s->data = d;
  }
  s->ob_type = &Str_Type;
  s->length = length;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = ascii;
  s->interned = 0;
  s->appendable = 0;
  if (ascii) {
    s->utf8 = static_cast<const char*>(s->data);
    s->utf8_length = length;
  } else {
    s->utf8 = nullptr;
    s->utf8_length = 0;
  }
  return s;
}

// ---- appendable strings -----------------------------------------------------------------------
// `s += t` in a loop would copy s every time (CPython avoids that by resizing s in place when
// nothing else refers to it; without reference counts slotpy cannot know that). Instead, a
// concatenation result of some length gets its text in a StrBuf with spare room, and a later
// concatenation onto the str that ends exactly at the buffer's `used` mark writes the new text
// into the spare room and returns a new header over the same buffer. Every str sharing a buffer
// sees an immutable prefix of it ([0, its length)); a concatenation onto a str that no longer
// ends at `used` (someone appended after it) copies as usual. Such strs are not NUL-terminated
// at their length (their utf8 is always a separate copy); all str code uses explicit lengths.
struct StrBuf {
  intptr_t capacity;  // code units of room (not counting a terminating unit)
  intptr_t used;      // code units claimed by the longest str over this buffer
  alignas(8) char data[];
};
constexpr intptr_t kAppendableMin = 64;  // shorter results are plain strs
static_assert(offsetof(StrBuf, data) == str_buffer_data_offset(), "gc_init registers it");

StrBuf* buf_of(const StrObject* s) {
  return reinterpret_cast<StrBuf*>(static_cast<char*>(s->data) - offsetof(StrBuf, data));
}

StrObject* appendable_header(void* data, intptr_t length, int kind, bool ascii) {
  gc_stress();
  auto* s = static_cast<StrObject*>(GC_MALLOC_EXPLICITLY_TYPED(sizeof(StrObject), str_descr()));
  if (!s) raise_memory_error();
  s->ob_type = &Str_Type;
  s->length = length;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = ascii;
  s->interned = 0;
  s->appendable = 1;
  s->data = data;
  s->utf8 = nullptr;
  s->utf8_length = 0;
  return s;
}

// a + b into a fresh buffer with room to grow (or nullptr: use a plain str).
StrObject* concat_new_buffer(StrObject* a, StrObject* b, int kind, bool ascii) {
  intptr_t n = a->length + b->length;
  if (n < kAppendableMin) return nullptr;
  intptr_t cap = n + n / 2;
  auto* buf = static_cast<StrBuf*>(
      gc_alloc_atomic(sizeof(StrBuf) + static_cast<size_t>(cap + 1) * kind));
  buf->capacity = cap;
  buf->used = n;
  str_copy_chars(buf->data, kind, 0, a, 0, a->length);
  str_copy_chars(buf->data, kind, a->length, b, 0, b->length);
  std::memset(buf->data + n * kind, 0, kind);
  return appendable_header(buf->data, n, kind, ascii);
}

StrObject* empty_str() {
  if (!Empty_Str) Empty_Str = alloc_str(0, 1, true);
  return Empty_Str;
}

StrObject* char_str(uint32_t cp) {  // cp < 256
  StrObject*& slot = g_char_cache[cp];
  if (!slot) {
    StrObject* s = alloc_str(1, 1, cp < 128);
    static_cast<uint8_t*>(s->data)[0] = static_cast<uint8_t>(cp);
    slot = s;
  }
  return slot;
}

template <class F>
inline auto visit(const StrObject* s, F&& f) {
  if (s->kind == 1) return f(static_cast<const uint8_t*>(s->data));
  return f(static_cast<const uint32_t*>(s->data));
}

bool all_ascii(const uint8_t* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (p[i] & 0x80) return false;
  return true;
}

// Generalized UTF-8 decoding of one code point (surrogates allowed, malformed -> U+FFFD per bad
// byte).
inline uint32_t decode_one(const char* s, size_t n, size_t* i) {
  uint32_t cp = utf8_decode(s, n, i);
  if (cp > 0x10FFFF) cp = 0xFFFD;
  return cp;
}

}  // namespace

// ---- construction ---------------------------------------------------------------------------

StrObject* str_new_uninit(intptr_t length, int kind, bool ascii) {
  if (length == 0) return empty_str();
  return alloc_str(length, kind, ascii);
}

StrObject* str_from_latin1(const uint8_t* s, size_t n) {
  if (n == 0) return empty_str();
  if (n == 1) return char_str(s[0]);
  StrObject* r = alloc_str(static_cast<intptr_t>(n), 1, all_ascii(s, n));
  std::memcpy(r->data, s, n);
  return r;
}

StrObject* str_from_ucs4(const uint32_t* s, size_t n) {
  uint32_t maxc = 0;
  for (size_t i = 0; i < n; ++i) maxc |= s[i];
  if (maxc < 256) {
    if (n == 0) return empty_str();
    if (n == 1) return char_str(s[0]);
    StrObject* r = alloc_str(static_cast<intptr_t>(n), 1, maxc < 128);
    auto* d = static_cast<uint8_t*>(r->data);
    for (size_t i = 0; i < n; ++i) d[i] = static_cast<uint8_t>(s[i]);
    return r;
  }
  // maxc is an OR of the values: recheck precisely.
  bool wide = false;
  for (size_t i = 0; i < n && !wide; ++i) wide = s[i] >= 256;
  if (!wide) {
    StrObject* r = alloc_str(static_cast<intptr_t>(n), 1, false);
    auto* d = static_cast<uint8_t*>(r->data);
    for (size_t i = 0; i < n; ++i) d[i] = static_cast<uint8_t>(s[i]);
    return r;
  }
  StrObject* r = alloc_str(static_cast<intptr_t>(n), 4, false);
  std::memcpy(r->data, s, n * 4);
  return r;
}

StrObject* str_from_kind(const void* data, int kind, size_t n) {
  if (kind == 1) return str_from_latin1(static_cast<const uint8_t*>(data), n);
  return str_from_ucs4(static_cast<const uint32_t*>(data), n);
}

StrObject* str_from_char(uint32_t cp) {
  if (cp < 256) return char_str(cp);
  StrObject* r = alloc_str(1, 4, false);
  static_cast<uint32_t*>(r->data)[0] = cp;
  return r;
}

StrObject* str_from_utf8(const char* s, size_t n) {
  auto* u = reinterpret_cast<const uint8_t*>(s);
  if (all_ascii(u, n)) {
    if (n == 0) return empty_str();
    if (n == 1) return char_str(u[0]);
    StrObject* r = alloc_str(static_cast<intptr_t>(n), 1, true);
    std::memcpy(r->data, s, n);
    return r;
  }
  // Pass 1: count and find the widest code point.
  size_t count = 0;
  uint32_t maxc = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp = decode_one(s, n, &i);
    if (cp > maxc) maxc = cp;
    ++count;
  }
  if (count == 1) {
    size_t i = 0;
    return str_from_char(decode_one(s, n, &i));
  }
  int kind = maxc < 256 ? 1 : 4;
  StrObject* r = alloc_str(static_cast<intptr_t>(count), kind, false);
  size_t k = 0;
  if (kind == 1) {
    auto* d = static_cast<uint8_t*>(r->data);
    for (size_t i = 0; i < n;) d[k++] = static_cast<uint8_t>(decode_one(s, n, &i));
  } else {
    auto* d = static_cast<uint32_t*>(r->data);
    for (size_t i = 0; i < n;) d[k++] = decode_one(s, n, &i);
  }
  return r;
}

StrObject* str_from_cstr(const char* s) { return str_from_utf8(s, std::strlen(s)); }

void str_copy_chars(void* dst, int dkind, intptr_t doff, const StrObject* src, intptr_t soff,
                    intptr_t n) {
  if (n <= 0) return;
  if (dkind == src->kind) {
    std::memcpy(static_cast<char*>(dst) + doff * dkind,
                static_cast<const char*>(src->data) + soff * dkind, n * dkind);
  } else if (dkind == 4) {
    auto* d = static_cast<uint32_t*>(dst) + doff;
    auto* s = static_cast<const uint8_t*>(src->data) + soff;
    for (intptr_t i = 0; i < n; ++i) d[i] = s[i];
  } else {
    auto* d = static_cast<uint8_t*>(dst) + doff;
    auto* s = static_cast<const uint32_t*>(src->data) + soff;
    for (intptr_t i = 0; i < n; ++i) d[i] = static_cast<uint8_t>(s[i]);
  }
}

StrObject* str_canonical(StrObject* s) {
  if (s->kind == 4) {
    auto* p = static_cast<const uint32_t*>(s->data);
    for (intptr_t i = 0; i < s->length; ++i)
      if (p[i] > 255) return s;
    return str_from_ucs4(p, s->length);
  }
  if (!s->ascii && all_ascii(static_cast<const uint8_t*>(s->data), s->length)) {
    s->ascii = 1;
    if (!s->appendable) {  // an appendable str's text is not NUL-terminated
      s->utf8 = static_cast<const char*>(s->data);
      s->utf8_length = s->length;
    }
  }
  return s;
}

StrObject* str_exact(StrObject* s) {
  if (s->ob_type == &Str_Type) return s;
  return str_from_kind(s->data, s->kind, s->length);
}

// ---- access -----------------------------------------------------------------------------------

const char* str_utf8(StrObject* s, size_t* len) {
  if (!s->utf8) {
    size_t n = 0;
    visit(s, [&](auto* p) {
      for (intptr_t i = 0; i < s->length; ++i) {
        uint32_t c = p[i];
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      }
    });
    auto* out = static_cast<uint8_t*>(gc_alloc_atomic(n + 1));
    size_t k = 0;
    visit(s, [&](auto* p) {
      for (intptr_t i = 0; i < s->length; ++i) {
        uint32_t c = p[i];
        if (c < 0x80) {
          out[k++] = static_cast<uint8_t>(c);
        } else if (c < 0x800) {
          out[k++] = static_cast<uint8_t>(0xC0 | (c >> 6));
          out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
          out[k++] = static_cast<uint8_t>(0xE0 | (c >> 12));
          out[k++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
          out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        } else {
          out[k++] = static_cast<uint8_t>(0xF0 | (c >> 18));
          out[k++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
          out[k++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
          out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        }
      }
    });
    out[k] = 0;
    s->utf8_length = static_cast<intptr_t>(n);
    s->utf8 = reinterpret_cast<const char*>(out);
  }
  if (len) *len = static_cast<size_t>(s->utf8_length);
  return s->utf8;
}

// Hashing: eight bytes at a time through a multiply-xorshift step, finished with a 64-bit mixer.
// A Latin-1 str hashes like the bytes of the same text (as in CPython). Kind-4 strs never equal
// kind-1 strs (kinds are canonical), so they may hash differently.
namespace {

constexpr uint64_t kHashMul = 0x9E3779B97F4A7C15ull;

inline uint64_t hash_step(uint64_t h, uint64_t w) {
  h = (h ^ w) * kHashMul;
  return h ^ (h >> 32);
}

inline intptr_t finish_hash(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  auto r = static_cast<intptr_t>(h);
  return r == -1 ? -2 : r;
}

}  // namespace

intptr_t str_hash_bytes(const uint8_t* p, size_t n) {
  if (n == 0) return 0;  // as CPython: hash('') == hash(b'') == 0
  uint64_t h = 0x243F6A8885A308D3ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = hash_step(h, w);
  }
  if (i < n) {
    uint64_t w = 0;
    std::memcpy(&w, p + i, n - i);
    h = hash_step(h, w | (uint64_t{1} << 63));
  }
  return finish_hash(h);
}

intptr_t str_hash(StrObject* s) {
  if (s->hash != -1) return s->hash;
  intptr_t r;
  if (s->kind == 1) {
    r = str_hash_bytes(static_cast<const uint8_t*>(s->data), s->length);
  } else {
    auto* p = static_cast<const uint32_t*>(s->data);
    intptr_t n = s->length;
    uint64_t h = 0x13198A2E03707344ull ^ static_cast<uint64_t>(n);
    intptr_t i = 0;
    for (; i + 2 <= n; i += 2) h = hash_step(h, p[i] | (static_cast<uint64_t>(p[i + 1]) << 32));
    if (i < n) h = hash_step(h, p[i] | (uint64_t{1} << 63));
    r = finish_hash(h);
  }
  s->hash = r;
  return r;
}

bool str_eq(StrObject* a, StrObject* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->length * a->kind) == 0;
}

int str_compare(StrObject* a, StrObject* b) {
  if (a == b) return 0;
  intptr_t n = a->length < b->length ? a->length : b->length;
  if (a->kind == 1 && b->kind == 1) {
    int c = std::memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (intptr_t i = 0; i < n; ++i) {
      uint32_t x = str_char(a, i), y = str_char(b, i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

bool str_eq_cstr(StrObject* a, const char* s) {
  size_t n = std::strlen(s);
  if (a->ascii) return static_cast<size_t>(a->length) == n && std::memcmp(a->data, s, n) == 0;
  size_t m;
  const char* u = str_utf8(a, &m);
  return m == n && std::memcmp(u, s, n) == 0;
}

// ---- interning ------------------------------------------------------------------------------
// Open addressing (linear probing) over a power-of-two table of (str, hash) entries, kept at most
// half full; the hashes in the table spare probes a visit to each candidate string.

namespace {

struct InternEntry {
  StrObject* s;
  intptr_t hash;
};

InternEntry* g_intern_table;  // GC-visible through this global
size_t g_intern_mask;
size_t g_intern_used;

void intern_grow() {
  size_t old_size = g_intern_table ? g_intern_mask + 1 : 0;
  size_t size = old_size ? old_size * 2 : 2048;
  auto* t = static_cast<InternEntry*>(gc_alloc(size * sizeof(InternEntry)));
  for (size_t i = 0; i < old_size; ++i) {
    InternEntry e = g_intern_table[i];
    if (!e.s) continue;
    size_t j = static_cast<size_t>(e.hash) & (size - 1);
    while (t[j].s) j = (j + 1) & (size - 1);
    t[j] = e;
  }
  g_intern_table = t;
  g_intern_mask = size - 1;
}

void intern_insert(StrObject* s) {
  if (!g_intern_table || (g_intern_used + 1) * 2 > g_intern_mask + 1) intern_grow();
  size_t j = static_cast<size_t>(s->hash) & g_intern_mask;
  while (g_intern_table[j].s) j = (j + 1) & g_intern_mask;
  g_intern_table[j] = {s, s->hash};
  ++g_intern_used;
  s->interned = 1;
}

}  // namespace

StrObject* intern_str(StrObject* s) {
  if (s->interned) return s;
  intptr_t h = str_hash(s);
  if (g_intern_table) {
    for (size_t j = static_cast<size_t>(h) & g_intern_mask; g_intern_table[j].s; j = (j + 1) & g_intern_mask) {
      const InternEntry& e = g_intern_table[j];
      if (e.hash == h && str_eq(e.s, s)) return e.s;
    }
  }
  // Canonical objects for the shared empty and one-character strings.
  StrObject* canon = s;
  if (s->length == 0) {
    canon = empty_str();
  } else if (s->length == 1 && s->kind == 1) {
    canon = char_str(static_cast<const uint8_t*>(s->data)[0]);
  } else if (s->ob_type != &Str_Type) {
    canon = str_exact(s);
  }
  str_hash(canon);
  intern_insert(canon);
  return canon;
}

StrObject* intern_utf8(const char* s, size_t n) {
  auto* u = reinterpret_cast<const uint8_t*>(s);
  if (g_intern_table && all_ascii(u, n)) {
    intptr_t h = str_hash_bytes(u, n);
    for (size_t j = static_cast<size_t>(h) & g_intern_mask; g_intern_table[j].s; j = (j + 1) & g_intern_mask) {
      const InternEntry& e = g_intern_table[j];
      if (e.hash == h && e.s->kind == 1 && static_cast<size_t>(e.s->length) == n &&
          std::memcmp(e.s->data, s, n) == 0)
        return e.s;
    }
  }
  return intern_str(str_from_utf8(s, n));
}

StrObject* intern(const char* s) { return intern_utf8(s, std::strlen(s)); }

// ---- operations -------------------------------------------------------------------------------

StrObject* str_concat(StrObject* a, StrObject* b) {
  if (b->length == 0 && a->ob_type == &Str_Type) return a;
  if (a->length == 0 && b->ob_type == &Str_Type) return b;
  if (a->length > INTPTR_MAX / 8 - b->length) raise_overflow_error("strings are too large to concat");
  int kind = a->kind > b->kind ? a->kind : b->kind;
  bool ascii = a->ascii && b->ascii;
  if (a->appendable && a->kind == kind) {
    StrBuf* buf = buf_of(a);
    intptr_t n = a->length + b->length;
    if (buf->used == a->length && n <= buf->capacity) {
      str_copy_chars(buf->data, kind, a->length, b, 0, b->length);
      std::memset(buf->data + n * kind, 0, kind);
      buf->used = n;
      return appendable_header(buf->data, n, kind, ascii);
    }
  }
  if (StrObject* r = concat_new_buffer(a, b, kind, ascii)) return r;
  StrObject* r = str_new_uninit(a->length + b->length, kind, ascii);
  str_copy_chars(r->data, kind, 0, a, 0, a->length);
  str_copy_chars(r->data, kind, a->length, b, 0, b->length);
  return r;
}

StrObject* str_substring(StrObject* s, intptr_t start, intptr_t end) {
  if (start < 0) start = 0;
  if (end > s->length) end = s->length;
  if (start >= end) return empty_str();
  if (start == 0 && end == s->length && s->ob_type == &Str_Type) return s;
  intptr_t n = end - start;
  if (s->kind == 1) {
    if (n == 1) return char_str(static_cast<const uint8_t*>(s->data)[start]);
    StrObject* r = alloc_str(n, 1, s->ascii);
    std::memcpy(r->data, static_cast<const uint8_t*>(s->data) + start, n);
    if (!s->ascii) {
      // The slice may be all ASCII even if s is not.
      r->ascii = all_ascii(static_cast<const uint8_t*>(r->data), n);
      if (r->ascii) {
        r->utf8 = static_cast<const char*>(r->data);
        r->utf8_length = n;
      }
    }
    return r;
  }
  return str_from_ucs4(static_cast<const uint32_t*>(s->data) + start, n);
}

StrObject* str_repeat(StrObject* s, intptr_t n) {
  if (n <= 0 || s->length == 0) return empty_str();
  if (n == 1 && s->ob_type == &Str_Type) return s;
  if (s->length > INTPTR_MAX / 8 / n) raise_overflow_error("repeated string is too long");
  intptr_t total = s->length * n;
  StrObject* r = str_new_uninit(total, s->kind, s->ascii);
  size_t unit = s->kind;
  auto* d = static_cast<char*>(r->data);
  if (s->length == 1 && unit == 1) {
    std::memset(d, static_cast<const uint8_t*>(s->data)[0], total);
  } else {
    size_t have = s->length * unit;
    size_t want = total * unit;
    std::memcpy(d, s->data, have);
    while (have < want) {
      size_t k = have < want - have ? have : want - have;
      std::memcpy(d + have, d, k);
      have += k;
    }
  }
  return r;
}

// Searching.
namespace {

template <class H, class N>
intptr_t find_impl(const H* h, intptr_t start, intptr_t end, const N* nd, intptr_t m) {
  if (m == 0) return start;
  N first = nd[0];
  for (intptr_t i = start; i + m <= end; ++i) {
    if (h[i] != first) continue;
    intptr_t k = 1;
    while (k < m && h[i + k] == nd[k]) ++k;
    if (k == m) return i;
  }
  return -1;
}

template <class H, class N>
intptr_t rfind_impl(const H* h, intptr_t start, intptr_t end, const N* nd, intptr_t m) {
  if (m == 0) return end;
  for (intptr_t i = end - m; i >= start; --i) {
    intptr_t k = 0;
    while (k < m && h[i + k] == nd[k]) ++k;
    if (k == m) return i;
  }
  return -1;
}

}  // namespace

const char* fast_memmem(const char* hay, size_t n, const char* needle, size_t m) {
  if (m == 0) return hay;
  if (m > n) return nullptr;
  if (m == 1) return static_cast<const char*>(std::memchr(hay, needle[0], n));
  // memchr for the first byte, then compare; memmem (two-way) when false candidates abound.
  const char* p = hay;
  const char* end = hay + (n - m + 1);  // candidate starts are < end
  const char first = needle[0], last = needle[m - 1];
  size_t misses = 0;
  while (p < end) {
    p = static_cast<const char*>(std::memchr(p, first, end - p));
    if (!p) return nullptr;
    if (p[m - 1] == last && std::memcmp(p + 1, needle + 1, m - 2) == 0) return p;
    ++p;
    if (++misses > 32 && misses * 16 > static_cast<size_t>(p - hay))
      return static_cast<const char*>(memmem(p, hay + n - p, needle, m));
  }
  return nullptr;
}

intptr_t str_find_char(StrObject* s, uint32_t ch, intptr_t start, intptr_t end) {
  if (start < 0) start = 0;
  if (end > s->length) end = s->length;
  if (start >= end) return -1;
  if (s->kind == 1) {
    if (ch > 255) return -1;
    auto* p = static_cast<const uint8_t*>(s->data);
    auto* q = static_cast<const uint8_t*>(std::memchr(p + start, static_cast<int>(ch), end - start));
    return q ? q - p : -1;
  }
  auto* p = static_cast<const uint32_t*>(s->data);
  for (intptr_t i = start; i < end; ++i)
    if (p[i] == ch) return i;
  return -1;
}

intptr_t str_find(StrObject* s, StrObject* sub, intptr_t start, intptr_t end) {
  if (end > s->length) end = s->length;
  if (start < 0) start = 0;
  intptr_t m = sub->length;
  if (end - start < m) return -1;
  if (m == 0) return start;
  if (sub->kind > s->kind) return -1;  // sub has a code point >= 256 that s cannot contain
  if (m == 1) return str_find_char(s, str_char(sub, 0), start, end);
  if (s->kind == 1) {
    auto* h = static_cast<const char*>(s->data);
    const char* r = fast_memmem(h + start, end - start, static_cast<const char*>(sub->data), m);
    return r ? r - h : -1;
  }
  return visit(sub, [&](auto* nd) {
    return find_impl(static_cast<const uint32_t*>(s->data), start, end, nd, m);
  });
}

intptr_t str_rfind(StrObject* s, StrObject* sub, intptr_t start, intptr_t end) {
  if (end > s->length) end = s->length;
  if (start < 0) start = 0;
  intptr_t m = sub->length;
  if (end - start < m) return -1;
  if (m == 0) return end;
  if (sub->kind > s->kind) return -1;
  return visit(s, [&](auto* h) {
    return visit(sub, [&](auto* nd) { return rfind_impl(h, start, end, nd, m); });
  });
}

intptr_t str_count(StrObject* s, StrObject* sub, intptr_t start, intptr_t end, intptr_t maxcount) {
  if (end > s->length) end = s->length;
  if (start < 0) start = 0;
  if (start > end) return 0;
  intptr_t m = sub->length;
  if (m == 0) {
    intptr_t n = end - start + 1;
    return maxcount >= 0 && n > maxcount ? maxcount : n;
  }
  intptr_t count = 0;
  while (maxcount < 0 || count < maxcount) {
    intptr_t i = str_find(s, sub, start, end);
    if (i < 0) break;
    ++count;
    start = i + m;
  }
  return count;
}

// repr(): CPython's quoting and escapes.
StrObject* str_repr(StrObject* s) {
  bool has_single = false, has_double = false;
  visit(s, [&](auto* p) {
    for (intptr_t i = 0; i < s->length; ++i) {
      if (p[i] == '\'') has_single = true;
      else if (p[i] == '"') has_double = true;
    }
  });
  uint32_t quote = (has_single && !has_double) ? '"' : '\'';
  // Pass 1: output length and widest kept character.
  intptr_t outlen = 2;
  uint32_t maxc = 0;
  visit(s, [&](auto* p) {
    for (intptr_t i = 0; i < s->length; ++i) {
      uint32_t c = p[i];
      if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        outlen += 2;
      } else if (c < 0x20 || c == 0x7F) {
        outlen += 4;
      } else if (c < 0x7F) {
        outlen += 1;
      } else if (unicode_isprintable(c)) {
        outlen += 1;
        if (c > maxc) maxc = c;
      } else {
        outlen += c <= 0xFF ? 4 : c <= 0xFFFF ? 6 : 10;
      }
    }
  });
  int kind = maxc < 256 ? 1 : 4;
  StrObject* r = str_new_uninit(outlen, kind, maxc < 128);
  static const char hexd[] = "0123456789abcdef";
  auto emit = [&](auto* out) {
    intptr_t k = 0;
    auto hex = [&](char e, uint32_t v, int width) {
      out[k++] = '\\';
      out[k++] = e;
      for (int sh = (width - 1) * 4; sh >= 0; sh -= 4) out[k++] = hexd[(v >> sh) & 0xF];
    };
    out[k++] = quote;
    visit(s, [&](auto* p) {
      for (intptr_t i = 0; i < s->length; ++i) {
        uint32_t c = p[i];
        if (c == quote || c == '\\') {
          out[k++] = '\\';
          out[k++] = c;
        } else if (c == '\t') {
          out[k++] = '\\';
          out[k++] = 't';
        } else if (c == '\n') {
          out[k++] = '\\';
          out[k++] = 'n';
        } else if (c == '\r') {
          out[k++] = '\\';
          out[k++] = 'r';
        } else if (c < 0x20 || c == 0x7F) {
          hex('x', c, 2);
        } else if (c < 0x7F || unicode_isprintable(c)) {
          out[k++] = c;
        } else if (c <= 0xFF) {
          hex('x', c, 2);
        } else if (c <= 0xFFFF) {
          hex('u', c, 4);
        } else {
          hex('U', c, 8);
        }
      }
    });
    out[k++] = quote;
  };
  if (kind == 1) emit(static_cast<uint8_t*>(r->data));
  else emit(static_cast<uint32_t*>(r->data));
  return r;
}

StrObject* str_join_array(Object* const* items, size_t n) {
  if (n == 0) return empty_str();
  if (n == 1 && is_str_exact(items[0])) return static_cast<StrObject*>(items[0]);
  intptr_t total = 0;
  int kind = 1;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    auto* s = static_cast<StrObject*>(items[i]);
    if (s->length > INTPTR_MAX / 8 - total) raise_overflow_error("join() result is too long for a Python string");
    total += s->length;
    if (s->kind > kind) kind = s->kind;
    ascii = ascii && s->ascii;
  }
  StrObject* r = str_new_uninit(total, kind, ascii);
  intptr_t off = 0;
  for (size_t i = 0; i < n; ++i) {
    auto* s = static_cast<StrObject*>(items[i]);
    str_copy_chars(r->data, kind, off, s, 0, s->length);
    off += s->length;
  }
  return r;
}

StrObject* str_format_c(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if (static_cast<size_t>(n) < sizeof buf) return str_from_utf8(buf, n);
  std::string big(static_cast<size_t>(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  return str_from_utf8(big.data(), n);
}

// ---- StrBuilder ---------------------------------------------------------------------------------

void StrBuilder::widen() {
  if (wide_) return;
  wide_ = true;
  w_.reserve(n_.size() + 16);
  for (unsigned char c : n_) w_.push_back(c);
  n_.clear();
}

void StrBuilder::append_utf8(const char* s, size_t n) {
  for (size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      append_char(c);
      ++i;
    } else {
      append_char(decode_one(s, n, &i));
    }
  }
}

void StrBuilder::append(StrObject* s, intptr_t start, intptr_t end) {
  if (start >= end) return;
  if (s->kind == 1) {
    auto* p = static_cast<const uint8_t*>(s->data);
    if (wide_) {
      for (intptr_t i = start; i < end; ++i) w_.push_back(p[i]);
    } else {
      n_.append(reinterpret_cast<const char*>(p) + start, end - start);
    }
  } else {
    auto* p = static_cast<const uint32_t*>(s->data);
    for (intptr_t i = start; i < end; ++i) append_char(p[i]);
  }
}

StrObject* StrBuilder::finish() {
  if (wide_) return str_from_ucs4(reinterpret_cast<const uint32_t*>(w_.data()), w_.size());
  return str_from_latin1(reinterpret_cast<const uint8_t*>(n_.data()), n_.size());
}

// ---- type slots ---------------------------------------------------------------------------------

static Object* str_repr_slot(Object* self) { return str_repr(static_cast<StrObject*>(self)); }

static Object* str_str_slot(Object* self) { return str_exact(static_cast<StrObject*>(self)); }

static intptr_t str_hash_slot(Object* self) { return str_hash(static_cast<StrObject*>(self)); }

static Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(a) || !is_str(b)) return Py_NotImplemented;
  auto* x = static_cast<StrObject*>(a);
  auto* y = static_cast<StrObject*>(b);
  if (op == CMP_EQ) return py_bool(str_eq(x, y));
  if (op == CMP_NE) return py_bool(!str_eq(x, y));
  int c = str_compare(x, y);
  switch (op) {
    case CMP_LT: return py_bool(c < 0);
    case CMP_LE: return py_bool(c <= 0);
    case CMP_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
  }
}

static intptr_t str_length_slot(Object* self) { return static_cast<StrObject*>(self)->length; }

static Object* str_subscript(Object* self, Object* key) {
  auto* s = static_cast<StrObject*>(self);
  intptr_t i;
  if (is_small_int(key)) {
    i = small_int_value(key);
  } else if (type_of(key) == &Slice_Type) {
    intptr_t start, stop, step;
    intptr_t n = slice_unpack(static_cast<SliceObject*>(key), s->length, &start, &stop, &step);
    if (n <= 0) return empty_str();
    if (step == 1) return str_substring(s, start, start + n);
    if (s->kind == 1) {
      auto* p = static_cast<const uint8_t*>(s->data);
      if (n == 1) return char_str(p[start]);
      StrObject* r = alloc_str(n, 1, s->ascii);
      auto* d = static_cast<uint8_t*>(r->data);
      for (intptr_t k = 0; k < n; ++k) d[k] = p[start + k * step];
      if (!s->ascii && all_ascii(d, n)) {
        r->ascii = 1;
        r->utf8 = static_cast<const char*>(r->data);
        r->utf8_length = n;
      }
      return r;
    }
    auto* p = static_cast<const uint32_t*>(s->data);
    auto* tmp = static_cast<uint32_t*>(gc_alloc_atomic(n * sizeof(uint32_t)));
    for (intptr_t k = 0; k < n; ++k) tmp[k] = p[start + k * step];
    return str_from_ucs4(tmp, n);
  } else if (type_of(key)->nb_index) {
    Object* v = number_index(key);
    if (!is_small_int(v) && !int_to_intptr(v, &i))
      raise_fmt(Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
    if (is_small_int(v)) i = small_int_value(v);
  } else {
    raise_type_error("string indices must be integers, not '%s'", type_name(key));
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raise_index_error("string index out of range");
  return str_from_char(str_char(s, i));
}

static int str_contains_slot(Object* self, Object* item) {
  if (!is_str(item))
    raise_type_error("'in <string>' requires string as left operand, not %s", type_name(item));
  return str_contains(static_cast<StrObject*>(self), static_cast<StrObject*>(item));
}

static Object* str_add(Object* a, Object* b) {
  if (!is_str(a)) return Py_NotImplemented;
  if (is_str(b)) return str_concat(static_cast<StrObject*>(a), static_cast<StrObject*>(b));
  // CPython tries the right operand's __radd__ before str's sequence concatenation fails.
  // A class's reflected method (__radd__/__rmul__) gets its chance before the TypeError.
  BinaryFn other = type_has(type_of(b), TPFLAGS_HEAPTYPE) ? type_of(b)->nb_add : nullptr;
  if (other && other != str_add) {
    Object* r = other(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("can only concatenate str (not \"%s\") to str", type_name(b));
}

static intptr_t repeat_count(Object* n) {
  if (is_small_int(n)) return small_int_value(n);
  Object* v = number_index(n);
  intptr_t r;
  if (is_small_int(v)) return small_int_value(v);
  if (!int_to_intptr(v, &r))
    raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(n));
  return r;
}

static Object* str_multiply(Object* a, Object* b) {
  if (is_str(a)) {
    if (is_small_int(b) || type_of(b)->nb_index)
      return str_repeat(static_cast<StrObject*>(a), repeat_count(b));
    BinaryFn other = type_has(type_of(b), TPFLAGS_HEAPTYPE) ? type_of(b)->nb_multiply : nullptr;
    if (other && other != str_multiply) {
      Object* r = other(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(b));
  }
  // b is the str.
  if (is_small_int(a) || type_of(a)->nb_index)
    return str_repeat(static_cast<StrObject*>(b), repeat_count(a));
  raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(a));
}

// ---- iterator -----------------------------------------------------------------------------------

namespace {
struct StrIterObject : Object {
  StrObject* str;  // nullptr when exhausted
  intptr_t index;
};
}  // namespace

static Object* str_iter(Object* self) {
  auto* s = static_cast<StrObject*>(self);
  // CPython 3.11 names the iterator of an ASCII str str_ascii_iterator.
  auto* it = alloc_object<StrIterObject>(s->ascii ? &StrAsciiIter_Type : &StrIter_Type);
  it->str = s;
  it->index = 0;
  return it;
}

static Object* striter_next(Object* self) {
  auto* it = static_cast<StrIterObject*>(self);
  StrObject* s = it->str;
  if (!s) return nullptr;
  if (it->index < s->length) {
    intptr_t i = it->index++;
    if (s->kind == 1) return char_str(static_cast<const uint8_t*>(s->data)[i]);
    return str_from_char(static_cast<const uint32_t*>(s->data)[i]);
  }
  it->str = nullptr;
  return nullptr;
}

static Object* striter_iter(Object* self) { return self; }

static Object* striter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__length_hint__", kwnames);
  check_nargs("__length_hint__", nargs, 0, 0);
  auto* it = static_cast<StrIterObject*>(self);
  if (!it->str) return make_small_int(0);
  return make_small_int(it->str->length - it->index);
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- constructor --------------------------------------------------------------------------------

static StrObject* subclass_instance(TypeObject* type, StrObject* v) {
  auto* r = static_cast<StrObject*>(type_alloc(type));
  r->length = v->length;
  r->hash = -1;
  r->kind = v->kind;
  r->ascii = v->ascii;
  r->interned = 0;
  size_t bytes = static_cast<size_t>(v->length) * v->kind;
  void* d = gc_alloc_atomic(bytes + v->kind);
  std::memcpy(d, v->data, bytes);
  std::memset(static_cast<char*>(d) + bytes, 0, v->kind);
  r->data = d;
  if (v->ascii) {
    r->utf8 = static_cast<const char*>(d);
    r->utf8_length = v->length;
  } else {
    r->utf8 = nullptr;
    r->utf8_length = 0;
  }
  return r;
}

static const char* str_arg(Object* o, const char* what) {
  if (!is_str(o))
    raise_type_error("str() argument '%s' must be str, not %s", what, type_name(o));
  return str_utf8(static_cast<StrObject*>(o));
}

static Object* str_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"object", "encoding", "errors"};
  Object* out[3] = {nullptr, nullptr, nullptr};
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw > 3) raise_type_error("str() takes at most 3 arguments (%zu given)", nargs + nkw);
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    auto* name = static_cast<StrObject*>(tuple_item(kwnames, k));
    int idx = -1;
    for (int j = 0; j < 3; ++j)
      if (str_eq_cstr(name, names[j])) idx = j;
    if (idx < 0) raise_type_error("'%s' is an invalid keyword argument for str()", str_utf8(name));
    if (out[idx])
      raise_type_error("argument for str() given by name ('%s') and position (%d)", names[idx], idx + 1);
    out[idx] = args[nargs + k];
  }
  StrObject* v;
  if (!out[1] && !out[2]) {
    if (!out[0]) {
      v = empty_str();
    } else {
      Object* r = str(out[0]);
      v = static_cast<StrObject*>(r);
    }
  } else {
    const char* encoding = out[1] ? str_arg(out[1], "encoding") : "utf-8";
    const char* errors = out[2] ? str_arg(out[2], "errors") : "strict";
    Object* o = out[0] ? out[0] : bytes_from("", 0);
    if (is_str(o)) raise_type_error("decoding str is not supported");
    const char* data;
    intptr_t size;
    if (!get_buffer(o, &data, &size))
      raise_type_error("decoding to str: need a bytes-like object, %s found", type_name(o));
    v = str_decode(data, size, encoding, errors);
  }
  if (type == &Str_Type) return v;
  return subclass_instance(type, v);
}

// __getnewargs__ and the other methods are in strmethods.cpp.

void init_str_type() {
  Str_Type.tp_name = "str";
  Str_Type.tp_basicsize = sizeof(StrObject);
  Str_Type.tp_itemsize = 0;
  Str_Type.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_STR_SUBCLASS | TPFLAGS_IMMUTABLETYPE;
  Str_Type.tp_doc =
      "str(object='') -> str\n"
      "str(bytes_or_buffer[, encoding[, errors]]) -> str\n"
      "\n"
      "Create a new string object from the given object. If encoding or\n"
      "errors is specified, then the object must expose a data buffer\n"
      "that will be decoded using the given encoding and error handler.\n"
      "Otherwise, returns the result of object.__str__() (if defined)\n"
      "or repr(object).\n"
      "encoding defaults to sys.getdefaultencoding().\n"
      "errors defaults to 'strict'.";
  Str_Type.tp_methods = str_methods;
  Str_Type.tp_repr = str_repr_slot;
  Str_Type.tp_str = str_str_slot;
  Str_Type.tp_hash = str_hash_slot;
  Str_Type.tp_richcompare = str_richcompare;
  Str_Type.tp_iter = str_iter;
  Str_Type.tp_new = str_new;
  Str_Type.mp_length = str_length_slot;
  Str_Type.mp_subscript = str_subscript;
  Str_Type.sq_contains = str_contains_slot;
  Str_Type.nb_add = str_add;
  Str_Type.nb_multiply = str_multiply;
  Str_Type.nb_remainder = str_mod;

  StrIter_Type.tp_name = "str_iterator";
  StrIter_Type.tp_basicsize = sizeof(StrIterObject);
  StrIter_Type.tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  StrIter_Type.tp_iter = striter_iter;
  StrIter_Type.tp_iternext = striter_next;
  StrIter_Type.tp_methods = striter_methods;

  StrAsciiIter_Type = StrIter_Type;
  StrAsciiIter_Type.tp_name = "str_ascii_iterator";

  // The shared empty and one-character strings only need Str_Type's address.
  empty_str();
}

}  // namespace slotpy
