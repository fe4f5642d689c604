// str and bytes: representation invariants, construction, hashing, interning, searching, repr,
// codecs and a sample of the methods (the full behaviour is checked against CPython by the
// snippet tests).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/listobject.h"
#include "runtime/runtime.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {
namespace {

class StrTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool done = false;
    if (!done) {
      runtime_init(0, nullptr);
      done = true;
    }
  }
};

StrObject* S(const char* utf8) { return str_from_cstr(utf8); }
std::string U(Object* s) { return std::string(str_view(static_cast<StrObject*>(s))); }

// Calls s.name(*args) and returns the result.
Object* M(Object* self, const char* name, std::initializer_list<Object*> args = {}) {
  return call_method_cstr(self, name, args.begin(), args.size());
}

// Runs f, expecting a Python exception of type `type` whose str() is `message`.
template <class F>
void expect_raises(F f, TypeObject* type, const std::string& message) {
  try {
    f();
    ADD_FAILURE() << "no exception (expected " << type->tp_name << ": " << message << ")";
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    ASSERT_NE(exc, nullptr);
    EXPECT_EQ(std::string(type_name(exc)), type->tp_name);
    EXPECT_EQ(U(str(exc)), message);
  }
}

// ---- representation ----------------------------------------------------------------------------

TEST_F(StrTest, KindsAndFlags) {
  StrObject* a = S("hello");
  EXPECT_EQ(a->kind, 1);
  EXPECT_TRUE(a->ascii);
  EXPECT_EQ(a->length, 5);
  EXPECT_EQ(static_cast<const void*>(a->utf8), a->data);  // ASCII is its own UTF-8

  StrObject* l = S("h\xC3\xA9llo");  // héllo: Latin-1, not ASCII
  EXPECT_EQ(l->kind, 1);
  EXPECT_FALSE(l->ascii);
  EXPECT_EQ(l->length, 5);
  EXPECT_EQ(str_char(l, 1), 0xE9u);
  EXPECT_EQ(U(l), "h\xC3\xA9llo");

  StrObject* w = S("a\xE2\x82\xAC\xF0\x9F\x98\x80");  // a€😀
  EXPECT_EQ(w->kind, 4);
  EXPECT_EQ(w->length, 3);
  EXPECT_EQ(str_char(w, 1), 0x20ACu);
  EXPECT_EQ(str_char(w, 2), 0x1F600u);
  EXPECT_EQ(U(w), "a\xE2\x82\xAC\xF0\x9F\x98\x80");

  // Exact str: the code points live right after the object.
  EXPECT_EQ(static_cast<char*>(w->data), reinterpret_cast<char*>(w) + sizeof(StrObject));
}

TEST_F(StrTest, NarrowingAndSurrogates) {
  uint32_t wide[] = {'a', 0xFF};
  StrObject* n = str_from_ucs4(wide, 2);
  EXPECT_EQ(n->kind, 1);
  EXPECT_TRUE(str_eq(n, S("a\xC3\xBF")));

  StrObject* sur = S("\xED\xA0\x80");  // lone surrogate U+D800 (generalized UTF-8)
  EXPECT_EQ(sur->length, 1);
  EXPECT_EQ(str_char(sur, 0), 0xD800u);
  EXPECT_EQ(U(sur), "\xED\xA0\x80");

  StrObject* bad = S("a\xFF" "b");  // malformed byte: U+FFFD
  EXPECT_EQ(bad->length, 3);
  EXPECT_EQ(str_char(bad, 1), 0xFFFDu);
}

TEST_F(StrTest, SharedSmallStrings) {
  EXPECT_EQ(S(""), Empty_Str);
  EXPECT_EQ(str_from_char('x'), str_from_char('x'));
  EXPECT_EQ(str_from_char(0xE9), S("\xC3\xA9"));
  EXPECT_EQ(str_substring(S("abc"), 1, 2), str_from_char('b'));
}

