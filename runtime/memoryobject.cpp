// memoryview for bytes-like objects (format 'B'), with CPython 3.11's messages.
#include "runtime/memoryobject.h"

#include <cstdio>
#include <string>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/rangeobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject MemoryView_Type;

namespace {

struct MemoryViewObject : Object {
  Object* obj;      // the exporter (bytes or bytearray)
  intptr_t start;   // offset of item 0 in the exporter
  intptr_t len;     // number of items
  intptr_t step;    // stride in bytes
  bool released;
  bool readonly;
};

inline MemoryViewObject* MV(Object* o) { return static_cast<MemoryViewObject*>(o); }
inline bool is_mv(Object* o) { return type_of(o) == &MemoryView_Type; }

MemoryViewObject* checked(Object* self) {
  MemoryViewObject* m = MV(self);
  if (m->released) raise_value_error("operation forbidden on released memoryview object");
  return m;
}

// The exporter's bytes (re-read every time: a bytearray may have moved its data).
const char* base(MemoryViewObject* m) {
  const char* p;
  intptr_t n;
  get_buffer(m->obj, &p, &n);
  intptr_t last = m->len ? m->start + (m->len - 1) * m->step : m->start;
  if (last > n || (m->len && (last < 0 || last >= n)))
    raise_fmt(Exc_IndexError, "memoryview: underlying buffer is not large enough");
  return p;
}

std::string contents(MemoryViewObject* m) {
  const char* p = base(m);
  std::string out(static_cast<size_t>(m->len), '\0');
  for (intptr_t i = 0; i < m->len; ++i) out[static_cast<size_t>(i)] = p[m->start + i * m->step];
  return out;
}

MemoryViewObject* new_view(Object* obj, intptr_t start, intptr_t len, intptr_t step, bool readonly) {
  auto* m = alloc_object<MemoryViewObject>(&MemoryView_Type);
  m->obj = obj;
  m->start = start;
  m->len = len;
  m->step = step;
  m->released = false;
  m->readonly = readonly;
  return m;
}

Object* mv_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"object"};
  Object* v[1];
  parse_args("memoryview", args, nargs, kwnames, names, 1, 1, 0, 1, v);
  Object* o = v[0];
  if (is_mv(o)) {
    MemoryViewObject* src = checked(o);
    return new_view(src->obj, src->start, src->len, src->step, src->readonly);
  }
  const char* p;
  intptr_t n;
  if (!get_buffer(o, &p, &n))
    raise_type_error("memoryview: a bytes-like object is required, not '%s'", type_name(o));
  return new_view(o, 0, n, 1, !is_bytearray(o));
}

intptr_t mv_length(Object* self) { return checked(self)->len; }

intptr_t item_index(MemoryViewObject* m, Object* key) {
  intptr_t i = index_value(key);
  if (i < 0) i += m->len;
  if (i < 0 || i >= m->len) raise_fmt(Exc_IndexError, "index out of bounds on dimension 1");
  return i;
}

Object* mv_subscript(Object* self, Object* key) {
  MemoryViewObject* m = checked(self);
  if (is_slice(key)) {
    intptr_t start, stop, step;
    intptr_t n = slice_unpack(static_cast<SliceObject*>(key), m->len, &start, &stop, &step);
    return new_view(m->obj, m->start + start * m->step, n, m->step * step, m->readonly);
  }
  if (!is_int(key) && !type_of(key)->nb_index) raise_type_error("memoryview: invalid slice key");
  intptr_t i = item_index(m, key);
  return make_small_int(static_cast<uint8_t>(base(m)[m->start + i * m->step]));
}

void mv_ass_subscript(Object* self, Object* key, Object* value) {
  MemoryViewObject* m = checked(self);
  if (m->readonly) raise_type_error("cannot modify read-only memory");
  if (!value) raise_type_error("cannot delete memory");
  auto* ba = static_cast<ByteArrayObject*>(m->obj);
  if (is_slice(key)) {
    intptr_t start, stop, step;
    intptr_t n = slice_unpack(static_cast<SliceObject*>(key), m->len, &start, &stop, &step);
    const char* src;
    intptr_t sn;
    std::string copy;
    if (is_mv(value)) {
      copy = contents(checked(value));
    } else if (get_buffer(value, &src, &sn)) {
      copy.assign(src, static_cast<size_t>(sn));
    } else {
      raise_type_error("a bytes-like object is required, not '%s'", type_name(value));
    }
    if (static_cast<intptr_t>(copy.size()) != n)
      raise_value_error("memoryview assignment: lvalue and rvalue have different structures");
    base(m);
    for (intptr_t k = 0; k < n; ++k)
      ba->data[m->start + (start + k * step) * m->step] = copy[static_cast<size_t>(k)];
    return;
  }
  if (!is_int(key) && !type_of(key)->nb_index) raise_type_error("memoryview: invalid slice key");
  intptr_t i = item_index(m, key);
  if (!is_int(value)) raise_type_error("memoryview: invalid type for format 'B'");
  intptr_t v;
  if (!int_to_intptr(value, &v) || v < 0 || v > 255)
    raise_value_error("memoryview: invalid value for format 'B'");
  base(m);
  ba->data[m->start + i * m->step] = static_cast<char>(v);
}

Object* mv_iter(Object* self) {
  MemoryViewObject* m = checked(self);
  std::string c = contents(m);
  return get_iter(bytes_from(c.data(), c.size()));
}

