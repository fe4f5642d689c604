// The builtin exception types: BaseException's behaviour (args, str, repr, chaining
// attributes) and the subclasses with fields of their own.
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/frame.h"
#include "runtime/frameobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

#define SLOTPY_DEFINE_EXC_(name, base) TypeObject* Exc_##name;
SLOTPY_EXCEPTIONS(SLOTPY_DEFINE_EXC_)
#undef SLOTPY_DEFINE_EXC_

TypeObject Traceback_Type;

namespace {

enum {
#define SLOTPY_EXC_INDEX_(name, base) kExc_##name,
  SLOTPY_EXCEPTIONS(SLOTPY_EXC_INDEX_)
#undef SLOTPY_EXC_INDEX_
      kExcCount,
  kExc_nullptr = -1  // the "base" of BaseException in the table
};
TypeObject g_exc_types[kExcCount];

BaseExceptionObject* self_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

TupleObject* args_tuple(Object* const* args, size_t nargs) {
  return nargs ? tuple_from(args, nargs) : Empty_Tuple;
}

// Positional args only; keyword arguments are rejected unless the type takes them.
void reject_kwargs(Object* self, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames))
    raise_type_error("%s() takes no keyword arguments", type_name(self));
}

Object* exc_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject*) {
  Object* self = type_alloc(type);
  self_exc(self)->args = args_tuple(args, nargs);
  return self;
}

void exc_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  reject_kwargs(self, kwnames);
  self_exc(self)->args = args_tuple(args, nargs);
}

Object* exc_str(Object* self) {
  TupleObject* a = self_exc(self)->args;
  intptr_t n = a ? tuple_size(a) : 0;
  if (n == 0) return Empty_Str;
  if (n == 1) return str(a->items[0]);
  return str(a);
}

Object* exc_repr(Object* self) {
  TupleObject* a = self_exc(self)->args;
  intptr_t n = a ? tuple_size(a) : 0;
  std::string out = type_of(self)->tp_name;
  if (n == 1) {
    out += "(";
    out += str_utf8(static_cast<StrObject*>(repr(a->items[0])));
    out += ")";
  } else if (n == 0) {
    out += "()";
  } else {
    out += str_utf8(static_cast<StrObject*>(repr(a)));
  }
  return str_from(out);
}

Object* get_args(Object* self) {
  TupleObject* a = self_exc(self)->args;
  return a ? a : Empty_Tuple;
}
void set_args(Object* self, Object* value) {
  if (!value) raise_type_error("args may not be deleted");
  self_exc(self)->args = tuple_from_iterable(value);
}
Object* get_traceback(Object* self) {
  Object* tb = self_exc(self)->traceback;
  return tb ? tb : Py_None;
}
void set_traceback(Object* self, Object* value) {
  if (!value) raise_type_error("__traceback__ may not be deleted");
  if (value == Py_None) {
    self_exc(self)->traceback = nullptr;
  } else if (type_of(value) == &Traceback_Type) {
    self_exc(self)->traceback = static_cast<TracebackObject*>(value);
  } else {
    raise_type_error("__traceback__ must be a traceback or None");
  }
}
Object* get_context(Object* self) {
  Object* c = self_exc(self)->context;
  return c ? c : Py_None;
}
void set_context(Object* self, Object* value) {
  if (!value) raise_type_error("__context__ may not be deleted");
  if (value == Py_None) value = nullptr;
  else if (!is_exception(value))
    raise_type_error("exception context must be None or derive from BaseException");
  self_exc(self)->context = value;
}
Object* get_cause(Object* self) {
  Object* c = self_exc(self)->cause;
  return c ? c : Py_None;
}
void set_cause(Object* self, Object* value) {
  if (!value) raise_type_error("__cause__ may not be deleted");
  if (value == Py_None) value = nullptr;
  else if (!is_exception(value))
    raise_type_error("exception cause must be None or derive from BaseException");
  self_exc(self)->cause = value;
  self_exc(self)->suppress_context = true;
}
Object* get_suppress(Object* self) { return py_bool(self_exc(self)->suppress_context); }
void set_suppress(Object* self, Object* value) {
  if (!value) raise_type_error("__suppress_context__ may not be deleted");
  self_exc(self)->suppress_context = is_true(value);
}

