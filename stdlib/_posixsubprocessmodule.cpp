// _posixsubprocess.fork_exec: the fork + exec core of subprocess.Popen on POSIX, with CPython
// 3.11's 23-argument signature. Everything the child needs (argv, envp, the executables to try,
// the descriptors to keep) is converted to C data before fork(); the child then only makes
// system calls until exec (no allocation, no Python code, except a preexec_fn when one is given).
// A failure in the child is reported through errpipe_write as "OSError:<hex errno>:" (with
// "noexec" appended when exec was never reached), as subprocess.py expects.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

// A str (encoded UTF-8/surrogateescape), bytes or os.PathLike as a C string.
std::string fs_bytes(Object* o) {
  if (!is_str(o) && !is_bytes(o)) {
    static StrObject* fspath = intern("__fspath__");
    if (!type_lookup(type_of(o), fspath))
      raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(o));
    o = call_method(o, fspath, nullptr, 0);
  }
  std::string s;
  if (is_str(o)) {
    Object* b = str_encode(static_cast<StrObject*>(o), "utf-8", "surrogateescape");
    s.assign(bytes_data(b), static_cast<size_t>(bytes_size(b)));
  } else if (is_bytes(o)) {
    s.assign(bytes_data(o), static_cast<size_t>(bytes_size(o)));
  } else {
    raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(o));
  }
  if (s.find('\0') != std::string::npos) raise_value_error("embedded null byte");
  return s;
}

std::vector<std::string> fs_list(Object* seq, const char* what) {
  Object* const* items;
  intptr_t n;
  sequence_fast(seq, what, &items, &n);
  std::vector<std::string> out;
  for (intptr_t i = 0; i < n; ++i) out.push_back(fs_bytes(items[i]));
  return out;
}

std::vector<char*> c_array(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

int c_int(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(o);
  intptr_t n;
  if (!int_to_intptr(v, &n) || n > INT_MAX || n < INT_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(n);
}

// ---- in the child: async-signal-safe helpers only ---------------------------------------------

void write_all(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t r = ::write(fd, s, n);
    if (r < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += r;
    n -= static_cast<size_t>(r);
  }
}

[[noreturn]] void report_and_exit(int errpipe_write, const char* type, int err, bool noexec) {
  char buf[64];
  size_t n = 0;
  for (const char* t = type; *t; ++t) buf[n++] = *t;
  buf[n++] = ':';
  char hex[16];
  int h = 0;
  unsigned u = static_cast<unsigned>(err);
  do {
    hex[h++] = "0123456789abcdef"[u & 15];
    u >>= 4;
  } while (u);
  while (h) buf[n++] = hex[--h];
  buf[n++] = ':';
  if (noexec) {
    for (const char* t = "noexec"; *t; ++t) buf[n++] = *t;
  }
  write_all(errpipe_write, buf, n);
  ::_exit(255);
}

int set_inheritable(int fd, bool inheritable) {
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return -1;
  int nflags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (nflags == flags) return 0;
  return ::fcntl(fd, F_SETFD, nflags);
}

bool is_kept(int fd, const int* keep, size_t nkeep) {
  for (size_t i = 0; i < nkeep; ++i)
    if (keep[i] == fd) return true;
  return false;
}

// Closes every descriptor >= 3 not in keep (sorted).
void close_open_fds(const int* keep, size_t nkeep) {
#ifdef SYS_close_range
  {
    unsigned start = 3;
    bool ok = true;
    for (size_t i = 0; i <= nkeep && ok; ++i) {
      unsigned end = i < nkeep ? static_cast<unsigned>(keep[i]) : ~0u;
      if (i < nkeep && keep[i] < static_cast<int>(start)) continue;
      if (end > start && ::syscall(SYS_close_range, start, end - 1, 0) != 0) ok = false;
      if (i < nkeep) start = static_cast<unsigned>(keep[i]) + 1;
    }
    if (ok) return;
  }
#endif
  // Without close_range(): list /proc/self/fd with getdents64 (no allocation).
  int dfd = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) {
    long max = ::sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = 3; fd < max; ++fd)
      if (!is_kept(fd, keep, nkeep)) ::close(fd);
    return;
  }
  alignas(8) char buf[4096];
  for (;;) {
    long n = ::syscall(SYS_getdents64, dfd, buf, sizeof buf);
    if (n <= 0) break;
    for (long off = 0; off < n;) {
      struct linux_dirent64 {
        uint64_t d_ino;
        int64_t d_off;
        unsigned short d_reclen;
        unsigned char d_type;
        char d_name[1];
      };
      auto* e = reinterpret_cast<linux_dirent64*>(buf + off);
      off += e->d_reclen;
      int fd = 0;
      const char* p = e->d_name;
      if (*p < '0' || *p > '9') continue;
      for (; *p >= '0' && *p <= '9'; ++p) fd = fd * 10 + (*p - '0');
      if (fd >= 3 && fd != dfd && !is_kept(fd, keep, nkeep)) ::close(fd);
    }
  }
  ::close(dfd);
}

