// The slotpy command line.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <gc/gc.h>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"

namespace {

const char kUsage[] =
    "usage: slotpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd          program passed in as string\n"
    "  -h, --help      print this help message and exit\n"
    "  -V, --version   print the slotpy version and exit\n"
    "  --dump-ast      print the syntax tree of the program (as ast.dump(tree, indent=2)) and exit\n"
    "  --positions     with --dump-ast: include line and column of every node\n"
    "file              program read from script file\n"
    "-                 program read from stdin\n";

bool read_all(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  GC_INIT();
  bool dump_ast = false, positions = false;
  const char* command = nullptr;
  const char* file = nullptr;
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (!std::strcmp(a, "--dump-ast")) {
      dump_ast = true;
    } else if (!std::strcmp(a, "--positions")) {
      positions = true;
    } else if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help")) {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (!std::strcmp(a, "-V") || !std::strcmp(a, "--version")) {
      std::printf("slotpy %s\n", SLOTPY_VERSION);
      return 0;
    } else if (!std::strcmp(a, "-c")) {
      if (i + 1 >= argc) {
        std::fputs("Argument expected for the -c option\n", stderr);
        std::fputs(kUsage, stderr);
        return 2;
      }
      command = argv[++i];
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      std::fprintf(stderr, "unknown option %s\n", a);
      std::fputs(kUsage, stderr);
      return 2;
    } else {
      file = a;
      break;
    }
  }

  std::string text, filename;
  if (command) {
    text = command;
    filename = "<string>";
  } else if (!file || !std::strcmp(file, "-")) {
    read_all(std::cin, &text);
    filename = "<stdin>";
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      int err = errno;
      std::fprintf(stderr, "slotpy: can't open file '%s': [Errno %d] %s\n", file, err,
                   std::strerror(err));
      return 2;
    }
    read_all(in, &text);
    filename = file;
  }

  slotpy::syntax::SyntaxError err;
  try {
    slotpy::syntax::Source src(filename, text.data(), text.size());
    slotpy::ast::Module* mod = slotpy::syntax::parse_module(src, &err);
    if (!mod) {
      std::fputs(slotpy::syntax::format_syntax_error(err, src).c_str(), stderr);
      return 1;
    }
    if (dump_ast) {
      std::string out = slotpy::ast::dump(mod, positions);
      out += '\n';
      std::fwrite(out.data(), 1, out.size(), stdout);
      return 0;
    }
  } catch (slotpy::syntax::SyntaxError& e) {
    // raised while decoding the source itself
    std::fprintf(stderr, "SyntaxError: %s\n", e.msg.c_str());
    return 1;
  }
  std::fputs("slotpy: running programs needs the bytecode VM, which is not built yet\n", stderr);
  return 2;
}
