// The posix module: the native core of `os` (stdlib/lib/os.py builds on it, as CPython's os.py
// builds on posix). Paths are str (encoded as UTF-8 with surrogateescape), bytes or os.PathLike;
// errors are OSError subclasses carrying the path as CPython's do.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/signals.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/sysmodule.h"

extern char** environ;

namespace slotpy {

namespace {

TypeObject* g_stat_result = nullptr;   // GC roots (static data)
TypeObject* g_uname_result = nullptr;
TypeObject* g_terminal_size = nullptr;

// ---- path arguments -----------------------------------------------------------------------------

struct PathArg {
  Object* obj = nullptr;  // the argument as given (the filename of errors)
  std::string path;       // encoded file system path
  bool is_bytes = false;
  int fd = -1;            // an int argument (when allowed)
};

enum PathFlags { kAllowFd = 1, kAllowNone = 2 };

// CPython's PyOS_FSPath: str and bytes as they are, else __fspath__().
Object* fspath_of(Object* o, bool* ok) {
  *ok = true;
  if (is_str(o) || is_bytes(o)) return o;
  static StrObject* fspath = intern("__fspath__");
  if (!type_lookup(type_of(o), fspath)) {
    *ok = false;
    return nullptr;
  }
  Object* r = call_method(o, fspath, nullptr, 0);
  if (!is_str(r) && !is_bytes(r))
    raise_type_error("expected %s.__fspath__() to return str or bytes, not %s", type_name(o),
                     type_name(r));
  return r;
}

std::string encode_fs(StrObject* s) {
  Object* b = str_encode(s, "utf-8", "surrogateescape");
  return std::string(bytes_data(b), static_cast<size_t>(bytes_size(b)));
}

Object* decode_fs(const char* s, size_t n) { return str_decode(s, n, "utf-8", "surrogateescape"); }

// A name from the file system, as str or bytes like the path argument it came from.
Object* fs_result(const char* s, size_t n, bool as_bytes) {
  return as_bytes ? static_cast<Object*>(bytes_from(s, n)) : decode_fs(s, n);
}

void convert_path(const char* func, const char* argname, Object* o, int flags, PathArg* out) {
  out->obj = o;
  if ((flags & kAllowNone) && o == Py_None) {
    out->path = ".";
    return;
  }
  if ((flags & kAllowFd) && is_int(o) && !is_bool(o)) {
    intptr_t v;
    if (!int_to_intptr(o, &v) || v > INT_MAX)
      raise_overflow_error("fd is greater than maximum");
    if (v < INT_MIN) raise_overflow_error("fd is less than minimum");
    if (v < 0) {
      // CPython then passes no path at all to the system call.
      errno = EFAULT;
      raise_os_error(EFAULT, o);
    }
    out->fd = static_cast<int>(v);
    return;
  }
  bool ok;
  Object* p = fspath_of(o, &ok);
  if (!ok) {
    const char* allowed;
    if ((flags & kAllowFd) && (flags & kAllowNone))
      allowed = "string, bytes, os.PathLike, integer or None";
    else if (flags & kAllowFd)
      allowed = "string, bytes, os.PathLike or integer";
    else if (flags & kAllowNone)
      allowed = "string, bytes, os.PathLike or None";
    else
      allowed = "string, bytes or os.PathLike";
    raise_type_error("%s: %s should be %s, not %s", func, argname, allowed, type_name(o));
  }
  if (is_str(p)) {
    out->path = encode_fs(static_cast<StrObject*>(p));
  } else {
    out->is_bytes = true;
    out->path.assign(bytes_data(p), static_cast<size_t>(bytes_size(p)));
  }
  if (out->path.find('\0') != std::string::npos) raise_value_error("embedded null byte");
}

int int_param(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(o);
  intptr_t n;
  if (!int_to_intptr(v, &n) || n > INT_MAX || n < INT_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  return static_cast<int>(n);
}

int fd_param(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  return int_param(o);
}

// dir_fd=None -> AT_FDCWD.
int dir_fd_param(Object* o) {
  if (!o || o == Py_None) return AT_FDCWD;
  if (!is_int(o)) {
    if (!type_of(o)->nb_index)
      raise_type_error("argument should be integer or None, not %s", type_name(o));
  }
  return int_param(o);
}

[[noreturn]] void raise_path_error(const PathArg& p) {
  int err = errno;
  if (p.fd >= 0 || !p.obj || p.obj == Py_None) raise_os_error(err);
  raise_os_error(err, p.obj);
}

[[noreturn]] void raise_path_error2(const PathArg& a, const PathArg& b) {
  int err = errno;
  Object* args[5] = {make_small_int(err), str_from_cstr(std::strerror(err)), a.obj, Py_None, b.obj};
  Object* exc = call(Exc_OSError, args, 5);
  raise(exc);
}

// ---- stat_result -------------------------------------------------------------------------------

NewFn g_structseq_new = nullptr;

// os.stat_result(seq): the float times default to the integer ones, as CPython's.
Object* stat_result_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kw) {
  Object* r = g_structseq_new(type, args, nargs, kw);
  auto* t = static_cast<TupleObject*>(r);
  for (int i = 7; i <= 9; ++i)
    if (t->items[i + 3] == Py_None) t->items[i + 3] = t->items[i];
  return r;
}

TypeObject* stat_result_type() {
  if (!g_stat_result) {
    // Items 7..9 are the integer times; the names they show in the repr are the float
    // attributes' (which win in the type dict, being defined later), as in CPython.
    static const char* const fields[] = {
        "st_mode",  "st_ino",      "st_dev",      "st_nlink",    "st_uid",     "st_gid",
        "st_size",  "st_atime",    "st_mtime",    "st_ctime",    "st_atime",   "st_mtime",
        "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev"};
    g_stat_result = structseq_new_type(
        "os.stat_result", fields, 19, 10, true,
        "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as "
        "a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the "
        "attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If "
        "your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available "
        "as attributes only.\n\nSee os.stat for more information.");
    dict_set_cstr(g_stat_result->tp_dict, "n_unnamed_fields", make_small_int(3));
    g_structseq_new = g_stat_result->tp_new;
    g_stat_result->tp_new = stat_result_new;
    type_modified(g_stat_result);
  }
  return g_stat_result;
}

Object* time_ns(const struct timespec& ts) {
  return int_add(int_mul(int_from_intptr(ts.tv_sec), int_from_intptr(1000000000)),
                 int_from_intptr(ts.tv_nsec));
}

Object* make_stat_result(const struct stat& st) {
  Object* v[19] = {
      int_from_intptr(st.st_mode),
      int_from_uint64(st.st_ino),
      int_from_uint64(st.st_dev),
      int_from_uint64(st.st_nlink),
      int_from_intptr(st.st_uid),
      int_from_intptr(st.st_gid),
      int_from_intptr(st.st_size),
      int_from_intptr(st.st_atim.tv_sec),
      int_from_intptr(st.st_mtim.tv_sec),
      int_from_intptr(st.st_ctim.tv_sec),
      float_new(static_cast<double>(st.st_atim.tv_sec) + st.st_atim.tv_nsec * 1e-9),
      float_new(static_cast<double>(st.st_mtim.tv_sec) + st.st_mtim.tv_nsec * 1e-9),
      float_new(static_cast<double>(st.st_ctim.tv_sec) + st.st_ctim.tv_nsec * 1e-9),
      time_ns(st.st_atim),
      time_ns(st.st_mtim),
      time_ns(st.st_ctim),
      int_from_intptr(st.st_blksize),
      int_from_intptr(st.st_blocks),
      int_from_uint64(st.st_rdev),
  };
  return structseq_new(stat_result_type(), v);
}

Object* do_stat(const char* fname, Object* const* args, size_t nargs, TupleObject* kw,
                bool follow_default) {
  static const char* const names[] = {"path", "dir_fd", "follow_symlinks"};
  Object* v[3];
  parse_args(fname, args, nargs, kw, names, 3, 1, 0, 1, v);
  PathArg p;
  convert_path(fname, "path", v[0], follow_default ? kAllowFd : 0, &p);
  int dir_fd = dir_fd_param(v[1]);
  bool follow = v[2] ? is_true(v[2]) : follow_default;
  struct stat st;
  int r;
  if (p.fd >= 0)
    r = ::fstat(p.fd, &st);
  else
    r = ::fstatat(dir_fd, p.path.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) raise_path_error(p);
  return make_stat_result(st);
}

Object* posix_stat(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_stat("stat", args, nargs, kw, true);
}

Object* posix_lstat(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_stat("lstat", args, nargs, kw, false);
}

Object* posix_fstat(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"fd"};
  Object* v[1];
  parse_args("fstat", args, nargs, kw, names, 1, 1, 0, 1, v);
  struct stat st;
  if (::fstat(fd_param(v[0]), &st) != 0) raise_os_error(errno);
  return make_stat_result(st);
}

// ---- directories ---------------------------------------------------------------------------------

Object* posix_getcwd(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.getcwd", kw);
  check_nargs("posix.getcwd", nargs, 0, 0);
  char buf[PATH_MAX + 1];
  if (!::getcwd(buf, sizeof buf)) raise_os_error(errno);
  return decode_fs(buf, std::strlen(buf));
}

Object* posix_getcwdb(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.getcwdb", kw);
  check_nargs("posix.getcwdb", nargs, 0, 0);
  char buf[PATH_MAX + 1];
  if (!::getcwd(buf, sizeof buf)) raise_os_error(errno);
  return bytes_from(buf, std::strlen(buf));
}

Object* posix_chdir(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path"};
  Object* v[1];
  parse_args("chdir", args, nargs, kw, names, 1, 1, 0, 1, v);
  PathArg p;
  convert_path("chdir", "path", v[0], kAllowFd, &p);
  int r = p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r != 0) raise_path_error(p);
  return Py_None;
}

