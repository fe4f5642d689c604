// _json: the native core of the json package (stdlib/lib/json), as CPython's accelerator.
//
//   scanstring(s, end, strict=True)   one JSON string body -> (str, index after the quote)
//   make_scanner(context)             the type of a decoder's scan_once(string, idx)
//   encode_basestring(s)              '"' + s with JSON escapes + '"'
//   encode_basestring_ascii(s)        the same with every non-ASCII code point as \uXXXX
//
// The scanner parses a whole document natively and calls Python only for the hooks a decoder
// was given (object_hook, object_pairs_hook, parse_float/parse_int/parse_constant when they are
// not the defaults). Errors are json.decoder.JSONDecodeError with CPython's messages and
// positions; a value that cannot start at idx is StopIteration(idx), as CPython's scanner does.
#include <cstdlib>
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

TypeObject JsonScanner_Type;

struct ScannerObject : Object {
  Object* strict;  // the context's value (bool semantics)
  Object* object_hook;
  Object* object_pairs_hook;
  Object* parse_float;
  Object* parse_int;
  Object* parse_constant;
  DictObject* memo;  // keys seen in this document: one str object per distinct key
  bool strict_flag;
  bool float_is_default;
  bool int_is_default;
};

ScannerObject* as_scanner(Object* o) { return static_cast<ScannerObject*>(o); }

[[noreturn]] void raise_decode_error(const char* msg, StrObject* s, intptr_t pos) {
  static StrObject* modname = intern("json.decoder");
  static StrObject* clsname = intern("JSONDecodeError");
  Object* mod = dict_get_str(sys_modules(), modname);
  if (!mod) {
    TupleObject* from = tuple_pack({clsname});
    mod = import_name(modname, nullptr, from, 0);
  }
  Object* cls = get_attr(mod, clsname);
  Object* args[3] = {str_from_cstr(msg), s, int_from_intptr(pos)};
  raise(call(cls, args, 3));
}

inline bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline intptr_t skip_ws(StrObject* s, intptr_t i) {
  while (i < s->length && is_ws(str_char(s, i))) ++i;
  return i;
}

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// The 4 hex digits at s[i..i+4) as a value, or -1.
int hex4(StrObject* s, intptr_t i) {
  int v = 0;
  for (intptr_t k = i; k < i + 4; ++k) {
    int d = hex_value(str_char(s, k));
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// The body of a JSON string starting at `end` (just after the opening quote): the decoded str;
// *next is the index after the closing quote.
StrObject* scan_string(StrObject* s, intptr_t end, bool strict, intptr_t* next) {
  intptr_t n = s->length;
  intptr_t begin = end - 1;
  if (end < 0 || end > n) raise_value_error("end is out of bounds");
  // Fast path: no escapes before the closing quote.
  intptr_t i = end;
  for (; i < n; ++i) {
    uint32_t c = str_char(s, i);
    if (c == '"' || c == '\\') break;
    if (c < 0x20 && strict) raise_decode_error("Invalid control character at", s, i);
  }
  if (i < n && str_char(s, i) == '"') {
    *next = i + 1;
    return str_substring(s, end, i);
  }
  StrBuilder b;
  b.append(s, end, i);
  for (;;) {
    if (i >= n) raise_decode_error("Unterminated string starting at", s, begin);
    uint32_t c = str_char(s, i);
    if (c == '"') break;
    if (c != '\\') {
      if (c < 0x20 && strict) raise_decode_error("Invalid control character at", s, i);
      b.append_char(c);
      ++i;
      continue;
    }
    if (i + 1 >= n) raise_decode_error("Unterminated string starting at", s, begin);
    uint32_t e = str_char(s, i + 1);
    if (e != 'u') {
      uint32_t out;
      switch (e) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        default: raise_decode_error("Invalid \\escape", s, i);
      }
      b.append_char(out);
      i += 2;
      continue;
    }
    // \uXXXX, possibly a surrogate pair
    intptr_t digits = i + 2;
    if (digits + 4 >= n) raise_decode_error("Invalid \\uXXXX escape", s, i + 1);
    int cp = hex4(s, digits);
    if (cp < 0) raise_decode_error("Invalid \\uXXXX escape", s, i + 1);
    i = digits + 4;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < n && str_char(s, i) == '\\' &&
        str_char(s, i + 1) == 'u') {
      int cp2 = hex4(s, i + 2);
      if (cp2 < 0) raise_decode_error("Invalid \\uXXXX escape", s, i + 1);
      if (cp2 >= 0xdc00 && cp2 <= 0xdfff) {
        cp = 0x10000 + (((cp - 0xd800) << 10) | (cp2 - 0xdc00));
        i += 6;
      }
    }
    b.append_char(static_cast<uint32_t>(cp));
  }
  *next = i + 1;
  return b.finish();
}