Object* exc_with_traceback(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("with_traceback", kw);
  check_nargs("with_traceback", nargs, 1, 1);
  set_traceback(self, args[0]);
  return self;
}

Object* exc_add_note(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("add_note", kw);
  check_nargs("add_note", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("note must be a str, not '%s'", type_name(args[0]));
  static StrObject* notes_name = intern("__notes__");
  Object* notes = get_attr_or_null(self, notes_name);
  if (!notes) {
    notes = list_new(0);
    set_attr(self, notes_name, notes);
  }
  if (!is_list(notes)) raise_type_error("Cannot add note: __notes__ is not a list");
  call_method_cstr(notes, "append", args, 1);
  return Py_None;
}

Object* exc_get_dict(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  if (!e->dict) e->dict = dict_new();
  return e->dict;
}
void exc_set_dict(Object* self, Object* value) {
  if (!value) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  as_exc(self)->dict = static_cast<DictObject*>(value);
}
const GetSetDef exc_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, nullptr},
    {"args", get_args, set_args, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress, set_suppress, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, METH_DEFAULT,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, METH_DEFAULT,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {nullptr, nullptr, 0, nullptr}};

// ---- StopIteration, SystemExit ----------------------------------------------------------
void stopiteration_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  static_cast<StopIterationObject*>(self)->value = nargs ? args[0] : Py_None;
}
const MemberDef stopiteration_members[] = {
    {"value", MEMBER_OBJECT, offsetof(StopIterationObject, value), false, "generator return value"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

void systemexit_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  auto* se = static_cast<SystemExitObject*>(self);
  se->code = nargs == 0 ? Py_None : nargs == 1 ? args[0] : self_exc(self)->args;
}
const MemberDef systemexit_members[] = {
    {"code", MEMBER_OBJECT, offsetof(SystemExitObject, code), false, "exception code"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- KeyError: str() of a single argument is its repr ----------------------------------------
Object* keyerror_str(Object* self) {
  TupleObject* a = self_exc(self)->args;
  if (a && tuple_size(a) == 1) return repr(a->items[0]);
  return exc_str(self);
}

// ---- OSError ---------------------------------------------------------------------------------
// As CPython: OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets the fields; a
// filename drops everything after strerror from args. Calling OSError itself with a known errno
// creates the matching subclass. The arguments are parsed by __new__, unless a subclass overrides
// __init__ (and not __new__): then __init__ parses them and __new__ accepts anything.
Object* oserror_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames);
void oserror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames);

bool oserror_use_init(TypeObject* t) { return t->tp_init != oserror_init && t->tp_new == oserror_new; }

// PyNumber_Check: an object usable as a number.
bool is_number(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_index || t->nb_int || t->nb_float || is_subtype(t, &Complex_Type);
}

// PyNumber_AsSsize_t(o, ValueError).
intptr_t ssize_or_value_error(Object* o) {
  Object* i = number_index(o);
  intptr_t v;
  if (!int_to_intptr(i, &v))
    raise_value_error("cannot fit '%s' into an index-sized integer", type_name(o));
  return v;
}

struct OSErrorArgs {
  Object* myerrno = nullptr;
  Object* strerror = nullptr;
  Object* filename = nullptr;
  Object* filename2 = nullptr;
};

OSErrorArgs oserror_parse(Object* const* args, size_t nargs) {
  OSErrorArgs a;
  if (nargs >= 2 && nargs <= 5) {
    a.myerrno = args[0];
    a.strerror = args[1];
    if (nargs >= 3) a.filename = args[2];
    // args[3] is winerror (Windows only).
    if (nargs >= 5) a.filename2 = args[4];
  }
  return a;
}

void oserror_fill(Object* self, Object* const* args, size_t nargs, const OSErrorArgs& a) {
  auto* e = static_cast<OSErrorObject*>(self);
  TupleObject* t = args_tuple(args, nargs);
  if (a.filename && a.filename != Py_None) {
    if (type_of(self) == Exc_BlockingIOError && is_number(a.filename)) {
      // BlockingIOError's third argument is the number of characters written.
      e->written = ssize_or_value_error(a.filename);
    } else {
      e->filename = a.filename;
      if (a.filename2 && a.filename2 != Py_None) e->filename2 = a.filename2;
      t = tuple_from(args, 2);
    }
  }
  e->myerrno = a.myerrno;
  e->strerror = a.strerror;
  self_exc(self)->args = t;
}

Object* oserror_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  bool parse = !oserror_use_init(type);
  OSErrorArgs a;
  if (parse) {
    if (kwnames && tuple_size(kwnames)) raise_type_error("%s() takes no keyword arguments", type->tp_name);
    a = oserror_parse(args, nargs);
    if (type == Exc_OSError && a.myerrno && is_int(a.myerrno)) {
      intptr_t v;
      if (int_to_intptr(int_normalize(a.myerrno), &v) && v >= INT32_MIN && v <= INT32_MAX)
        type = oserror_type_for_errno(static_cast<int>(v));
    }
  }
  Object* self = type_alloc(type);
  static_cast<OSErrorObject*>(self)->written = -1;
  if (parse) oserror_fill(self, args, nargs, a);
  else self_exc(self)->args = Empty_Tuple;
  return self;
}