Object* posix_listdir(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path"};
  Object* v[1];
  parse_args("listdir", args, nargs, kw, names, 1, 0, 0, 1, v);
  PathArg p;
  if (v[0]) convert_path("listdir", "path", v[0], kAllowFd | kAllowNone, &p);
  else p.path = ".";
  DIR* d;
  if (p.fd >= 0) {
    int fd2 = ::dup(p.fd);
    if (fd2 < 0) raise_os_error(errno);
    d = ::fdopendir(fd2);
    if (!d) {
      int e = errno;
      ::close(fd2);
      raise_os_error(e);
    }
    ::rewinddir(d);
  } else {
    d = ::opendir(p.path.c_str());
    if (!d) raise_path_error(p);
  }
  ListObject* out = list_new(0);
  for (;;) {
    errno = 0;
    struct dirent* e = ::readdir(d);
    if (!e) {
      if (errno != 0) {
        int err = errno;
        ::closedir(d);
        errno = err;
        raise_path_error(p);
      }
      break;
    }
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
    list_append(out, fs_result(n, std::strlen(n), p.is_bytes));
  }
  ::closedir(d);
  return out;
}

Object* posix_mkdir(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd"};
  Object* v[3];
  parse_args("mkdir", args, nargs, kw, names, 3, 1, 0, 2, v);
  PathArg p;
  convert_path("mkdir", "path", v[0], 0, &p);
  int mode = v[1] ? int_param(v[1]) : 0777;
  if (::mkdirat(dir_fd_param(v[2]), p.path.c_str(), static_cast<mode_t>(mode)) != 0)
    raise_path_error(p);
  return Py_None;
}

Object* posix_rmdir(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "dir_fd"};
  Object* v[2];
  parse_args("rmdir", args, nargs, kw, names, 2, 1, 0, 1, v);
  PathArg p;
  convert_path("rmdir", "path", v[0], 0, &p);
  if (::unlinkat(dir_fd_param(v[1]), p.path.c_str(), AT_REMOVEDIR) != 0) raise_path_error(p);
  return Py_None;
}