Object* scan_value(ScannerObject* sc, StrObject* s, intptr_t idx, intptr_t* next);

Object* parse_number(ScannerObject* sc, StrObject* s, intptr_t start, intptr_t* next) {
  intptr_t n = s->length;
  intptr_t i = start;
  if (str_char(s, i) == '-') {
    ++i;
    if (i >= n) raise_stop_iteration(int_from_intptr(start));
  }
  uint32_t c = str_char(s, i);
  if (c >= '1' && c <= '9') {
    ++i;
    while (i < n && str_char(s, i) >= '0' && str_char(s, i) <= '9') ++i;
  } else if (c == '0') {
    ++i;
  } else {
    raise_stop_iteration(int_from_intptr(start));
  }
  bool is_float = false;
  if (i + 1 < n && str_char(s, i) == '.' && str_char(s, i + 1) >= '0' && str_char(s, i + 1) <= '9') {
    is_float = true;
    i += 2;
    while (i < n && str_char(s, i) >= '0' && str_char(s, i) <= '9') ++i;
  }
  if (i + 1 < n && (str_char(s, i) == 'e' || str_char(s, i) == 'E')) {
    intptr_t e_start = i;
    ++i;
    if (i + 1 < n && (str_char(s, i) == '-' || str_char(s, i) == '+')) ++i;
    while (i < n && str_char(s, i) >= '0' && str_char(s, i) <= '9') ++i;
    uint32_t last = str_char(s, i - 1);
    if (last >= '0' && last <= '9')
      is_float = true;
    else
      i = e_start;
  }
  *next = i;
  // The digits are ASCII: a C buffer for the default conversions.
  std::string text;
  text.reserve(static_cast<size_t>(i - start));
  for (intptr_t k = start; k < i; ++k) text += static_cast<char>(str_char(s, k));
  if (is_float) {
    if (sc->float_is_default) return float_new(std::strtod(text.c_str(), nullptr));
    return call1(sc->parse_float, str_from(text));
  }
  if (sc->int_is_default) return int_from_string(text.data(), text.size(), 10);
  return call1(sc->parse_int, str_from(text));
}

bool starts_with(StrObject* s, intptr_t idx, const char* word) {
  intptr_t k = 0;
  for (; word[k]; ++k)
    if (idx + k >= s->length || str_char(s, idx + k) != static_cast<unsigned char>(word[k])) return false;
  return true;
}

Object* parse_object(ScannerObject* sc, StrObject* s, intptr_t idx, intptr_t* next) {
  RecursionGuard guard(" while decoding a JSON object from a unicode string");
  intptr_t n = s->length;
  bool pairs_mode = sc->object_pairs_hook != Py_None;
  ListObject* pairs = pairs_mode ? list_new(0) : nullptr;
  DictObject* dict = pairs_mode ? nullptr : dict_new();
  idx = skip_ws(s, idx);
  if (idx >= n || str_char(s, idx) != '}') {
    for (;;) {
      if (idx >= n || str_char(s, idx) != '"')
        raise_decode_error("Expecting property name enclosed in double quotes", s, idx);
      StrObject* key = scan_string(s, idx + 1, sc->strict_flag, &idx);
      if (Object* seen = dict_get(sc->memo, key))
        key = static_cast<StrObject*>(seen);
      else
        dict_set(sc->memo, key, key);
      idx = skip_ws(s, idx);
      if (idx >= n || str_char(s, idx) != ':') raise_decode_error("Expecting ':' delimiter", s, idx);
      idx = skip_ws(s, idx + 1);
      Object* value = scan_value(sc, s, idx, &idx);
      if (pairs_mode)
        list_append(pairs, tuple_pack({key, value}));
      else
        dict_set(dict, key, value);
      idx = skip_ws(s, idx);
      if (idx < n && str_char(s, idx) == '}') break;
      if (idx >= n || str_char(s, idx) != ',') raise_decode_error("Expecting ',' delimiter", s, idx);
      idx = skip_ws(s, idx + 1);
    }
  }
  *next = idx + 1;
  if (pairs_mode) return call1(sc->object_pairs_hook, pairs);
  if (sc->object_hook != Py_None) return call1(sc->object_hook, dict);
  return dict;
}

