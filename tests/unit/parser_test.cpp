// Parser tests: every construct's AST and every syntax error's message and location, against
// what CPython 3.11 produces (tests/unit/parse_cases.h is generated from CPython).
#include <gtest/gtest.h>

#include <string>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"
#include "tests/unit/parse_cases.h"

using namespace slotpy;

namespace {

// ast.dump(tree, indent=2) -> ast.dump(tree): the one-line form.
std::string compact(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      while (i + 1 < s.size() && s[i + 1] == ' ') ++i;
      if (!out.empty() && out.back() == ',') out += ' ';
      continue;
    }
    out += s[i];
  }
  return out;
}

std::string dump_of(const std::string& text, bool positions = false) {
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  ast::Module* m = syntax::parse_module(src, &err);
  if (!m) return "SyntaxError: " + err.msg;
  return compact(ast::dump(m, positions));
}

class ParseConstruct : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseConstruct, MatchesCPythonAst) {
  const ParseCase& c = GetParam();
  EXPECT_EQ(dump_of(c.source), c.dump) << "source:\n" << c.source;
}

INSTANTIATE_TEST_SUITE_P(Constructs, ParseConstruct, ::testing::ValuesIn(kParseCases),
                         [](const auto& info) { return std::string(info.param.name); });

class SyntaxErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SyntaxErrors, MessageAndLocationMatchCPython) {
  const ErrorCase& c = GetParam();
  std::string text = c.source;
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  ASSERT_EQ(syntax::parse_module(src, &err), nullptr) << "accepted: " << c.source;
  EXPECT_STREQ(err.type, c.type) << c.source;
  EXPECT_EQ(err.msg, c.msg) << c.source;
  EXPECT_EQ(err.lineno, c.lineno) << c.source;
  EXPECT_EQ(syntax::char_offset(src, err.lineno, err.col), c.offset) << c.source;
}

INSTANTIATE_TEST_SUITE_P(Messages, SyntaxErrors, ::testing::ValuesIn(kErrorCases));

TEST(ParserPositions, NodeSpansMatchCPython) {
  // ast.dump(ast.parse("x = f(a)[1:]\n"), include_attributes=True) in CPython 3.11
  EXPECT_EQ(dump_of("x = f(a)[1:]\n", true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=1)], value=Subscript(value=Call(func=Name(id='f', "
            "ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', "
            "ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[], "
            "lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), slice=Slice(lower=Constant("
            "value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, "
            "col_offset=9, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=4, "
            "end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=12)], type_ignores=[])");
}

TEST(ParserSoftKeywords, MatchAndCaseStayNamesElsewhere) {
  EXPECT_EQ(dump_of("match command.split():\n    case [a]:\n        pass\n"),
            "Module(body=[Match(subject=Call(func=Attribute(value=Name(id='command', ctx=Load()), "
            "attr='split', ctx=Load()), args=[], keywords=[]), cases=[match_case(pattern="
            "MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], type_ignores=[])");
  // `match` and `case` stay ordinary names elsewhere.
  EXPECT_EQ(dump_of("match = 1\n"),
            "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], "
            "type_ignores=[])");
  EXPECT_EQ(dump_of("match[x]: int\n"),
            "Module(body=[AnnAssign(target=Subscript(value=Name(id='match', ctx=Load()), "
            "slice=Name(id='x', ctx=Load()), ctx=Store()), annotation=Name(id='int', ctx=Load()), "
            "simple=0)], type_ignores=[])");
  EXPECT_EQ(dump_of("match x:\n    case 1:\n        case = 2\n"),
            "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern="
            "MatchValue(value=Constant(value=1)), body=[Assign(targets=[Name(id='case', "
            "ctx=Store())], value=Constant(value=2))])])], type_ignores=[])");
}

TEST(ParserDepth, DeepNestingIsACleanError) {
  std::string deep(5000, '(');
  deep += "1";
  deep += std::string(5000, ')');
  EXPECT_EQ(dump_of(deep), "SyntaxError: too many nested parentheses");
}

TEST(ParserErrors, PrintedLikeCPython) {
  std::string text = "x = 1\nf() = 2\n";
  syntax::Source src("t.py", text.data(), text.size());
  syntax::SyntaxError err;
  ASSERT_EQ(syntax::parse_module(src, &err), nullptr);
  EXPECT_EQ(syntax::format_syntax_error(err, src),
            "  File \"t.py\", line 2\n    f() = 2\n    ^^^\nSyntaxError: cannot assign to "
            "function call here. Maybe you meant '==' instead of '='?\n");
}

}  // namespace