struct ChildSetup {
  char** argv;
  char** envp;  // nullptr: inherit
  char** executables;
  size_t nexecutables;
  bool close_fds;
  const int* keep;
  size_t nkeep;
  const char* cwd;  // nullptr: unchanged
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  bool restore_signals, call_setsid;
  int pgid_to_set;
  bool set_gid, set_uid, set_groups;
  gid_t gid;
  uid_t uid;
  const gid_t* groups;
  size_t ngroups;
  int child_umask;
  Object* preexec_fn;  // nullptr: none
};

[[noreturn]] void child_exec(const ChildSetup& s) {
  int errpipe = s.errpipe_write;
  int p2cread = s.p2cread, c2pwrite = s.c2pwrite, errwrite = s.errwrite;
  for (size_t i = 0; i < s.nkeep; ++i)
    if (s.keep[i] != errpipe && set_inheritable(s.keep[i], true) < 0)
      report_and_exit(errpipe, "OSError", errno, true);
  if (s.p2cwrite != -1) ::close(s.p2cwrite);
  if (s.c2pread != -1) ::close(s.c2pread);
  if (s.errread != -1) ::close(s.errread);
  ::close(s.errpipe_read);
  // Keep the descriptors still needed from being overwritten by the dup2() calls below.
  if (c2pwrite == 0) {
    c2pwrite = ::dup(c2pwrite);
    if (c2pwrite < 0 || set_inheritable(c2pwrite, false) < 0)
      report_and_exit(errpipe, "OSError", errno, true);
  }
  while (errwrite == 0 || errwrite == 1) {
    errwrite = ::dup(errwrite);
    if (errwrite < 0 || set_inheritable(errwrite, false) < 0)
      report_and_exit(errpipe, "OSError", errno, true);
  }
  const int targets[3] = {p2cread, c2pwrite, errwrite};
  for (int to = 0; to < 3; ++to) {
    int from = targets[to];
    if (from == to) {
      if (set_inheritable(from, true) < 0) report_and_exit(errpipe, "OSError", errno, true);
    } else if (from != -1) {
      if (::dup2(from, to) < 0) report_and_exit(errpipe, "OSError", errno, true);
    }
  }
  if (s.cwd && ::chdir(s.cwd) < 0) report_and_exit(errpipe, "OSError", errno, true);
  if (s.child_umask >= 0) ::umask(static_cast<mode_t>(s.child_umask));
  if (s.restore_signals) {
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGXFSZ, SIG_DFL);
  }
  if (s.call_setsid && ::setsid() < 0) report_and_exit(errpipe, "OSError", errno, true);
  if (s.pgid_to_set >= 0 && ::setpgid(0, s.pgid_to_set) < 0)
    report_and_exit(errpipe, "OSError", errno, true);
  if (s.set_groups && ::setgroups(s.ngroups, s.groups) < 0)
    report_and_exit(errpipe, "OSError", errno, true);
  if (s.set_gid && ::setregid(s.gid, s.gid) < 0) report_and_exit(errpipe, "OSError", errno, true);
  if (s.set_uid && ::setreuid(s.uid, s.uid) < 0) report_and_exit(errpipe, "OSError", errno, true);
  if (s.preexec_fn) {
    bool failed = false;
    try {
      call0(s.preexec_fn);
    } catch (...) {
      failed = true;
    }
    if (failed) {
      const char msg[] = "SubprocessError:0:Exception occurred in preexec_fn.";
      write_all(errpipe, msg, sizeof msg - 1);
      ::_exit(255);
    }
  }
  if (s.close_fds) close_open_fds(s.keep, s.nkeep);
  int saved_errno = 0;
  for (size_t i = 0; i < s.nexecutables; ++i) {
    if (s.envp) ::execve(s.executables[i], s.argv, s.envp);
    else ::execv(s.executables[i], s.argv);
    if (errno != ENOENT && errno != ENOTDIR && saved_errno == 0) saved_errno = errno;
  }
  report_and_exit(errpipe, "OSError", saved_errno ? saved_errno : errno, false);
}