void oserror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  if (!oserror_use_init(type_of(self))) return;
  reject_kwargs(self, kw);
  oserror_fill(self, args, nargs, oserror_parse(args, nargs));
}

std::string str_text(Object* o) { return std::string(str_view(static_cast<StrObject*>(str(o)))); }
std::string repr_text(Object* o) { return std::string(str_view(static_cast<StrObject*>(repr(o)))); }

Object* oserror_str(Object* self) {
  auto* e = static_cast<OSErrorObject*>(self);
  auto or_none = [](Object* o) { return o ? o : Py_None; };
  if (e->filename) {
    std::string s = "[Errno " + str_text(or_none(e->myerrno)) + "] " + str_text(or_none(e->strerror)) +
                    ": " + repr_text(e->filename);
    if (e->filename2) s += " -> " + repr_text(e->filename2);
    return str_from(s);
  }
  if (e->myerrno && e->strerror)
    return str_from("[Errno " + str_text(e->myerrno) + "] " + str_text(e->strerror));
  return exc_str(self);
}

Object* oserror_get_written(Object* self) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (e->written == -1) raise_fmt(Exc_AttributeError, "characters_written");
  return int_from_intptr(e->written);
}
void oserror_set_written(Object* self, Object* value) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (!value) {
    if (e->written == -1) raise_fmt(Exc_AttributeError, "characters_written");
    e->written = -1;
    return;
  }
  e->written = ssize_or_value_error(value);
}

