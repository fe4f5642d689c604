// The bytecode instruction set, defined once: the compiler, the VM and the disassembler all
// expand this table.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the high 24
// (EXTENDED_ARG prefixes carry larger arguments). Instructions with a cache are followed by one
// word holding the index of their InlineCache in the code object. Jump arguments are absolute
// instruction indexes.
#pragma once

#include <cstdint>

namespace slotpy {

// X(name, has_arg, has_cache)
#define SLOTPY_OPCODES(X)                 \
  X(NOP, 0, 0)                            \
  X(POP_TOP, 0, 0)                        \
  X(PUSH_NULL, 0, 0)                      \
  X(COPY, 1, 0)                           \
  X(SWAP, 1, 0)                           \
  X(LOAD_CONST, 1, 0)                     \
  X(LOAD_FAST, 1, 0)                      \
  X(STORE_FAST, 1, 0)                     \
  X(DELETE_FAST, 1, 0)                    \
  X(LOAD_DEREF, 1, 0)                     \
  X(STORE_DEREF, 1, 0)                    \
  X(DELETE_DEREF, 1, 0)                   \
  X(LOAD_CLOSURE, 1, 0)                   \
  X(LOAD_CLASSDEREF, 1, 0)                \
  X(LOAD_NAME, 1, 0)                      \
  X(STORE_NAME, 1, 0)                     \
  X(DELETE_NAME, 1, 0)                    \
  X(LOAD_GLOBAL, 1, 1)                    \
  X(STORE_GLOBAL, 1, 0)                   \
  X(DELETE_GLOBAL, 1, 0)                  \
  X(LOAD_ATTR, 1, 1)                      \
  X(STORE_ATTR, 1, 1)                     \
  X(DELETE_ATTR, 1, 0)                    \
  X(LOAD_METHOD, 1, 1)                    \
  X(BINARY_OP, 1, 0)                      \
  X(UNARY_NEGATIVE, 0, 0)                 \
  X(UNARY_POSITIVE, 0, 0)                 \
  X(UNARY_NOT, 0, 0)                      \
  X(UNARY_INVERT, 0, 0)                   \
  X(COMPARE_OP, 1, 0)                     \
  X(IS_OP, 1, 0)                          \
  X(CONTAINS_OP, 1, 0)                    \
  X(BINARY_SUBSCR, 0, 0)                  \
  X(STORE_SUBSCR, 0, 0)                   \
  X(DELETE_SUBSCR, 0, 0)                  \
  X(BUILD_SLICE, 1, 0)                    \
  X(BUILD_TUPLE, 1, 0)                    \
  X(BUILD_LIST, 1, 0)                     \
  X(BUILD_SET, 1, 0)                      \
  X(BUILD_MAP, 1, 0)                      \
  X(BUILD_CONST_KEY_MAP, 1, 0)            \
  X(BUILD_STRING, 1, 0)                   \
  X(LIST_APPEND, 1, 0)                    \
  X(LIST_RESERVE, 1, 0)                   \
  X(SET_ADD, 1, 0)                        \
  X(MAP_ADD, 1, 0)                        \
  X(LIST_EXTEND, 1, 0)                    \
  X(SET_UPDATE, 1, 0)                     \
  X(DICT_UPDATE, 1, 0)                    \
  X(DICT_MERGE, 1, 0)                     \
  X(LIST_TO_TUPLE, 0, 0)                  \
  X(UNPACK_SEQUENCE, 1, 0)                \
  X(UNPACK_EX, 1, 0)                      \
  X(GET_ITER, 0, 0)                       \
  X(FOR_ITER, 1, 0)                       \
  X(JUMP, 1, 0)                           \
  X(POP_JUMP_IF_FALSE, 1, 0)              \
  X(POP_JUMP_IF_TRUE, 1, 0)               \
  X(JUMP_IF_FALSE_OR_POP, 1, 0)           \
  X(JUMP_IF_TRUE_OR_POP, 1, 0)            \
  X(POP_JUMP_IF_NONE, 1, 0)               \
  X(POP_JUMP_IF_NOT_NONE, 1, 0)           \
  X(RETURN_VALUE, 0, 0)                   \
  X(KW_NAMES, 1, 0)                       \
  X(CALL, 1, 0)                           \
  X(CALL_FUNCTION_EX, 1, 0)               \
  X(MAKE_FUNCTION, 1, 0)                  \
  X(LOAD_BUILD_CLASS, 0, 0)               \
  X(RAISE_VARARGS, 1, 0)                  \
  X(RERAISE, 0, 0)                        \
  X(PUSH_EXC_INFO, 0, 0)                  \
  X(POP_EXCEPT, 0, 0)                     \
  X(CHECK_EXC_MATCH, 0, 0)                \
  X(CHECK_EG_MATCH, 0, 0)                 \
  X(PREP_RERAISE_STAR, 0, 0)              \
  X(BEFORE_WITH, 0, 0)                    \
  X(WITH_EXCEPT_START, 0, 0)              \
  X(YIELD_VALUE, 0, 0)                    \
  X(GET_YIELD_FROM_ITER, 0, 0)            \
  X(SEND, 1, 0)                           \
  X(IMPORT_NAME, 1, 0)                    \
  X(IMPORT_FROM, 1, 0)                    \
  X(IMPORT_STAR, 0, 0)                    \
  X(FORMAT_VALUE, 1, 0)                   \
  X(PRINT_EXPR, 0, 0)                     \
  X(SETUP_ANNOTATIONS, 0, 0)              \
  X(LOAD_ASSERTION_ERROR, 0, 0)           \
  X(LOAD_LOCALS, 0, 0)                    \
  /* coroutines, async for / async with, async generators */ \
  X(GET_AWAITABLE, 1, 0)                  \
  X(GET_AITER, 0, 0)                      \
  X(GET_ANEXT, 0, 0)                      \
  X(END_ASYNC_FOR, 0, 0)                  \
  X(BEFORE_ASYNC_WITH, 0, 0)              \
  X(ASYNC_GEN_WRAP, 0, 0)                 \
  /* the match statement, as CPython 3.11's */ \
  X(GET_LEN, 0, 0)                        \
  X(MATCH_MAPPING, 0, 0)                  \
  X(MATCH_SEQUENCE, 0, 0)                 \
  X(MATCH_KEYS, 0, 0)                     \
  X(MATCH_CLASS, 1, 0)                    \
  X(EXTENDED_ARG, 1, 0)                   \
  /* superinstructions: made from pairs by the assembler (compile.cpp), see opcode_base */ \
  X(LOAD_FAST__LOAD_FAST, 1, 0)           \
  X(LOAD_FAST__LOAD_CONST, 1, 0)          \
  X(STORE_FAST__LOAD_FAST, 1, 0)

enum Opcode : uint8_t {
#define SLOTPY_OPCODE_ENUM_(name, arg, cache) OP_##name,
  SLOTPY_OPCODES(SLOTPY_OPCODE_ENUM_)
#undef SLOTPY_OPCODE_ENUM_
      OP_COUNT
};

// A superinstruction X__Y replaces the opcode of an X instruction that is followed by a Y
// instruction; the Y word stays in place (so jumps to it and its position still work) and the
// superinstruction executes both and skips it. opcode_base gives the X a superinstruction
// stands for (what the disassembler shows).
inline Opcode opcode_base(Opcode op) {
  switch (op) {
    case OP_LOAD_FAST__LOAD_FAST:
    case OP_LOAD_FAST__LOAD_CONST: return OP_LOAD_FAST;
    case OP_STORE_FAST__LOAD_FAST: return OP_STORE_FAST;
    default: return op;
  }
}

extern const char* const g_opcode_names[OP_COUNT];
extern const bool g_opcode_has_arg[OP_COUNT];
extern const bool g_opcode_has_cache[OP_COUNT];

inline uint32_t make_instr(Opcode op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Opcode instr_op(uint32_t w) { return static_cast<Opcode>(w & 0xff); }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }

// BINARY_OP arguments: the BinaryOp index (object.h), plus kInplaceFlag for augmented
// assignment; power is kBinopPower.
constexpr uint32_t kBinopPower = 31;
constexpr uint32_t kInplaceFlag = 32;
// Hints from the compiler: the left / right operand is the direct result of another BINARY_OP
// (a temporary nobody else can hold). The VM may then write a float result into that
// temporary instead of allocating (see eval.cpp, binary()).
constexpr uint32_t kLeftTemp = 64;
constexpr uint32_t kRightTemp = 128;
constexpr uint32_t kBinopHints = kLeftTemp | kRightTemp;

// FORMAT_VALUE argument: conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii), and
// kFormatHasSpec when a format spec is on the stack.
constexpr uint32_t kFormatHasSpec = 4;

// MAKE_FUNCTION flags.
enum MakeFunctionFlags : uint32_t {
  MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8,
};

}  // namespace slotpy