Object* do_unlink(const char* fname, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "dir_fd"};
  Object* v[2];
  parse_args(fname, args, nargs, kw, names, 2, 1, 0, 1, v);
  PathArg p;
  convert_path(fname, "path", v[0], 0, &p);
  if (::unlinkat(dir_fd_param(v[1]), p.path.c_str(), 0) != 0) raise_path_error(p);
  return Py_None;
}

Object* posix_remove(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_unlink("remove", args, nargs, kw);
}

Object* posix_unlink(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_unlink("unlink", args, nargs, kw);
}

Object* do_rename(const char* fname, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
  Object* v[4];
  parse_args(fname, args, nargs, kw, names, 4, 2, 0, 2, v);
  PathArg a, b;
  convert_path(fname, "src", v[0], 0, &a);
  convert_path(fname, "dst", v[1], 0, &b);
  if (::renameat(dir_fd_param(v[2]), a.path.c_str(), dir_fd_param(v[3]), b.path.c_str()) != 0)
    raise_path_error2(a, b);
  return Py_None;
}

Object* posix_rename(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_rename("rename", args, nargs, kw);
}

Object* posix_replace(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_rename("replace", args, nargs, kw);
}

Object* posix_symlink(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
  Object* v[4];
  parse_args("symlink", args, nargs, kw, names, 4, 2, 0, 3, v);
  PathArg a, b;
  convert_path("symlink", "src", v[0], 0, &a);
  convert_path("symlink", "dst", v[1], 0, &b);
  if (::symlinkat(a.path.c_str(), dir_fd_param(v[3]), b.path.c_str()) != 0)
    raise_path_error2(a, b);
  return Py_None;
}

Object* posix_link(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
  Object* v[5];
  parse_args("link", args, nargs, kw, names, 5, 2, 0, 2, v);
  PathArg a, b;
  convert_path("link", "src", v[0], 0, &a);
  convert_path("link", "dst", v[1], 0, &b);
  if (::link(a.path.c_str(), b.path.c_str()) != 0) raise_path_error2(a, b);
  return Py_None;
}

Object* posix_readlink(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "dir_fd"};
  Object* v[2];
  parse_args("readlink", args, nargs, kw, names, 2, 1, 0, 1, v);
  PathArg p;
  convert_path("readlink", "path", v[0], 0, &p);
  char buf[PATH_MAX + 1];
  ssize_t n = ::readlinkat(dir_fd_param(v[1]), p.path.c_str(), buf, sizeof buf);
  if (n < 0) raise_path_error(p);
  return fs_result(buf, static_cast<size_t>(n), p.is_bytes);
}

Object* posix_access(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd", "effective_ids",
                                      "follow_symlinks"};
  Object* v[5];
  parse_args("access", args, nargs, kw, names, 5, 2, 0, 2, v);
  PathArg p;
  convert_path("access", "path", v[0], 0, &p);
  int mode = int_param(v[1]);
  int flags = 0;
  if (v[3] && is_true(v[3])) flags |= AT_EACCESS;
  if (v[4] && !is_true(v[4])) flags |= AT_SYMLINK_NOFOLLOW;
  return py_bool(::faccessat(dir_fd_param(v[2]), p.path.c_str(), mode, flags) == 0);
}

Object* posix_chmod(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
  Object* v[4];
  parse_args("chmod", args, nargs, kw, names, 4, 2, 0, 2, v);
  PathArg p;
  convert_path("chmod", "path", v[0], kAllowFd, &p);
  int mode = int_param(v[1]);
  int r = p.fd >= 0 ? ::fchmod(p.fd, static_cast<mode_t>(mode))
                    : ::fchmodat(dir_fd_param(v[2]), p.path.c_str(), static_cast<mode_t>(mode), 0);
  if (r != 0) raise_path_error(p);
  return Py_None;
}

Object* posix_truncate(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "length"};
  Object* v[2];
  parse_args("truncate", args, nargs, kw, names, 2, 2, 0, 2, v);
  PathArg p;
  convert_path("truncate", "path", v[0], kAllowFd, &p);
  intptr_t len = index_value(v[1]);
  int r = p.fd >= 0 ? ::ftruncate(p.fd, len) : ::truncate(p.path.c_str(), len);
  if (r != 0) raise_path_error(p);
  return Py_None;
}

Object* posix_utime(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  Object* v[5];
  parse_args("utime", args, nargs, kw, names, 5, 1, 0, 2, v);
  PathArg p;
  convert_path("utime", "path", v[0], kAllowFd, &p);
  struct timespec ts[2];
  struct timespec* tsp = nullptr;
  if (v[1] && v[1] != Py_None) {
    if (v[2]) raise_value_error("utime: you may specify either 'times' or 'ns' but not both");
    if (!is_tuple(v[1]) || tuple_size(v[1]) != 2)
      raise_type_error("utime: 'times' must be either a tuple of two ints or None");
    for (int i = 0; i < 2; ++i) {
      Object* t = tuple_item(v[1], i);
      double d = is_float(t) ? float_value(t) : int_as_double(number_index(t));
      double whole = d >= 0 ? static_cast<double>(static_cast<long long>(d))
                            : static_cast<double>(static_cast<long long>(d));
      double frac = d - whole;
      if (frac < 0) {
        whole -= 1;
        frac += 1;
      }
      ts[i].tv_sec = static_cast<time_t>(whole);
      ts[i].tv_nsec = static_cast<long>(frac * 1e9);
    }
    tsp = ts;
  } else if (v[2]) {
    if (!is_tuple(v[2]) || tuple_size(v[2]) != 2)
      raise_type_error("utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; ++i) {
      Object* n = number_index(tuple_item(v[2], i));
      Object* qr = int_divmod(n, int_from_intptr(1000000000));
      ts[i].tv_sec = static_cast<time_t>(int_as_intptr(tuple_item(qr, 0)));
      ts[i].tv_nsec = static_cast<long>(int_as_intptr(tuple_item(qr, 1)));
    }
    tsp = ts;
  }
  bool follow = !v[4] || is_true(v[4]);
  int r = p.fd >= 0 ? ::futimens(p.fd, tsp)
                    : ::utimensat(dir_fd_param(v[3]), p.path.c_str(), tsp,
                                  follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) raise_path_error(p);
  return Py_None;
}

