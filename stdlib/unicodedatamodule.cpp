// The unicodedata module: character properties from the Unicode Character Database, as of
// Unicode 14.0.0 (CPython 3.11's unidata_version), and the four normalization forms.
//
// The property tables are generated at build time by tools/gen_unicode_db.cpp into the build
// tree (unicode_db_table.inc); character names come from compiler/unicode_names.cpp, the table
// behind \N{...}.
//
// unicodedata.ucd_3_2_0 (used by IDNA in CPython) is approximated: it answers like the
// current database, except that characters assigned after Unicode 3.2 (by DerivedAge) count as
// unassigned and its normalize() does not decompose or compose them. The few property values
// that changed between 3.2 and 14.0 for older characters are not modelled (the 3.2.0 data is
// not available at build time).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "compiler/unicode_names.h"
#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

// ---- the generated tables -------------------------------------------------------------------

struct Record {
  uint8_t category, bidi, combining, east_asian_width;
  uint8_t flags;        // kMirrored | kIn32
  uint8_t quickcheck;   // 2 bits per form (0 yes, 1 maybe, 2 no): NFD, NFKD, NFC, NFKC
  int8_t decimal, digit;
  int16_t numeric;      // index into kNumericValues, -1 for none
};
constexpr uint8_t kMirrored = 1;
constexpr uint8_t kIn32 = 2;  // assigned in Unicode 3.2

struct NumericValue {
  long long numerator, denominator;
};
struct Composition {
  uint32_t first, second, composite;
};
struct NamedSequenceEntry {
  const char* name;
  uint8_t count;
  uint32_t cps[4];
};

#include "unicode_db_table.inc"

constexpr uint32_t kCodeSpace = 0x110000;

const Record& record_of(uint32_t cp) {
  if (cp >= kCodeSpace) return kRecords[0];
  uint32_t block = kRecordIndex1[cp >> kShift];
  return kRecords[kRecordIndex2[(block << kShift) | (cp & ((1u << kShift) - 1))]];
}

// The decomposition of cp in kDecompData (header, then code points), or nullptr.
const uint32_t* decomposition_of(uint32_t cp) {
  if (cp >= kCodeSpace) return nullptr;
  uint32_t block = kDecompIndex1[cp >> kShift];
  uint32_t offset = kDecompIndex2[(block << kShift) | (cp & ((1u << kShift) - 1))];
  return offset ? kDecompData + offset : nullptr;
}

// ---- the two databases ----------------------------------------------------------------------

// unicodedata.UCD: the type of ucd_3_2_0 (its only instance).
struct UCDObject : Object {
  Object* unidata_version;
};
TypeObject UCD_Type;
UCDObject* g_ucd_3_2_0 = nullptr;  // GC root (static data)

// Which database a call uses, and the prefix of its argument-count messages.
struct Db {
  bool old;           // ucd_3_2_0
  const char* qual;   // "unicodedata.category" or "UCD.category"
};

// The record of cp in the database: characters newer than 3.2 are unassigned in the old one.
const Record& record_in(const Db& db, uint32_t cp) {
  const Record& r = record_of(cp);
  if (db.old && !(r.flags & kIn32)) return kRecords[0];
  return r;
}

// ---- argument helpers -----------------------------------------------------------------------

// The type name in CPython's "must be X, not Y" messages (_PyArg_BadArgument): None is "None".
const char* arg_type_name(Object* o) { return o == Py_None ? "None" : type_name(o); }

// A one-character str argument. `which` is "argument" (one-argument functions) or
// "argument 1".
uint32_t char_arg(Object* o, const char* fname, const char* which) {
  if (!is_str(o) || static_cast<StrObject*>(o)->length != 1) {
    raise_type_error("%s() %s must be a unicode character, not %s", fname, which, arg_type_name(o));
  }
  return str_char(static_cast<StrObject*>(o), 0);
}

StrObject* str_arg(Object* o, const char* fname, const char* which) {
  if (!is_str(o)) raise_type_error("%s() %s must be str, not %s", fname, which, arg_type_name(o));
  return static_cast<StrObject*>(o);
}