const MemberDef oserror_members[] = {
    {"errno", MEMBER_OBJECT, offsetof(OSErrorObject, myerrno), false, "POSIX exception code"},
    {"strerror", MEMBER_OBJECT, offsetof(OSErrorObject, strerror), false, "exception strerror"},
    {"filename", MEMBER_OBJECT, offsetof(OSErrorObject, filename), false, "exception filename"},
    {"filename2", MEMBER_OBJECT, offsetof(OSErrorObject, filename2), false, "second exception filename"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};
const GetSetDef oserror_getset[] = {
    {"characters_written", oserror_get_written, oserror_set_written, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError -----------------------------
// Constructors take exactly (encoding, object, start, end, reason) ((object, start, end, reason)
// for translate errors), checked with PyArg_ParseTuple's messages.
UnicodeErrorObject* uerr(Object* o) { return static_cast<UnicodeErrorObject*>(o); }

void unicode_args_count(size_t nargs, size_t want) {
  if (nargs != want) raise_type_error("function takes exactly %zu arguments (%zu given)", want, nargs);
}
Object* unicode_arg_str(Object* const* args, int i) {
  if (!is_str(args[i])) raise_type_error("argument %d must be str, not %s", i + 1, type_name(args[i]));
  return args[i];
}
intptr_t unicode_arg_ssize(Object* o) { return int_as_intptr(number_index(o)); }

void unicode_clear(Object* self) {
  uerr(self)->encoding = uerr(self)->object = uerr(self)->reason = nullptr;
}

void unicode_decode_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  unicode_clear(self);
  unicode_args_count(nargs, 5);
  Object* encoding = unicode_arg_str(args, 0);
  intptr_t start = unicode_arg_ssize(args[2]);
  intptr_t end = unicode_arg_ssize(args[3]);
  Object* reason = unicode_arg_str(args, 4);
  Object* object = args[1];
  if (!is_bytes(object)) {
    const char* data;
    intptr_t size;
    if (!get_buffer(object, &data, &size))
      raise_type_error("a bytes-like object is required, not '%s'", type_name(object));
    object = bytes_from(data, static_cast<size_t>(size));
  }
  UnicodeErrorObject* e = uerr(self);
  e->encoding = encoding;
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = reason;
}

void unicode_encode_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  unicode_clear(self);
  unicode_args_count(nargs, 5);
  Object* encoding = unicode_arg_str(args, 0);
  Object* object = unicode_arg_str(args, 1);
  intptr_t start = unicode_arg_ssize(args[2]);
  intptr_t end = unicode_arg_ssize(args[3]);
  Object* reason = unicode_arg_str(args, 4);
  UnicodeErrorObject* e = uerr(self);
  e->encoding = encoding;
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = reason;
}

void unicode_translate_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  unicode_clear(self);
  unicode_args_count(nargs, 4);
  Object* object = unicode_arg_str(args, 0);
  intptr_t start = unicode_arg_ssize(args[1]);
  intptr_t end = unicode_arg_ssize(args[2]);
  Object* reason = unicode_arg_str(args, 3);
  UnicodeErrorObject* e = uerr(self);
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = reason;
}

// str() of a field that may be missing (CPython formats a missing one as "<NULL>").
std::string field_text(Object* o) { return o ? str_text(o) : std::string("<NULL>"); }

// "'\xe9'", "'\u20ac'", "'\U0001f600'": the character as CPython's messages quote it.
std::string quoted_escape(uint32_t c) {
  char buf[16];
  if (c <= 0xff) std::snprintf(buf, sizeof buf, "'\\x%02x'", c);
  else if (c <= 0xffff) std::snprintf(buf, sizeof buf, "'\\u%04x'", c);
  else std::snprintf(buf, sizeof buf, "'\\U%08x'", c);
  return buf;
}

std::string zd(intptr_t v) { return std::to_string(v); }

// The one offending character of a str-based error, or -1 when the range is not one character.
int64_t single_char(UnicodeErrorObject* e) {
  if (!is_str(e->object)) return -1;
  auto* s = static_cast<StrObject*>(e->object);
  if (e->start >= 0 && e->start < s->length && e->end == e->start + 1) return str_char(s, e->start);
  return -1;
}

Object* unicode_decode_str(Object* self) {
  UnicodeErrorObject* e = uerr(self);
  if (!e->object) return Empty_Str;  // not initialized
  std::string reason = field_text(e->reason);
  std::string encoding = field_text(e->encoding);
  std::string s = "'" + encoding + "' codec can't decode ";
  if (is_bytes(e->object) && e->start >= 0 && e->start < bytes_size(e->object) && e->end == e->start + 1) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(bytes_data(e->object)[e->start]));
    s += std::string("byte ") + buf + " in position " + zd(e->start);
  } else {
    s += "bytes in position " + zd(e->start) + "-" + zd(e->end - 1);
  }
  return str_from(s + ": " + reason);
}

Object* unicode_encode_str(Object* self) {
  UnicodeErrorObject* e = uerr(self);
  if (!e->object) return Empty_Str;
  std::string reason = field_text(e->reason);
  std::string encoding = field_text(e->encoding);
  std::string s = "'" + encoding + "' codec can't encode ";
  int64_t c = single_char(e);
  if (c >= 0) s += "character " + quoted_escape(static_cast<uint32_t>(c)) + " in position " + zd(e->start);
  else s += "characters in position " + zd(e->start) + "-" + zd(e->end - 1);
  return str_from(s + ": " + reason);
}

