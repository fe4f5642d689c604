// The bytecode listing (compiler/disassemble.h): small programs compiled and disassembled, with
// exact lines checked in CPython 3.11 dis layout (offsets are instruction-word indexes).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/compile.h"
#include "compiler/disassemble.h"
#include "compiler/parser.h"
#include "runtime/runtime.h"

namespace slotpy {
namespace {

class DisassembleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool done = false;
    if (!done) {
      runtime_init(0, nullptr);
      done = true;
    }
  }
};

std::string dis(const std::string& text) {
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  ast::Module* m = syntax::parse_module(src, &err);
  if (!m) return "SyntaxError: " + err.msg;
  return disassemble(compiler::compile_module(m, "x.py"));
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// Index of the line equal to `line`, or -1.
int find_line(const std::vector<std::string>& lines, const std::string& line) {
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i] == line) return static_cast<int>(i);
  return -1;
}

#define EXPECT_LINE(listing, line) \
  EXPECT_GE(find_line(lines_of(listing), line), 0) << "missing line:\n" << (line) << "\nin:\n" << (listing)

TEST_F(DisassembleTest, ConstantsOperatorAndStore) {
  std::string out = dis("x = 1 + 2\n");
  EXPECT_EQ(out,
            "  1           0 LOAD_CONST               0 (1)\n"
            "              1 LOAD_CONST               1 (2)\n"
            "              2 BINARY_OP                0 (+)\n"
            "              3 STORE_NAME               0 (x)\n"
            "              4 LOAD_CONST               2 (None)\n"
            "              5 RETURN_VALUE\n");
}

TEST_F(DisassembleTest, ConstantReprs) {
  std::string out = dis("a = 'hi'\nb = 1.5\nc = (1, 'x')\nd = b'\\x00'\n");
  EXPECT_LINE(out, "  1           0 LOAD_CONST               0 ('hi')");
  EXPECT_LINE(out, "  2           2 LOAD_CONST               1 (1.5)");
  EXPECT_LINE(out, "  3           4 LOAD_CONST               2 ((1, 'x'))");
  EXPECT_LINE(out, "  4           6 LOAD_CONST               3 (b'\\x00')");
}

TEST_F(DisassembleTest, BlankLineBeforeEachNewSourceLine) {
  std::string out = dis("a = 1\nb = a\n");
  EXPECT_EQ(out,
            "  1           0 LOAD_CONST               0 (1)\n"
            "              1 STORE_NAME               0 (a)\n"
            "\n"
            "  2           2 LOAD_NAME                0 (a)\n"
            "              3 STORE_NAME               1 (b)\n"
            "              4 LOAD_CONST               1 (None)\n"
            "              5 RETURN_VALUE\n");
}

TEST_F(DisassembleTest, BinaryAndCompareOperators) {
  std::string out = dis("x = 1\nx += 2\ny = x ** 2\nz = x < y\nw = x // 3\n");
  EXPECT_LINE(out, "              4 BINARY_OP               32 (+=)");
  EXPECT_LINE(out, "              8 BINARY_OP               31 (**)");
  EXPECT_LINE(out, "             12 COMPARE_OP               0 (<)");
  EXPECT_LINE(out, "             16 BINARY_OP                5 (//)");
}

TEST_F(DisassembleTest, JumpTargetsAreMarked) {
  std::string out = dis("if x:\n    y = 1\nz = 2\n");
  EXPECT_EQ(out,
            "  1           0 LOAD_NAME                0 (x)\n"
            "              1 POP_JUMP_IF_FALSE        4 (to 4)\n"
            "\n"
            "  2           2 LOAD_CONST               0 (1)\n"
            "              3 STORE_NAME               1 (y)\n"
            "\n"
            "  3     >>    4 LOAD_CONST               1 (2)\n"
            "              5 STORE_NAME               2 (z)\n"
            "              6 LOAD_CONST               2 (None)\n"
            "              7 RETURN_VALUE\n");
}

TEST_F(DisassembleTest, LoopJumpsBackward) {
  std::string out = dis("for i in y:\n    pass\n");
  EXPECT_LINE(out, "  1           0 LOAD_NAME                0 (y)");
  EXPECT_LINE(out, "              1 GET_ITER");
  EXPECT_LINE(out, "        >>    2 FOR_ITER                 5 (to 5)");
  EXPECT_LINE(out, "              3 STORE_NAME               1 (i)");
  EXPECT_LINE(out, "              4 JUMP                     2 (to 2)");
  EXPECT_LINE(out, "        >>    5 LOAD_CONST               0 (None)");
}