Object* parse_array(ScannerObject* sc, StrObject* s, intptr_t idx, intptr_t* next) {
  RecursionGuard guard(" while decoding a JSON array from a unicode string");
  intptr_t n = s->length;
  ListObject* values = list_new(0);
  idx = skip_ws(s, idx);
  if (idx >= n || str_char(s, idx) != ']') {
    for (;;) {
      Object* value = scan_value(sc, s, idx, &idx);
      list_append(values, value);
      idx = skip_ws(s, idx);
      if (idx < n && str_char(s, idx) == ']') break;
      if (idx >= n || str_char(s, idx) != ',') raise_decode_error("Expecting ',' delimiter", s, idx);
      idx = skip_ws(s, idx + 1);
    }
  }
  *next = idx + 1;
  return values;
}

Object* scan_value(ScannerObject* sc, StrObject* s, intptr_t idx, intptr_t* next) {
  if (idx < 0) raise_value_error("idx cannot be negative");
  if (idx >= s->length) raise_stop_iteration(int_from_intptr(idx));
  switch (str_char(s, idx)) {
    case '"':
      return scan_string(s, idx + 1, sc->strict_flag, next);
    case '{':
      return parse_object(sc, s, idx + 1, next);
    case '[':
      return parse_array(sc, s, idx + 1, next);
    case 'n':
      if (starts_with(s, idx, "null")) {
        *next = idx + 4;
        return Py_None;
      }
      break;
    case 't':
      if (starts_with(s, idx, "true")) {
        *next = idx + 4;
        return Py_True;
      }
      break;
    case 'f':
      if (starts_with(s, idx, "false")) {
        *next = idx + 5;
        return Py_False;
      }
      break;
    case 'N':
      if (starts_with(s, idx, "NaN")) {
        *next = idx + 3;
        return call1(sc->parse_constant, str_from_cstr("NaN"));
      }
      break;
    case 'I':
      if (starts_with(s, idx, "Infinity")) {
        *next = idx + 8;
        return call1(sc->parse_constant, str_from_cstr("Infinity"));
      }
      break;
    case '-':
      if (starts_with(s, idx, "-Infinity")) {
        *next = idx + 9;
        return call1(sc->parse_constant, str_from_cstr("-Infinity"));
      }
      break;
    default:
      break;
  }
  return parse_number(sc, s, idx, next);
}

Object* scanner_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"context"};
  Object* v[1];
  parse_args("make_scanner", args, nargs, kwnames, names, 1, 1, 0, 1, v);
  Object* ctx = v[0];
  auto* sc = static_cast<ScannerObject*>(type_alloc(type));
  sc->strict = get_attr(ctx, intern("strict"));
  sc->strict_flag = is_true(sc->strict);
  sc->object_hook = get_attr(ctx, intern("object_hook"));
  sc->object_pairs_hook = get_attr(ctx, intern("object_pairs_hook"));
  sc->parse_float = get_attr(ctx, intern("parse_float"));
  sc->parse_int = get_attr(ctx, intern("parse_int"));
  sc->parse_constant = get_attr(ctx, intern("parse_constant"));
  sc->float_is_default = sc->parse_float == reinterpret_cast<Object*>(&Float_Type);
  sc->int_is_default = sc->parse_int == reinterpret_cast<Object*>(&Int_Type);
  sc->memo = dict_new();
  return sc;
}

Object* scanner_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"string", "idx"};
  Object* v[2];
  parse_args("scan_once", args, nargs, kwnames, names, 2, 2, 2, 2, v);
  if (!is_str(v[0]))
    raise_type_error("first argument must be a string, not %.80s", type_name(v[0]));
  intptr_t idx = index_value(v[1]);
  auto* sc = as_scanner(self);
  intptr_t next = 0;
  Object* r;
  try {
    r = scan_value(sc, static_cast<StrObject*>(v[0]), idx, &next);
  } catch (PyError&) {
    dict_clear(sc->memo);
    throw;
  }
  dict_clear(sc->memo);
  return tuple_pack({r, int_from_intptr(next)});
}

