"""Drives slotpy's interactive loop through a pseudo-terminal (run by ctest as repl/pty).

Usage: pty_session.py SLOTPY_BINARY

Each check starts the real binary on a pty (HOME set to a fresh directory), types keys, and
waits for the expected text on the screen. The terminal echo, the prompts and libedit's
redrawing all arrive in the output, so checks look for text with `expect`, never for an exact
transcript.
"""
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

SLOTPY = os.path.abspath(sys.argv[1])
TIMEOUT = 10.0
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")


class Session:
    def __init__(self, home, args=()):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            os.environ.pop("PYTHONSTARTUP", None)
            os.execv(SLOTPY, [SLOTPY, *args])
        self.buf = ""      # output not yet consumed by expect()
        self.log = ""      # everything, for failure messages

    def read_some(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:
            return False
        if not data:
            return False
        text = ANSI.sub("", data.decode("utf-8", "replace"))
        self.buf += text
        self.log += text
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits until `pattern` (a regex) shows up; consumes the output up to its end."""
        rx = re.compile(pattern)
        end = time.time() + timeout
        while True:
            m = rx.search(self.buf)
            if m:
                self.buf = self.buf[m.end():]
                return m
            left = end - time.time()
            if left <= 0 or not self.read_some(left):
                if rx.search(self.buf):
                    continue
                raise AssertionError(f"expected {pattern!r}; screen so far:\n{self.log}")

    def send(self, keys):
        # Keys typed while code runs reach a terminal in cooked mode (echoed twice, and a
        # Ctrl-D there is the kernel's end of file, not libedit's): give the prompt a moment.
        time.sleep(0.1)
        os.write(self.fd, keys.encode())

    def line(self, text):
        self.send(text + "\r")

    def wait_exit(self, timeout=TIMEOUT):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self.read_some(0.05):
                    pass
                return os.waitstatus_to_exitcode(status)
            self.read_some(0.05)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError(f"slotpy did not exit; screen:\n{self.log}")


CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


@check
def banner_and_prompts(home):
    s = Session(home)
    s.expect(r"slotpy \d+\.\d+\.\d+ .*on linux\n")
    s.expect(r'Type "help", "copyright", "credits" or "license" for more information\.\n')
    s.expect(r">>> ")
    s.line("1 + 2")
    s.expect(r"\n3\n>>> ")
    s.line("import sys; sys.ps1 = 'py> '")
    s.expect(r"\npy> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def multiline_def_and_class(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("def twice(x):")
    s.expect(r"\.\.\. ")
    # Auto-indent offers four spaces: the body is typed without them.
    s.line("return 2 * x")
    s.expect(r"\.\.\. ")
    s.line("")
    s.expect(">>> ")
    s.line("class P:")
    s.expect(r"\.\.\. ")
    s.line("__slots__ = ('a',)")
    s.expect(r"\.\.\. ")
    s.line("")
    s.expect(">>> ")
    s.line("p = P(); p.a = twice(21); p.a")
    s.expect(r"\n42\n>>> ")
    s.line("_ + 1")
    s.expect(r"\n43\n>>> ")
    s.line("None")
    s.line("print('done')")
    s.expect(r">>> print\('done'\)\ndone\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def traceback_then_next_line(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("def f(): return 1 / 0")
    s.expect(r"\.\.\. ")
    s.line("")
    s.expect(">>> ")
    s.line("f()")
    s.expect(r'Traceback \(most recent call last\):\n  File "<stdin>", line 1, in <module>\n')
    s.expect(r'  File "<stdin>", line 1, in f\n    def f\(\): return 1 / 0\n')
    s.expect(r"ZeroDivisionError: division by zero\n>>> ")
    s.line("f.__name__")
    s.expect(r"'f'\n>>> ")
    s.line("x = (1 +")
    s.expect(r"\.\.\. ")
    s.line("2")
    s.expect(r"\.\.\. ")
    s.line(")")
    s.expect(">>> ")
    s.line("x")
    s.expect(r"\n3\n>>> ")
    s.line("1 +* 2")
    s.expect(r'File "<stdin>", line 1\n    1 \+\* 2\n       \^\nSyntaxError: invalid syntax\n>>> ')
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def tab_completion(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("class Point:")
    s.line("__slots__ = ('x_coord', 'y_coord')")
    s.line("")
    s.expect(">>> ")
    s.line("pt = Point()")
    s.expect(">>> ")
    # A name: "Poi" + tab completes to "Point(" (a callable).
    s.send("Poi\t")
    s.expect("Point\\(")
    s.send("\x15")  # Ctrl-U: drop the line
    # An attribute of an object: its slots.
    s.send("pt.x_\t")
    s.expect(r"pt\.x_coord")
    s.send(" = 5\r")
    s.expect(">>> ")
    s.line("pt.x_coord")
    s.expect(r"\n5\n>>> ")
    # Two tabs list the candidates.
    s.send("pt.\t\t")
    s.expect(r"pt\.x_coord\s+pt\.y_coord")
    s.send("\x15\r")
    s.expect(">>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def ctrl_c(home):
    s = Session(home)
    s.expect(">>> ")
    s.send("abandoned line")
    s.send("\x03")
    s.expect(r"KeyboardInterrupt\n>>> ")
    s.line("while True: pass")
    s.expect(r"\.\.\. ")
    s.line("")
    time.sleep(0.5)
    s.send("\x03")
    s.expect(r"Traceback \(most recent call last\):\n(.*\n)*KeyboardInterrupt\n>>> ")
    s.line("'still here'")
    s.expect(r"'still here'\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def history_across_sessions(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("remembered = 'from the first session'")
    s.expect(">>> ")
    s.send("\x04")
    assert s.wait_exit() == 0
    assert os.path.exists(os.path.join(home, ".slotpy_history"))
    s = Session(home)
    s.expect(">>> ")
    s.line("remembered = 'second'")
    s.expect(">>> ")
    s.send("\x1b[A\x1b[A")  # up twice: the first session's line
    s.expect("from the first session")
    s.send("\r")
    s.expect(">>> ")
    s.line("remembered")
    s.expect(r"'from the first session'\n>>> ")
    # Ctrl-R searches the history.
    s.send("\x12remem")
    s.expect("remembered")
    s.send("\x07\x15")  # abort the search, drop the line
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def exit_function_and_status(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("exit(7)")
    assert s.wait_exit() == 7
    s = Session(home)
    s.expect(">>> ")
    s.line("quit()")
    assert s.wait_exit() == 0


@check
def inspect_after_script(home):
    script = os.path.join(home, "script.py")
    with open(script, "w") as f:
        f.write("answer = 6 * 7\n")
    s = Session(home, ["-i", script])
    s.expect(">>> ")
    s.line("answer")
    s.expect(r"\n42\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def bracketed_paste(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("if True:")
    s.expect(r"\.\.\. ")
    # The terminal wraps pasted text in ESC[200~ ... ESC[201~: no auto-indent inside (the
    # pasted lines bring their own), and the one offered before the paste is taken back.
    s.send("\x1b[200~    a = 'pasted'\r    print(a * 2)\r\x1b[201~")
    s.expect(r"\.\.\. ")
    s.send("\r")
    s.expect(r"pastedpasted\n>>> ")
    # Typed (not pasted), the second line gets the auto-indent.
    s.line("for i in range(2):")
    s.line("print(i)")
    s.line("")
    s.expect(r"\n0\n1\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def backspace_removes_indent(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("if False:")
    s.line("pass")
    # Auto-indent gives four spaces; one backspace takes them all back: `else` at column 0.
    s.send("\x7felse:\r")
    s.line("print('else branch')")
    s.line("")
    s.expect(r"\nelse branch\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


@check
def ctrl_c_in_sleep_and_input(home):
    s = Session(home)
    s.expect(">>> ")
    s.line("import time; time.sleep(30)")
    time.sleep(0.5)
    s.send("\x03")
    s.expect(r"KeyboardInterrupt\n>>> ")
    s.line("input('name? ')")
    s.expect(r"\nname\? ")
    s.send("\x03")
    s.expect(r"KeyboardInterrupt\n>>> ")
    s.send("\x04")
    assert s.wait_exit() == 0


def script_dies_of_sigint():
    import subprocess
    p = subprocess.Popen([SLOTPY, "-c", "while True: pass"], stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    err = p.communicate(timeout=TIMEOUT)[1]
    assert p.returncode == -signal.SIGINT, (p.returncode, err)
    assert err.startswith("Traceback (most recent call last):\n") and \
        err.endswith("KeyboardInterrupt\n"), err


def piped_input_has_no_prompts():
    import subprocess
    r = subprocess.run([SLOTPY], input="x = 2\nprint(x * 21)\nx\n", capture_output=True,
                       text=True, timeout=TIMEOUT)
    assert r.returncode == 0 and r.stdout == "42\n" and r.stderr == "", r
    r = subprocess.run([SLOTPY, "-i"], input="x = 2\nx * 21\n", capture_output=True,
                       text=True, timeout=TIMEOUT)
    assert r.returncode == 0 and r.stdout == "42\n", r
    assert r.stderr.count(">>> ") == 3 and "slotpy" in r.stderr, r


def main():
    failed = 0
    for fn in (piped_input_has_no_prompts, script_dies_of_sigint):
        try:
            fn()
            print(f"ok   {fn.__name__}")
        except AssertionError as e:
            failed += 1
            print(f"FAIL {fn.__name__}: {e}")
    for fn in CHECKS:
        with tempfile.TemporaryDirectory() as home:
            try:
                fn(home)
                print(f"ok   {fn.__name__}")
            except AssertionError as e:
                failed += 1
                print(f"FAIL {fn.__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