Object* unicode_translate_str(Object* self) {
  UnicodeErrorObject* e = uerr(self);
  if (!e->object) return Empty_Str;
  std::string reason = field_text(e->reason);
  std::string s = "can't translate ";
  int64_t c = single_char(e);
  if (c >= 0) s += "character " + quoted_escape(static_cast<uint32_t>(c)) + " in position " + zd(e->start);
  else s += "characters in position " + zd(e->start) + "-" + zd(e->end - 1);
  return str_from(s + ": " + reason);
}

const MemberDef unicode_error_members[] = {
    {"encoding", MEMBER_OBJECT, offsetof(UnicodeErrorObject, encoding), false, "exception encoding"},
    {"object", MEMBER_OBJECT, offsetof(UnicodeErrorObject, object), false, "exception object"},
    {"start", MEMBER_INTPTR, offsetof(UnicodeErrorObject, start), false, "exception start"},
    {"end", MEMBER_INTPTR, offsetof(UnicodeErrorObject, end), false, "exception end"},
    {"reason", MEMBER_OBJECT, offsetof(UnicodeErrorObject, reason), false, "exception reason"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// A fully built exception of `type` with the given fields (no constructor call).
[[noreturn]] void raise_unicode_error(TypeObject* type, const char* encoding, Object* object,
                                      intptr_t start, intptr_t end, const char* reason) {
  Object* exc = type_alloc(type);
  UnicodeErrorObject* e = uerr(exc);
  e->encoding = encoding ? str_from_cstr(encoding) : nullptr;
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = str_from_cstr(reason);
  Object* s = int_from_intptr(start);
  Object* en = int_from_intptr(end);
  e->args = encoding ? tuple_pack({e->encoding, object, s, en, e->reason}) : tuple_pack({object, s, en, e->reason});
  raise(exc);
}

// ---- ImportError, NameError, AttributeError: keyword-only extras -------------------------------
// Splits keyword arguments named in `allowed` out of the call; returns the number of positional.
void take_kwargs(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames,
                 const char* const* allowed, Object** out, int nallowed) {
  for (int i = 0; i < nallowed; ++i) out[i] = nullptr;
  if (!kwnames) return;
  for (intptr_t k = 0; k < tuple_size(kwnames); ++k) {
    StrObject* kn = static_cast<StrObject*>(kwnames->items[k]);
    int found = -1;
    for (int i = 0; i < nallowed; ++i)
      if (str_eq_cstr(kn, allowed[i])) found = i;
    if (found < 0)
      raise_type_error("%s() got an unexpected keyword argument '%s'", type_name(self),
                       str_utf8(kn));
    out[found] = args[nargs + k];
  }
}

void importerror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"name", "path"};
  Object* vals[2];
  take_kwargs(self, args, nargs, kw, names, vals, 2);
  self_exc(self)->args = args_tuple(args, nargs);
  auto* e = static_cast<ImportErrorObject*>(self);
  e->name = vals[0] ? vals[0] : Py_None;
  e->path = vals[1] ? vals[1] : Py_None;
  e->msg = nargs == 1 ? args[0] : Py_None;
}
Object* importerror_str(Object* self) {
  auto* e = static_cast<ImportErrorObject*>(self);
  if (e->msg && e->msg != Py_None) return str(e->msg);
  return exc_str(self);
}
const MemberDef importerror_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(ImportErrorObject, msg), false, "exception message"},
    {"name", MEMBER_OBJECT, offsetof(ImportErrorObject, name), false, "module name"},
    {"path", MEMBER_OBJECT, offsetof(ImportErrorObject, path), false, "module path"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

void nameerror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"name"};
  Object* vals[1];
  take_kwargs(self, args, nargs, kw, names, vals, 1);
  self_exc(self)->args = args_tuple(args, nargs);
  static_cast<NameErrorObject*>(self)->name = vals[0] ? vals[0] : Py_None;
}
const MemberDef nameerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(NameErrorObject, name), false, "name"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