// METH_O style: exactly one positional argument.
uint32_t single_char(const Db& db, const char* fname, Object* const* args, size_t nargs,
                     TupleObject* kwnames) {
  std::string q = std::string(db.qual) + "." + fname;
  check_no_kwargs(q.c_str(), kwnames);
  check_nargs(q.c_str(), nargs, 1, 1);
  return char_arg(args[0], fname, "argument");
}

// (chr[, default]) functions.
uint32_t char_and_default(const Db& db, const char* fname, Object* const* args, size_t nargs,
                          TupleObject* kwnames) {
  std::string q = std::string(db.qual) + "." + fname;
  check_no_kwargs(q.c_str(), kwnames);
  check_nargs(fname, nargs, 1, 2);
  return char_arg(args[0], fname, "argument 1");
}

// ---- properties -----------------------------------------------------------------------------

Object* do_category(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "category", args, nargs, kwnames);
  return str_from_cstr(kCategoryNames[record_in(db, cp).category]);
}

Object* do_bidirectional(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "bidirectional", args, nargs, kwnames);
  return str_from_cstr(kBidiNames[record_in(db, cp).bidi]);
}

Object* do_combining(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "combining", args, nargs, kwnames);
  return make_small_int(record_in(db, cp).combining);
}

Object* do_mirrored(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "mirrored", args, nargs, kwnames);
  return make_small_int((record_in(db, cp).flags & kMirrored) ? 1 : 0);
}

Object* do_east_asian_width(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "east_asian_width", args, nargs, kwnames);
  return str_from_cstr(kWidthNames[record_in(db, cp).east_asian_width]);
}

std::string hex_code(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

Object* do_decomposition(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = single_char(db, "decomposition", args, nargs, kwnames);
  if (db.old && !(record_of(cp).flags & kIn32)) return str_from_cstr("");
  const uint32_t* d = decomposition_of(cp);
  if (!d) return str_from_cstr("");
  std::string out = kDecompTags[d[0] >> 8];
  uint32_t count = d[0] & 0xFF;
  for (uint32_t i = 1; i <= count; ++i) {
    if (!out.empty()) out += ' ';
    out += hex_code(d[i]);
  }
  return str_from(out);
}

Object* do_decimal(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = char_and_default(db, "decimal", args, nargs, kwnames);
  int v = record_in(db, cp).decimal;
  if (v >= 0) return make_small_int(v);
  if (nargs > 1) return args[1];
  raise_value_error("not a decimal");
}

Object* do_digit(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = char_and_default(db, "digit", args, nargs, kwnames);
  int v = record_in(db, cp).digit;
  if (v >= 0) return make_small_int(v);
  if (nargs > 1) return args[1];
  raise_value_error("not a digit");
}

Object* do_numeric(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = char_and_default(db, "numeric", args, nargs, kwnames);
  int i = record_in(db, cp).numeric;
  if (i >= 0) {
    const NumericValue& v = kNumericValues[i];
    return float_new(static_cast<double>(v.numerator) / static_cast<double>(v.denominator));
  }
  if (nargs > 1) return args[1];
  raise_value_error("not a numeric character");
}

// ---- names ----------------------------------------------------------------------------------

Object* do_name(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  uint32_t cp = char_and_default(db, "name", args, nargs, kwnames);
  std::string name;
  bool known = !(db.old && !(record_of(cp).flags & kIn32)) && syntax::unicode_name_of(cp, &name);
  if (known) return str_from(name);
  if (nargs > 1) return args[1];
  raise_value_error("no such name");
}

// NAME_MAXLEN in CPython: longer names are rejected with "name too long".
constexpr size_t kNameMaxLen = 256;

bool ascii_iequal(const std::string& a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = a[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != b[i]) return false;
  }
  return true;
}

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