TEST_F(DisassembleTest, CachedInstructionsSkipTheirCacheWord) {
  // LOAD_GLOBAL and LOAD_ATTR are followed by a cache word: offsets advance by 2.
  std::string out = dis("def f():\n    return g.h\n");
  EXPECT_LINE(out, "  2           0 LOAD_GLOBAL              0 (g)");
  EXPECT_LINE(out, "              2 LOAD_ATTR                1 (h)");
  EXPECT_LINE(out, "              4 RETURN_VALUE");
}

TEST_F(DisassembleTest, FunctionBodyUnderItsOwnHeader) {
  std::string out = dis("def f(a, b=3):\n    c = a + b\n    return c\n");
  std::vector<std::string> lines = lines_of(out);
  EXPECT_LINE(out, "  1           0 LOAD_CONST               0 (3)");
  EXPECT_LINE(out, "              1 BUILD_TUPLE              1");
  EXPECT_LINE(out, "              3 MAKE_FUNCTION            1 (defaults)");
  EXPECT_LINE(out, "              4 STORE_NAME               0 (f)");
  // The header comes after the module's listing, preceded by a blank line.
  int header = -1;
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].rfind("Disassembly of <code object f at 0x", 0) == 0) header = static_cast<int>(i);
  ASSERT_GE(header, 1) << out;
  EXPECT_EQ(lines[header - 1], "");
  const std::string& h = lines[header];
  std::string tail = ", file \"x.py\", line 1>:";
  ASSERT_GE(h.size(), tail.size());
  EXPECT_EQ(h.substr(h.size() - tail.size()), tail);
  EXPECT_EQ(lines[header + 1], "  2           0 LOAD_FAST                0 (a)");
  EXPECT_EQ(lines[header + 2], "              1 LOAD_FAST                1 (b)");
  EXPECT_EQ(lines[header + 3], "              2 BINARY_OP                0 (+)");
  EXPECT_EQ(lines[header + 4], "              3 STORE_FAST               2 (c)");
}

TEST_F(DisassembleTest, NestedFunctionsDepthFirst) {
  std::string out =
      dis("def f():\n    c = 1\n    def g():\n        return c\n    return g\ndef h():\n    pass\n");
  size_t pf = out.find("Disassembly of <code object f");
  size_t pg = out.find("Disassembly of <code object g");
  size_t ph = out.find("Disassembly of <code object h");
  ASSERT_NE(pf, std::string::npos);
  ASSERT_NE(pg, std::string::npos);
  ASSERT_NE(ph, std::string::npos);
  EXPECT_LT(pf, pg);
  EXPECT_LT(pg, ph);
  // Cell and free variables by name.
  EXPECT_LINE(out, "              1 STORE_DEREF              0 (c)");
  EXPECT_LINE(out, "  3           2 LOAD_CLOSURE             0 (c)");
  EXPECT_LINE(out, "              5 MAKE_FUNCTION            8 (closure)");
  EXPECT_LINE(out, "  4           0 LOAD_DEREF               0 (c)");
}

TEST_F(DisassembleTest, FormatValueAndImports) {
  std::string out = dis("import os.path\nfrom a import b\ns = f'{x!r:>3}'\n");
  EXPECT_LINE(out, "              2 IMPORT_NAME              0 (os.path)");
  EXPECT_LINE(out, "              3 STORE_NAME               1 (os)");
  EXPECT_LINE(out, "  2           4 LOAD_CONST               0 (0)");
  EXPECT_LINE(out, "              5 LOAD_CONST               2 (('b',))");
  EXPECT_LINE(out, "              7 IMPORT_FROM              3 (b)");
  EXPECT_LINE(out, "             13 FORMAT_VALUE             6 (repr, with format)");
}

TEST_F(DisassembleTest, KeywordNamesShowTheirTuple) {
  std::string out = dis("f(1, k=2)\n");
  EXPECT_LINE(out, "              4 KW_NAMES                 2 (('k',))");
  EXPECT_LINE(out, "              5 CALL                     2");
}

TEST_F(DisassembleTest, ExceptionTable) {
  std::string out = dis("try:\n    x\nexcept E:\n    pass\n");
  std::vector<std::string> lines = lines_of(out);
  int t = find_line(lines, "ExceptionTable:");
  ASSERT_GE(t, 0) << out;
  // The protected body (LOAD_NAME x; POP_TOP) goes to the handler at depth 0.
  EXPECT_EQ(lines[t + 1], "  0 to 1 -> 3 [0]") << out;
  // The handler's target is marked.
  EXPECT_LINE(out, "        >>    3 PUSH_EXC_INFO");
}

}  // namespace
}  // namespace slotpy
