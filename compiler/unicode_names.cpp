#include "compiler/unicode_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace slotpy::syntax {
namespace {

// A run of code points whose names are prefix + the code point in hexadecimal.
struct NameRange {
  const char* prefix;
  uint32_t first;
  uint32_t last;
};

// Generated at build time by tools/gen_unicode_names.cpp (see there for the layout):
// kWordChars/kWordOffsets/kWordCodes, kRecords/kBlockOffsets, kHexNameRanges,
// kIdeographRanges, kHangulFirst/kHangulLast.
#include "unicode_names_table.inc"

// Maximum encoded length of a name; every stored name encodes to at most 255 bytes.
constexpr std::size_t kMaxKey = 255;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses 1..6 upper-case hex digits; false on anything else or a value above U+10FFFF.
bool parse_hex(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 6) return false;
  uint32_t v = 0;
  for (char c : s) {
    int d = hex_digit(c);
    if (d < 0) return false;
    v = v * 16 + static_cast<uint32_t>(d);
  }
  if (v > 0x10FFFF) return false;
  *out = v;
  return true;
}

// ---- Hangul syllables (Unicode 3.12, "Conjoining Jamo Behavior") ------------------------------

constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                  "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                  "SS", "NG", "J", "C", "K", "T", "P", "H"};
constexpr uint32_t kVCount = sizeof kJamoV / sizeof kJamoV[0];
constexpr uint32_t kTCount = sizeof kJamoT / sizeof kJamoT[0];
static_assert((sizeof kJamoL / sizeof kJamoL[0]) * kVCount * kTCount == kHangulLast - kHangulFirst + 1);

// Consumes the longest jamo short name of `table` at the front of `s` (as CPython does: greedy,
// no backtracking); returns its index or -1.
template <std::size_t N>
int take_jamo(std::string_view* s, const char* const (&table)[N]) {
  int best = -1;
  std::size_t best_len = 0;
  for (std::size_t i = 0; i < N; ++i) {
    std::string_view j(table[i]);
    if (s->substr(0, j.size()) == j && (best < 0 || j.size() > best_len)) {
      best = static_cast<int>(i);
      best_len = j.size();
    }
  }
  if (best >= 0) s->remove_prefix(best_len);
  return best;
}

bool lookup_hangul(std::string_view s, uint32_t* cp) {
  int l = take_jamo(&s, kJamoL);
  int v = take_jamo(&s, kJamoV);
  int t = take_jamo(&s, kJamoT);
  if (l < 0 || v < 0 || t < 0 || !s.empty()) return false;
  *cp = kHangulFirst + (static_cast<uint32_t>(l) * kVCount + static_cast<uint32_t>(v)) * kTCount +
        static_cast<uint32_t>(t);
  return true;
}

// ---- the word-coded name table ----------------------------------------------------------------

std::string_view word_at(std::size_t i) {
  return std::string_view(kWordChars + kWordOffsets[i], kWordOffsets[i + 1] - kWordOffsets[i]);
}

// The code of `word`, or -1 when no stored name uses it.
long word_code(std::string_view word) {
  std::size_t lo = 0, hi = kWordCount;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    int c = word_at(mid).compare(word);
    if (c == 0) return kWordCodes[mid];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return -1;
}

// Encodes an upper-cased name as the generator does; false when it cannot be a stored name.
bool encode_name(std::string_view name, uint8_t* key, std::size_t* key_len) {
  std::size_t n = 0;
  for (;;) {
    std::size_t space = name.find(' ');
    long code = word_code(name.substr(0, space));
    if (code < 0 || n + 2 > kMaxKey) return false;
    if (code < 128) {
      key[n++] = static_cast<uint8_t>(code);
    } else {
      key[n++] = static_cast<uint8_t>(0x80 | ((code - 128) >> 8));
      key[n++] = static_cast<uint8_t>((code - 128) & 0xFF);
    }
    if (space == std::string_view::npos) break;
    name.remove_prefix(space + 1);
  }
  *key_len = n;
  return true;
}

const uint8_t* record_at(std::size_t offset) {
  return reinterpret_cast<const uint8_t*>(kRecords) + offset;
}

// Byte-wise lexicographic comparison, the generator's sort order.
int compare_keys(const uint8_t* a, std::size_t a_len, const uint8_t* b, std::size_t b_len) {
  std::size_t n = a_len < b_len ? a_len : b_len;
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a_len < b_len ? -1 : a_len > b_len ? 1 : 0;
}

// The top bit of a record's code point marks an alias (NameAliases.txt).
constexpr uint32_t kAliasBit = 0x800000;

uint32_t record_code_point(const uint8_t* r) {
  const uint8_t* v = r + 1 + r[0];
  return (uint32_t{v[0]} << 16) | (uint32_t{v[1]} << 8) | uint32_t{v[2]};
}

bool lookup_table(std::string_view upper, uint32_t* cp, bool* alias) {
  uint8_t key[kMaxKey];
  std::size_t key_len = 0;
  if (!encode_name(upper, key, &key_len)) return false;

  // The last block whose first record is <= key.
  std::size_t lo = 0, hi = kBlockCount;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    const uint8_t* r = record_at(kBlockOffsets[mid]);
    if (compare_keys(r + 1, r[0], key, key_len) <= 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == 0) return false;
  std::size_t block = lo - 1;
  std::size_t offset = kBlockOffsets[block];
  std::size_t count = kRecordCount - block * kBlockSize;
  if (count > kBlockSize) count = kBlockSize;
  for (std::size_t i = 0; i < count; ++i) {
    const uint8_t* r = record_at(offset);
    std::size_t len = r[0];
    int c = compare_keys(r + 1, len, key, key_len);
    if (c == 0) {
      uint32_t v = record_code_point(r);
      *cp = v & ~kAliasBit;
      *alias = (v & kAliasBit) != 0;
      return true;
    }
    if (c > 0) break;
    offset += 1 + len + 3;
  }
  return false;
}