void attributeerror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"name", "obj"};
  Object* vals[2];
  take_kwargs(self, args, nargs, kw, names, vals, 2);
  self_exc(self)->args = args_tuple(args, nargs);
  auto* e = static_cast<AttributeErrorObject*>(self);
  e->name = vals[0] ? vals[0] : Py_None;
  e->obj = vals[1] ? vals[1] : Py_None;
}
const MemberDef attributeerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(AttributeErrorObject, name), false, "attribute name"},
    {"obj", MEMBER_OBJECT, offsetof(AttributeErrorObject, obj), false, "object"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- SyntaxError -------------------------------------------------------------------------------
void syntaxerror_init(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  exc_init(self, args, nargs, kw);
  auto* e = static_cast<SyntaxErrorObject*>(self);
  e->msg = e->filename = e->lineno = e->offset = e->text = e->end_lineno = e->end_offset = Py_None;
  e->print_file_and_line = Py_None;
  if (nargs >= 1) e->msg = args[0];
  if (nargs == 2) {
    Object* info = tuple_from_iterable(args[1]);
    intptr_t n = tuple_size(info);
    if (n < 4 || n > 6) raise_index_error("tuple index out of range");
    e->filename = tuple_item(info, 0);
    e->lineno = tuple_item(info, 1);
    e->offset = tuple_item(info, 2);
    e->text = tuple_item(info, 3);
    if (n >= 5) e->end_lineno = tuple_item(info, 4);
    if (n >= 6) e->end_offset = tuple_item(info, 5);
  }
}
Object* syntaxerror_str(Object* self) {
  auto* e = static_cast<SyntaxErrorObject*>(self);
  std::string s = str_utf8(static_cast<StrObject*>(str(e->msg)));
  bool have_file = e->filename && is_str(e->filename);
  bool have_line = e->lineno && is_int(e->lineno);
  if (have_file || have_line) {
    std::string fname;
    if (have_file) {
      fname = str_utf8(static_cast<StrObject*>(e->filename));
      size_t slash = fname.rfind('/');
      if (slash != std::string::npos) fname = fname.substr(slash + 1);
    }
    if (have_file && have_line)
      s += " (" + fname + ", line " + int_to_decimal(e->lineno) + ")";
    else if (have_file)
      s += " (" + fname + ")";
    else
      s += " (line " + int_to_decimal(e->lineno) + ")";
  }
  return str_from(s);
}
const MemberDef syntaxerror_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(SyntaxErrorObject, msg), false, "exception msg"},
    {"filename", MEMBER_OBJECT, offsetof(SyntaxErrorObject, filename), false, "exception filename"},
    {"lineno", MEMBER_OBJECT, offsetof(SyntaxErrorObject, lineno), false, "exception lineno"},
    {"offset", MEMBER_OBJECT, offsetof(SyntaxErrorObject, offset), false, "exception offset"},
    {"text", MEMBER_OBJECT, offsetof(SyntaxErrorObject, text), false, "exception text"},
    {"end_lineno", MEMBER_OBJECT, offsetof(SyntaxErrorObject, end_lineno), false, "exception end lineno"},
    {"end_offset", MEMBER_OBJECT, offsetof(SyntaxErrorObject, end_offset), false, "exception end offset"},
    {"print_file_and_line", MEMBER_OBJECT, offsetof(SyntaxErrorObject, print_file_and_line), false,
     "exception print_file_and_line"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- traceback objects ---------------------------------------------------------------------------
Object* tb_get_next(Object* self) {
  Object* n = static_cast<TracebackObject*>(self)->tb_next;
  return n ? n : Py_None;
}
void tb_set_next(Object* self, Object* value) {
  if (!value) raise_type_error("can't delete tb_next attribute");
  if (value == Py_None) {
    static_cast<TracebackObject*>(self)->tb_next = nullptr;
    return;
  }
  if (type_of(value) != &Traceback_Type)
    raise_type_error("expected traceback object, got '%s'", type_name(value));
  for (auto* t = static_cast<TracebackObject*>(value); t; t = t->tb_next)
    if (t == self) raise_value_error("traceback loop detected");
  static_cast<TracebackObject*>(self)->tb_next = static_cast<TracebackObject*>(value);
}
Object* tb_get_lineno(Object* self) {
  return make_small_int(static_cast<TracebackObject*>(self)->lineno);
}
Object* tb_get_lasti(Object* self) {
  return make_small_int(static_cast<TracebackObject*>(self)->lasti * 2);
}
// The frame of a traceback entry: while that frame still runs (the handler's own frame, its
// callers), a snapshot of it with f_back and f_locals; a frame that has returned keeps its code,
// line and globals.
Object* tb_get_frame(Object* self) {
  auto* tb = static_cast<TracebackObject*>(self);
  for (Frame* f = g_ts.frame; f; f = f->back)
    if (f == tb->frame && f->code == tb->code) return frame_snapshot_of(f);
  auto* s = static_cast<FrameSnapshotObject*>(frame_snapshot_new(tb->code, tb->lineno, tb->lasti));
  s->globals = tb->globals;
  return s;
}
const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

// Line of instruction `lasti` in a code object (defined with the code objects).
int code_line_of(Object* code, int lasti);

void traceback_add(Object* exc, Frame* f, int lasti) {
  auto* tb = alloc_object<TracebackObject>(&Traceback_Type);
  tb->tb_next = self_exc(exc)->traceback;
  tb->code = f->code;
  tb->lasti = lasti;
  tb->lineno = code_line_of(f->code, lasti);
  tb->globals = f->globals;
  tb->frame = f;
  self_exc(exc)->traceback = tb;
}

TypeObject* oserror_type_for_errno(int err) {
  switch (err) {
    case EAGAIN:
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY: case EINPROGRESS:
      return Exc_BlockingIOError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
      return Exc_BrokenPipeError;
    case ECHILD: return Exc_ChildProcessError;
    case ECONNABORTED: return Exc_ConnectionAbortedError;
    case ECONNREFUSED: return Exc_ConnectionRefusedError;
    case ECONNRESET: return Exc_ConnectionResetError;
    case EEXIST: return Exc_FileExistsError;
    case ENOENT: return Exc_FileNotFoundError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EINTR: return Exc_InterruptedError;
    case EACCES: case EPERM: return Exc_PermissionError;
    case ESRCH: return Exc_ProcessLookupError;
    case ETIMEDOUT: return Exc_TimeoutError;
    default: return Exc_OSError;
  }
}

void raise_unicode_decode_error(const char* encoding, Object* bytes, intptr_t start, intptr_t end,
                                const char* reason) {
  raise_unicode_error(Exc_UnicodeDecodeError, encoding, bytes, start, end, reason);
}

void raise_unicode_encode_error(const char* encoding, Object* str, intptr_t start, intptr_t end,
                                const char* reason) {
  raise_unicode_error(Exc_UnicodeEncodeError, encoding, str, start, end, reason);
}

void raise_unicode_translate_error(Object* str, intptr_t start, intptr_t end, const char* reason) {
  raise_unicode_error(Exc_UnicodeTranslateError, nullptr, str, start, end, reason);
}

void init_exception_types() {
  static const char* const names[] = {
#define SLOTPY_EXC_NAME_(name, base) #name,
      SLOTPY_EXCEPTIONS(SLOTPY_EXC_NAME_)
#undef SLOTPY_EXC_NAME_
  };
  static const int bases[] = {
#define SLOTPY_EXC_BASE_(name, base) kExc_##base,
      SLOTPY_EXCEPTIONS(SLOTPY_EXC_BASE_)
#undef SLOTPY_EXC_BASE_
  };
  TypeObject** slots[] = {
#define SLOTPY_EXC_SLOT_(name, base) &Exc_##name,
      SLOTPY_EXCEPTIONS(SLOTPY_EXC_SLOT_)
#undef SLOTPY_EXC_SLOT_
  };
  for (int i = 0; i < kExcCount; ++i) {
    TypeObject* t = &g_exc_types[i];
    *slots[i] = t;
    t->tp_name = names[i];
    t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS;
    if (i == kExc_BaseException) {
      t->tp_base = &Object_Type;
      t->tp_basicsize = sizeof(BaseExceptionObject);
      t->tp_dictoffset = offsetof(BaseExceptionObject, dict);
      t->tp_new = exc_new;
      t->tp_init = exc_init;
      t->tp_str = exc_str;
      t->tp_repr = exc_repr;
      t->tp_getset = exc_getset;
      t->tp_methods = exc_methods;
      t->tp_doc = "Common base class for all exceptions";
    } else {
      TypeObject* base = &g_exc_types[bases[i]];
      t->tp_base = base;
      t->tp_basicsize = base->tp_basicsize;
      t->tp_dictoffset = base->tp_dictoffset;
    }
  }
  auto extend = [](TypeObject* t, intptr_t size, InitFn init, const MemberDef* members) {
    t->tp_basicsize = size;
    t->tp_init = init;
    t->tp_members = members;
  };
  extend(Exc_StopIteration, sizeof(StopIterationObject), stopiteration_init, stopiteration_members);
  extend(Exc_SystemExit, sizeof(SystemExitObject), systemexit_init, systemexit_members);
  extend(Exc_OSError, sizeof(OSErrorObject), oserror_init, oserror_members);
  Exc_OSError->tp_new = oserror_new;
  Exc_OSError->tp_str = oserror_str;
  Exc_OSError->tp_getset = oserror_getset;
  extend(Exc_UnicodeDecodeError, sizeof(UnicodeErrorObject), unicode_decode_init, unicode_error_members);
  Exc_UnicodeDecodeError->tp_str = unicode_decode_str;
  extend(Exc_UnicodeEncodeError, sizeof(UnicodeErrorObject), unicode_encode_init, unicode_error_members);
  Exc_UnicodeEncodeError->tp_str = unicode_encode_str;
  extend(Exc_UnicodeTranslateError, sizeof(UnicodeErrorObject), unicode_translate_init,
         unicode_error_members);
  Exc_UnicodeTranslateError->tp_str = unicode_translate_str;
  extend(Exc_ImportError, sizeof(ImportErrorObject), importerror_init, importerror_members);
  Exc_ImportError->tp_str = importerror_str;
  extend(Exc_NameError, sizeof(NameErrorObject), nameerror_init, nameerror_members);
  extend(Exc_AttributeError, sizeof(AttributeErrorObject), attributeerror_init,
         attributeerror_members);
  extend(Exc_SyntaxError, sizeof(SyntaxErrorObject), syntaxerror_init, syntaxerror_members);
  Exc_SyntaxError->tp_str = syntaxerror_str;
  Exc_KeyError->tp_str = keyerror_str;
  init_exception_group_types();
  Traceback_Type.tp_name = "traceback";
  Traceback_Type.tp_basicsize = sizeof(TracebackObject);
  Traceback_Type.tp_getset = tb_getset;
}

void ready_exception_types() {
  for (int i = 0; i < kExcCount; ++i) {
    TypeObject* t = &g_exc_types[i];
    // Fix sizes for subclasses of extended types (parents are ready first: table order).
    if (i != kExc_BaseException && t->tp_basicsize < t->tp_base->tp_basicsize)
      t->tp_basicsize = t->tp_base->tp_basicsize;
    if (t == Exc_ExceptionGroup) t->tp_bases = tuple_pack({Exc_BaseExceptionGroup, Exc_Exception});
    type_ready(t);
  }
  type_ready(&Traceback_Type);
}

void add_exception_builtins(DictObject* builtins) {
  for (int i = 0; i < kExcCount; ++i) dict_set_cstr(builtins, g_exc_types[i].tp_name, &g_exc_types[i]);
  dict_set_cstr(builtins, "EnvironmentError", Exc_OSError);
  dict_set_cstr(builtins, "IOError", Exc_OSError);
}

}  // namespace slotpy
