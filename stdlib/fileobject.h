// File objects: what open() returns, and sys.stdin / sys.stdout / sys.stderr.
//
// Three layers, as CPython's io module: _io.FileIO (a file descriptor), the buffered binary
// layer (_io.BufferedReader / BufferedWriter / BufferedRandom) over a raw stream, and the text
// layer (_io.TextIOWrapper) that encodes/decodes through the binary object it wraps (its
// `buffer`), so text and binary writes to sys.stdout stay in order. All five types are
// constructible and subclassable; over a native FileIO (resp. a native buffered object) the
// layers work on the descriptor (resp. the buffered object's memory) directly; over any other
// object (a user RawIOBase, io.BytesIO, ...) they call its readinto/read1/read/write/seek/...
//
// sys.stdout is block-buffered (line-buffered when fd 1 is a terminal) and flushed at exit by
// flush_std_streams(); sys.stderr is flushed after every write; reading sys.stdin flushes
// sys.stdout first. Files that become garbage are flushed and closed by a GC finalizer.
// types: TextIOWrapper_Type BufferedReader_Type BufferedWriter_Type BufferedRandom_Type FileIO_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject TextIOWrapper_Type, BufferedReader_Type, BufferedWriter_Type,
    BufferedRandom_Type, FileIO_Type;

// The builtin open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None) (vectorcall convention; self is ignored).
Object* builtin_open(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames);

// The standard stream objects for fd 0, 1 or 2 (created on first use; the same object every
// time). sys.stdin/stdout/stderr and their __xxx__ twins start as these.
Object* std_stream(int fd);

// Flushes every open file that has unwritten data, then sys.stdout and sys.stderr (the original
// stream objects). Never throws: returns 0, or -1 if some flush failed (e.g. BrokenPipeError on
// stdout; that error is swallowed and the unwritable data dropped). Called at exit.
int flush_std_streams();

// True for the exact text file type (print() writes to it without a method call).
inline bool is_text_file(const Object* o) {
  return !is_small_int(o) && o->ob_type == &TextIOWrapper_Type;
}
// Fast path of print(): appends str s to text file f (checks closed/writable, raises like
// f.write(s)) without applying the flush policy; call text_file_end_write(f) after a batch.
void text_file_write_nocheck_flush(Object* f, StrObject* s);
void text_file_end_write(Object* f);
// f.flush() for a text or binary file object.
void file_flush(Object* f);
// Reads one line (with its "\n"; "" at EOF) from a text file object.
StrObject* text_file_readline(Object* f);

// Fills the type objects (called by runtime_init before type_ready).
void init_file_types();

}  // namespace slotpy
