// Exception objects: BaseException and the builtin hierarchy (errors.h lists it).
#pragma once

#include "runtime/errors.h"
#include "runtime/object.h"

namespace slotpy {

struct TracebackObject;

struct BaseExceptionObject : Object {
  DictObject* dict;
  TupleObject* args;
  TracebackObject* traceback;
  Object* context;
  Object* cause;
  bool suppress_context;
};

// Exceptions with extra fields.
struct StopIterationObject : BaseExceptionObject {
  Object* value;
};
struct SystemExitObject : BaseExceptionObject {
  Object* code;
};
// Fields left nullptr when not given (they read as None); `written` is
// BlockingIOError.characters_written, -1 when unset.
struct OSErrorObject : BaseExceptionObject {
  Object* myerrno;
  Object* strerror;
  Object* filename;
  Object* filename2;
  intptr_t written;
};
// UnicodeDecodeError (object: bytes), UnicodeEncodeError and UnicodeTranslateError (object: str;
// encoding stays nullptr for translate errors).
struct UnicodeErrorObject : BaseExceptionObject {
  Object* encoding;
  Object* object;
  intptr_t start;
  intptr_t end;
  Object* reason;
};
struct ImportErrorObject : BaseExceptionObject {
  Object* msg;
  Object* name;
  Object* path;
};
struct NameErrorObject : BaseExceptionObject {
  Object* name;
};
struct AttributeErrorObject : BaseExceptionObject {
  Object* name;
  Object* obj;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Object* msg;
  Object* filename;
  Object* lineno;
  Object* offset;
  Object* text;
  Object* end_lineno;
  Object* end_offset;
  Object* print_file_and_line;
};

// BaseExceptionGroup / ExceptionGroup (exceptiongroup.cpp).
struct BaseExceptionGroupObject : BaseExceptionObject {
  Object* msg;
  TupleObject* excs;  // non-empty
};
void init_exception_group_types();
// except*: raises TypeError unless `type` is an exception class (or a tuple of them) that is
// not an exception group.
void check_except_star_type(Object* type);
// CHECK_EG_MATCH: the part of exc that `type` matches (a group; None if nothing) and in *rest
// what is left (None if nothing).
Object* exception_group_match(Object* exc, Object* type, Object** rest);
// PREP_RERAISE_STAR: what leaves a try/except* statement, from the caught exception and the
// list of what the clauses raised plus the unmatched rest; None when nothing.
Object* prep_reraise_star(Object* orig, Object* excs);

// One traceback entry per frame the exception passed through (innermost last).
struct TracebackObject : Object {
  TracebackObject* tb_next;
  Object* code;   // CodeObject*
  int lasti;      // instruction index in code
  int lineno;
  Object* globals;     // the frame's globals (tb_frame.f_globals)
  const void* frame;   // the interpreter frame it came from: only compared, never read
};

inline BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

// Creates the exception types (called by runtime_init after the core types are ready).
void init_exception_types();
// type_ready() on every exception type, bases first.
void ready_exception_types();
// Adds every exception type to the builtins namespace.
void add_exception_builtins(DictObject* builtins);
// The OSError subclass CPython picks for an errno (FileNotFoundError for ENOENT, ...), or
// OSError itself. OSError(errno, strerror, ...) uses it to create the subclass.
TypeObject* oserror_type_for_errno(int err);

// Raise UnicodeDecodeError(encoding, bytes, start, end, reason): str() is
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte". `bytes` must be a bytes.
[[noreturn]] void raise_unicode_decode_error(const char* encoding, Object* bytes, intptr_t start,
                                             intptr_t end, const char* reason);
// Raise UnicodeEncodeError(encoding, str, start, end, reason): str() is
// "'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)".
[[noreturn]] void raise_unicode_encode_error(const char* encoding, Object* str, intptr_t start,
                                             intptr_t end, const char* reason);
// Raise UnicodeTranslateError(str, start, end, reason).
[[noreturn]] void raise_unicode_translate_error(Object* str, intptr_t start, intptr_t end,
                                                const char* reason);

// Prepends a traceback entry for (code, instruction index) to exc's traceback.
struct Frame;
void traceback_add(Object* exc, Frame* f, int lasti);

}  // namespace slotpy
