// Unit tests for the builtins module functions, the iterator types (enumerate, zip, ...), file
// objects, and the sys and time modules, called natively. Expected values and messages were
// printed by CPython 3.11.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/runtime.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "stdlib/fileobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {
namespace {

class BuiltinsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { runtime_init(0, nullptr); }
};

Object* I(intptr_t v) { return int_from_intptr(v); }
Object* S(const char* s) { return str_from_cstr(s); }
std::string R(Object* o) { return std::string(str_view(static_cast<StrObject*>(repr(o)))); }
std::string Str(Object* o) { return std::string(str_view(static_cast<StrObject*>(str(o)))); }

Object* B(const char* name) {
  Object* v = dict_get_cstr(module_dict(create_module_builtins()), name);
  EXPECT_NE(v, nullptr) << name;
  return v;
}

// Calls builtins.<name>(*args, **kw) where kw are (name, value) pairs.
Object* C(const char* name, std::initializer_list<Object*> args,
          std::initializer_list<std::pair<const char*, Object*>> kw = {}) {
  std::vector<Object*> all(args);
  TupleObject* kwnames = nullptr;
  if (kw.size()) {
    kwnames = tuple_new(static_cast<intptr_t>(kw.size()));
    intptr_t i = 0;
    for (auto& p : kw) {
      kwnames->items[i++] = intern(p.first);
      all.push_back(p.second);
    }
  }
  return call(B(name), all.data(), args.size(), kwnames);
}

std::string RC(const char* name, std::initializer_list<Object*> args,
               std::initializer_list<std::pair<const char*, Object*>> kw = {}) {
  return R(C(name, args, kw));
}

template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    std::string msg(str_view(static_cast<StrObject*>(str(exc))));
    return std::string(type_name(exc)) + ": " + msg;
  }
  return "";
}

#define ERR(name, ...) error_of([&] { C(name, __VA_ARGS__); })

ListObject* ints(std::initializer_list<intptr_t> v) {
  ListObject* l = list_new(0);
  for (intptr_t x : v) list_append(l, I(x));
  return l;
}

TEST_F(BuiltinsTest, Names) {
  EXPECT_EQ(B("int"), &Int_Type);
  EXPECT_EQ(B("None"), Py_None);
  EXPECT_EQ(B("__debug__"), Py_True);
  EXPECT_EQ(B("ValueError"), Exc_ValueError);
  EXPECT_EQ(R(B("__name__")), "'builtins'");
  EXPECT_EQ(dict_get_cstr(sys_modules(), "builtins"), create_module_builtins());
}

