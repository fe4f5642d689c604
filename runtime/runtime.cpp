// runtime_init: fills every builtin type object, readies them (dicts, MROs, the dunder
// wrappers), then builds the exception hierarchy, the builtins module and sys.
//
// Order matters: the type objects are plain static data filled by their init functions (which
// allocate nothing); str must work before anything is interned; the slot table (slotdefs) must
// be initialized before the first type_ready, which uses it to add `__add__` & co.
#include "runtime/runtime.h"
#include "runtime/signals.h"

#include <gc/gc.h>

#include "runtime/bytesobject.h"
#include "runtime/codeobject.h"
#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/exceptions.h"
#include "runtime/floatobject.h"
#include "runtime/frameobject.h"
#include "runtime/funcobject.h"
#include "runtime/genobject.h"
#include "runtime/intobject.h"
#include "runtime/iterobjects.h"
#include "runtime/listobject.h"
#include "runtime/mappingproxy.h"
#include "runtime/moduleobject.h"
#include "runtime/rangeobject.h"
#include "runtime/setobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/fileobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

TypeObject* seqiter_type();  // abstract.cpp
extern TypeObject WeakRef_Type;  // stdlib/weakrefmodule.cpp
void init_weakref_type();

namespace {

// Every static builtin type (the exceptions are readied by ready_exception_types).
TypeObject* const kBuiltinTypes[] = {
    &Object_Type, &Type_Type,
    &NoneType_Type, &NotImplementedType_Type, &Ellipsis_Type,
    &Int_Type, &Bool_Type, &Float_Type, &Complex_Type,
    &Str_Type, &StrIter_Type, &StrAsciiIter_Type,
    &Bytes_Type, &BytesIter_Type, &ByteArray_Type, &ByteArrayIter_Type,
    &Tuple_Type, &TupleIter_Type, &List_Type, &ListIter_Type, &ListRevIter_Type,
    &Dict_Type, &DictKeys_Type, &DictValues_Type, &DictItems_Type, &DictKeyIter_Type,
    &DictValueIter_Type, &DictItemIter_Type, &DictRevKeyIter_Type, &DictRevValueIter_Type,
    &DictRevItemIter_Type,
    &Set_Type, &FrozenSet_Type, &SetIter_Type,
    &Range_Type, &RangeIter_Type, &LongRangeIter_Type, &Slice_Type,
    &BuiltinFunction_Type, &MethodDescr_Type, &ClassMethodDescr_Type, &GetSetDescr_Type,
    &MemberDescr_Type, &WrapperDescr_Type, &MethodWrapper_Type,
    &Function_Type, &Method_Type, &Cell_Type, &ClassMethod_Type, &StaticMethod_Type,
    &Property_Type, &Super_Type, &Code_Type, &Generator_Type, &Coroutine_Type, &CoroWrapper_Type, &AsyncGen_Type,
    &AsyncGenASend_Type, &AsyncGenAThrow_Type, &AsyncGenWrappedValue_Type, &Module_Type,
    &Enumerate_Type, &Zip_Type, &Map_Type, &Filter_Type, &Reversed_Type, &CallIter_Type,
    &TextIOWrapper_Type, &BufferedReader_Type, &BufferedWriter_Type, &BufferedRandom_Type,
    &FileIO_Type, &FrameSnapshot_Type, &WeakRef_Type, &MappingProxy_Type, &GenericAlias_Type, &UnionType_Type, &MemoryView_Type,
};

}  // namespace

void gc_init() {
  GC_set_all_interior_pointers(0);
  GC_INIT();
  GC_register_displacement(str_buffer_data_offset());
}

void runtime_init(int argc, char** argv, char* stack_base) {
  static bool done = false;
  if (done) return;
  done = true;
  char here;
  runtime_stack_init(stack_base ? stack_base : &here);

  init_type_and_object_types();
  init_singleton_types();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_complex_type();
  init_str_type();
  init_bytes_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_type();
  init_range_type();
  init_slice_type();
  init_descr_types();
  init_function_types();
  init_super_type();
  init_code_type();
  init_generator_type();
  init_frame_snapshot_type();
  init_weakref_type();
  init_mappingproxy_type();
  init_module_type();
  init_seqiter_type();
  init_iterobject_types();
  init_file_types();
  init_exception_types();

  init_slotdefs();
  for (TypeObject* t : kBuiltinTypes) type_ready(t);
  type_ready(seqiter_type());
  ready_exception_types();

  static_cast<ModuleObject*>(create_module_builtins())->origin = "built-in";
  static_cast<ModuleObject*>(sys_module())->origin = "built-in";
  sys_set_argv(argc, argv);

  GC_set_finalize_on_demand(1);
  GC_set_finalizer_notifier([] {
    g_finalizers_pending = true;
    g_eval_breaker = true;
  });
}

}  // namespace slotpy