TEST_F(StrTest, HashAndEquality) {
  StrObject* a = S("caf\xC3\xA9");
  StrObject* b = str_concat(S("ca"), S("f\xC3\xA9"));
  EXPECT_NE(a, b);
  EXPECT_TRUE(str_eq(a, b));
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_NE(str_hash(a), -1);
  // Same hash as the bytes of the same Latin-1 text.
  EXPECT_EQ(str_hash(S("abc")), hash(bytes_from("abc", 3)));
  EXPECT_FALSE(str_eq(S("ab"), S("abc")));
  EXPECT_TRUE(str_eq_cstr(a, "caf\xC3\xA9"));
  EXPECT_FALSE(str_eq_cstr(a, "cafe"));
}

TEST_F(StrTest, Compare) {
  EXPECT_LT(str_compare(S("a"), S("b")), 0);
  EXPECT_LT(str_compare(S("a"), S("ab")), 0);
  EXPECT_GT(str_compare(S("\xC4\x80"), S("\xC3\xA9")), 0);  // U+0100 > U+00E9 across kinds
  EXPECT_EQ(str_compare(S("xyz"), S("xyz")), 0);
}

TEST_F(StrTest, Interning) {
  StrObject* a = intern("some_name");
  StrObject* b = intern_str(S("some_name"));
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->interned);
  EXPECT_EQ(intern_utf8("some_name_xyz", 9), a);
  // Many names survive collections and growth of the table.
  for (int i = 0; i < 5000; ++i) intern(("name" + std::to_string(i)).c_str());
  GC_gcollect();
  EXPECT_EQ(intern("name1234"), intern_str(S("name1234")));
  EXPECT_EQ(intern("some_name"), a);
}

TEST_F(StrTest, Searching) {
  StrObject* s = S("abcabc\xE2\x82\xAC" "abc");
  StrObject* abc = S("abc");
  EXPECT_EQ(str_find(s, abc, 0, s->length), 0);
  EXPECT_EQ(str_find(s, abc, 1, s->length), 3);
  EXPECT_EQ(str_rfind(s, abc, 0, s->length), 7);
  EXPECT_EQ(str_find(s, S("\xE2\x82\xAC"), 0, s->length), 6);
  EXPECT_EQ(str_find(S("abc"), S("\xE2\x82\xAC"), 0, 3), -1);
  EXPECT_EQ(str_count(s, abc, 0, s->length), 3);
  EXPECT_EQ(str_count(s, S(""), 0, s->length), s->length + 1);
  EXPECT_TRUE(str_contains(s, S("c\xE2\x82\xAC" "a")));
  EXPECT_EQ(str_find_char(s, 0x20AC, 0, s->length), 6);
}