TEST_F(BuiltinsTest, OneArgFunctions) {
  EXPECT_EQ(RC("len", {S("abc")}), "3");
  EXPECT_EQ(ERR("len", {I(1), I(2)}), "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_EQ(ERR("len", {}, {{"x", I(1)}}), "TypeError: len() takes no keyword arguments");
  EXPECT_EQ(ERR("len", {I(1)}), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(RC("abs", {I(-5)}), "5");
  EXPECT_EQ(ERR("abs", {S("a")}), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(RC("callable", {B("len")}), "True");
  EXPECT_EQ(RC("callable", {I(1)}), "False");
  EXPECT_EQ(RC("hash", {I(-1)}), "-2");
  EXPECT_EQ(RC("hash", {float_new(1.0)}), "1");
  EXPECT_EQ(ERR("hash", {list_new(0)}), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(R(C("id", {I(1)})), R(C("id", {I(1)})));
  EXPECT_EQ(RC("ascii", {str_from_cstr("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\n")}),
            "\"'\\\\xe9\\\\u4e2d\\\\U0001f600\\\\n'\"");
  EXPECT_EQ(RC("hex", {I(-255)}), "'-0xff'");
  EXPECT_EQ(RC("oct", {I(8)}), "'0o10'");
  EXPECT_EQ(RC("bin", {I(-5)}), "'-0b101'");
  EXPECT_EQ(ERR("hex", {float_new(1.5)}),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(RC("chr", {I(233)}), "'\xc3\xa9'");
  EXPECT_EQ(ERR("chr", {I(-1)}), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(ERR("chr", {I(0x110000)}), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(ERR("chr", {S("a")}), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(RC("ord", {S("\xc3\xa9")}), "233");
  EXPECT_EQ(ERR("ord", {S("ab")}),
            "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(ERR("ord", {I(1)}), "TypeError: ord() expected string of length 1, but int found");
  EXPECT_EQ(RC("any", {ints({0, 0, 1})}), "True");
  EXPECT_EQ(RC("all", {ints({})}), "True");
  EXPECT_EQ(ERR("any", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(RC("repr", {S("a")}), "\"'a'\"");
}

TEST_F(BuiltinsTest, Numbers) {
  EXPECT_EQ(RC("divmod", {I(7), I(-2)}), "(-4, -1)");
  EXPECT_EQ(RC("divmod", {float_new(7.5), I(2)}), "(3.0, 1.5)");
  EXPECT_EQ(ERR("divmod", {I(1)}), "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(ERR("divmod", {S("a"), I(1)}),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  EXPECT_EQ(RC("pow", {I(2), I(-1), I(7)}), "4");
  EXPECT_EQ(RC("pow", {}, {{"base", I(2)}, {"exp", I(10)}}), "1024");
  EXPECT_EQ(ERR("pow", {I(1)}), "TypeError: pow() missing required argument 'exp' (pos 2)");
  EXPECT_EQ(ERR("pow", {I(1), I(2), I(3), I(4)}),
            "TypeError: pow() takes at most 3 arguments (4 given)");
  EXPECT_EQ(RC("round", {float_new(2.5)}), "2");
  EXPECT_EQ(RC("round", {float_new(2.675), I(2)}), "2.67");
  EXPECT_EQ(RC("round", {I(5), I(-1)}), "0");
  EXPECT_EQ(RC("round", {float_new(1.5), Py_None}), "2");
  EXPECT_EQ(ERR("round", {S("a")}), "TypeError: type str doesn't define __round__ method");
  EXPECT_EQ(ERR("round", {}), "TypeError: round() missing required argument 'number' (pos 1)");
}

TEST_F(BuiltinsTest, Sum) {
  EXPECT_EQ(RC("sum", {ints({1, 2, 3})}), "6");
  EXPECT_EQ(RC("sum", {ints({}), I(5)}), "5");
  ListObject* mixed = list_new(0);
  list_append(mixed, float_new(1.5));
  list_append(mixed, I(2));
  list_append(mixed, Py_True);
  EXPECT_EQ(RC("sum", {mixed}), "4.5");
  ListObject* big = list_new(0);
  for (int i = 0; i < 3; ++i) list_append(big, I(intptr_t{1} << 62));
  EXPECT_EQ(RC("sum", {big}), "13835058055282163712");
  ListObject* mixed2 = ints({1});
  list_append(mixed2, float_new(2.5));
  EXPECT_EQ(RC("sum", {mixed2}), "3.5");
  ListObject* lists = list_new(0);
  list_append(lists, ints({1}));
  EXPECT_EQ(RC("sum", {lists, list_new(0)}), "[1]");
  EXPECT_EQ(ERR("sum", {list_new(0), S("")}),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(ERR("sum", {}), "TypeError: sum() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(RC("sum", {ints({1})}, {{"start", I(2)}}), "3");
}

TEST_F(BuiltinsTest, MinMaxSorted) {
  EXPECT_EQ(RC("min", {ints({3, 1, 2})}), "1");
  EXPECT_EQ(RC("max", {I(3), I(1), I(2)}), "3");
  EXPECT_EQ(RC("min", {list_new(0)}, {{"default", Py_None}}), "None");
  EXPECT_EQ(RC("max", {list_new(0)}, {{"default", I(7)}}), "7");
  EXPECT_EQ(ERR("min", {}), "TypeError: min expected at least 1 argument, got 0");
  EXPECT_EQ(ERR("max", {list_new(0)}), "ValueError: max() arg is an empty sequence");
  EXPECT_EQ(ERR("min", {I(1), I(2)}, {{"foo", I(3)}}),
            "TypeError: 'foo' is an invalid keyword argument for min()");
  EXPECT_EQ(ERR("min", {I(1), I(2)}, {{"default", I(3)}}),
            "TypeError: Cannot specify a default for min() with multiple positional arguments");
  EXPECT_EQ(ERR("min", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(ERR("max", {S("a"), I(1)}),
            "TypeError: '>' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(RC("max", {list_from(std::vector<Object*>{S("aa"), S("b"), S("ccc")}.data(), 3)},
               {{"key", B("len")}}),
            "'ccc'");
  EXPECT_EQ(RC("sorted", {S("bca")}), "['a', 'b', 'c']");
  EXPECT_EQ(RC("sorted", {S("bca")}, {{"reverse", Py_True}}), "['c', 'b', 'a']");
  EXPECT_EQ(ERR("sorted", {}), "TypeError: sorted expected 1 argument, got 0");
  EXPECT_EQ(ERR("sorted", {list_new(0)}, {{"foo", I(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for sort()");
}

TEST_F(BuiltinsTest, IterNext) {
  Object* it = C("iter", {ints({1, 2})});
  EXPECT_EQ(RC("next", {it}), "1");
  EXPECT_EQ(RC("next", {it}), "2");
  EXPECT_EQ(RC("next", {it, S("d")}), "'d'");
  EXPECT_EQ(error_of([&] { C("next", {it}); }), "StopIteration: ");
  EXPECT_EQ(ERR("next", {list_new(0)}), "TypeError: 'list' object is not an iterator");
  EXPECT_EQ(ERR("iter", {}), "TypeError: iter expected at least 1 argument, got 0");
  EXPECT_EQ(ERR("iter", {I(1), I(2)}), "TypeError: iter(v, w): v must be callable");
  // iter(callable, sentinel): int() returns 0 forever, sentinel 0 stops at once.
  Object* ci = C("iter", {&Int_Type, I(0)});
  EXPECT_EQ(std::string(type_name(ci)), "callable_iterator");
  EXPECT_EQ(iter_next(ci), nullptr);
  Object* ci2 = C("iter", {&Int_Type, I(5)});
  EXPECT_EQ(R(iter_next(ci2)), "0");
}

TEST_F(BuiltinsTest, IteratorTypes) {
  EXPECT_EQ(R(list_from_iterable(C("enumerate", {S("ab")}))), "[(0, 'a'), (1, 'b')]");
  EXPECT_EQ(R(list_from_iterable(C("enumerate", {S("ab"), I(-3)}))), "[(-3, 'a'), (-2, 'b')]");
  EXPECT_EQ(R(list_from_iterable(C("enumerate", {}, {{"iterable", S("a")}, {"start", I(5)}}))),
            "[(5, 'a')]");
  Object* big = int_lshift(I(1), I(70));
  EXPECT_EQ(R(list_from_iterable(C("enumerate", {S("ab"), big}))),
            "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]");
  EXPECT_EQ(R(list_from_iterable(C("enumerate", {S("ab"), I(INTPTR_MAX)}))),
            "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
  EXPECT_EQ(ERR("enumerate", {}), "TypeError: enumerate() missing required argument 'iterable'");
  EXPECT_EQ(ERR("enumerate", {list_new(0), S("a")}),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(ERR("enumerate", {}, {{"start", I(1)}}),
            "TypeError: 'start' is an invalid keyword argument for enumerate()");
  EXPECT_EQ(ERR("enumerate", {list_new(0)}, {{"x", I(1)}}),
            "TypeError: 'x' is an invalid keyword argument for enumerate()");

  EXPECT_EQ(R(list_from_iterable(C("zip", {S("abc"), ints({1, 2})}))), "[('a', 1), ('b', 2)]");
  EXPECT_EQ(R(list_from_iterable(C("zip", {}))), "[]");
  EXPECT_EQ(error_of([&] { list_from_iterable(C("zip", {ints({1}), ints({})}, {{"strict", Py_True}})); }),
            "ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(error_of([&] { list_from_iterable(C("zip", {ints({1}), ints({2, 3})}, {{"strict", Py_True}})); }),
            "ValueError: zip() argument 2 is longer than argument 1");
  EXPECT_EQ(error_of([&] {
              list_from_iterable(C("zip", {ints({1}), ints({2}), ints({})}, {{"strict", Py_True}}));
            }),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  EXPECT_EQ(error_of([&] {
              list_from_iterable(C("zip", {ints({1}), ints({2}), ints({3, 4})}, {{"strict", Py_True}}));
            }),
            "ValueError: zip() argument 3 is longer than arguments 1-2");
  EXPECT_EQ(ERR("zip", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(ERR("zip", {list_new(0)}, {{"x", I(1)}}),
            "TypeError: 'x' is an invalid keyword argument for zip()");

  EXPECT_EQ(R(list_from_iterable(C("map", {B("abs"), ints({-1, 2, -3})}))), "[1, 2, 3]");
  EXPECT_EQ(R(list_from_iterable(C("map", {B("pow"), ints({2, 3}), ints({3, 2, 1})}))), "[8, 9]");
  EXPECT_EQ(ERR("map", {B("len")}), "TypeError: map() must have at least two arguments.");
  EXPECT_EQ(ERR("map", {B("len"), list_new(0)}, {{"x", I(1)}}),
            "TypeError: map() takes no keyword arguments");

  EXPECT_EQ(R(list_from_iterable(C("filter", {Py_None, ints({0, 1, 0, 2})}))), "[1, 2]");
  EXPECT_EQ(R(list_from_iterable(C("filter", {B("abs"), ints({0, 1, 0, -2})}))), "[1, -2]");
  EXPECT_EQ(ERR("filter", {Py_None}), "TypeError: filter expected 2 arguments, got 1");

  EXPECT_EQ(R(list_from_iterable(C("reversed", {S("abc")}))), "['c', 'b', 'a']");
  EXPECT_EQ(R(list_from_iterable(C("reversed", {tuple_pack({I(1), I(2)})}))), "[2, 1]");
  EXPECT_EQ(R(list_from_iterable(C("reversed", {ints({1, 2, 3})}))), "[3, 2, 1]");
  EXPECT_EQ(ERR("reversed", {I(1)}), "TypeError: 'int' object is not reversible");
  EXPECT_EQ(ERR("reversed", {}), "TypeError: reversed expected 1 argument, got 0");
  EXPECT_EQ(std::string(type_name(C("reversed", {S("ab")}))), "reversed");
}

TEST_F(BuiltinsTest, Attributes) {
  EXPECT_EQ(RC("getattr", {I(1), S("real")}), "1");
  EXPECT_EQ(RC("getattr", {I(1), S("x"), I(5)}), "5");
  EXPECT_EQ(ERR("getattr", {I(1), I(2)}), "TypeError: attribute name must be string, not 'int'");
  EXPECT_EQ(ERR("getattr", {I(1), S("x")}), "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(ERR("getattr", {I(1)}), "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_EQ(RC("hasattr", {I(1), S("x")}), "False");
  EXPECT_EQ(RC("hasattr", {I(1), S("real")}), "True");
  EXPECT_EQ(ERR("setattr", {I(1), S("x"), I(2)}),
            "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(ERR("vars", {I(1)}), "TypeError: vars() argument must have __dict__ attribute");
  EXPECT_EQ(RC("isinstance", {Py_True, &Int_Type}), "True");
  EXPECT_EQ(ERR("isinstance", {I(1)}), "TypeError: isinstance expected 2 arguments, got 1");
  EXPECT_EQ(ERR("issubclass", {I(1), &Int_Type}), "TypeError: issubclass() arg 1 must be a class");
  EXPECT_EQ(RC("format", {float_new(3.14159), S(".2f")}), "'3.14'");
  EXPECT_EQ(ERR("format", {I(1), I(2)}), "TypeError: format() argument 2 must be str, not int");
  Object* d = C("dir", {&Bool_Type});
  EXPECT_TRUE(contains(d, S("bit_length")));
  EXPECT_TRUE(contains(d, S("__add__")));
  EXPECT_FALSE(contains(d, S("mro")));
}

TEST_F(BuiltinsTest, ExitAndImportErrors) {
  EXPECT_EQ(ERR("exit", {I(3)}), "SystemExit: 3");
  EXPECT_EQ(ERR("__import__", {I(1)}), "TypeError: module name must be a string");
  EXPECT_EQ(ERR("__import__", {S("")}), "ValueError: Empty module name");
  EXPECT_EQ(ERR("__import__", {S("x")}, {{"level", I(-1)}}), "ValueError: level must be >= 0");
  EXPECT_EQ(ERR("__build_class__", {}), "TypeError: __build_class__: not enough arguments");
  EXPECT_EQ(ERR("__build_class__", {I(1), S("x")}),
            "TypeError: __build_class__: func must be a function");
}

// ---- files ------------------------------------------------------------------------------------
std::string tmp_path(const char* tag) {
  return std::string("/tmp/slotpy_unit_") + tag + "_" + std::to_string(::getpid());
}

std::string read_raw(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  std::string out;
  if (!f) return out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

void write_raw(const std::string& path, const std::string& data) {
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(data.data(), 1, data.size(), f);
  std::fclose(f);
}

Object* M(Object* o, const char* name, std::initializer_list<Object*> args = {}) {
  return call_method_cstr(o, name, args.begin(), args.size());
}

TEST_F(BuiltinsTest, TextFiles) {
  std::string p = tmp_path("text");
  Object* path = S(p.c_str());
  Object* f = C("open", {path, S("w")});
  EXPECT_EQ(R(M(f, "write", {S("first line\n")})), "11");
  EXPECT_EQ(R(M(f, "write", {str_from_cstr("\xc3\xa9\xe4\xb8\xad\n")})), "3");
  C("print", {S("a"), I(1)}, {{"file", f}, {"sep", S("-")}});
  EXPECT_EQ(R(get_attr_cstr(f, "closed")), "False");
  EXPECT_EQ(R(f), "<_io.TextIOWrapper name='" + p + "' mode='w' encoding='UTF-8'>");
  M(f, "close");
  EXPECT_EQ(R(get_attr_cstr(f, "closed")), "True");
  EXPECT_EQ(read_raw(p), "first line\n\xc3\xa9\xe4\xb8\xad\na-1\n");
  EXPECT_EQ(error_of([&] { M(f, "write", {S("x")}); }), "ValueError: I/O operation on closed file.");

  Object* g = C("open", {path});
  EXPECT_EQ(R(M(g, "readline")), "'first line\\n'");
  EXPECT_EQ(R(M(g, "read", {I(2)})), "'\xc3\xa9\xe4\xb8\xad'");
  EXPECT_EQ(R(M(g, "read")), "'\\na-1\\n'");
  EXPECT_EQ(R(M(g, "read")), "''");
  EXPECT_EQ(R(M(g, "seek", {I(0)})), "0");
  EXPECT_EQ(R(M(g, "readlines")), "['first line\\n', '\xc3\xa9\xe4\xb8\xad\\n', 'a-1\\n']");
  M(g, "seek", {I(0)});
  EXPECT_EQ(R(list_from_iterable(g)), "['first line\\n', '\xc3\xa9\xe4\xb8\xad\\n', 'a-1\\n']");
  EXPECT_EQ(error_of([&] { M(g, "write", {S("x")}); }), "UnsupportedOperation: not writable");
  EXPECT_EQ(error_of([&] { M(g, "write", {bytes_from("x", 1)}); }),
            "TypeError: write() argument must be str, not bytes");
  M(g, "close");

  // Universal newlines on read.
  write_raw(p, "x\r\ny\rz\n\r");
  Object* h = C("open", {path});
  EXPECT_EQ(R(M(h, "read", {I(3)})), "'x\\ny'");
  EXPECT_EQ(R(M(h, "readline")), "'\\n'");
  EXPECT_EQ(R(M(h, "readline")), "'z\\n'");
  EXPECT_EQ(R(M(h, "readline")), "'\\n'");
  EXPECT_EQ(R(M(h, "readline")), "''");
  M(h, "close");
  Object* h2 = C("open", {path}, {{"newline", S("")}});
  EXPECT_EQ(R(M(h2, "readlines")), "['x\\r\\n', 'y\\r', 'z\\n', '\\r']");
  M(h2, "close");

  // Append and the with-protocol.
  Object* a = C("open", {path, S("a")});
  EXPECT_EQ(M(a, "__enter__"), a);
  M(a, "write", {S("tail")});
  M(a, "__exit__", {Py_None, Py_None, Py_None});
  EXPECT_EQ(read_raw(p), "x\r\ny\rz\n\rtail");
  ::unlink(p.c_str());
}

TEST_F(BuiltinsTest, BinaryFiles) {
  std::string p = tmp_path("bin");
  Object* path = S(p.c_str());
  Object* f = C("open", {path, S("wb")});
  EXPECT_EQ(R(f), "<_io.BufferedWriter name='" + p + "'>");
  EXPECT_EQ(R(get_attr_cstr(f, "mode")), "'wb'");
  EXPECT_EQ(R(M(f, "write", {bytes_from("ab\ncd", 5)})), "5");
  EXPECT_EQ(R(M(f, "tell")), "5");
  EXPECT_EQ(error_of([&] { M(f, "write", {S("x")}); }),
            "TypeError: a bytes-like object is required, not 'str'");
  M(f, "close");
  Object* g = C("open", {path, S("rb")});
  EXPECT_EQ(R(M(g, "read", {I(2)})), "b'ab'");
  EXPECT_EQ(R(M(g, "readline")), "b'\\n'");
  EXPECT_EQ(R(M(g, "read")), "b'cd'");
  EXPECT_EQ(R(M(g, "seek", {I(-2), I(2)})), "3");
  EXPECT_EQ(R(M(g, "read", {I(100)})), "b'cd'");
  M(g, "close");
  EXPECT_EQ(error_of([&] { M(g, "read"); }), "ValueError: read of closed file");
  Object* r = C("open", {path, S("r+b")});
  EXPECT_EQ(R(r), "<_io.BufferedRandom name='" + p + "'>");
  EXPECT_EQ(R(M(r, "read", {I(1)})), "b'a'");
  M(r, "write", {bytes_from("Z", 1)});
  M(r, "close");
  EXPECT_EQ(read_raw(p), "aZ\ncd");
  Object* u = C("open", {path, S("rb")}, {{"buffering", I(0)}});
  EXPECT_EQ(R(u), "<_io.FileIO name='" + p + "' mode='rb' closefd=True>");
  M(u, "close");
  EXPECT_EQ(R(u), "<_io.FileIO [closed]>");
  ::unlink(p.c_str());
}

TEST_F(BuiltinsTest, FileBufferBoundaries) {
  std::string p = tmp_path("bound");
  Object* path = S(p.c_str());
  // Lines of every length around the buffer size, multi-byte characters, \r\n split across
  // buffer refills.
  std::string data;
  std::vector<std::string> lines;
  for (int i = 0; i < 400; ++i) {
    std::string line(static_cast<size_t>((i * 97) % 9000), 'a' + static_cast<char>(i % 26));
    if (i % 3 == 0) line += "\xc3\xa9\xe4\xb8\xad";
    lines.push_back(line + "\n");
    data += line + (i % 2 ? "\r\n" : "\n");
  }
  write_raw(p, data);
  Object* f = C("open", {path});
  for (size_t i = 0; i < lines.size(); ++i) {
    Object* line = M(f, "readline");
    ASSERT_EQ(std::string(str_view(static_cast<StrObject*>(line))), lines[i]) << i;
  }
  EXPECT_EQ(R(M(f, "readline")), "''");
  M(f, "close");
  // read(n) in odd-sized steps gives the same text.
  std::string all;
  for (auto& l : lines) all += l;
  Object* g = C("open", {path});
  std::string got;
  for (;;) {
    Object* chunk = M(g, "read", {I(777)});
    if (static_cast<StrObject*>(chunk)->length == 0) break;
    got += str_view(static_cast<StrObject*>(chunk));
  }
  EXPECT_EQ(got, all);
  M(g, "close");
  // Binary lines.
  Object* b = C("open", {path, S("rb")});
  Object* blines = M(b, "readlines");
  EXPECT_EQ(length(blines), 400);
  M(b, "close");
  ::unlink(p.c_str());
}

TEST_F(BuiltinsTest, UnclosedFilesAreFlushed) {
  std::string p = tmp_path("unclosed");
  Object* f = C("open", {S(p.c_str()), S("w")});
  M(f, "write", {S("pending")});
  EXPECT_EQ(read_raw(p), "");
  flush_std_streams();
  EXPECT_EQ(read_raw(p), "pending");
  M(f, "close");
  // Many files opened and dropped: finalizers close them (no EMFILE).
  for (int i = 0; i < 3000; ++i) {
    Object* g = C("open", {S(p.c_str())});
    EXPECT_EQ(R(M(g, "read")), "'pending'");
  }
  ::unlink(p.c_str());
}

TEST_F(BuiltinsTest, OpenErrors) {
  EXPECT_EQ(ERR("open", {S("/nonexistent/x")}),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'");
  EXPECT_EQ(ERR("open", {S("/tmp"), S("q")}), "ValueError: invalid mode: 'q'");
  EXPECT_EQ(ERR("open", {S("/tmp"), S("rw")}),
            "ValueError: must have exactly one of create/read/write/append mode");
  EXPECT_EQ(ERR("open", {S("/tmp"), S("b")}),
            "ValueError: Must have exactly one of create/read/write/append mode and at most one plus");
  EXPECT_EQ(ERR("open", {S("/tmp")}), "IsADirectoryError: [Errno 21] Is a directory: '/tmp'");
  EXPECT_EQ(ERR("open", {float_new(1.5)}),
            "TypeError: expected str, bytes or os.PathLike object, not float");
  EXPECT_EQ(ERR("open", {S("/tmp/x"), S("rb")}, {{"encoding", S("x")}}),
            "ValueError: binary mode doesn't take an encoding argument");
  EXPECT_EQ(ERR("open", {S("/tmp/x")}, {{"foo", I(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for open()");
  EXPECT_EQ(ERR("open", {S("/tmp/x"), S("rtb")}),
            "ValueError: can't have text and binary mode at once");
}

TEST_F(BuiltinsTest, StdStreams) {
  Object* out = std_stream(1);
  EXPECT_EQ(out, std_stream(1));
  EXPECT_EQ(R(out), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  EXPECT_EQ(sys_get("stdout"), out);
  EXPECT_EQ(sys_get("__stderr__"), std_stream(2));
  EXPECT_EQ(flush_std_streams(), 0);
}

TEST_F(BuiltinsTest, SysModule) {
  EXPECT_EQ(R(sys_get("version_info")),
            "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  EXPECT_EQ(R(get_attr_cstr(sys_get("version_info"), "minor")), "11");
  EXPECT_EQ(R(get_item(sys_get("version_info"), I(0))), "3");
  EXPECT_EQ(Str(sys_get("version")).substr(0, 5), "3.11.");
  EXPECT_EQ(R(sys_get("maxsize")), "9223372036854775807");
  EXPECT_EQ(R(call0(sys_get("getrecursionlimit"))), "1000");
  EXPECT_EQ(error_of([&] { call1(sys_get("setrecursionlimit"), I(0)); }),
            "ValueError: recursion limit must be greater or equal than 1");
  EXPECT_EQ(R(call0(sys_get("exc_info"))), "(None, None, None)");
  EXPECT_EQ(error_of([&] { call1(sys_get("exit"), I(2)); }), "SystemExit: 2");
  EXPECT_EQ(R(get_attr_cstr(sys_get("float_info"), "epsilon")), "2.220446049250313e-16");
  EXPECT_EQ(dict_get_cstr(sys_modules(), "sys"), sys_module());
  EXPECT_EQ(R(call1(sys_get("intern"), S("abc"))), "'abc'");
}

TEST_F(BuiltinsTest, TimeModule) {
  Object* t = create_module_time();
  Object* gm = call1(get_attr_cstr(t, "gmtime"), I(0));
  EXPECT_EQ(R(gm),
            "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, "
            "tm_wday=3, tm_yday=1, tm_isdst=0)");
  EXPECT_EQ(length(gm), 9);
  EXPECT_EQ(R(get_attr_cstr(gm, "tm_zone")), "'GMT'");
  EXPECT_EQ(R(call1(get_attr_cstr(t, "asctime"), gm)), "'Thu Jan  1 00:00:00 1970'");
  Object* a[2] = {S("%Y-%m-%d %H:%M"), gm};
  EXPECT_EQ(R(call(get_attr_cstr(t, "strftime"), a, 2)), "'1970-01-01 00:00'");
  EXPECT_EQ(error_of([&] { call1(get_attr_cstr(t, "sleep"), I(-1)); }),
            "ValueError: sleep length must be non-negative");
  EXPECT_TRUE(is_float(call0(get_attr_cstr(t, "time"))));
  EXPECT_TRUE(is_int(call0(get_attr_cstr(t, "perf_counter_ns"))));
}

}  // namespace
}  // namespace slotpy
