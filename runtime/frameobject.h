// Frame objects as Python code sees them (traceback.tb_frame, sys._getframe()): a snapshot of
// a frame's code, line and namespaces. The interpreter's own frames (frame.h) live on the frame
// stack and are not objects; one of these is made only when a program asks for it, so its
// f_lineno and f_locals are those of that moment.
// types: FrameSnapshot_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject FrameSnapshot_Type;

struct FrameSnapshotObject : Object {
  Object* code;   // CodeObject*
  int lineno;
  int lasti;
  Object* globals;   // nullptr: unknown (traceback frames)
  Object* locals;    // nullptr: unknown
  Object* builtins;  // nullptr: unknown
  Object* back;      // the caller's snapshot; nullptr: none
};

struct Frame;

Object* frame_snapshot_new(Object* code, int lineno, int lasti);
// A snapshot of a live frame and, through f_back, of every frame that called it.
Object* frame_snapshot_of(Frame* f);

void init_frame_snapshot_type();

}  // namespace slotpy
