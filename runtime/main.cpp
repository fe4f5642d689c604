// The slotpy command line: like python3 for scripts, -c, - and piped stdin.
#include <unistd.h>

#include <climits>
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>
#include <stdexcept>
#include <string>

#include <gc/gc.h>

#include "compiler/ast_dump.h"
#include "compiler/compile.h"
#include "compiler/disassemble.h"
#include "compiler/parser.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/moduleobject.h"
#include "runtime/repl.h"
#include "stdlib/atexitmodule.h"
#include "runtime/runtime.h"
#include "runtime/signals.h"
#include "runtime/strobject.h"
#include "runtime/traceback.h"
#include "stdlib/fileobject.h"
#include "stdlib/sysmodule.h"

namespace {

using namespace slotpy;

const char kUsage[] =
    "usage: slotpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd          program passed in as string\n"
    "  -h, --help      print this help message and exit\n"
    "  -i              inspect interactively after running the script (also when stdin is not\n"
    "                  a terminal)\n"
    "  -q              don't print the version and copyright messages on interactive startup\n"
    "  -V, --version   print the slotpy version and exit\n"
    "  --dump-ast      print the syntax tree of the program (as ast.dump(tree, indent=2)) and exit\n"
    "  --positions     with --dump-ast: include line and column of every node\n"
    "  --dump-bytecode print a dis-style listing of every code object of the program and exit\n"
    "file              program read from script file\n"
    "-                 program read from stdin (default; interactive mode if a tty)\n"
    "arg ...           arguments passed to the program in sys.argv[1:]\n";

bool read_all(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

// The exit status after flushing the standard streams (CPython exits 120 when that fails).
int finish(int status) {
  if (flush_std_streams() < 0 && status == 0) status = 120;
  return status;
}

// The current exception, uncaught: printed (or SystemExit handled); the exit status.
int report_uncaught() {
  Object* exc = current_exception();
  clear_exception();
  return report_uncaught_exception(exc);
}

// As CPython, __main__ loses __file__ and __cached__ once the script has run (so neither the
// -i prompt nor exit functions see them).
void forget_script_file(DictObject* d) {
  dict_del(d, str_from_cstr("__file__"));
  dict_del(d, str_from_cstr("__cached__"));
}

std::string script_dir(const char* file) {
  char buf[PATH_MAX];
  std::string path = file;
  if (::realpath(file, buf)) path = buf;
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv) {
  char stack_base;
  gc_init();
  // Start with a 16 MiB heap: fewer collections while a program warms up (measured on
  // bench/string_build.py: 1.49 s -> 1.06 s); GC_INITIAL_HEAP_SIZE still overrides it.
  if (!std::getenv("GC_INITIAL_HEAP_SIZE") && GC_get_heap_size() < (16u << 20))
    GC_expand_hp((16u << 20) - GC_get_heap_size());
  std::signal(SIGPIPE, SIG_IGN);
  if (const char* every = std::getenv("SLOTPY_GC_STRESS")) g_gc_stress_every = std::atoi(every);
  bool dump_ast = false, positions = false, dump_bytecode = false;
  bool inspect = false, quiet = false;
  const char* command = nullptr;
  const char* file = nullptr;
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (!std::strcmp(a, "--dump-ast")) {
      dump_ast = true;
    } else if (!std::strcmp(a, "--positions")) {
      positions = true;
    } else if (!std::strcmp(a, "--dump-bytecode")) {
      dump_bytecode = true;
    } else if (!std::strcmp(a, "-i")) {
      inspect = true;
    } else if (!std::strcmp(a, "-q")) {
      quiet = true;
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
    } else if (!std::strcmp(a, "-")) {
      file = a;
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
  // sys.argv: the script (or "-c" / "-" / "") and the arguments after it.
  int first_arg = i < argc ? i : argc;
  std::string text, filename, path0;
  bool interactive = false;  // nothing to run first: straight to the prompt
  if (command) {
    text = command;
    filename = "<string>";
    argv[first_arg] = const_cast<char*>("-c");
  } else if (!file && (inspect || isatty(STDIN_FILENO))) {
    // The interactive loop, after an empty program.
    interactive = true;
    inspect = true;
    filename = "<stdin>";
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
    // As CPython: the script's __file__ (and its traceback lines) are absolute, the
    // working directory joined to the path as given.
    filename = file;
    if (file[0] != '/') {
      char cwd[PATH_MAX];
      if (::getcwd(cwd, sizeof cwd)) filename = std::string(cwd) + "/" + file;
    }
    path0 = script_dir(file);
  }

  syntax::SyntaxError err;
  ast::Module* mod = nullptr;
  CodeObject* code = nullptr;
  try {
    syntax::Source src(filename, text.data(), text.size());
    mod = syntax::parse_module(src, &err);
    if (!mod) {
      std::fputs(syntax::format_syntax_error(err, src).c_str(), stderr);
      return 1;
    }
    if (dump_ast) {
      std::string out = ast::dump(mod, positions);
      out += '\n';
      std::fwrite(out.data(), 1, out.size(), stdout);
      return 0;
    }
    runtime_init(0, nullptr, &stack_base);
    try {
      code = compiler::compile_module(mod, filename.c_str());
    } catch (syntax::SyntaxError& e) {
      std::fputs(syntax::format_syntax_error(e, src).c_str(), stderr);
      return 1;
    }
  } catch (syntax::SyntaxError& e) {
    // raised while decoding the source itself
    std::fprintf(stderr, "SyntaxError: %s\n", e.msg.c_str());
    return 1;
  } catch (std::runtime_error&) {
    std::fputs("RecursionError: maximum recursion depth exceeded during compilation\n", stderr);
    return 1;
  } catch (PyError&) {
    return finish(report_uncaught());
  }

  if (dump_bytecode) {
    try {
      std::string out = disassemble(code);
      std::fwrite(out.data(), 1, out.size(), stdout);
      return finish(0);
    } catch (PyError&) {
      return finish(report_uncaught());
    }
  }

  int status = 0;
  bool interrupted = false;
  install_sigint_handler();
  try {
    sys_set_argv(argc - first_arg > 0 ? argc - first_arg : 0, argv + first_arg);
    if (argc - first_arg <= 0) {
      static char empty[] = "";
      static char* none[] = {empty};
      sys_set_argv(1, none);
    }
    sys_set_path0(path0.c_str());
    ModuleObject* main_mod = module_new("__main__");
    main_mod->origin = "built-in";  // its repr without __file__ (-c, stdin, the prompt)
    DictObject* d = module_dict(main_mod);
    bool script = file && std::strcmp(file, "-");
    if (script) dict_set_cstr(d, "__file__", str_from(filename));
    dict_set_cstr(d, "__builtins__", create_module_builtins());
    if (script || command) dict_set_cstr(d, "__cached__", Py_None);
    dict_set(sys_modules(), str_from_cstr("__main__"), main_mod);
    try {
      eval_code(code, d, d);
    } catch (PyError&) {
      if (script) forget_script_file(d);
      throw;
    }
    if (script) forget_script_file(d);
  } catch (PyError&) {
    interrupted = exception_matches(Exc_KeyboardInterrupt);
    status = report_uncaught();
  } catch (std::bad_alloc&) {
    std::fputs("MemoryError\n", stderr);
    status = 1;
  }
  if (inspect) {
    // -i, or a terminal: the prompt (after the script, whatever became of it).
    status = run_repl(interactive && !quiet);
  }
  run_atexit_callbacks();
  if (!inspect && interrupted) {
    // Ended by Ctrl-C: die of SIGINT, as CPython does, so that the shell sees it.
    finish(status);
    std::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
  }
  return finish(status);
}
