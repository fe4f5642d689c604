// The bytecode listing (disassemble.h). The layout follows CPython 3.11's dis module: each line
// is "LINE   >> OFFSET OPNAME               ARG (MEANING)", with the line column only where the
// source line changes (preceded by a blank line) and ">>" on jump and handler targets.
#include "compiler/disassemble.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

namespace {

constexpr int kOpnameWidth = 20;  // dis._OPNAME_WIDTH
constexpr int kOpargWidth = 5;    // dis._OPARG_WIDTH

struct Instr {
  int offset;
  int op;         // may be >= OP_COUNT for a corrupt word
  uint32_t arg;   // the full argument (EXTENDED_ARG prefixes applied)
  bool has_arg;
  int line;       // source line when it starts one, else 0
};

bool is_jump(int op) {
  switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER: case OP_SEND:
      return true;
    default:
      return false;
  }
}

std::string text_of(Object* s) { return std::string(str_view(static_cast<StrObject*>(s))); }

std::string repr_text(Object* o) {
  try {
    return text_of(repr(o));
  } catch (PyError&) {
    clear_exception();
    return std::string("<") + type_name(o) + " object>";
  }
}

// Item i of a tuple of str, or "" when out of range.
std::string name_in(TupleObject* t, uint32_t i) {
  if (!t || static_cast<intptr_t>(i) >= tuple_size(t)) return "";
  Object* n = tuple_item(t, i);
  return is_str(n) ? text_of(n) : repr_text(n);
}

// Cell variables first, then free variables: the index space of the *_DEREF instructions.
std::string deref_name(CodeObject* co, uint32_t i) {
  intptr_t ncells = co->cellvars ? tuple_size(co->cellvars) : 0;
  if (static_cast<intptr_t>(i) < ncells) return name_in(co->cellvars, i);
  return name_in(co->freevars, static_cast<uint32_t>(i - ncells));
}

const char* binop_symbol(uint32_t arg) {
  static const char* const symbols[] = {
#define SLOTPY_BINOP_SYM_(name, sym, isym, d, rd, id) sym,
      SLOTPY_BINARY_OP_TABLE(SLOTPY_BINOP_SYM_)
#undef SLOTPY_BINOP_SYM_
  };
  static const char* const inplace_symbols[] = {
#define SLOTPY_BINOP_ISYM_(name, sym, isym, d, rd, id) isym,
      SLOTPY_BINARY_OP_TABLE(SLOTPY_BINOP_ISYM_)
#undef SLOTPY_BINOP_ISYM_
  };
  arg &= ~kBinopHints;
  bool inplace = (arg & kInplaceFlag) != 0;
  uint32_t op = arg & ~kInplaceFlag;
  if (op == kBinopPower) return inplace ? "**=" : "**";
  if (op < BINOP_COUNT) return inplace ? inplace_symbols[op] : symbols[op];
  return nullptr;
}

// The parenthesized meaning of an instruction's argument ("" for none).
std::string arg_meaning(CodeObject* co, const Instr& in) {
  uint32_t a = in.arg;
  switch (in.op) {
    case OP_LOAD_CONST:
    case OP_KW_NAMES:
      if (co->consts && static_cast<intptr_t>(a) < tuple_size(co->consts))
        return repr_text(tuple_item(co->consts, a));
      return "";
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
      return name_in(co->names, a);
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
      return name_in(co->varnames, a);
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
      return deref_name(co, a);
    case OP_COMPARE_OP: {
      static const char* const ops[] = {"<", "<=", "==", "!=", ">", ">="};
      return a < 6 ? ops[a] : "";
    }
    case OP_BINARY_OP: {
      const char* s = binop_symbol(a);
      return s ? s : "";
    }
    case OP_FORMAT_VALUE: {
      static const char* const conv[] = {"", "str", "repr", "ascii"};
      std::string r = conv[a & 3];
      if (a & kFormatHasSpec) {
        if (!r.empty()) r += ", ";
        r += "with format";
      }
      return r;
    }
    case OP_MAKE_FUNCTION: {
      static const char* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
      std::string r;
      for (int i = 0; i < 4; ++i) {
        if (a & (1u << i)) {
          if (!r.empty()) r += ", ";
          r += flags[i];
        }
      }
      return r;
    }
    default:
      if (is_jump(in.op)) return "to " + std::to_string(a);
      return "";
  }
}