// PREFIX-XXXX names stored as ranges: XXXX must be the code point's canonical hex form (at
// least four digits, no extra leading zeros); case-insensitive like other stored names.
bool lookup_hex_names(std::string_view upper, uint32_t* cp) {
  for (const NameRange& r : kHexNameRanges) {
    std::string_view prefix(r.prefix);
    if (prefix.empty() || upper.substr(0, prefix.size()) != prefix) continue;
    std::string_view hex = upper.substr(prefix.size());
    uint32_t v;
    if (!parse_hex(hex, &v) || v < r.first || v > r.last) continue;
    std::size_t digits = 4;
    while (digits < 6 && (v >> (4 * digits)) != 0) ++digits;
    if (hex.size() != digits) continue;
    *cp = v;
    return true;
  }
  return false;
}

void append_hex(std::string* out, uint32_t cp) {
  char buf[8];
  int n = 0;
  do {
    buf[n++] = "0123456789ABCDEF"[cp & 15];
    cp >>= 4;
  } while (cp != 0 || n < 4);
  while (n > 0) out->push_back(buf[--n]);
}

// For code point -> name: the record offsets of the real (non-alias) names sorted by code
// point, and the word list index of every word code. Built on first use.
struct ReverseIndex {
  std::vector<std::pair<uint32_t, uint32_t>> by_cp;  // (code point, record offset)
  std::vector<uint32_t> word_of_code;                // word code -> index into the word list
};

const ReverseIndex& reverse_index() {
  static const ReverseIndex index = [] {
    ReverseIndex ix;
    ix.by_cp.reserve(kRecordCount);
    std::size_t offset = 0;
    for (std::size_t i = 0; i < kRecordCount; ++i) {
      const uint8_t* r = record_at(offset);
      uint32_t v = record_code_point(r);
      if ((v & kAliasBit) == 0) ix.by_cp.emplace_back(v, static_cast<uint32_t>(offset));
      offset += 1 + r[0] + 3;
    }
    std::sort(ix.by_cp.begin(), ix.by_cp.end());
    ix.word_of_code.assign(kWordCount, 0);
    for (std::size_t i = 0; i < kWordCount; ++i) ix.word_of_code[kWordCodes[i]] = static_cast<uint32_t>(i);
    return ix;
  }();
  return index;
}

}  // namespace

bool unicode_name_of(uint32_t cp, std::string* name) {
  name->clear();
  if (cp >= kHangulFirst && cp <= kHangulLast) {
    uint32_t s = cp - kHangulFirst;
    *name = "HANGUL SYLLABLE ";
    *name += kJamoL[s / (kVCount * kTCount)];
    *name += kJamoV[s / kTCount % kVCount];
    *name += kJamoT[s % kTCount];
    return true;
  }
  for (const NameRange& r : kIdeographRanges) {
    if (r.prefix[0] != '\0' && cp >= r.first && cp <= r.last) {
      *name = r.prefix;
      append_hex(name, cp);
      return true;
    }
  }
  for (const NameRange& r : kHexNameRanges) {
    if (r.prefix[0] != '\0' && cp >= r.first && cp <= r.last) {
      *name = r.prefix;
      append_hex(name, cp);
      return true;
    }
  }
  const ReverseIndex& ix = reverse_index();
  auto it = std::lower_bound(ix.by_cp.begin(), ix.by_cp.end(), std::make_pair(cp, uint32_t{0}));
  if (it == ix.by_cp.end() || it->first != cp) return false;
  const uint8_t* r = record_at(it->second);
  std::size_t len = r[0];
  for (std::size_t i = 1; i <= len;) {
    uint32_t code = r[i++];
    if (code >= 0x80) code = 128 + (((code & 0x7F) << 8) | r[i++]);
    if (!name->empty()) name->push_back(' ');
    name->append(word_at(ix.word_of_code[code]));
  }
  return true;
}

bool lookup_unicode_name(const std::string& name, uint32_t* cp) {
  bool alias;
  return lookup_unicode_name(name, cp, &alias);
}

bool lookup_unicode_name(const std::string& name, uint32_t* cp, bool* alias) {
  *alias = false;
  std::string_view n(name);
  if (n.empty()) return false;

  // Algorithmic names. Like CPython's unicodedata, these match only in upper case, and a name
  // with one of these prefixes is never looked up further.
  constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
  if (n.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    return lookup_hangul(n.substr(kHangulPrefix.size()), cp);
  }
  bool ideograph_prefix = false;
  uint32_t v = 0;
  bool v_ok = false;
  for (const NameRange& r : kIdeographRanges) {
    std::string_view prefix(r.prefix);
    if (prefix.empty() || n.substr(0, prefix.size()) != prefix) continue;
    if (!ideograph_prefix) {
      ideograph_prefix = true;
      std::string_view hex = n.substr(prefix.size());
      v_ok = (hex.size() == 4 || hex.size() == 5) && parse_hex(hex, &v);
    }
    if (v_ok && v >= r.first && v <= r.last) {
      *cp = v;
      return true;
    }
  }
  if (ideograph_prefix) return false;

  // Everything else matches case-insensitively (ASCII only, as CPython).
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return lookup_hex_names(upper, cp) || lookup_table(upper, cp, alias);
}

}  // namespace slotpy::syntax
