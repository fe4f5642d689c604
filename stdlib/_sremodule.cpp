// The _sre module: the matching engine behind `re` (stdlib/lib/re/__init__.py).
//
// re/__init__.py parses a pattern and emits a small program (a list of ints, see Op below);
// _sre.compile() turns it into a Code object, whose methods run a backtracking matcher over the
// code points of a str (either width) or the bytes of a bytes-like object. Backtracking never
// recurses on the C stack: choice points and undo records live on an explicit stack, and a
// repeat of a single-character item (`.*`, `[a-z]+`) is one record however long it runs.
//
// Program (uint32 words; targets are absolute word indices):
//   FAIL | SUCCESS | CHAR c | NOT_CHAR c | CHAR_IGN c | NOT_CHAR_IGN c | CHAR_IGN_A c |
//   NOT_CHAR_IGN_A c | ANY | ANY_ALL | SET index | AT kind | MARK i | JUMP target |
//   SPLIT target (try the next instruction, on failure `target`) |
//   GROUPREF g mode (0 exact, 1 ignore case, 2 ASCII ignore case) |
//   GROUPREF_EXISTS g target_if_unset |
//   REPEAT_ONE kind min max <one single-character instruction> (kind 0 greedy, 1 lazy,
//     2 possessive) |
//   REPEAT_INIT r | REPEAT_LOOP r min max kind exit <body> JUMP <the REPEAT_LOOP> |
//   ASSERT kind width end <body> ASSERT_END (kind bit 1: negative, bit 2: look-behind) |
//   ATOMIC <body> ATOMIC_END
// Marks: group g spans marks[2g], marks[2g+1]; -1 is unset.
#include <utf8proc.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject SreCode_Type;

namespace {

enum Op : uint32_t {
  OP_FAIL, OP_SUCCESS, OP_CHAR, OP_NOT_CHAR, OP_CHAR_IGN, OP_NOT_CHAR_IGN, OP_CHAR_IGN_A,
  OP_NOT_CHAR_IGN_A, OP_ANY, OP_ANY_ALL, OP_SET, OP_AT, OP_MARK, OP_JUMP, OP_SPLIT, OP_GROUPREF,
  OP_GROUPREF_EXISTS, OP_REPEAT_ONE, OP_REPEAT_INIT, OP_REPEAT_LOOP, OP_ASSERT, OP_ASSERT_END,
  OP_ATOMIC, OP_ATOMIC_END, OP_COUNT
};

enum At : uint32_t {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_END, AT_END_LINE, AT_END_STRING,
  AT_BOUNDARY_A, AT_NON_BOUNDARY_A, AT_BOUNDARY_U, AT_NON_BOUNDARY_U
};

// Categories (bit numbers in a set's category mask).
enum Cat : uint32_t {
  CAT_DIGIT_A, CAT_NOT_DIGIT_A, CAT_WORD_A, CAT_NOT_WORD_A, CAT_SPACE_A, CAT_NOT_SPACE_A,
  CAT_DIGIT_U, CAT_NOT_DIGIT_U, CAT_WORD_U, CAT_NOT_WORD_U, CAT_SPACE_U, CAT_NOT_SPACE_U
};

constexpr uint32_t kInfinite = 0xFFFFFFFFu;

// ---- character properties ------------------------------------------------------------------

inline bool ascii_word(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }

inline int ucat(uint32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)); }

