// mappingproxy: a read-only view of a mapping (what C.__dict__ returns for a class).
// types: MappingProxy_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject MappingProxy_Type;

Object* mappingproxy_new(Object* mapping);
void init_mappingproxy_type();

}  // namespace slotpy
