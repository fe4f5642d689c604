// bytes: an immutable byte string, var-sized (ob_size = length, data inline, NUL-terminated).
//
// bytearray: a mutable byte string (size, capacity and a separate pointer-free data block).
//
// types: Bytes_Type BytesIter_Type ByteArray_Type ByteArrayIter_Type
#pragma once

#include "runtime/memoryobject.h"  // init_bytes_type also fills MemoryView_Type
#include "runtime/object.h"

namespace slotpy {

struct BytesObject : VarObject {
  intptr_t hash;  // -1 until computed
  char data[];
};

BytesObject* bytes_from(const char* s, size_t n);
BytesObject* bytes_new_uninit(intptr_t n);  // caller fills data; data[n] is set to 0
inline const char* bytes_data(Object* b) { return static_cast<BytesObject*>(b)->data; }
inline intptr_t bytes_size(Object* b) { return static_cast<BytesObject*>(b)->ob_size; }
// bytes(o): from an int count, an iterable of ints, a str is a TypeError without encoding.
Object* bytes_from_object(Object* o);

extern TypeObject BytesIter_Type;      // bytes_iterator
extern TypeObject ByteArrayIter_Type;  // bytearray_iterator

struct ByteArrayObject : Object {
  intptr_t size;
  intptr_t allocated;  // bytes in `data` (always > size: data[size] is 0)
  char* data;          // gc_alloc_atomic block
};

ByteArrayObject* bytearray_from(const char* s, size_t n);
void bytearray_resize(ByteArrayObject* a, intptr_t n);  // keeps the content; new bytes undefined
bool is_bytearray(const Object* o);                      // bytearray or a subclass
// Bytes-like objects (bytes, bytearray and their subclasses): their data and size. False (and
// nothing set) for other objects.
bool get_buffer(Object* o, const char** data, intptr_t* size);

void init_bytes_type();  // fills Bytes_Type, BytesIter_Type, ByteArray_Type, ByteArrayIter_Type

}  // namespace slotpy