Object* fork_exec(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("fork_exec", kw);
  if (nargs != 23) raise_type_error("fork_exec() takes exactly 23 arguments (%zu given)", nargs);
  Object* const* a = args;
  ChildSetup s{};
  std::vector<std::string> argv;
  if (a[0] != Py_None) argv = fs_list(a[0], "args must be a sequence");
  std::vector<char*> cargv = c_array(argv);
  s.argv = cargv.data();
  std::vector<std::string> exes = fs_list(a[1], "executable_list must be a sequence");
  std::vector<char*> cexes = c_array(exes);
  s.executables = cexes.data();
  s.nexecutables = exes.size();
  s.close_fds = is_true(a[2]);
  if (!is_tuple(a[3])) raise_type_error("pass_fds must be a tuple");
  std::vector<int> keep;
  for (intptr_t i = 0; i < tuple_size(a[3]); ++i) {
    Object* fd = tuple_item(a[3], i);
    if (!is_int(fd) || c_int(fd) < 0 || (!keep.empty() && c_int(fd) <= keep.back()))
      raise_value_error("bad value(s) in fds_to_keep");
    keep.push_back(c_int(fd));
  }
  s.keep = keep.data();
  s.nkeep = keep.size();
  std::string cwd;
  if (a[4] != Py_None) {
    cwd = fs_bytes(a[4]);
    s.cwd = cwd.c_str();
  }
  std::vector<std::string> env;
  std::vector<char*> cenv;
  if (a[5] != Py_None) {
    env = fs_list(a[5], "env must be a sequence");
    cenv = c_array(env);
    s.envp = cenv.data();
  }
  s.p2cread = c_int(a[6]);
  s.p2cwrite = c_int(a[7]);
  s.c2pread = c_int(a[8]);
  s.c2pwrite = c_int(a[9]);
  s.errread = c_int(a[10]);
  s.errwrite = c_int(a[11]);
  s.errpipe_read = c_int(a[12]);
  s.errpipe_write = c_int(a[13]);
  s.restore_signals = is_true(a[14]);
  s.call_setsid = is_true(a[15]);
  s.pgid_to_set = c_int(a[16]);
  if (a[17] != Py_None) {
    s.set_gid = true;
    s.gid = static_cast<gid_t>(c_int(a[17]));
  }
  std::vector<gid_t> groups;
  if (a[18] != Py_None) {
    Object* const* items;
    intptr_t n;
    sequence_fast(a[18], "extra_groups must be a list", &items, &n);
    for (intptr_t i = 0; i < n; ++i) groups.push_back(static_cast<gid_t>(c_int(items[i])));
    s.set_groups = true;
    s.groups = groups.data();
    s.ngroups = groups.size();
  }
  if (a[19] != Py_None) {
    s.set_uid = true;
    s.uid = static_cast<uid_t>(c_int(a[19]));
  }
  s.child_umask = c_int(a[20]);
  if (a[21] != Py_None) {
    s.preexec_fn = a[21];
  }
  pid_t pid = ::fork();
  if (pid == 0) child_exec(s);
  if (pid < 0) raise_os_error(errno);
  return int_from_intptr(pid);
}

const MethodDef posixsubprocess_functions[] = {
    {"fork_exec", fork_exec, METH_DEFAULT,
     "Spawn a fresh new child process: fork, set up its file descriptors, then exec."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module__posixsubprocess() {
  ModuleObject* m = module_new("_posixsubprocess");
  module_add(m, "__doc__", str_from_cstr("A POSIX helper for the subprocess module."));
  module_add_functions(m, posixsubprocess_functions);
  return m;
}

}  // namespace slotpy