const MemberDef scanner_members[] = {
    {"strict", MEMBER_OBJECT, offsetof(ScannerObject, strict), true, "strict"},
    {"object_hook", MEMBER_OBJECT, offsetof(ScannerObject, object_hook), true, "object_hook"},
    {"object_pairs_hook", MEMBER_OBJECT, offsetof(ScannerObject, object_pairs_hook), true, nullptr},
    {"parse_float", MEMBER_OBJECT, offsetof(ScannerObject, parse_float), true, "parse_float"},
    {"parse_int", MEMBER_OBJECT, offsetof(ScannerObject, parse_int), true, "parse_int"},
    {"parse_constant", MEMBER_OBJECT, offsetof(ScannerObject, parse_constant), true, "parse_constant"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- encoding strings ---------------------------------------------------------------------------

void append_u_escape(std::string& out, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  out += "\\u";
  out += hex[(c >> 12) & 15];
  out += hex[(c >> 8) & 15];
  out += hex[(c >> 4) & 15];
  out += hex[c & 15];
}

// '"' + the JSON form of s + '"'; ascii_only escapes every code point >= 0x7f.
StrObject* encode_string(StrObject* s, bool ascii_only) {
  intptr_t n = s->length;
  // Nothing to escape: one copy with quotes.
  bool plain = true;
  for (intptr_t i = 0; i < n && plain; ++i) {
    uint32_t c = str_char(s, i);
    if (c < 0x20 || c == '"' || c == '\\' || (ascii_only && c >= 0x7f)) plain = false;
  }
  if (plain) {
    StrBuilder b;
    b.append_char('"');
    b.append(s);
    b.append_char('"');
    return b.finish();
  }
  StrBuilder b;
  std::string esc;
  b.append_char('"');
  for (intptr_t i = 0; i < n; ++i) {
    uint32_t c = str_char(s, i);
    const char* simple = nullptr;
    switch (c) {
      case '"': simple = "\\\""; break;
      case '\\': simple = "\\\\"; break;
      case '\n': simple = "\\n"; break;
      case '\r': simple = "\\r"; break;
      case '\t': simple = "\\t"; break;
      case '\b': simple = "\\b"; break;
      case '\f': simple = "\\f"; break;
      default: break;
    }
    if (simple) {
      b.append_ascii(simple, 2);
    } else if (c < 0x20 || (ascii_only && c >= 0x7f)) {
      esc.clear();
      if (c >= 0x10000) {
        uint32_t v = c - 0x10000;
        append_u_escape(esc, 0xd800 | (v >> 10));
        append_u_escape(esc, 0xdc00 | (v & 0x3ff));
      } else {
        append_u_escape(esc, c);
      }
      b.append_ascii(esc);
    } else {
      b.append_char(c);
    }
  }
  b.append_char('"');
  return b.finish();
}

Object* json_encode_basestring(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("encode_basestring", kwnames);
  check_nargs("encode_basestring", nargs, 1, 1);
  if (!is_str(args[0])) raise_type_error("first argument must be a string, not %.80s", type_name(args[0]));
  return encode_string(static_cast<StrObject*>(args[0]), false);
}

Object* json_encode_basestring_ascii(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("encode_basestring_ascii", kwnames);
  check_nargs("encode_basestring_ascii", nargs, 1, 1);
  if (!is_str(args[0])) raise_type_error("first argument must be a string, not %.80s", type_name(args[0]));
  return encode_string(static_cast<StrObject*>(args[0]), true);
}

Object* json_scanstring(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("scanstring", kwnames);
  check_nargs("scanstring", nargs, 2, 3);
  if (!is_str(args[0])) raise_type_error("first argument must be a string, not %.80s", type_name(args[0]));
  intptr_t end = index_value(args[1]);
  bool strict = nargs < 3 || is_true(args[2]);
  intptr_t next = 0;
  StrObject* r = scan_string(static_cast<StrObject*>(args[0]), end, strict, &next);
  return tuple_pack({r, int_from_intptr(next)});
}

const MethodDef json_functions[] = {
    {"encode_basestring", json_encode_basestring, METH_DEFAULT,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"encode_basestring_ascii", json_encode_basestring_ascii, METH_DEFAULT,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a "
     "Python string"},
    {"scanstring", json_scanstring, METH_DEFAULT,
     "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON "
     "string. End is the index of the\ncharacter in s after the quote that started the JSON "
     "string."},
    {nullptr, nullptr, 0, nullptr}};

void init_json_scanner_type() {
  TypeObject* t = &JsonScanner_Type;
  if (type_has(t, TPFLAGS_READY)) return;
  t->tp_name = "_json.Scanner";
  t->tp_basicsize = sizeof(ScannerObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = scanner_new;
  t->tp_call = scanner_call;
  t->tp_members = scanner_members;
  t->tp_doc = "JSON scanner object";
  type_ready(t);
}

}  // namespace

Object* create_module__json() {
  init_json_scanner_type();
  ModuleObject* m = module_new("_json");
  module_add_functions(m, json_functions);
  DictObject* d = module_dict(m);
  dict_set_cstr(d, "make_scanner", reinterpret_cast<Object*>(&JsonScanner_Type));
  dict_set_cstr(d, "__doc__", str_from_cstr("json speedups\n"));
  return m;
}

}  // namespace slotpy
