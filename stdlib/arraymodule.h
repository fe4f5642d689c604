// The array module (stdlib/arraymodule.cpp): the buffer hook used by the bytes-like protocol.
// types: Array_Type ArrayIter_Type (readied when the module is first imported)
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject Array_Type;

// The raw bytes of an array.array (or subclass) instance: false (nothing set) for other objects.
// The pointer stays valid until the array is resized.
bool array_buffer(Object* o, const char** data, intptr_t* size);

}  // namespace slotpy
