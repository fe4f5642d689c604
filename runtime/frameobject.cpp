// Frame snapshots (frameobject.h).
#include "runtime/frameobject.h"

#include <cstdio>
#include <string>

#include "runtime/codeobject.h"
#include "runtime/dictobject.h"
#include "runtime/frame.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject FrameSnapshot_Type;

namespace {

FrameSnapshotObject* as_frame(Object* o) { return static_cast<FrameSnapshotObject*>(o); }

Object* frame_get_code(Object* self) { return as_frame(self)->code; }
Object* frame_get_lineno(Object* self) { return make_small_int(as_frame(self)->lineno); }
Object* frame_get_lasti(Object* self) { return make_small_int(as_frame(self)->lasti * 2); }
Object* or_empty_dict(Object* o) { return o ? o : dict_new(); }
Object* frame_get_globals(Object* self) { return or_empty_dict(as_frame(self)->globals); }
Object* frame_get_locals(Object* self) { return or_empty_dict(as_frame(self)->locals); }
Object* frame_get_builtins(Object* self) { return or_empty_dict(as_frame(self)->builtins); }
Object* frame_get_back(Object* self) {
  Object* b = as_frame(self)->back;
  return b ? b : Py_None;
}
Object* frame_get_trace(Object*) { return Py_None; }

Object* frame_repr(Object* self) {
  auto* co = static_cast<CodeObject*>(as_frame(self)->code);
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file ", static_cast<void*>(self));
  std::string s = buf;
  s += repr_cstr(co->filename);
  s += ", line " + std::to_string(as_frame(self)->lineno) + ", code ";
  s += str_utf8(co->name);
  s += '>';
  return str_from(s);
}

const GetSetDef frame_getset[] = {
    {"f_code", frame_get_code, nullptr, nullptr},
    {"f_lineno", frame_get_lineno, nullptr, nullptr},
    {"f_lasti", frame_get_lasti, nullptr, nullptr},
    {"f_globals", frame_get_globals, nullptr, nullptr},
    {"f_locals", frame_get_locals, nullptr, nullptr},
    {"f_builtins", frame_get_builtins, nullptr, nullptr},
    {"f_back", frame_get_back, nullptr, nullptr},
    {"f_trace", frame_get_trace, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Object* frame_snapshot_new(Object* code, int lineno, int lasti) {
  auto* f = alloc_object<FrameSnapshotObject>(&FrameSnapshot_Type);
  f->code = code;
  f->lineno = lineno;
  f->lasti = lasti;
  return f;
}

int code_line_of(Object* code, int lasti);

Object* frame_snapshot_of(Frame* f) {
  FrameSnapshotObject* first = nullptr;
  FrameSnapshotObject* prev = nullptr;
  for (; f; f = f->back) {
    auto* s = static_cast<FrameSnapshotObject*>(
        frame_snapshot_new(f->code, code_line_of(f->code, f->lasti), f->lasti));
    s->globals = f->globals;
    s->builtins = f->builtins;
    s->locals = frame_locals(f);
    if (prev)
      prev->back = s;
    else
      first = s;
    prev = s;
  }
  return first;
}

void init_frame_snapshot_type() {
  TypeObject* t = &FrameSnapshot_Type;
  t->tp_name = "frame";
  t->tp_basicsize = sizeof(FrameSnapshotObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_repr = frame_repr;
  t->tp_getset = frame_getset;
}

}  // namespace slotpy