Object* do_lookup(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  std::string q = std::string(db.qual) + ".lookup";
  check_no_kwargs(q.c_str(), kwnames);
  check_nargs(q.c_str(), nargs, 1, 1);
  Object* arg = args[0];
  std::string name;
  if (is_str(arg)) {
    size_t len = 0;
    StrObject* s = static_cast<StrObject*>(arg);
    // Surrogates cannot be encoded: str.encode raises CPython's UnicodeEncodeError.
    for (intptr_t i = 0; i < s->length; ++i) {
      uint32_t c = str_char(s, i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        str_encode(s, "utf-8", "strict");
        break;
      }
    }
    const char* p = str_utf8(s, &len);
    name.assign(p, len);
  } else if (is_bytes(arg)) {
    name.assign(bytes_data(arg), static_cast<size_t>(bytes_size(arg)));
  } else if (is_bytearray(arg) || is_subtype(type_of(arg), &MemoryView_Type)) {
    raise_type_error("lookup() argument must be read-only bytes-like object, not %s", type_name(arg));
  } else {
    raise_type_error("a bytes-like object is required, not '%s'", type_name(arg));
  }
  if (name.size() > kNameMaxLen) raise_fmt(Exc_KeyError, "name too long");

  uint32_t cp = 0;
  bool alias = false;
  bool found = syntax::lookup_unicode_name(name, &cp, &alias);
  if (found && db.old) {
    // No aliases; names of characters newer than 3.2 are unknown, except the algorithmic
    // Hangul and CJK names (CPython checks those before the version).
    bool algorithmic = starts_with(name, "HANGUL SYLLABLE ") || starts_with(name, "CJK UNIFIED IDEOGRAPH-");
    if (alias || (!algorithmic && !(record_of(cp).flags & kIn32))) found = false;
  }
  if (found) return str_from_char(cp);
  if (!db.old) {
    for (const NamedSequenceEntry& s : kNamedSequences) {
      if (ascii_iequal(name, s.name)) return str_from_ucs4(s.cps, s.count);
    }
  }
  // %s stops at a NUL, as in CPython's message.
  raise_fmt(Exc_KeyError, "undefined character name '%s'", name.c_str());
}

// ---- normalization --------------------------------------------------------------------------

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

enum Form { kNFD, kNFKD, kNFC, kNFKC };

bool parse_form(StrObject* s, Form* form) {
  std::string_view v = str_view(s);
  if (v == "NFC") *form = kNFC;
  else if (v == "NFKC") *form = kNFKC;
  else if (v == "NFD") *form = kNFD;
  else if (v == "NFKD") *form = kNFKD;
  else return false;
  return true;
}

int combining_of(uint32_t cp) { return record_of(cp).combining; }

void decompose_into(const Db& db, uint32_t cp, bool compat, std::vector<uint32_t>* out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out->push_back(kLBase + s / kNCount);
    out->push_back(kVBase + s % kNCount / kTCount);
    if (s % kTCount) out->push_back(kTBase + s % kTCount);
    return;
  }
  if (db.old && !(record_of(cp).flags & kIn32)) {
    out->push_back(cp);
    return;
  }
  const uint32_t* d = decomposition_of(cp);
  if (!d || (!compat && (d[0] >> 8) != 0)) {
    out->push_back(cp);
    return;
  }
  uint32_t count = d[0] & 0xFF;
  for (uint32_t i = 1; i <= count; ++i) decompose_into(db, d[i], compat, out);
}

std::vector<uint32_t> decompose(const Db& db, StrObject* s, bool compat) {
  std::vector<uint32_t> out;
  out.reserve(static_cast<size_t>(s->length) + 8);
  for (intptr_t i = 0; i < s->length; ++i) decompose_into(db, str_char(s, i), compat, &out);
  // Canonical ordering: a stable sort of every run of non-starters by combining class.
  size_t n = out.size();
  for (size_t i = 0; i < n;) {
    if (combining_of(out[i]) == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && combining_of(out[j]) != 0) ++j;
    if (j - i > 1) {
      std::stable_sort(out.begin() + static_cast<ptrdiff_t>(i), out.begin() + static_cast<ptrdiff_t>(j),
                       [](uint32_t a, uint32_t b) { return combining_of(a) < combining_of(b); });
    }
    i = j;
  }
  return out;
}