Object* mv_repr(Object* self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", MV(self)->released ? "released " : "",
                static_cast<void*>(self));
  return str_from_cstr(buf);
}

Object* mv_richcompare(Object* a, Object* b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return Py_NotImplemented;
  if (!is_mv(a)) std::swap(a, b);
  if (a == b) return py_bool(op == CMP_EQ);
  MemoryViewObject* m = MV(a);
  std::string other;
  const char* p;
  intptr_t n;
  if (is_mv(b)) {
    if (m->released || MV(b)->released) return py_bool(op == CMP_NE);
    other = contents(MV(b));
  } else if (get_buffer(b, &p, &n)) {
    other.assign(p, static_cast<size_t>(n));
  } else {
    return Py_NotImplemented;
  }
  if (m->released) return py_bool(op == CMP_NE);
  bool same = contents(m) == other;
  return py_bool(op == CMP_EQ ? same : !same);
}

intptr_t mv_hash(Object* self) {
  MemoryViewObject* m = checked(self);
  if (!m->readonly) raise_value_error("cannot hash writable memoryview object");
  std::string c = contents(m);
  return hash(bytes_from(c.data(), c.size()));
}

Object* mv_tobytes(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"order"};
  Object* v[1];
  parse_args("tobytes", args, nargs, kwnames, names, 1, 0, 0, 1, v);
  std::string c = contents(checked(self));
  return bytes_from(c.data(), c.size());
}

Object* mv_tolist(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tolist", kwnames);
  check_nargs("tolist", nargs, 0, 0);
  std::string c = contents(checked(self));
  ListObject* l = list_new(static_cast<intptr_t>(c.size()));
  for (size_t i = 0; i < c.size(); ++i) l->items[i] = make_small_int(static_cast<uint8_t>(c[i]));
  return l;
}

Object* mv_hex(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  std::string c = contents(checked(self));
  Object* hex = get_attr_or_null(bytes_from(c.data(), c.size()), intern("hex"));
  return call(hex, args, nargs, kwnames);
}

Object* mv_release(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("release", kwnames);
  check_nargs("release", nargs, 0, 0);
  MV(self)->released = true;
  return Py_None;
}

Object* mv_enter(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__enter__", kwnames);
  check_nargs("__enter__", nargs, 0, 0);
  return checked(self);
}

Object* mv_exit(Object* self, Object* const*, size_t, TupleObject*) {
  MV(self)->released = true;
  return Py_None;
}

Object* mv_get_obj(Object* self) { return checked(self)->obj; }
Object* mv_get_nbytes(Object* self) { return int_from_intptr(checked(self)->len); }
Object* mv_get_readonly(Object* self) { return py_bool(checked(self)->readonly); }
Object* mv_get_itemsize(Object* self) { checked(self); return make_small_int(1); }
Object* mv_get_format(Object* self) { checked(self); return str_from_cstr("B"); }
Object* mv_get_ndim(Object* self) { checked(self); return make_small_int(1); }
Object* mv_get_shape(Object* self) { return tuple_pack({int_from_intptr(checked(self)->len)}); }
Object* mv_get_strides(Object* self) { return tuple_pack({int_from_intptr(checked(self)->step)}); }
Object* mv_get_suboffsets(Object* self) { checked(self); return Empty_Tuple; }
Object* mv_get_contiguous(Object* self) {
  MemoryViewObject* m = checked(self);
  return py_bool(m->step == 1 || m->len <= 1);
}

const GetSetDef mv_getset[] = {
    {"obj", mv_get_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, nullptr, nullptr},
    {"readonly", mv_get_readonly, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", mv_get_itemsize, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", mv_get_format, nullptr, nullptr},
    {"ndim", mv_get_ndim, nullptr, nullptr},
    {"shape", mv_get_shape, nullptr, nullptr},
    {"strides", mv_get_strides, nullptr, nullptr},
    {"suboffsets", mv_get_suboffsets, nullptr, nullptr},
    {"c_contiguous", mv_get_contiguous, nullptr, nullptr},
    {"f_contiguous", mv_get_contiguous, nullptr, nullptr},
    {"contiguous", mv_get_contiguous, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, METH_DEFAULT, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_DEFAULT, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, METH_DEFAULT, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, METH_DEFAULT, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__", mv_enter, METH_DEFAULT, nullptr},
    {"__exit__", mv_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool memoryview_buffer(Object* o, const char** data, intptr_t* size) {
  if (!is_mv(o)) return false;
  MemoryViewObject* m = MV(o);
  if (m->released || (m->step != 1 && m->len > 1)) return false;
  *data = base(m) + m->start;
  *size = m->len;
  return true;
}

void init_memoryview_type() {
  TypeObject* t = &MemoryView_Type;
  t->tp_name = "memoryview";
  t->tp_flags = TPFLAGS_SEQUENCE;
  t->tp_basicsize = sizeof(MemoryViewObject);
  t->tp_new = mv_new;
  t->tp_repr = mv_repr;
  t->tp_hash = mv_hash;
  t->tp_richcompare = mv_richcompare;
  t->tp_iter = mv_iter;
  t->mp_length = mv_length;
  t->mp_subscript = mv_subscript;
  t->mp_ass_subscript = mv_ass_subscript;
  t->tp_getset = mv_getset;
  t->tp_methods = mv_methods;
  t->tp_doc = "Create a new memoryview object which references the given object.";
}

}  // namespace slotpy