// ---- file descriptors ----------------------------------------------------------------------------

Object* posix_open(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "flags", "mode", "dir_fd"};
  Object* v[4];
  parse_args("open", args, nargs, kw, names, 4, 2, 0, 3, v);
  PathArg p;
  convert_path("open", "path", v[0], 0, &p);
  int flags = int_param(v[1]);
  int mode = v[2] ? int_param(v[2]) : 0777;
  int fd;
  do {
    fd = ::openat(dir_fd_param(v[3]), p.path.c_str(), flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) raise_path_error(p);
  return make_small_int(fd);
}

Object* posix_close(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"fd"};
  Object* v[1];
  parse_args("close", args, nargs, kw, names, 1, 1, 0, 1, v);
  if (::close(fd_param(v[0])) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_read(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.read", kw);
  if (nargs != 2) raise_type_error("read expected 2 arguments, got %zu", nargs);
  int fd = fd_param(args[0]);
  intptr_t n = index_value(args[1]);
  if (n < 0) {
    errno = EINVAL;
    raise_os_error(errno);
  }
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t r;
  do {
    r = ::read(fd, buf.data(), static_cast<size_t>(n));
  } while (r < 0 && errno == EINTR);
  if (r < 0) raise_os_error(errno);
  return bytes_from(buf.data(), static_cast<size_t>(r));
}

Object* posix_write(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.write", kw);
  if (nargs != 2) raise_type_error("write expected 2 arguments, got %zu", nargs);
  int fd = fd_param(args[0]);
  const char* data;
  intptr_t size;
  if (!get_buffer(args[1], &data, &size))
    raise_type_error("a bytes-like object is required, not '%s'", type_name(args[1]));
  ssize_t r;
  do {
    r = ::write(fd, data, static_cast<size_t>(size));
  } while (r < 0 && errno == EINTR);
  if (r < 0) raise_os_error(errno);
  return int_from_intptr(r);
}

Object* posix_lseek(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.lseek", kw);
  if (nargs != 3) raise_type_error("lseek expected 3 arguments, got %zu", nargs);
  int fd = fd_param(args[0]);
  intptr_t pos = index_value(args[1]);
  int how = int_param(args[2]);
  off_t r = ::lseek(fd, pos, how);
  if (r < 0) raise_os_error(errno);
  return int_from_intptr(r);
}

Object* posix_isatty(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.isatty", kw);
  check_nargs("posix.isatty", nargs, 1, 1);
  Object* const* v = args;
  return py_bool(::isatty(fd_param(v[0])));
}

Object* posix_pipe(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.pipe", kw);
  check_nargs("posix.pipe", nargs, 0, 0);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raise_os_error(errno);
  return tuple_pack({make_small_int(fds[0]), make_small_int(fds[1])});
}

Object* posix_dup(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.dup", kw);
  check_nargs("posix.dup", nargs, 1, 1);
  Object* const* v = args;
  int fd = ::fcntl(fd_param(v[0]), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raise_os_error(errno);
  return make_small_int(fd);
}

Object* posix_fsync(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"fd"};
  Object* v[1];
  parse_args("fsync", args, nargs, kw, names, 1, 1, 0, 1, v);
  Object* f = v[0];
  if (!is_int(f)) f = call_method_cstr(f, "fileno", nullptr, 0);
  if (::fsync(fd_param(f)) != 0) raise_os_error(errno);
  return Py_None;
}

// ---- process ---------------------------------------------------------------------------------------

#define SLOTPY_ID_FN_(name, expr)                                               \
  Object* posix_##name(Object*, Object* const*, size_t nargs, TupleObject* kw) { \
    check_no_kwargs("posix." #name, kw);                                        \
    check_nargs("posix." #name, nargs, 0, 0);                                   \
    return int_from_intptr(static_cast<intptr_t>(expr));                        \
  }
SLOTPY_ID_FN_(getpid, ::getpid())
SLOTPY_ID_FN_(getppid, ::getppid())
SLOTPY_ID_FN_(getuid, ::getuid())
SLOTPY_ID_FN_(geteuid, ::geteuid())
SLOTPY_ID_FN_(getgid, ::getgid())
SLOTPY_ID_FN_(getegid, ::getegid())
SLOTPY_ID_FN_(getpgrp, ::getpgrp())
#undef SLOTPY_ID_FN_

Object* posix_cpu_count(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.cpu_count", kw);
  check_nargs("posix.cpu_count", nargs, 0, 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? int_from_intptr(n) : Py_None;
}

Object* posix_urandom(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.urandom", kw);
  check_nargs("posix.urandom", nargs, 1, 1);
  Object* const* v = args;
  if (is_float(v[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  intptr_t n = index_value(v[0]);
  if (n < 0) raise_value_error("negative argument not allowed");
  BytesObject* b = bytes_new_uninit(n);
  char* p = b->data;
  size_t left = static_cast<size_t>(n);
  while (left > 0) {
    ssize_t r = ::getrandom(p, left, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_os_error(errno);
    }
    p += r;
    left -= static_cast<size_t>(r);
  }
  return b;
}

Object* posix_strerror(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.strerror", kw);
  check_nargs("posix.strerror", nargs, 1, 1);
  Object* const* v = args;
  int code = int_param(v[0]);
  return str_from_cstr(std::strerror(code));
}

Object* posix_umask(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.umask", kw);
  check_nargs("posix.umask", nargs, 1, 1);
  Object* const* v = args;
  return make_small_int(::umask(static_cast<mode_t>(int_param(v[0]))));
}

// putenv/unsetenv names and values: str (encoded) or bytes.
std::string env_arg(const char* func, Object* o, bool is_name) {
  (void)func;
  std::string s;
  if (is_str(o)) {
    s = encode_fs(static_cast<StrObject*>(o));
  } else if (is_bytes(o)) {
    s.assign(bytes_data(o), static_cast<size_t>(bytes_size(o)));
  } else {
    bool ok;
    Object* p = fspath_of(o, &ok);
    if (!ok) raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(o));
    return env_arg(func, p, is_name);
  }
  if (s.find('\0') != std::string::npos) raise_value_error("embedded null byte");
  // An empty name fails in setenv() (EINVAL); unsetenv() leaves '=' to the C library too.
  if (is_name && s.find('=') != std::string::npos) raise_value_error("illegal environment variable name");
  return s;
}

Object* posix_putenv(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.putenv", kw);
  if (nargs != 2) raise_type_error("putenv expected 2 arguments, got %zu", nargs);
  std::string name = env_arg("putenv", args[0], true);
  std::string value = env_arg("putenv", args[1], false);
  if (::setenv(name.c_str(), value.c_str(), 1) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_unsetenv(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.unsetenv", kw);
  check_nargs("posix.unsetenv", nargs, 1, 1);
  Object* const* v = args;
  std::string name = env_arg("unsetenv", v[0], false);
  if (::unsetenv(name.c_str()) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_fspath(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path"};
  Object* v[1];
  parse_args("fspath", args, nargs, kw, names, 1, 1, 0, 1, v);
  bool ok;
  Object* r = fspath_of(v[0], &ok);
  if (!ok) raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(v[0]));
  return r;
}

std::string fs_converter(Object* o);

Object* posix_system(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"command"};
  Object* v[1];
  parse_args("system", args, nargs, kw, names, 1, 1, 0, 1, v);
  std::string command = fs_converter(v[0]);
  // As CPython, sys.stdout is not flushed first.
  int r = std::system(command.c_str());
  return int_from_intptr(r);
}

Object* posix_exit(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"status"};
  Object* v[1];
  parse_args("_exit", args, nargs, kw, names, 1, 1, 0, 1, v);
  ::_exit(int_param(v[0]));
}

Object* posix_waitstatus_to_exitcode(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"status"};
  Object* v[1];
  parse_args("waitstatus_to_exitcode", args, nargs, kw, names, 1, 1, 0, 1, v);
  int st = int_param(v[0]);
  if (WIFEXITED(st)) return make_small_int(WEXITSTATUS(st));
  if (WIFSIGNALED(st)) return make_small_int(-WTERMSIG(st));
  if (WIFSTOPPED(st)) raise_value_error("process stopped by delivery of signal %d", WSTOPSIG(st));
  raise_value_error("invalid wait status: %d", st);
}

// ---- processes: fork, exec, wait, signals, process groups -----------------------------------------

Object* posix_fork(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.fork", kw);
  check_nargs("posix.fork", nargs, 0, 0);
  pid_t pid = ::fork();
  if (pid < 0) raise_os_error(errno);
  return int_from_intptr(pid);
}

// An argv item or an environment entry: str, bytes or os.PathLike, without NUL bytes.
std::string fs_converter(Object* o) {
  std::string s;
  bool ok;
  Object* p = fspath_of(o, &ok);
  if (!ok) raise_type_error("expected str, bytes or os.PathLike object, not %s", type_name(o));
  if (is_str(p)) s = encode_fs(static_cast<StrObject*>(p));
  else s.assign(bytes_data(p), static_cast<size_t>(bytes_size(p)));
  if (s.find('\0') != std::string::npos) raise_value_error("embedded null byte");
  return s;
}

// argv for execv/execve; `func` selects CPython's two message styles.
std::vector<std::string> exec_argv(Object* argv, bool is_execve) {
  if (!is_list(argv) && !is_tuple(argv))
    raise_type_error(is_execve ? "execve: argv must be a tuple or list"
                               : "execv() arg 2 must be a tuple or list");
  intptr_t n = length(argv);
  if (n < 1)
    raise_value_error(is_execve ? "execve: argv must not be empty" : "execv() arg 2 must not be empty");
  std::vector<std::string> out;
  for (intptr_t i = 0; i < n; ++i) {
    Object* item = get_item(argv, make_small_int(i));
    out.push_back(fs_converter(item));
    if (i == 0 && out[0].empty())
      raise_value_error(is_execve ? "execve: argv first element cannot be empty"
                                  : "execv() arg 2 first element cannot be empty");
  }
  return out;
}

std::vector<std::string> exec_env(Object* env) {
  static StrObject* getitem = intern("__getitem__");
  if (!type_lookup(type_of(env), getitem))
    raise_type_error("execve: environment must be a mapping object");
  Object* keys = call_method_cstr(env, "keys", nullptr, 0);
  Object* values = call_method_cstr(env, "values", nullptr, 0);
  Object* const* ks;
  Object* const* vs;
  intptr_t nk, nv;
  keys = sequence_fast(keys, "env.keys() or env.values() is not a list", &ks, &nk);
  values = sequence_fast(values, "env.keys() or env.values() is not a list", &vs, &nv);
  std::vector<std::string> out;
  for (intptr_t i = 0; i < nk && i < nv; ++i) {
    std::string k = fs_converter(ks[i]);
    std::string v = fs_converter(vs[i]);
    if (k.empty() || k.find('=') != std::string::npos)
      raise_value_error("illegal environment variable name");
    out.push_back(k + "=" + v);
  }
  return out;
}

std::vector<char*> c_array(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Object* posix_execv(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.execv", kw);
  if (nargs != 2) raise_type_error("execv expected 2 arguments, got %zu", nargs);
  PathArg p;
  convert_path("execv", "path", args[0], 0, &p);
  std::vector<std::string> argv = exec_argv(args[1], false);
  std::vector<char*> cargv = c_array(argv);
  ::execv(p.path.c_str(), cargv.data());
  raise_os_error(errno);
}

Object* posix_execve(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"path", "argv", "env"};
  Object* v[3];
  parse_args("execve", args, nargs, kw, names, 3, 3, 0, 3, v);
  PathArg p;
  convert_path("execve", "path", v[0], kAllowFd, &p);
  std::vector<std::string> argv = exec_argv(v[1], true);
  std::vector<std::string> env = exec_env(v[2]);
  std::vector<char*> cargv = c_array(argv);
  std::vector<char*> cenv = c_array(env);
  if (p.fd >= 0) ::fexecve(p.fd, cargv.data(), cenv.data());
  else ::execve(p.path.c_str(), cargv.data(), cenv.data());
  raise_path_error(p);
}

Object* posix_waitpid(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.waitpid", kw);
  if (nargs != 2) raise_type_error("waitpid() takes exactly 2 arguments (%zu given)", nargs);
  pid_t pid = int_param(args[0]);
  int options = int_param(args[1]);
  int status = 0;
  pid_t r;
  do {
    r = ::waitpid(pid, &status, options);
    if (r < 0 && errno == EINTR) check_interrupt();
  } while (r < 0 && errno == EINTR);
  if (r < 0) raise_os_error(errno);
  return tuple_pack({int_from_intptr(r), int_from_intptr(status)});
}

Object* posix_wait(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.wait", kw);
  check_nargs("posix.wait", nargs, 0, 0);
  int status = 0;
  pid_t r;
  do {
    r = ::wait(&status);
    if (r < 0 && errno == EINTR) check_interrupt();
  } while (r < 0 && errno == EINTR);
  if (r < 0) raise_os_error(errno);
  return tuple_pack({int_from_intptr(r), int_from_intptr(status)});
}

int status_param(const char* fname, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"status"};
  Object* v[1];
  parse_args(fname, args, nargs, kw, names, 1, 1, 0, 1, v);
  return int_param(v[0]);
}

#define SLOTPY_WAIT_FN_(name, expr)                                                         \
  Object* posix_##name(Object*, Object* const* args, size_t nargs, TupleObject* kw) {       \
    int status = status_param(#name, args, nargs, kw);                                     \
    return expr;                                                                            \
  }
SLOTPY_WAIT_FN_(WIFEXITED, py_bool(WIFEXITED(status)))
SLOTPY_WAIT_FN_(WEXITSTATUS, make_small_int(WEXITSTATUS(status)))
SLOTPY_WAIT_FN_(WIFSIGNALED, py_bool(WIFSIGNALED(status)))
SLOTPY_WAIT_FN_(WTERMSIG, make_small_int(WTERMSIG(status)))
SLOTPY_WAIT_FN_(WIFSTOPPED, py_bool(WIFSTOPPED(status)))
SLOTPY_WAIT_FN_(WSTOPSIG, make_small_int(WSTOPSIG(status)))
SLOTPY_WAIT_FN_(WIFCONTINUED, py_bool(WIFCONTINUED(status)))
SLOTPY_WAIT_FN_(WCOREDUMP, py_bool(WCOREDUMP(status)))
#undef SLOTPY_WAIT_FN_

// f(a, b, /) taking two C ints.
// (`expected` selects the "f expected 2 arguments, got 1" wording of some of them.)
void two_ints(const char* fname, Object* const* args, size_t nargs, TupleObject* kw, int* a, int* b,
              bool expected = false) {
  std::string qual = std::string("posix.") + fname;
  check_no_kwargs(qual.c_str(), kw);
  if (nargs != 2) {
    if (expected) raise_type_error("%s expected 2 arguments, got %zu", fname, nargs);
    raise_type_error("%s() takes exactly 2 arguments (%zu given)", fname, nargs);
  }
  *a = int_param(args[0]);
  *b = int_param(args[1]);
}

// f(a, /) taking one C int.
int one_int(const char* fname, Object* const* args, size_t nargs, TupleObject* kw) {
  std::string qual = std::string("posix.") + fname;
  check_no_kwargs(qual.c_str(), kw);
  check_nargs(qual.c_str(), nargs, 1, 1);
  return int_param(args[0]);
}

Object* posix_kill(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int pid, sig;
  two_ints("kill", args, nargs, kw, &pid, &sig);
  if (::kill(pid, sig) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_killpg(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int pgid, sig;
  two_ints("killpg", args, nargs, kw, &pgid, &sig);
  if (::killpg(pgid, sig) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_setpgid(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int pid, pgrp;
  two_ints("setpgid", args, nargs, kw, &pid, &pgrp);
  if (::setpgid(pid, pgrp) != 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_getpgid(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"pid"};
  Object* v[1];
  parse_args("getpgid", args, nargs, kw, names, 1, 1, 0, 1, v);
  pid_t r = ::getpgid(int_param(v[0]));
  if (r < 0) raise_os_error(errno);
  return int_from_intptr(r);
}

Object* posix_getsid(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  pid_t r = ::getsid(one_int("getsid", args, nargs, kw));
  if (r < 0) raise_os_error(errno);
  return int_from_intptr(r);
}

Object* posix_setsid(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.setsid", kw);
  check_nargs("posix.setsid", nargs, 0, 0);
  if (::setsid() < 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_setpgrp(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.setpgrp", kw);
  check_nargs("posix.setpgrp", nargs, 0, 0);
  if (::setpgid(0, 0) < 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_dup2(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"fd", "fd2", "inheritable"};
  Object* v[3];
  parse_args("dup2", args, nargs, kw, names, 3, 2, 0, 3, v);
  int fd = int_param(v[0]);
  int fd2 = int_param(v[1]);
  bool inheritable = !v[2] || is_true(v[2]);
  // dup3() refuses fd == fd2 (EINVAL), as CPython reports for inheritable=False.
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) raise_os_error(errno);
  return make_small_int(r);
}

Object* posix_pipe2(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int flags = one_int("pipe2", args, nargs, kw);
  int fds[2];
  if (::pipe2(fds, flags) != 0) raise_os_error(errno);
  return tuple_pack({make_small_int(fds[0]), make_small_int(fds[1])});
}

Object* posix_get_inheritable(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int flags = ::fcntl(one_int("get_inheritable", args, nargs, kw), F_GETFD);
  if (flags < 0) raise_os_error(errno);
  return py_bool(!(flags & FD_CLOEXEC));
}

Object* posix_set_inheritable(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int fd, inheritable;
  two_ints("set_inheritable", args, nargs, kw, &fd, &inheritable, true);
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) raise_os_error(errno);
  int nflags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (nflags != flags && ::fcntl(fd, F_SETFD, nflags) < 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_get_blocking(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int flags = ::fcntl(one_int("get_blocking", args, nargs, kw), F_GETFL);
  if (flags < 0) raise_os_error(errno);
  return py_bool(!(flags & O_NONBLOCK));
}

Object* posix_set_blocking(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int fd, blocking;
  two_ints("set_blocking", args, nargs, kw, &fd, &blocking, true);
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) raise_os_error(errno);
  int nflags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (nflags != flags && ::fcntl(fd, F_SETFL, nflags) < 0) raise_os_error(errno);
  return Py_None;
}

Object* posix_closerange(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  int lo, hi;
  two_ints("closerange", args, nargs, kw, &lo, &hi, true);
  if (lo < 0) lo = 0;
  for (int fd = lo; fd < hi; ++fd) ::close(fd);
  return Py_None;
}

const MethodDef posix_process_functions[] = {
    {"fork", posix_fork, METH_DEFAULT, "Fork a child process."},
    {"execv", posix_execv, METH_DEFAULT, "Execute an executable path with arguments, replacing current process."},
    {"execve", posix_execve, METH_DEFAULT, "Execute an executable path with arguments, replacing current process."},
    {"waitpid", posix_waitpid, METH_DEFAULT, "Wait for completion of a given child process."},
    {"wait", posix_wait, METH_DEFAULT, "Wait for completion of a child process."},
    {"WIFEXITED", posix_WIFEXITED, METH_DEFAULT, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", posix_WEXITSTATUS, METH_DEFAULT, "Return the process return code from status."},
    {"WIFSIGNALED", posix_WIFSIGNALED, METH_DEFAULT, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", posix_WTERMSIG, METH_DEFAULT, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", posix_WIFSTOPPED, METH_DEFAULT, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", posix_WSTOPSIG, METH_DEFAULT, "Return the signal that stopped the process that provided the status value."},
    {"WIFCONTINUED", posix_WIFCONTINUED, METH_DEFAULT, "Return True if a particular process was continued from a job control stop."},
    {"WCOREDUMP", posix_WCOREDUMP, METH_DEFAULT, "Return True if the process returning status was dumped to a core file."},
    {"kill", posix_kill, METH_DEFAULT, "Kill a process with a signal."},
    {"killpg", posix_killpg, METH_DEFAULT, "Kill a process group with a signal."},
    {"setpgid", posix_setpgid, METH_DEFAULT, "Call the system call setpgid(pid, pgrp)."},
    {"getpgid", posix_getpgid, METH_DEFAULT, "Call the system call getpgid(), and return the result."},
    {"getsid", posix_getsid, METH_DEFAULT, "Call the system call getsid(pid) and return the result."},
    {"setsid", posix_setsid, METH_DEFAULT, "Call the system call setsid()."},
    {"setpgrp", posix_setpgrp, METH_DEFAULT, "Make the current process the leader of its process group."},
    {"dup2", posix_dup2, METH_DEFAULT, "Duplicate file descriptor."},
    {"pipe2", posix_pipe2, METH_DEFAULT, "Create a pipe with flags set atomically."},
    {"get_inheritable", posix_get_inheritable, METH_DEFAULT, "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", posix_set_inheritable, METH_DEFAULT, "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", posix_get_blocking, METH_DEFAULT, "Get the blocking mode of the file descriptor."},
    {"set_blocking", posix_set_blocking, METH_DEFAULT, "Set the blocking mode of the specified file descriptor."},
    {"closerange", posix_closerange, METH_DEFAULT, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {nullptr, nullptr, 0, nullptr}};

Object* posix_uname(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.uname", kw);
  check_nargs("posix.uname", nargs, 0, 0);
  if (!g_uname_result) {
    static const char* const fields[] = {"sysname", "nodename", "release", "version", "machine"};
    g_uname_result = structseq_new_type(
        "posix.uname_result", fields, 5, 5, true,
        "uname_result: Result from os.uname().\n\nThis object may be accessed either as a "
        "tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes "
        "sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.");
  }
  struct utsname u;
  if (::uname(&u) != 0) raise_os_error(errno);
  Object* v[5] = {decode_fs(u.sysname, std::strlen(u.sysname)),
                  decode_fs(u.nodename, std::strlen(u.nodename)),
                  decode_fs(u.release, std::strlen(u.release)),
                  decode_fs(u.version, std::strlen(u.version)),
                  decode_fs(u.machine, std::strlen(u.machine))};
  return structseq_new(g_uname_result, v);
}

TypeObject* terminal_size_type() {
  if (!g_terminal_size) {
    static const char* const fields[] = {"columns", "lines"};
    g_terminal_size = structseq_new_type(
        "os.terminal_size", fields, 2, 2, true,
        "A tuple of (columns, lines) for holding terminal window size");
  }
  return g_terminal_size;
}

const MethodDef posix_functions[] = {
    {"stat", posix_stat, METH_DEFAULT, "Perform a stat system call on the given path."},
    {"lstat", posix_lstat, METH_DEFAULT, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", posix_fstat, METH_DEFAULT, "Perform a stat system call on the given file descriptor."},
    {"getcwd", posix_getcwd, METH_DEFAULT, "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, METH_DEFAULT, "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir, METH_DEFAULT, "Change the current working directory to the specified path."},
    {"listdir", posix_listdir, METH_DEFAULT, "Return a list containing the names of the files in the directory."},
    {"mkdir", posix_mkdir, METH_DEFAULT, "Create a directory."},
    {"rmdir", posix_rmdir, METH_DEFAULT, "Remove a directory."},
    {"remove", posix_remove, METH_DEFAULT, "Remove a file (same as unlink())."},
    {"unlink", posix_unlink, METH_DEFAULT, "Remove a file (same as remove())."},
    {"rename", posix_rename, METH_DEFAULT, "Rename a file or directory."},
    {"replace", posix_replace, METH_DEFAULT, "Rename a file or directory, overwriting the destination."},
    {"symlink", posix_symlink, METH_DEFAULT, "Create a symbolic link pointing to src named dst."},
    {"link", posix_link, METH_DEFAULT, "Create a hard link to a file."},
    {"readlink", posix_readlink, METH_DEFAULT, "Return a string representing the path to which the symbolic link points."},
    {"access", posix_access, METH_DEFAULT, "Use the real uid/gid to test for access to a path."},
    {"chmod", posix_chmod, METH_DEFAULT, "Change the access permissions of a file."},
    {"truncate", posix_truncate, METH_DEFAULT, "Truncate a file, specified by path, to a specific length."},
    {"utime", posix_utime, METH_DEFAULT, "Set the access and modified time of path."},
    {"open", posix_open, METH_DEFAULT, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close, METH_DEFAULT, "Close a file descriptor."},
    {"read", posix_read, METH_DEFAULT, "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write, METH_DEFAULT, "Write a bytes object to a file descriptor."},
    {"lseek", posix_lseek, METH_DEFAULT, "Set the position of a file descriptor.  Return the new position."},
    {"isatty", posix_isatty, METH_DEFAULT, "Return True if the fd is connected to a terminal."},
    {"pipe", posix_pipe, METH_DEFAULT, "Create a pipe."},
    {"dup", posix_dup, METH_DEFAULT, "Return a duplicate of a file descriptor."},
    {"fsync", posix_fsync, METH_DEFAULT, "Force write of fd to disk."},
    {"getpid", posix_getpid, METH_DEFAULT, "Return the current process id."},
    {"getppid", posix_getppid, METH_DEFAULT, "Return the parent's process id."},
    {"getuid", posix_getuid, METH_DEFAULT, "Return the current process's user id."},
    {"geteuid", posix_geteuid, METH_DEFAULT, "Return the current process's effective user id."},
    {"getgid", posix_getgid, METH_DEFAULT, "Return the current process's group id."},
    {"getegid", posix_getegid, METH_DEFAULT, "Return the current process's effective group id."},
    {"getpgrp", posix_getpgrp, METH_DEFAULT, "Return the current process group id."},
    {"cpu_count", posix_cpu_count, METH_DEFAULT, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", posix_urandom, METH_DEFAULT, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", posix_strerror, METH_DEFAULT, "Translate an error code to a message string."},
    {"umask", posix_umask, METH_DEFAULT, "Set the current numeric umask and return the previous umask."},
    {"putenv", posix_putenv, METH_DEFAULT, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, METH_DEFAULT, "Delete an environment variable."},
    {"fspath", posix_fspath, METH_DEFAULT, "Return the file system path representation of the object."},
    {"system", posix_system, METH_DEFAULT, "Execute the command in a subshell."},
    {"_exit", posix_exit, METH_DEFAULT, "Exit to the system with specified status, without normal exit processing."},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, METH_DEFAULT, "Convert a wait status to an exit code."},
    {"uname", posix_uname, METH_DEFAULT, "Return an object identifying the current operating system."},
    {nullptr, nullptr, 0, nullptr}};

Object* posix_get_terminal_size(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("posix.get_terminal_size", kw);
  check_nargs("get_terminal_size", nargs, 0, 1);
  int fd = nargs ? fd_param(args[0]) : 1;
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) raise_os_error(errno);
  Object* v[2] = {make_small_int(w.ws_col), make_small_int(w.ws_row)};
  return structseq_new(terminal_size_type(), v);
}

const MethodDef posix_more_functions[] = {
    {"get_terminal_size", posix_get_terminal_size, METH_DEFAULT, "Return the size of the terminal window as (columns, lines)."},
    {nullptr, nullptr, 0, nullptr}};

DictObject* environ_dict() {
  DictObject* d = dict_new();
  for (char** e = ::environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Object* k = bytes_from(*e, static_cast<size_t>(eq - *e));
    if (dict_contains(d, k)) continue;  // the first definition wins, as getenv()
    dict_set(d, k, bytes_from(eq + 1, std::strlen(eq + 1)));
  }
  return d;
}

}  // namespace

Object* create_module_posix() {
  ModuleObject* m = module_new("posix");
  module_add(m, "__doc__",
             str_from_cstr("This module provides access to operating system functionality that "
                           "is\nstandardized by the C Standard and the POSIX standard (a "
                           "thinly\ndisguised Unix interface).  Refer to the library manual "
                           "and\ncorresponding Unix manual entries for more information on "
                           "calls."));
  module_add_functions(m, posix_functions);
  module_add_functions(m, posix_more_functions);
  module_add_functions(m, posix_process_functions);
  module_add(m, "stat_result", stat_result_type());
  module_add(m, "terminal_size", terminal_size_type());
  module_add(m, "environ", environ_dict());
  module_add(m, "error", Exc_OSError);
  struct IntConst {
    const char* name;
    long value;
  };
  static const IntConst consts[] = {
      {"F_OK", F_OK},           {"R_OK", R_OK},           {"W_OK", W_OK},
      {"X_OK", X_OK},           {"O_RDONLY", O_RDONLY},   {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},       {"O_APPEND", O_APPEND},   {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},       {"O_TRUNC", O_TRUNC},     {"O_NONBLOCK", O_NONBLOCK},
      {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_SYNC", O_SYNC},       {"O_NOCTTY", O_NOCTTY},   {"O_ACCMODE", O_ACCMODE},
      {"SEEK_SET", SEEK_SET},   {"SEEK_CUR", SEEK_CUR},   {"SEEK_END", SEEK_END},
      {"EX_OK", 0},             {"WNOHANG", WNOHANG},
      {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
  };
  for (const IntConst& c : consts) module_add(m, c.name, int_from_intptr(c.value));
  return m;
}

}  // namespace slotpy
