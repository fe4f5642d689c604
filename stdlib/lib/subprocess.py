"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their input/output/error pipes, and obtain
their return codes.

Main API
========
run(...): Runs a command, waits for it to complete, then returns a CompletedProcess instance.
Popen(...): A class for flexibly executing a command in a new process

Constants
---------
DEVNULL: Special value that indicates that os.devnull should be used
PIPE:    Special value that indicates a pipe should be created
STDOUT:  Special value that indicates that stderr should go to stdout
"""

import builtins
import errno
import os
import sys
import time
import types
import _posixsubprocess
import select as _select

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(_select, 'PIPE_BUF', 512)
_time = time.monotonic


# ---- exceptions --------------------------------------------------------------------------------

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit
    status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ImportError, ValueError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ---- high level API ----------------------------------------------------------------------------

class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or timeout, then return the
    returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If the exit code was zero
    then return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the MS C runtime
    rules (double quotes group, backslashes escape only before quotes)."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(' ')
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            out.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                out.append('\\' * (backslashes * 2 + 1))
                out.append('"')
                backslashes = 0
            else:
                if backslashes:
                    out.append('\\' * backslashes)
                    backslashes = 0
                out.append(c)
        if backslashes:
            out.append('\\' * (backslashes * 2 if quote else backslashes))
        if quote:
            out.append('"')
    return ''.join(out)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    The output has its trailing newline stripped; stderr is included."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout and stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# ---- Popen -------------------------------------------------------------------------------------

def _fileno(obj):
    return obj if isinstance(obj, int) else obj.fileno()


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'

        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
                bufsize = -1
            else:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)

        if process_group is None:
            process_group = -1
        gid = None
        if group is not None:
            if not isinstance(group, int):
                raise TypeError("Group must be a string or an integer, not {}".format(type(group)))
            if group < 0:
                raise ValueError("Group ID cannot be negative, got %s" % group)
            gid = group
        gids = None
        if extra_groups is not None:
            gids = []
            for g in extra_groups:
                if not isinstance(g, int):
                    raise TypeError("Items in extra_groups must be a string or integer, not {}"
                                    .format(type(g)))
                if g < 0:
                    raise ValueError("Group ID cannot be negative, got %s" % g)
                gids.append(g)
        uid = None
        if user is not None:
            if not isinstance(user, int):
                raise TypeError("User must be a string or an integer")
            if user < 0:
                raise ValueError("User ID cannot be negative, got %s" % user)
            uid = user

        self._devnull = None
        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = \
            self._get_handles(stdin, stdout, stderr)

        try:
            if p2cwrite != -1:
                if self.text_mode:
                    self.stdin = open(p2cwrite, 'w', bufsize, encoding=encoding, errors=errors,
                                      newline=None)
                    self._line_buffering = line_buffering
                else:
                    self.stdin = open(p2cwrite, 'wb', bufsize)
            if c2pread != -1:
                if self.text_mode:
                    self.stdout = open(c2pread, 'r', bufsize, encoding=encoding, errors=errors)
                else:
                    self.stdout = open(c2pread, 'rb', bufsize)
            if errread != -1:
                if self.text_mode:
                    self.stderr = open(errread, 'r', bufsize, encoding=encoding, errors=errors)
                else:
                    self.stderr = open(errread, 'rb', bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                restore_signals, gid, gids, uid, umask, start_new_session,
                                process_group, shell)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                for fd in (p2cread, c2pwrite, errwrite):
                    if fd != -1 and fd not in (stdin, stdout, stderr) and fd != self._devnull:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
                if self._devnull is not None:
                    try:
                        os.close(self._devnull)
                    except OSError:
                        pass
            raise

    _closed_child_pipe_fds = False

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
            else:
                self.wait()

    _sigint_wait_secs = 0.25

    # ---- file descriptors --------------------------------------------------------------------

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _get_handles(self, stdin, stdout, stderr):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        else:
            p2cread = _fileno(stdin)

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        else:
            c2pwrite = _fileno(stdout)

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        else:
            errwrite = _fileno(stderr)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        # The child's ends of the pipes this object created, and /dev/null.
        if p2cread != -1 and p2cwrite != -1 and p2cread != self._devnull:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != self._devnull:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != self._devnull:
            os.close(errwrite)
        if self._devnull is not None:
            os.close(self._devnull)
        self._closed_child_pipe_fds = True

    # ---- starting the child ------------------------------------------------------------------

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, gid, gids, uid, umask, start_new_session,
                       process_group, shell):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable

        errpipe_read, errpipe_write = os.pipe()
        # The child's standard descriptors must not be the error pipe.
        low_fds = []
        while errpipe_write < 3:
            low_fds.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for fd in low_fds:
            os.close(fd)
        try:
            try:
                if env is not None:
                    env_list = []
                    for k, v in env.items():
                        k = os.fsencode(k)
                        if b'=' in k:
                            raise ValueError("illegal environment variable name")
                        env_list.append(k + b'=' + os.fsencode(v))
                else:
                    env_list = None
                executable = os.fsencode(executable)
                if os.path.dirname(executable):
                    executable_list = (executable,)
                else:
                    executable_list = tuple(os.path.join(os.fsencode(d), executable)
                                            for d in os.get_exec_path(env))
                fds_to_keep = set(pass_fds)
                fds_to_keep.add(errpipe_write)
                self.pid = _posixsubprocess.fork_exec(
                    args, executable_list, close_fds, tuple(sorted(map(int, fds_to_keep))),
                    cwd, env_list, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                    errpipe_read, errpipe_write, restore_signals, start_new_session,
                    process_group, gid, gids, uid, umask, preexec_fn, True)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
            data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                data += part
                if not part or len(data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            try:
                exc_name, hex_errno, err_msg = bytes(data).split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exc_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(data))
            exc_type = getattr(builtins, exc_name.decode('ascii'), SubprocessError)
            if issubclass(exc_type, OSError) and hex_errno:
                errno_num = int(hex_errno, 16)
                if err_msg == "noexec":
                    err_msg = ""
                    err_filename = cwd  # the failure was chdir(cwd)
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                raise exc_type(errno_num, err_msg, err_filename)
            raise exc_type(err_msg)

    # ---- waiting -----------------------------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _try_wait(self, flags):
        try:
            return os.waitpid(self.pid, flags)
        except ChildProcessError:
            # Reaped elsewhere; the status is lost.
            return self.pid, 0

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if e.errno == errno.ECHILD:
                    self.returncode = 0
        return self.returncode

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if timeout is not None:
            endtime = _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = _time() + timeout
            delay = 0.0005
            while True:
                pid, sts = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                    break
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                pid, sts = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    # ---- communicating -----------------------------------------------------------------------

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it. Read data from stdout and
        stderr, until end-of-file is reached. Wait for process to terminate.

        Returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, force=False):
        if endtime is None:
            return
        if force or _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if not self._communication_started:
            self._outputs = {}
            if self.stdout:
                self._outputs[self.stdout] = []
            if self.stderr:
                self._outputs[self.stderr] = []
        stdout = self._outputs.get(self.stdout) if self.stdout else None
        stderr = self._outputs.get(self.stderr) if self.stderr else None

        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = input.encode(self.stdin.encoding, self.stdin.errors)

        files = {}
        poller = _select.poll()
        if self.stdin and input and not self.stdin.closed:
            files[self.stdin.fileno()] = self.stdin
            poller.register(self.stdin.fileno(), _select.POLLOUT)
        for f in (self.stdout, self.stderr):
            if f and not f.closed:
                files[f.fileno()] = f
                poller.register(f.fileno(), _select.POLLIN)
        if self._input:
            view = memoryview(self._input)

        while files:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr, force=True)
            ready = poller.poll(None if timeout is None else timeout * 1000)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            for fd, event in ready:
                f = files.get(fd)
                if f is None:
                    continue
                if f is self.stdin:
                    chunk = view[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        done = True
                    else:
                        done = self._input_offset >= len(self._input)
                    if done:
                        poller.unregister(fd)
                        del files[fd]
                        f.close()
                else:
                    data = os.read(fd, 32768)
                    if not data:
                        poller.unregister(fd)
                        del files[fd]
                        f.close()
                    self._outputs[f].append(data)

        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding,
                                                  self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding,
                                                  self.stderr.errors)
        return stdout, stderr

    def _translate_newlines(self, data, encoding, errors):
        return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")

    # ---- signals -----------------------------------------------------------------------------

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)