bool uni_digit(uint32_t c) {
  if (c < 128) return ascii_digit(c);
  return ucat(c) == UTF8PROC_CATEGORY_ND;
}
bool uni_word(uint32_t c) {
  if (c < 128) return ascii_word(c);
  int k = ucat(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
         (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}
bool uni_space(uint32_t c) {
  if (c < 128) return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline uint32_t uni_lower(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}
inline uint32_t uni_upper(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  return static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
}
// Characters with equal keys match each other when ignoring case (this also covers the extra
// equivalences CPython lists in re/_casefix.py: s/ſ, i/ı, µ/μ, ...).
inline uint32_t uni_key(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return uni_lower(uni_upper(uni_lower(c)));
}
inline uint32_t ascii_key(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool in_category(uint32_t cat, uint32_t c) {
  switch (cat) {
    case CAT_DIGIT_A: return ascii_digit(c);
    case CAT_NOT_DIGIT_A: return !ascii_digit(c);
    case CAT_WORD_A: return ascii_word(c);
    case CAT_NOT_WORD_A: return !ascii_word(c);
    case CAT_SPACE_A: return ascii_space(c);
    case CAT_NOT_SPACE_A: return !ascii_space(c);
    case CAT_DIGIT_U: return uni_digit(c);
    case CAT_NOT_DIGIT_U: return !uni_digit(c);
    case CAT_WORD_U: return uni_word(c);
    case CAT_NOT_WORD_U: return !uni_word(c);
    case CAT_SPACE_U: return uni_space(c);
    case CAT_NOT_SPACE_U: return !uni_space(c);
  }
  return false;
}

// ---- character sets ------------------------------------------------------------------------

struct CharSet {
  uint32_t bits[8];     // the full answer (case and negation included) for c < 256
  uint32_t cats;        // category mask
  uint32_t nranges;     // ranges (lo, hi) at `ranges`
  uint32_t* ranges;     // pointer-free GC block
  uint8_t negate;
  uint8_t ignore;       // 0 none, 1 Unicode case folding, 2 ASCII case folding
};

bool set_raw(const CharSet* s, uint32_t c) {
  for (uint32_t i = 0; i < s->nranges; ++i)
    if (c >= s->ranges[2 * i] && c <= s->ranges[2 * i + 1]) return true;
  if (s->cats) {
    for (uint32_t k = 0; k < 12; ++k)
      if ((s->cats >> k) & 1 && in_category(k, c)) return true;
  }
  return false;
}

bool set_slow(const CharSet* s, uint32_t c) {
  bool r = set_raw(s, c);
  if (!r && s->ignore == 1) {
    uint32_t l = uni_lower(c), u = uni_upper(c);
    r = set_raw(s, l) || set_raw(s, u) || set_raw(s, uni_key(c)) || set_raw(s, uni_lower(u));
  } else if (!r && s->ignore == 2) {
    if (c >= 'A' && c <= 'Z') r = set_raw(s, c + 32);
    else if (c >= 'a' && c <= 'z') r = set_raw(s, c - 32);
  }
  return r != (s->negate != 0);
}

inline bool set_test(const CharSet* s, uint32_t c) {
  if (c < 256) return (s->bits[c >> 5] >> (c & 31)) & 1;
  return set_slow(s, c);
}

// ---- the Code object ------------------------------------------------------------------------

struct CodeObject : Object {
  uint32_t* code;     // pointer-free GC block
  intptr_t ncode;
  CharSet* sets;      // pointer-free GC block (each set's ranges too)
  intptr_t nsets;
  intptr_t ngroups;   // capturing groups, group 0 not counted
  intptr_t nrepeats;
  intptr_t first_pc;  // a single-character test every match must start with, or -1
  bool anchored;      // every match starts at the start of the string (\A or ^ without M)
  bool is_bytes;
};

inline CodeObject* as_code(Object* o) {
  if (is_small_int(o) || !is_subtype(type_of(o), &SreCode_Type))
    raise_type_error("descriptor requires a '_sre.Code' object but received '%s'", type_name(o));
  return static_cast<CodeObject*>(o);
}

// Length in words of the instruction at pc.
intptr_t op_length(const uint32_t* code, intptr_t pc) {
  switch (code[pc]) {
    case OP_FAIL: case OP_SUCCESS: case OP_ANY: case OP_ANY_ALL: case OP_ASSERT_END:
    case OP_ATOMIC: case OP_ATOMIC_END:
      return 1;
    case OP_CHAR: case OP_NOT_CHAR: case OP_CHAR_IGN: case OP_NOT_CHAR_IGN: case OP_CHAR_IGN_A:
    case OP_NOT_CHAR_IGN_A: case OP_SET: case OP_AT: case OP_MARK: case OP_JUMP: case OP_SPLIT:
    case OP_REPEAT_INIT:
      return 2;
    case OP_GROUPREF: case OP_GROUPREF_EXISTS:
      return 3;
    case OP_REPEAT_ONE:
      return 4 + op_length(code, pc + 4);
    case OP_ASSERT:
      return 4;
    case OP_REPEAT_LOOP:
      return 6;
  }
  return 1;
}

// Does the single-character instruction at pc accept c?
inline bool test_char(const CodeObject* co, const uint32_t* code, intptr_t pc, uint32_t c) {
  switch (code[pc]) {
    case OP_CHAR: return c == code[pc + 1];
    case OP_NOT_CHAR: return c != code[pc + 1];
    case OP_CHAR_IGN: return uni_key(c) == code[pc + 1];
    case OP_NOT_CHAR_IGN: return uni_key(c) != code[pc + 1];
    case OP_CHAR_IGN_A: return ascii_key(c) == code[pc + 1];
    case OP_NOT_CHAR_IGN_A: return ascii_key(c) != code[pc + 1];
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    case OP_SET: return set_test(&co->sets[code[pc + 1]], c);
  }
  return false;
}

// ---- the matcher ------------------------------------------------------------------------------

enum BtKind : uint32_t {
  BT_CHOICE,     // resume at pc with pos
  BT_MARK,       // undo: marks[a] = b, lastindex = pos
  BT_REG,        // undo: count[a] = pos, start[a] = b
  BT_RO_GREEDY,  // REPEAT_ONE at pc matched a items from pos: give one back
  BT_RO_LAZY,    // REPEAT_ONE at pc stopped at a items, at pos: take one more
  BT_LAZY_LOOP,  // lazy REPEAT_LOOP at pc stopped at pos: run one more iteration
  BT_BARRIER,    // an assertion (a = kind) or atomic group (a = 4) started at pos; pc = end
};

struct Bt {
  uint32_t kind;
  uint32_t pc;
  intptr_t pos;
  intptr_t a;
  intptr_t b;
};

constexpr intptr_t kAtomicBarrier = 4;

// Reusable matcher memory (pure integers, so plain C++ containers are fine).
struct State {
  std::vector<Bt> stack;
  std::vector<intptr_t> marks;
  std::vector<intptr_t> rcount, rstart;
  intptr_t lastindex = -1;
};

template <typename C>
struct Matcher {
  const CodeObject* co;
  const C* s;
  intptr_t end;
  State* st;
  bool fullmatch;
  bool must_advance;

  inline bool is_word_a(intptr_t i) const { return ascii_word(s[i]); }
  inline bool is_word_u(intptr_t i) const { return uni_word(s[i]); }

  bool at(uint32_t kind, intptr_t pos) const {
    switch (kind) {
      case AT_BEGINNING: case AT_BEGINNING_STRING: return pos == 0;
      case AT_BEGINNING_LINE: return pos == 0 || s[pos - 1] == '\n';
      case AT_END: return pos == end || (pos + 1 == end && s[pos] == '\n');
      case AT_END_LINE: return pos == end || s[pos] == '\n';
      case AT_END_STRING: return pos == end;
      case AT_BOUNDARY_A: case AT_NON_BOUNDARY_A: case AT_BOUNDARY_U: case AT_NON_BOUNDARY_U: {
        if (end == 0) return false;
        bool uni = kind >= AT_BOUNDARY_U;
        bool before = pos > 0 && (uni ? is_word_u(pos - 1) : is_word_a(pos - 1));
        bool here = pos < end && (uni ? is_word_u(pos) : is_word_a(pos));
        bool boundary = before != here;
        return (kind == AT_BOUNDARY_A || kind == AT_BOUNDARY_U) ? boundary : !boundary;
      }
    }
    return false;
  }

  void push(uint32_t kind, intptr_t pc, intptr_t pos, intptr_t a = 0, intptr_t b = 0) {
    st->stack.push_back(Bt{kind, static_cast<uint32_t>(pc), pos, a, b});
  }

  void set_mark(intptr_t i, intptr_t pos) {
    push(BT_MARK, 0, st->lastindex, i, st->marks[i]);
    st->marks[i] = pos;
    if (i & 1) st->lastindex = i / 2;
  }

  // The index of the innermost barrier.
  size_t find_barrier() const {
    size_t i = st->stack.size();
    while (i > 0) {
      --i;
      if (st->stack[i].kind == BT_BARRIER) return i;
    }
    return 0;  // not reached: every *_END has its barrier
  }

  // Drops the choice points above (and the barrier at) index bi, keeping the undo records.
  void cut(size_t bi) {
    auto& stk = st->stack;
    size_t w = bi;
    for (size_t r = bi + 1; r < stk.size(); ++r)
      if (stk[r].kind == BT_MARK || stk[r].kind == BT_REG) stk[w++] = stk[r];
    stk.resize(w);
  }

  // Pops to (and including) index bi, applying undo records.
  void unwind(size_t bi) {
    auto& stk = st->stack;
    while (stk.size() > bi) {
      const Bt& e = stk.back();
      if (e.kind == BT_MARK) {
        st->marks[e.a] = e.b;
        st->lastindex = e.pos;
      } else if (e.kind == BT_REG) {
        st->rcount[e.a] = e.pos;
        st->rstart[e.a] = e.b;
      }
      stk.pop_back();
    }
  }

  // Greedy count of single-character items at pc from pos, at most maxc.
  intptr_t count_run(const uint32_t* code, intptr_t ipc, intptr_t pos, uint32_t maxc) const {
    intptr_t limit = end - pos;
    if (maxc != kInfinite && static_cast<intptr_t>(maxc) < limit) limit = maxc;
    intptr_t n = 0;
    uint32_t op = code[ipc];
    const C* p = s + pos;
    switch (op) {
      case OP_ANY_ALL: return limit;
      case OP_ANY:
        while (n < limit && p[n] != '\n') ++n;
        return n;
      case OP_CHAR: {
        uint32_t c = code[ipc + 1];
        while (n < limit && p[n] == c) ++n;
        return n;
      }
      case OP_NOT_CHAR: {
        uint32_t c = code[ipc + 1];
        while (n < limit && p[n] != c) ++n;
        return n;
      }
      case OP_SET: {
        const CharSet* cs = &co->sets[code[ipc + 1]];
        while (n < limit && set_test(cs, p[n])) ++n;
        return n;
      }
      default:
        while (n < limit && test_char(co, code, ipc, p[n])) ++n;
        return n;
    }
  }

  bool run(intptr_t start) {
    const uint32_t* code = co->code;
    auto& stk = st->stack;
    stk.clear();
    std::fill(st->marks.begin(), st->marks.end(), -1);
    st->lastindex = -1;
    intptr_t pc = 0;
    intptr_t pos = start;
    if (start > end) return false;
    for (;;) {
      switch (code[pc]) {
        case OP_FAIL:
          goto fail;
        case OP_SUCCESS:
          if (fullmatch && pos != end) goto fail;
          if (must_advance && pos == start) goto fail;
          st->marks[0] = start;
          st->marks[1] = pos;
          return true;
        case OP_CHAR:
          if (pos < end && s[pos] == code[pc + 1]) {
            ++pos;
            pc += 2;
            continue;
          }
          goto fail;
        case OP_NOT_CHAR: case OP_CHAR_IGN: case OP_NOT_CHAR_IGN: case OP_CHAR_IGN_A:
        case OP_NOT_CHAR_IGN_A: case OP_SET:
          if (pos < end && test_char(co, code, pc, s[pos])) {
            ++pos;
            pc += 2;
            continue;
          }
          goto fail;
        case OP_ANY:
          if (pos < end && s[pos] != '\n') {
            ++pos;
            ++pc;
            continue;
          }
          goto fail;
        case OP_ANY_ALL:
          if (pos < end) {
            ++pos;
            ++pc;
            continue;
          }
          goto fail;
        case OP_AT:
          if (!at(code[pc + 1], pos)) goto fail;
          pc += 2;
          continue;
        case OP_MARK:
          set_mark(code[pc + 1], pos);
          pc += 2;
          continue;
        case OP_JUMP:
          pc = code[pc + 1];
          continue;
        case OP_SPLIT:
          push(BT_CHOICE, code[pc + 1], pos);
          pc += 2;
          continue;
        case OP_GROUPREF: {
          intptr_t g = code[pc + 1];
          intptr_t gs = st->marks[2 * g], ge = st->marks[2 * g + 1];
          if (gs < 0 || ge < 0 || ge < gs) goto fail;
          intptr_t n = ge - gs;
          if (pos + n > end) goto fail;
          uint32_t mode = code[pc + 2];
          for (intptr_t i = 0; i < n; ++i) {
            uint32_t a = s[gs + i], b = s[pos + i];
            if (a == b) continue;
            if (mode == 1 && uni_key(a) == uni_key(b)) continue;
            if (mode == 2 && ascii_key(a) == ascii_key(b)) continue;
            goto fail;
          }
          pos += n;
          pc += 3;
          continue;
        }
        case OP_GROUPREF_EXISTS: {
          intptr_t g = code[pc + 1];
          if (st->marks[2 * g] >= 0 && st->marks[2 * g + 1] >= 0)
            pc += 3;
          else
            pc = code[pc + 2];
          continue;
        }
        case OP_REPEAT_ONE: {
          uint32_t kind = code[pc + 1], minc = code[pc + 2], maxc = code[pc + 3];
          intptr_t ipc = pc + 4;
          intptr_t next = ipc + op_length(code, ipc);
          if (kind == 1) {  // lazy
            intptr_t n = count_run(code, ipc, pos, minc);
            if (n < static_cast<intptr_t>(minc)) goto fail;
            pos += n;
            if (n < static_cast<intptr_t>(maxc) || maxc == kInfinite)
              push(BT_RO_LAZY, pc, pos, n);
            pc = next;
            continue;
          }
          intptr_t n = count_run(code, ipc, pos, maxc);
          if (n < static_cast<intptr_t>(minc)) goto fail;
          if (kind == 0 && n > static_cast<intptr_t>(minc)) {
            if (code[next] == OP_SUCCESS && !fullmatch && !must_advance) {
              // Nothing can follow: no need to remember the shorter choices.
            } else {
              push(BT_RO_GREEDY, pc, pos, n);
            }
          }
          pos += n;
          pc = next;
          continue;
        }
        case OP_REPEAT_INIT: {
          intptr_t r = code[pc + 1];
          push(BT_REG, 0, st->rcount[r], r, st->rstart[r]);
          st->rcount[r] = 0;
          st->rstart[r] = -1;
          pc += 2;
          continue;
        }
        case OP_REPEAT_LOOP: {
          intptr_t r = code[pc + 1];
          uint32_t minc = code[pc + 2], maxc = code[pc + 3], kind = code[pc + 4];
          intptr_t c = st->rcount[r];
          if (c >= static_cast<intptr_t>(minc)) {
            if ((maxc != kInfinite && c >= static_cast<intptr_t>(maxc)) || pos == st->rstart[r]) {
              pc = code[pc + 5];
              continue;
            }
            if (kind == 1) {
              push(BT_LAZY_LOOP, pc, pos);
              pc = code[pc + 5];
              continue;
            }
            push(BT_CHOICE, code[pc + 5], pos);
            push(BT_REG, 0, c, r, st->rstart[r]);
            st->rstart[r] = pos;  // only optional iterations guard against empty loops
          } else {
            push(BT_REG, 0, c, r, st->rstart[r]);
          }
          st->rcount[r] = c + 1;
          pc += 6;
          continue;
        }
        case OP_ASSERT: {
          uint32_t kind = code[pc + 1];
          intptr_t width = code[pc + 2];
          if ((kind & 2) && pos < width) {
            // Not enough text behind: a positive look-behind fails, a negative one holds.
            if (kind & 1) {
              pc = code[pc + 3];
              continue;
            }
            goto fail;
          }
          push(BT_BARRIER, code[pc + 3], pos, kind);
          if (kind & 2) pos -= width;
          pc += 4;
          continue;
        }
        case OP_ASSERT_END: {
          size_t bi = find_barrier();
          Bt b = stk[bi];
          if (b.a & 1) {  // negative assertion: its body matched
            unwind(bi);
            goto fail;
          }
          cut(bi);
          pos = b.pos;
          pc = b.pc;
          continue;
        }
        case OP_ATOMIC:
          push(BT_BARRIER, 0, pos, kAtomicBarrier);
          ++pc;
          continue;
        case OP_ATOMIC_END:
          cut(find_barrier());
          ++pc;
          continue;
        default:
          raise_fmt(Exc_RuntimeError, "internal error in regular expression engine");
      }
    fail:
      for (;;) {
        if (stk.empty()) return false;
        Bt e = stk.back();
        stk.pop_back();
        switch (e.kind) {
          case BT_CHOICE:
            pc = e.pc;
            pos = e.pos;
            goto resume;
          case BT_MARK:
            st->marks[e.a] = e.b;
            st->lastindex = e.pos;
            continue;
          case BT_REG:
            st->rcount[e.a] = e.pos;
            st->rstart[e.a] = e.b;
            continue;
          case BT_RO_GREEDY: {
            intptr_t rpc = e.pc;
            intptr_t minc = code[rpc + 2];
            intptr_t ipc = rpc + 4;
            intptr_t next = ipc + op_length(code, ipc);
            intptr_t n = e.a - 1;
            if (code[next] == OP_CHAR) {
              uint32_t c = code[next + 1];
              while (n >= minc && (e.pos + n >= end || s[e.pos + n] != c)) --n;
              if (n < minc) continue;
            }
            if (n > minc) push(BT_RO_GREEDY, rpc, e.pos, n);
            pos = e.pos + n;
            pc = next;
            goto resume;
          }
          case BT_RO_LAZY: {
            intptr_t rpc = e.pc;
            uint32_t maxc = code[rpc + 3];
            intptr_t ipc = rpc + 4;
            intptr_t next = ipc + op_length(code, ipc);
            intptr_t p = e.pos, n = e.a;
            auto room = [&] { return maxc == kInfinite || n < static_cast<intptr_t>(maxc); };
            if (!(p < end && room() && test_char(co, code, ipc, s[p]))) continue;
            ++p;
            ++n;
            if (code[next] == OP_CHAR) {
              // Skip the spots where the literal that follows cannot match.
              uint32_t c = code[next + 1];
              while (p < end && s[p] != c && room() && test_char(co, code, ipc, s[p])) {
                ++p;
                ++n;
              }
              if (p >= end || s[p] != c) continue;
            }
            if (room()) push(BT_RO_LAZY, rpc, p, n);
            pos = p;
            pc = next;
            goto resume;
          }
          case BT_LAZY_LOOP: {
            intptr_t r = code[e.pc + 1];
            push(BT_REG, 0, st->rcount[r], r, st->rstart[r]);
            st->rcount[r] += 1;
            st->rstart[r] = e.pos;
            pos = e.pos;
            pc = e.pc + 6;
            goto resume;
          }
          case BT_BARRIER:
            if (e.a & 1) {  // negative assertion: its body failed, so it holds
              pos = e.pos;
              pc = e.pc;
              goto resume;
            }
            continue;
        }
      }
    resume:;
    }
  }

  // CPython's search: tries each start from `start` to `end`.
  bool search(intptr_t start) {
    if (start > end) return false;
    const uint32_t* code = co->code;
    intptr_t fpc = co->first_pc;
    bool first = true;
    for (intptr_t i = start; i <= end; ++i) {
      if (fpc >= 0) {
        uint32_t op = code[fpc];
        if (op == OP_CHAR) {
          uint32_t c = code[fpc + 1];
          if constexpr (sizeof(C) == 1) {
            if (c > 255) return false;
            const void* hit = i < end ? memchr(s + i, static_cast<int>(c), end - i) : nullptr;
            if (!hit) return false;
            i = static_cast<const C*>(hit) - s;
          } else {
            while (i < end && s[i] != c) ++i;
            if (i >= end) return false;
          }
        } else {
          while (i < end && !test_char(co, code, fpc, s[i])) ++i;
          if (i >= end) return false;
        }
      }
      bool saved = must_advance;
      if (!first) must_advance = false;
      bool ok = run(i);
      must_advance = saved;
      if (ok) return true;
      first = false;
      if (co->anchored) return false;
    }
    return false;
  }
};

// The subject of a match: its code units and length.
struct Subject {
  const void* data;
  int width;  // 1 or 4
  intptr_t length;
  bool is_bytes;
};

Subject get_subject(CodeObject* co, Object* string) {
  Subject sub;
  if (is_str(string)) {
    if (co->is_bytes) raise_type_error("cannot use a bytes pattern on a string-like object");
    StrObject* so = static_cast<StrObject*>(string);
    sub.data = so->data;
    sub.width = so->kind;
    sub.length = so->length;
    sub.is_bytes = false;
    return sub;
  }
  const char* d;
  intptr_t n;
  if (!get_buffer(string, &d, &n))
    raise_type_error("expected string or bytes-like object, got '%s'", type_name(string));
  if (!co->is_bytes) raise_type_error("cannot use a string pattern on a bytes-like object");
  sub.data = d;
  sub.width = 1;
  sub.length = n;
  sub.is_bytes = true;
  return sub;
}

State* get_state(CodeObject* co) {
  // One state per nesting level would be needed only if matching could re-enter itself; the
  // matcher never calls Python code, so a single reusable state suffices.
  static State* st = new State();
  size_t nm = static_cast<size_t>(2 * (co->ngroups + 1));
  if (st->marks.size() != nm) st->marks.assign(nm, -1);
  size_t nr = static_cast<size_t>(co->nrepeats);
  if (st->rcount.size() < nr) {
    st->rcount.resize(nr);
    st->rstart.resize(nr);
  }
  if (st->stack.capacity() > (1u << 20) && st->stack.size() == 0) st->stack.shrink_to_fit();
  return st;
}

// mode: 0 match, 1 fullmatch, 2 search.
bool do_match(CodeObject* co, const Subject& sub, State* st, intptr_t pos, intptr_t endpos, int mode,
              bool must_advance) {
  if (sub.width == 1) {
    Matcher<uint8_t> m{co, static_cast<const uint8_t*>(sub.data), endpos, st, mode == 1, must_advance};
    return mode == 2 ? m.search(pos) : m.run(pos);
  }
  Matcher<uint32_t> m{co, static_cast<const uint32_t*>(sub.data), endpos, st, mode == 1, must_advance};
  return mode == 2 ? m.search(pos) : m.run(pos);
}

void clamp(intptr_t len, intptr_t* pos, intptr_t* endpos) {
  if (*pos < 0) *pos = 0;
  if (*pos > len) *pos = len;
  if (*endpos < 0) *endpos = 0;
  if (*endpos > len) *endpos = len;
}

// string[a:b] as CPython's getslice: an exact str, or bytes for any bytes-like subject.
Object* slice_of(Object* string, const Subject& sub, intptr_t a, intptr_t b) {
  if (!sub.is_bytes) return str_substring(static_cast<StrObject*>(string), a, b);
  const char* d = static_cast<const char*>(sub.data);
  return bytes_from(d + a, static_cast<size_t>(b - a));
}

Object* empty_of(Object* string, const Subject& sub) { return slice_of(string, sub, 0, 0); }

Object* group_value(Object* string, const Subject& sub, State* st, intptr_t g, Object* dflt) {
  intptr_t a = st->marks[2 * g], b = st->marks[2 * g + 1];
  if (a < 0 || b < 0) return dflt;
  return slice_of(string, sub, a, b);
}

// ---- methods -----------------------------------------------------------------------------------

// code.match(string, pos, endpos, mode, must_advance) -> (lastindex, s0, e0, s1, e1, ...) | None
Object* code_match(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = as_code(self);
  check_no_kwargs("match", kwnames);
  check_nargs("match", nargs, 5, 5);
  Subject sub = get_subject(co, args[0]);
  intptr_t pos = int_arg(args[1]), endpos = int_arg(args[2]);
  clamp(sub.length, &pos, &endpos);
  State* st = get_state(co);
  if (!do_match(co, sub, st, pos, endpos, static_cast<int>(int_arg(args[3])), is_true(args[4])))
    return Py_None;
  intptr_t nm = 2 * (co->ngroups + 1);
  TupleObject* t = tuple_new(nm + 1);
  t->items[0] = make_small_int(st->lastindex);
  for (intptr_t i = 0; i < nm; ++i) t->items[i + 1] = make_small_int(st->marks[i]);
  return t;
}

// code.findall(string, pos, endpos)
Object* code_findall(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = as_code(self);
  check_no_kwargs("findall", kwnames);
  check_nargs("findall", nargs, 3, 3);
  Object* string = args[0];
  Subject sub = get_subject(co, string);
  intptr_t pos = int_arg(args[1]), endpos = int_arg(args[2]);
  clamp(sub.length, &pos, &endpos);
  ListObject* out = list_new(0);
  bool must_advance = false;
  Object* empty = nullptr;
  while (pos <= endpos) {
    State* st = get_state(co);
    if (!do_match(co, sub, st, pos, endpos, 2, must_advance)) break;
    Object* item;
    if (co->ngroups == 0) {
      item = slice_of(string, sub, st->marks[0], st->marks[1]);
    } else {
      if (!empty) empty = empty_of(string, sub);
      if (co->ngroups == 1) {
        item = group_value(string, sub, st, 1, empty);
      } else {
        TupleObject* t = tuple_new(co->ngroups);
        for (intptr_t g = 1; g <= co->ngroups; ++g) t->items[g - 1] = group_value(string, sub, st, g, empty);
        item = t;
      }
    }
    list_append(out, item);
    must_advance = st->marks[1] == st->marks[0];
    pos = st->marks[1];
  }
  return out;
}

// code.split(string, maxsplit)
Object* code_split(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = as_code(self);
  check_no_kwargs("split", kwnames);
  check_nargs("split", nargs, 2, 2);
  Object* string = args[0];
  Subject sub = get_subject(co, string);
  intptr_t maxsplit = int_arg(args[1]);
  ListObject* out = list_new(0);
  intptr_t pos = 0, last = 0, n = 0;
  bool must_advance = false;
  while (maxsplit == 0 || n < maxsplit) {
    State* st = get_state(co);
    if (!do_match(co, sub, st, pos, sub.length, 2, must_advance)) break;
    intptr_t b = st->marks[0], e = st->marks[1];
    list_append(out, slice_of(string, sub, last, b));
    for (intptr_t g = 1; g <= co->ngroups; ++g) list_append(out, group_value(string, sub, st, g, Py_None));
    ++n;
    last = e;
    must_advance = e == b;
    pos = e;
  }
  list_append(out, slice_of(string, sub, last, sub.length));
  return out;
}

// code.sub(template, string, count) -> (result, n). template: a str/bytes literal or a list of
// literals and group numbers (ints).
Object* code_sub(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = as_code(self);
  check_no_kwargs("sub", kwnames);
  check_nargs("sub", nargs, 3, 3);
  Object* tmpl = args[0];
  Object* string = args[1];
  Subject sub = get_subject(co, string);
  intptr_t count = int_arg(args[2]);
  ListObject* parts = list_new(0);
  intptr_t pos = 0, last = 0, n = 0;
  bool must_advance = false;
  bool literal = !is_list(tmpl);
  while (count == 0 || n < count) {
    State* st = get_state(co);
    if (!do_match(co, sub, st, pos, sub.length, 2, must_advance)) break;
    intptr_t b = st->marks[0], e = st->marks[1];
    if (b > last) list_append(parts, slice_of(string, sub, last, b));
    if (literal) {
      list_append(parts, tmpl);
    } else {
      ListObject* tl = static_cast<ListObject*>(tmpl);
      for (intptr_t i = 0; i < tl->size; ++i) {
        Object* it = tl->items[i];
        if (is_small_int(it)) {
          Object* v = group_value(string, sub, st, small_int_value(it), nullptr);
          if (v) list_append(parts, v);
        } else {
          list_append(parts, it);
        }
      }
    }
    ++n;
    last = e;
    must_advance = e == b;
    pos = e;
  }
  if (n == 0) return tuple_pack({slice_of(string, sub, 0, sub.length), make_small_int(0)});
  if (last < sub.length) list_append(parts, slice_of(string, sub, last, sub.length));
  Object* result;
  if (!sub.is_bytes) {
    for (intptr_t i = 0; i < parts->size; ++i)
      if (!is_str(parts->items[i]))
        raise_type_error("sequence item %zd: expected str instance, %s found", i,
                         type_name(parts->items[i]));
    result = str_join_array(parts->items, static_cast<size_t>(parts->size));
  } else {
    std::string buf;
    for (intptr_t i = 0; i < parts->size; ++i) {
      const char* d;
      intptr_t len;
      if (!get_buffer(parts->items[i], &d, &len))
        raise_type_error("sequence item %zd: expected a bytes-like object, %s found", i,
                         type_name(parts->items[i]));
      buf.append(d, static_cast<size_t>(len));
    }
    result = bytes_from(buf.data(), buf.size());
  }
  return tuple_pack({result, make_small_int(n)});
}

const MethodDef code_methods[] = {
    {"match", code_match, METH_DEFAULT, nullptr},
    {"findall", code_findall, METH_DEFAULT, nullptr},
    {"split", code_split, METH_DEFAULT, nullptr},
    {"sub", code_sub, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- compile ---------------------------------------------------------------------------------

uint32_t word(Object* o) {
  if (!is_int(o)) raise_type_error("_sre.compile: code must be ints");
  intptr_t v = int_arg(o);
  if (v < 0 || v > static_cast<intptr_t>(kInfinite)) raise_overflow_error("regular expression code size limit exceeded");
  return static_cast<uint32_t>(v);
}

void build_set(CharSet* cs, Object* spec) {
  // spec: [negate, ignore, catmask, lo1, hi1, lo2, hi2, ...]
  Object* const* items;
  intptr_t n;
  Object* keep = sequence_fast(spec, "set spec must be a sequence", &items, &n);
  if (n < 3 || (n - 3) % 2) raise_value_error("bad set spec");
  cs->negate = word(items[0]) != 0;
  cs->ignore = static_cast<uint8_t>(word(items[1]));
  cs->cats = word(items[2]);
  cs->nranges = static_cast<uint32_t>((n - 3) / 2);
  cs->ranges = static_cast<uint32_t*>(gc_alloc_atomic(sizeof(uint32_t) * (2 * cs->nranges + 1)));
  for (intptr_t i = 3; i < n; ++i) cs->ranges[i - 3] = word(items[i]);
  memset(cs->bits, 0, sizeof cs->bits);
  for (uint32_t c = 0; c < 256; ++c)
    if (set_slow(cs, c)) cs->bits[c >> 5] |= 1u << (c & 31);
  (void)*static_cast<Object* volatile*>(&keep);
}

// _sre.compile(code, sets, ngroups, nrepeats, is_bytes) -> Code
Object* sre_compile(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("compile", kwnames);
  check_nargs("compile", nargs, 5, 5);
  Object* const* items;
  intptr_t n;
  Object* keep_code = sequence_fast(args[0], "code must be a sequence", &items, &n);
  auto* co = alloc_object<CodeObject>(&SreCode_Type);
  co->code = static_cast<uint32_t*>(gc_alloc_atomic(sizeof(uint32_t) * (n + 1)));
  for (intptr_t i = 0; i < n; ++i) co->code[i] = word(items[i]);
  co->code[n] = OP_FAIL;
  co->ncode = n;
  Object* const* sets;
  intptr_t nsets;
  Object* keep_sets = sequence_fast(args[1], "sets must be a sequence", &sets, &nsets);
  co->sets = static_cast<CharSet*>(gc_alloc(sizeof(CharSet) * (nsets + 1)));
  co->nsets = nsets;
  for (intptr_t i = 0; i < nsets; ++i) build_set(&co->sets[i], sets[i]);
  (void)*static_cast<Object* volatile*>(&keep_code);
  (void)*static_cast<Object* volatile*>(&keep_sets);
  co->ngroups = int_arg(args[2]);
  co->nrepeats = int_arg(args[3]);
  co->is_bytes = is_true(args[4]);
  // Validate and translate literal operands of the case-insensitive instructions.
  uint32_t* code = co->code;
  for (intptr_t pc = 0; pc < n;) {
    uint32_t op = code[pc];
    if (op >= OP_COUNT) raise_value_error("invalid _sre code");
    intptr_t len = op_length(code, pc);
    if (pc + len > n) raise_value_error("invalid _sre code");
    intptr_t ipc = op == OP_REPEAT_ONE ? pc + 4 : pc;
    uint32_t iop = code[ipc];
    if (iop == OP_CHAR_IGN || iop == OP_NOT_CHAR_IGN) code[ipc + 1] = uni_key(code[ipc + 1]);
    if (iop == OP_CHAR_IGN_A || iop == OP_NOT_CHAR_IGN_A) code[ipc + 1] = ascii_key(code[ipc + 1]);
    if (iop == OP_SET && code[ipc + 1] >= static_cast<uint32_t>(nsets)) raise_value_error("invalid _sre code");
    pc += len;
  }
  // The first single-character test of every match (for the search loop), skipping marks.
  co->first_pc = -1;
  co->anchored = false;
  for (intptr_t pc = 0; pc < n;) {
    uint32_t op = code[pc];
    if (op == OP_MARK) {
      pc += 2;
      continue;
    }
    if (op == OP_AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) co->anchored = true;
    switch (op) {
      case OP_CHAR: case OP_NOT_CHAR: case OP_CHAR_IGN: case OP_NOT_CHAR_IGN: case OP_CHAR_IGN_A:
      case OP_NOT_CHAR_IGN_A: case OP_ANY: case OP_ANY_ALL: case OP_SET:
        co->first_pc = pc;
        break;
      case OP_REPEAT_ONE:
        if (code[pc + 2] >= 1) co->first_pc = pc + 4;
        break;
    }
    break;
  }
  return co;
}

// _sre.getlower(c, mode): the case-folding key (mode 1 Unicode, 2 ASCII) — used by tests.
Object* sre_key(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("key", kwnames);
  check_nargs("key", nargs, 2, 2);
  uint32_t c = word(args[0]);
  return make_small_int(int_arg(args[1]) == 2 ? ascii_key(c) : uni_key(c));
}

const MethodDef module_functions[] = {
    {"compile", sre_compile, METH_DEFAULT, nullptr},
    {"key", sre_key, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
  TypeObject* t = &SreCode_Type;
  t->tp_name = "_sre.Code";
  t->tp_basicsize = sizeof(CodeObject);
  t->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_methods = code_methods;
  type_ready(t);
}

}  // namespace

Object* create_module__sre() {
  if (!type_has(&SreCode_Type, TPFLAGS_READY)) init_types();
  ModuleObject* m = module_new("_sre");
  module_add(m, "Code", &SreCode_Type);
  module_add(m, "MAXREPEAT", int_from_uint64(kInfinite));
  module_add(m, "MAXGROUPS", make_small_int(0x7FFFFFFF / 2));
  module_add_functions(m, module_functions);
  return m;
}

}  // namespace slotpy