std::string pad_left(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}
std::string pad_right(const std::string& s, size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

void disassemble_one(CodeObject* co, std::string& out) {
  // Decode: one entry per instruction; cache words are skipped.
  std::vector<Instr> instrs;
  std::vector<bool> is_target(static_cast<size_t>(co->ncode) + 1, false);
  uint32_t extended = 0;
  int last_line = -1;
  int max_line = 0;
  for (int i = 0; i < co->ncode;) {
    uint32_t w = co->code[i];
    Instr in;
    in.offset = i;
    in.op = opcode_base(instr_op(w));  // superinstructions show as what they stand for
    bool valid = in.op < OP_COUNT;
    in.has_arg = valid ? g_opcode_has_arg[in.op] : true;
    in.arg = instr_arg(w) | (extended << 24);
    extended = (valid && in.op == OP_EXTENDED_ARG) ? in.arg : 0;
    in.line = 0;
    int line = co->positions ? co->positions[i].lineno : -1;
    if (line > 0 && line != last_line) {
      in.line = line;
      last_line = line;
      if (line > max_line) max_line = line;
    }
    if (valid && is_jump(in.op) && in.arg <= static_cast<uint32_t>(co->ncode)) is_target[in.arg] = true;
    instrs.push_back(in);
    i += (valid && g_opcode_has_cache[in.op]) ? 2 : 1;
  }
  for (int e = 0; e < co->nexc; ++e) {
    int t = co->exctable[e].target;
    if (t >= 0 && t <= co->ncode) is_target[t] = true;
  }

  // Column widths, as dis computes them.
  int lineno_width = 0;
  if (max_line > 0) lineno_width = max_line >= 1000 ? static_cast<int>(std::to_string(max_line).size()) : 3;
  int max_offset = co->ncode > 0 ? co->ncode - 1 : 0;
  int offset_width = max_offset >= 10000 ? static_cast<int>(std::to_string(max_offset).size()) : 4;

  for (const Instr& in : instrs) {
    if (lineno_width && in.line && in.offset > 0) out += '\n';
    std::string line;
    if (lineno_width) {
      line += in.line ? pad_left(std::to_string(in.line), lineno_width)
                      : std::string(lineno_width, ' ');
      line += ' ';
    }
    line += "   ";  // the "current instruction" column (-->), never used here
    line += ' ';
    line += is_target[in.offset] ? ">>" : "  ";
    line += ' ';
    line += pad_left(std::to_string(in.offset), offset_width);
    line += ' ';
    std::string name;
    if (in.op < OP_COUNT) {
      name = g_opcode_names[in.op];
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "<%d>", in.op);
      name = buf;
    }
    line += pad_right(name, kOpnameWidth);
    if (in.has_arg) {
      line += ' ';
      line += pad_left(std::to_string(in.arg), kOpargWidth);
      std::string meaning = in.op < OP_COUNT ? arg_meaning(co, in) : "";
      if (!meaning.empty()) {
        line += " (";
        line += meaning;
        line += ')';
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  }

  if (co->nexc > 0) {
    out += "ExceptionTable:\n";
    for (int e = 0; e < co->nexc; ++e) {
      const ExcEntry& x = co->exctable[e];
      // The last instruction the entry covers (dis prints an inclusive end).
      int last = x.end - 1;
      for (const Instr& in : instrs)
        if (in.offset >= x.start && in.offset < x.end) last = in.offset;
      char buf[128];
      std::snprintf(buf, sizeof buf, "  %d to %d -> %d [%d]%s\n", x.start, last, x.target, x.depth,
                    x.lasti ? " lasti" : "");
      out += buf;
    }
  }
}

void disassemble_recursive(CodeObject* co, std::string& out) {
  disassemble_one(co, out);
  if (!co->consts) return;
  for (intptr_t i = 0; i < tuple_size(co->consts); ++i) {
    Object* c = tuple_item(co->consts, i);
    if (is_small_int(c) || c->ob_type != &Code_Type) continue;
    out += "\nDisassembly of ";
    out += repr_text(c);
    out += ":\n";
    disassemble_recursive(static_cast<CodeObject*>(c), out);
  }
}

}  // namespace

std::string disassemble(CodeObject* code) {
  std::string out;
  disassemble_recursive(code, out);
  return out;
}

}  // namespace slotpy