// The primary composite of (a, b), or 0.
uint32_t compose_pair(uint32_t a, uint32_t b) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount) {
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  }
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
      b < kTBase + kTCount) {
    return a + (b - kTBase);
  }
  const Composition* end = kCompositions + sizeof kCompositions / sizeof kCompositions[0];
  const Composition* it = std::lower_bound(kCompositions, end, Composition{a, b, 0},
                                           [](const Composition& x, const Composition& y) {
                                             return x.first != y.first ? x.first < y.first : x.second < y.second;
                                           });
  if (it != end && it->first == a && it->second == b) return it->composite;
  return 0;
}

void compose(const Db& db, std::vector<uint32_t>* buf) {
  std::vector<uint32_t>& v = *buf;
  if (v.empty()) return;
  size_t out = 0;
  bool have_starter = false;
  size_t starter = 0;
  int last_class = 0;  // class of the last character kept after the starter (-1: none yet)
  for (size_t i = 0; i < v.size(); ++i) {
    uint32_t c = v[i];
    int cls = combining_of(c);
    if (have_starter) {
      bool adjacent = last_class < 0;
      if (adjacent || (cls != 0 && last_class < cls)) {
        uint32_t comp = compose_pair(v[starter], c);
        if (comp && db.old && !(record_of(comp).flags & kIn32)) comp = 0;
        if (comp) {
          v[starter] = comp;
          continue;
        }
      }
    }
    if (cls == 0) {
      have_starter = true;
      starter = out;
      last_class = -1;
    } else {
      last_class = cls;
    }
    v[out++] = c;
  }
  v.resize(out);
}

StrObject* normalize_to(const Db& db, StrObject* s, Form form) {
  std::vector<uint32_t> buf = decompose(db, s, form == kNFKD || form == kNFKC);
  if (form == kNFC || form == kNFKC) compose(db, &buf);
  return str_from_ucs4(buf.data(), buf.size());
}

enum QuickCheck { kYes, kMaybe, kNo };

// CPython's quick check (disabled for the 3.2 database). With `yes_only`, anything but a
// certain yes answers kMaybe.
QuickCheck quick_check(const Db& db, StrObject* s, Form form, bool yes_only) {
  if (db.old) return kMaybe;
  if (s->ascii) return kYes;
  int shift = 2 * static_cast<int>(form);
  QuickCheck result = kYes;
  int prev = 0;
  for (intptr_t i = 0; i < s->length; ++i) {
    const Record& r = record_of(str_char(s, i));
    if (r.combining && prev > r.combining) return kNo;
    prev = r.combining;
    int qc = (r.quickcheck >> shift) & 3;
    if (qc == 0) continue;
    if (yes_only) return kMaybe;
    if (qc == 2) return kNo;
    result = kMaybe;
  }
  return result;
}

void form_and_string(const char* fname, const char* qual, Object* const* args, size_t nargs,
                     TupleObject* kwnames, StrObject** form, StrObject** s) {
  std::string q = std::string(qual) + "." + fname;
  check_no_kwargs(q.c_str(), kwnames);
  check_nargs(fname, nargs, 2, 2);
  *form = str_arg(args[0], fname, "argument 1");
  *s = str_arg(args[1], fname, "argument 2");
}

Object* do_normalize(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  StrObject *form_name, *s;
  form_and_string("normalize", db.qual, args, nargs, kwnames, &form_name, &s);
  if (s->length == 0) return s;
  Form form;
  if (!parse_form(form_name, &form)) raise_value_error("invalid normalization form");
  if (quick_check(db, s, form, true) == kYes) return s;
  return normalize_to(db, s, form);
}

Object* do_is_normalized(const Db& db, Object* const* args, size_t nargs, TupleObject* kwnames) {
  StrObject *form_name, *s;
  form_and_string("is_normalized", db.qual, args, nargs, kwnames, &form_name, &s);
  if (s->length == 0) return Py_True;
  Form form;
  if (!parse_form(form_name, &form)) raise_value_error("invalid normalization form");
  QuickCheck qc = quick_check(db, s, form, false);
  if (qc != kMaybe) return py_bool(qc == kYes);
  return py_bool(str_eq(normalize_to(db, s, form), s));
}

// ---- function tables --------------------------------------------------------------------------

