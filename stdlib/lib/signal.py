"""Set handlers for asynchronous events (signals), and the signal numbers of this platform
(Linux) as the enums Signals, Handlers and Sigmasks."""

import _signal
from _signal import *
from _signal import default_int_handler
from enum import IntEnum as _IntEnum

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _as_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    return _as_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _as_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """Return a set of the valid signal numbers on this platform."""
    return {_as_enum(s, Signals) for s in _signal._valid_signals()}


del _IntEnum
