// memoryview over bytes and bytearray (format 'B', one dimension), as CPython 3.11's for that
// common case: indexing, slicing (with steps), tobytes/tolist/hex, release and `with`, item
// assignment through a bytearray, comparison and hashing.
// types: MemoryView_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject MemoryView_Type;

// The bytes of a contiguous, unreleased memoryview (false otherwise): get_buffer's hook.
bool memoryview_buffer(Object* o, const char** data, intptr_t* size);

void init_memoryview_type();

}  // namespace slotpy