TEST_F(StrTest, ConcatRepeatJoin) {
  EXPECT_EQ(U(str_concat(S("ab"), S("\xE2\x82\xAC"))), "ab\xE2\x82\xAC");
  EXPECT_EQ(U(str_repeat(S("ab"), 3)), "ababab");
  EXPECT_EQ(str_repeat(S("ab"), 0), Empty_Str);
  Object* parts[] = {S("a"), S("\xC3\xA9"), S("\xE2\x82\xAC")};
  StrObject* j = str_join_array(parts, 3);
  EXPECT_EQ(j->kind, 4);
  EXPECT_EQ(U(j), "a\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(U(str_format_c("%d-%s", 42, "x")), "42-x");
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(U(str_repr(S("abc"))), "'abc'");
  EXPECT_EQ(U(str_repr(S("a'b"))), "\"a'b\"");
  EXPECT_EQ(U(str_repr(S("a'\"b"))), "'a\\'\"b'");
  EXPECT_EQ(U(str_repr(S("\t\n\r\\\x01\x7f"))), "'\\t\\n\\r\\\\\\x01\\x7f'");
  EXPECT_EQ(U(str_repr(S("\xC2\xA0\xC3\xA9\xE2\x80\xA8\xF0\x9F\x98\x80\xED\xA0\x80"))),
            "'\\xa0\xC3\xA9\\u2028\xF0\x9F\x98\x80\\ud800'");
  EXPECT_EQ(U(str_ascii_escape(S("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"))), "a\\xe9\\u20ac\\U0001f600");
}

TEST_F(StrTest, Slots) {
  Object* s = S("h\xC3\xA9llo");
  EXPECT_EQ(length(s), 5);
  EXPECT_EQ(U(get_item(s, make_small_int(1))), "\xC3\xA9");
  EXPECT_EQ(U(get_item(s, make_small_int(-1))), "o");
  expect_raises([&] { get_item(s, make_small_int(5)); }, Exc_IndexError, "string index out of range");
  EXPECT_TRUE(contains(s, S("ll")));
  expect_raises([&] { contains(s, make_small_int(1)); }, Exc_TypeError,
                "'in <string>' requires string as left operand, not int");
  EXPECT_EQ(U(binary_op(S("a"), S("b"), BINOP_add)), "ab");
  expect_raises([&] { binary_op(S("a"), make_small_int(1), BINOP_add); }, Exc_TypeError,
                "can only concatenate str (not \"int\") to str");
  EXPECT_EQ(U(binary_op(make_small_int(2), S("ab"), BINOP_multiply)), "abab");
  EXPECT_EQ(U(repr(S("x"))), "'x'");
  EXPECT_TRUE(rich_compare_bool(S("a"), S("b"), CMP_LT));
}

TEST_F(StrTest, Iteration) {
  Object* it = get_iter(S("a\xE2\x82\xAC"));
  EXPECT_EQ(U(iter_next(it)), "a");
  EXPECT_EQ(U(iter_next(it)), "\xE2\x82\xAC");
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(iter_next(it), nullptr);
}

// ---- methods -------------------------------------------------------------------------------------

TEST_F(StrTest, CaseMapping) {
  EXPECT_EQ(U(M(S("stra\xC3\x9F" "e"), "upper")), "STRASSE");
  EXPECT_EQ(U(M(S("\xCE\x91\xCE\xA3"), "lower")), "\xCE\xB1\xCF\x82");  // final sigma
  EXPECT_EQ(U(M(S("\xCE\xA3"), "lower")), "\xCF\x83");
  EXPECT_EQ(U(M(S("Stra\xC3\x9F" "e"), "casefold")), "strasse");
  EXPECT_EQ(U(M(S("they're bill's"), "title")), "They'Re Bill'S");
  EXPECT_EQ(U(M(S("hELLO"), "capitalize")), "Hello");
  EXPECT_EQ(U(M(S("HeLLo \xC3\x9F"), "swapcase")), "hEllO SS");
}

TEST_F(StrTest, Predicates) {
  EXPECT_EQ(M(S("abc"), "isalpha"), Py_True);
  EXPECT_EQ(M(S(""), "isalpha"), Py_False);
  EXPECT_EQ(M(S("\xC2\xB2"), "isdigit"), Py_True);     // ²
  EXPECT_EQ(M(S("\xC2\xB2"), "isdecimal"), Py_False);
  EXPECT_EQ(M(S("\xE4\xB8\x80"), "isnumeric"), Py_True);  // 一
  EXPECT_EQ(M(S("\xC2\xAA"), "islower"), Py_True);     // ª (Other_Lowercase)
  EXPECT_EQ(M(S("Hello World"), "istitle"), Py_True);
  EXPECT_EQ(M(S("_x1"), "isidentifier"), Py_True);
  EXPECT_EQ(M(S("1x"), "isidentifier"), Py_False);
  EXPECT_EQ(M(S(" \t\xC2\x85"), "isspace"), Py_True);
  EXPECT_EQ(M(S(""), "isprintable"), Py_True);
  EXPECT_EQ(M(S("\xC2\xA0"), "isprintable"), Py_False);
}

TEST_F(StrTest, SplitJoinStrip) {
  EXPECT_EQ(U(repr(M(S(" a b  c "), "split"))), "['a', 'b', 'c']");
  EXPECT_EQ(U(repr(M(S("a,b,,c"), "split", {S(","), make_small_int(2)}))), "['a', 'b', ',c']");
  EXPECT_EQ(U(repr(M(S("a,b,c"), "rsplit", {S(","), make_small_int(1)}))), "['a,b', 'c']");
  EXPECT_EQ(U(repr(M(S("a\nb\r\nc"), "splitlines"))), "['a', 'b', 'c']");
  ListObject* l = list_new(0);
  list_append(l, S("x"));
  list_append(l, S("y"));
  EXPECT_EQ(U(M(S(", "), "join", {l})), "x, y");
  list_append(l, make_small_int(3));
  expect_raises([&] { M(S(""), "join", {l}); }, Exc_TypeError,
                "sequence item 2: expected str instance, int found");
  EXPECT_EQ(U(M(S("  x  "), "strip")), "x");
  EXPECT_EQ(U(M(S("xxaxx"), "rstrip", {S("x")})), "xxa");
  expect_raises([&] { M(S("a"), "split", {S("")}); }, Exc_ValueError, "empty separator");
}

TEST_F(StrTest, FindReplaceAffixes) {
  EXPECT_EQ(M(S("abcabc"), "find", {S("c"), make_small_int(3)}), make_small_int(5));
  EXPECT_EQ(M(S("abc"), "rfind", {S("x")}), make_small_int(-1));
  expect_raises([&] { M(S("abc"), "index", {S("x")}); }, Exc_ValueError, "substring not found");
  EXPECT_EQ(M(S("aaaa"), "count", {S("aa")}), make_small_int(2));
  EXPECT_EQ(U(M(S("abc"), "replace", {S(""), S("-")})), "-a-b-c-");
  EXPECT_EQ(U(M(S("aaa"), "replace", {S("a"), S("bb"), make_small_int(2)})), "bbbba");
  EXPECT_EQ(M(S("abc"), "startswith", {tuple_pack({S("x"), S("ab")})}), Py_True);
  EXPECT_EQ(M(S("abc"), "endswith", {S("b"), make_small_int(0), make_small_int(2)}), Py_True);
  EXPECT_EQ(U(M(S("abc"), "removeprefix", {S("ab")})), "c");
  EXPECT_EQ(U(repr(M(S("a=b=c"), "rpartition", {S("=")}))), "('a=b', '=', 'c')");
}

TEST_F(StrTest, Padding) {
  EXPECT_EQ(U(M(S("ab"), "center", {make_small_int(5)})), "  ab ");
  EXPECT_EQ(U(M(S("a"), "center", {make_small_int(4), S("*")})), "*a**");
  EXPECT_EQ(U(M(S("-42"), "zfill", {make_small_int(6)})), "-00042");
  EXPECT_EQ(U(M(S("01\t012\n0\t"), "expandtabs", {make_small_int(4)})), "01  012\n0   ");
  expect_raises([&] { M(S("a"), "ljust", {make_small_int(3), S("ab")}); }, Exc_TypeError,
                "The fill character must be exactly one character long");
}

TEST_F(StrTest, Format) {
  EXPECT_EQ(U(M(S("{} {}"), "format", {make_small_int(1), S("x")})), "1 x");
  EXPECT_EQ(U(M(S("{1}{0}{{}}"), "format", {S("a"), S("b")})), "ba{}");
  EXPECT_EQ(U(M(S("{0!r:>5}"), "format", {S("a")})), "  'a'");
  EXPECT_EQ(U(M(S("{0[1]}"), "format", {tuple_pack({S("p"), S("q")})})), "q");
  EXPECT_EQ(U(M(S("{:{}}|"), "format", {S("a"), make_small_int(3)})), "a  |");
  expect_raises([&] { M(S("{0}{}"), "format", {S("a"), S("b")}); }, Exc_ValueError,
                "cannot switch from manual field specification to automatic field numbering");
  expect_raises([&] { M(S("{1}"), "format", {S("a")}); }, Exc_IndexError,
                "Replacement index 1 out of range for positional args tuple");
  expect_raises([&] { M(S("}"), "format"); }, Exc_ValueError, "Single '}' encountered in format string");
}

TEST_F(StrTest, PercentFormat) {
  EXPECT_EQ(U(binary_op(S("%s-%05d|%-4x|%.2f"), tuple_pack({S("a"), make_small_int(-42), make_small_int(255),
                                                           float_new(3.14159)}), BINOP_remainder)),
            "a--0042|ff  |3.14");
  EXPECT_EQ(U(binary_op(S("%c%r%%"), tuple_pack({make_small_int(0x20AC), S("x")}), BINOP_remainder)),
            "\xE2\x82\xAC'x'%");
  expect_raises([&] { binary_op(S("%s %s"), tuple_pack({S("a")}), BINOP_remainder); }, Exc_TypeError,
                "not enough arguments for format string");
  expect_raises([&] { binary_op(S("abc"), make_small_int(5), BINOP_remainder); }, Exc_TypeError,
                "not all arguments converted during string formatting");
  Object* b = binary_op(bytes_from("<%s|%d>", 7), tuple_pack({bytes_from("x", 1), make_small_int(7)}), BINOP_remainder);
  EXPECT_EQ(std::string(bytes_data(b), bytes_size(b)), "<x|7>");
}

TEST_F(StrTest, TranslateMaketrans) {
  Object* table = call_method_cstr(reinterpret_cast<Object*>(&Str_Type), "maketrans",
                                   std::initializer_list<Object*>{S("ab"), S("xy"), S("c")}.begin(), 3);
  EXPECT_EQ(U(M(S("abcd"), "translate", {table})), "xyd");
}

// ---- codecs ---------------------------------------------------------------------------------------

TEST_F(StrTest, Encode) {
  Object* b = M(S("h\xC3\xA9"), "encode");
  EXPECT_EQ(std::string(bytes_data(b), bytes_size(b)), "h\xC3\xA9");
  b = M(S("h\xC3\xA9"), "encode", {S("latin-1")});
  EXPECT_EQ(std::string(bytes_data(b), bytes_size(b)), "h\xE9");
  b = M(S("h\xC3\xA9\xE2\x82\xAC"), "encode", {S("ascii"), S("replace")});
  EXPECT_EQ(std::string(bytes_data(b), bytes_size(b)), "h??");
  expect_raises([&] { M(S("a"), "encode", {S("nope")}); }, Exc_LookupError, "unknown encoding: nope");
  try {
    M(S("a\xC3\xA9\xC3\xA9"), "encode", {S("ascii")});
    ADD_FAILURE() << "no exception";
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    EXPECT_EQ(std::string(type_name(exc)), "UnicodeEncodeError");
  }
}

TEST_F(StrTest, Decode) {
  StrObject* s = str_decode("\xE4\xB8\xAD", 3, "utf-8", "strict");
  EXPECT_EQ(s->length, 1);
  EXPECT_EQ(str_char(s, 0), 0x4E2Du);
  EXPECT_EQ(U(str_decode("a\xFF" "b", 3, "utf-8", "replace")), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(U(str_decode("a\xFF" "b", 3, "utf-8", "ignore")), "ab");
  EXPECT_EQ(U(str_decode("\xE9", 1, "latin1", "strict")), "\xC3\xA9");
  try {
    str_decode("\xE4\xB8x", 3, "utf-8", "strict");
    ADD_FAILURE() << "no exception";
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    EXPECT_EQ(std::string(type_name(exc)), "UnicodeDecodeError");
  }
}

// ---- bytes ------------------------------------------------------------------------------------------

TEST_F(StrTest, Bytes) {
  BytesObject* b = bytes_from("ab\x00\xff", 4);
  EXPECT_EQ(bytes_size(b), 4);
  EXPECT_EQ(b->data[4], 0);
  EXPECT_EQ(U(repr(b)), "b'ab\\x00\\xff'");
  EXPECT_EQ(get_item(b, make_small_int(3)), make_small_int(255));
  EXPECT_TRUE(contains(b, make_small_int('a')));
  EXPECT_TRUE(contains(b, bytes_from("b\x00", 2)));
  expect_raises([&] { contains(b, make_small_int(300)); }, Exc_ValueError, "byte must be in range(0, 256)");
  Object* c = binary_op(b, bytes_from("!", 1), BINOP_add);
  EXPECT_EQ(bytes_size(c), 5);
  EXPECT_EQ(U(M(bytes_from("abc", 3), "hex", {S(":")})), "61:62:63");
  EXPECT_EQ(U(M(bytes_from("\xC3\xA9", 2), "decode")), "\xC3\xA9");
  EXPECT_EQ(U(repr(M(bytes_from("a b", 3), "split"))), "[b'a', b'b']");
  Object* from = bytes_from_object(make_small_int(3));
  EXPECT_EQ(std::string(bytes_data(from), 3), std::string(3, '\0'));
  expect_raises([&] { bytes_from_object(S("x")); }, Exc_TypeError, "string argument without an encoding");
  Object* it = get_iter(bytes_from("hi", 2));
  EXPECT_EQ(iter_next(it), make_small_int('h'));
  EXPECT_EQ(iter_next(it), make_small_int('i'));
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(hash(bytes_from("xyz", 3)), hash(bytes_from("xyz", 3)));
}

TEST_F(StrTest, ByteArray) {
  Object* a = call(reinterpret_cast<Object*>(&ByteArray_Type), nullptr, 0);
  EXPECT_EQ(U(repr(a)), "bytearray(b'')");
  M(a, "append", {make_small_int('x')});
  M(a, "extend", {bytes_from("yz", 2)});
  EXPECT_EQ(U(repr(a)), "bytearray(b'xyz')");
  set_item(a, make_small_int(0), make_small_int('X'));
  EXPECT_EQ(get_item(a, make_small_int(0)), make_small_int('X'));
  Object* b = inplace_op(a, bytes_from("!", 1), BINOP_add);
  EXPECT_EQ(b, a);
  EXPECT_EQ(length(a), 4);
  EXPECT_TRUE(eq(a, bytes_from("Xyz!", 4)));
  EXPECT_EQ(U(repr(M(a, "upper"))), "bytearray(b'XYZ!')");
  expect_raises([&] { hash(a); }, Exc_TypeError, "unhashable type: 'bytearray'");
  expect_raises([&] { M(a, "append", {make_small_int(256)}); }, Exc_ValueError, "byte must be in range(0, 256)");
  Object* s = call(reinterpret_cast<Object*>(&Str_Type),
                   std::initializer_list<Object*>{a, S("ascii")}.begin(), 2);
  EXPECT_EQ(U(s), "Xyz!");
}

TEST_F(StrTest, Subclass) {
  // class S(str): pass
  Object* args[] = {S("S"), tuple_pack({&Str_Type}), dict_new()};
  Object* cls = call(reinterpret_cast<Object*>(&Type_Type), args, 3);
  Object* x = call1(cls, S("h\xC3\xA9"));
  EXPECT_EQ(type_of(x), reinterpret_cast<TypeObject*>(cls));
  EXPECT_TRUE(is_str(x));
  EXPECT_EQ(length(x), 2);
  EXPECT_TRUE(eq(x, S("h\xC3\xA9")));
  EXPECT_EQ(hash(x), hash(S("h\xC3\xA9")));
  Object* up = M(x, "upper");
  EXPECT_TRUE(is_str_exact(up));
  EXPECT_EQ(U(up), "H\xC3\x89");
  Object* plain = str(x);
  EXPECT_TRUE(is_str_exact(plain));
  EXPECT_EQ(U(binary_op(x, S("!"), BINOP_add)), "h\xC3\xA9!");
}

TEST_F(StrTest, SurvivesCollection) {
  // Strings large (separate data block) and small (inline data) stay intact across collections.
  std::string big(100000, 'q');
  StrObject* b = str_from(big + "\xE2\x82\xAC");
  StrObject* small = S("small \xC3\xA9");
  const char* u8 = str_utf8(small);
  for (int i = 0; i < 200; ++i) str_repeat(S("garbage"), 1000);
  GC_gcollect();
  EXPECT_EQ(b->length, 100001);
  EXPECT_EQ(str_char(b, 99999), static_cast<uint32_t>('q'));
  EXPECT_EQ(str_char(b, 100000), 0x20ACu);
  EXPECT_EQ(std::string(u8), "small \xC3\xA9");
}

}  // namespace
}  // namespace slotpy