constexpr Db kCurrent{false, "unicodedata"};
constexpr Db kOld{true, "UCD"};

#define SLOTPY_UCD_FUNCTIONS(X)                                                                   \
  X(lookup, "Look up character by name; KeyError if not found.")                                  \
  X(name, "Returns the name of the character chr; default (or ValueError) when it has none.")     \
  X(decimal, "Returns the decimal value of the character chr; default (or ValueError) if none.")  \
  X(digit, "Returns the digit value of the character chr; default (or ValueError) if none.")      \
  X(numeric, "Returns the numeric value of the character chr as a float; default (or ValueError) if none.") \
  X(category, "Returns the general category of the character chr as a string.")                   \
  X(bidirectional, "Returns the bidirectional class of the character chr as a string ('' if none).") \
  X(combining, "Returns the canonical combining class of the character chr as an integer.")       \
  X(east_asian_width, "Returns the East Asian width of the character chr as a string.")           \
  X(mirrored, "Returns 1 if the character chr is mirrored in bidirectional text, else 0.")         \
  X(decomposition, "Returns the decomposition mapping of the character chr as a string.")         \
  X(normalize, "Returns the normal form 'form' ('NFC', 'NFKC', 'NFD' or 'NFKD') of the string.")  \
  X(is_normalized, "Returns whether the string is in the normal form 'form'.")

#define SLOTPY_UCD_WRAPPERS_(fn, doc)                                                              \
  Object* mod_##fn(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {            \
    return do_##fn(kCurrent, args, nargs, kwnames);                                                \
  }                                                                                                \
  Object* ucd_##fn(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {            \
    return do_##fn(kOld, args, nargs, kwnames);                                                    \
  }
SLOTPY_UCD_FUNCTIONS(SLOTPY_UCD_WRAPPERS_)
#undef SLOTPY_UCD_WRAPPERS_

#define SLOTPY_UCD_MOD_DEF_(fn, doc) {#fn, mod_##fn, METH_DEFAULT, doc},
const MethodDef module_functions[] = {SLOTPY_UCD_FUNCTIONS(SLOTPY_UCD_MOD_DEF_){nullptr, nullptr, 0, nullptr}};
#undef SLOTPY_UCD_MOD_DEF_

#define SLOTPY_UCD_METH_DEF_(fn, doc) {#fn, ucd_##fn, METH_DEFAULT, doc},
const MethodDef ucd_methods[] = {SLOTPY_UCD_FUNCTIONS(SLOTPY_UCD_METH_DEF_){nullptr, nullptr, 0, nullptr}};
#undef SLOTPY_UCD_METH_DEF_

const MemberDef ucd_members[] = {
    {"unidata_version", MEMBER_OBJECT, offsetof(UCDObject, unidata_version), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr},
};

Object* ucd_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  raise_type_error("cannot create '%s' instances", type->tp_name);
}

void init_ucd_type() {
  TypeObject* t = &UCD_Type;
  t->tp_name = "unicodedata.UCD";
  t->tp_basicsize = sizeof(UCDObject);
  t->tp_methods = ucd_methods;
  t->tp_members = ucd_members;
  t->tp_new = ucd_new;
  t->tp_doc = "A Unicode character database of a given version.";
}

}  // namespace

Object* create_module_unicodedata() {
  static bool ready = false;
  if (!ready) {
    init_ucd_type();
    type_ready(&UCD_Type);
    g_ucd_3_2_0 = alloc_object<UCDObject>(&UCD_Type);
    g_ucd_3_2_0->unidata_version = str_from_cstr("3.2.0");
    ready = true;
  }
  ModuleObject* m = module_new("unicodedata");
  module_add(m, "__doc__",
             str_from_cstr("Access to the Unicode Character Database (character properties, names and "
                           "normalization), as of Unicode 14.0.0."));
  module_add_functions(m, module_functions);
  module_add(m, "UCD", &UCD_Type);
  module_add(m, "ucd_3_2_0", g_ucd_3_2_0);
  module_add(m, "unidata_version", str_from_cstr("14.0.0"));
  return m;
}

}  // namespace slotpy
