// Frame objects as Python code sees them (traceback.tb_frame): a snapshot of the code object
// and line of a frame. The interpreter's own frames (frame.h) live on the frame stack and are
// not objects; one of these is made only when a program asks for it.
// types: FrameSnapshot_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject FrameSnapshot_Type;

struct FrameSnapshotObject : Object {
  Object* code;   // CodeObject*
  int lineno;
  int lasti;
};

Object* frame_snapshot_new(Object* code, int lineno, int lasti);

void init_frame_snapshot_type();

}  // namespace slotpy
