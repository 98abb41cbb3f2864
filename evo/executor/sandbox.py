"""The lock-down a worker applies to itself after start-up, before it runs any program.

Layers, in order: a session of its own (no terminal); stdio on /dev/null and every other
inherited descriptor closed; an empty environment; an empty working directory; a network
namespace of its own; the user `nobody`; death with the parent (set after the change of
user, which clears it); rlimits (address space, file size 0, no core files, no
processes, few descriptors); and last, once the process is sure to have a single thread,
a seccomp filter (see seccomp.py) that leaves only computation. (The zygote starts BLAS
single-threaded: see zygote.py.)
"""

from __future__ import annotations

import ctypes
import os
import pwd
import resource
import signal
import sys
from dataclasses import dataclass

from evo.executor import seccomp
from evo.executor.errors import SandboxError

PR_SET_PDEATHSIG = 1
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class Limits:
    """What a worker is allowed: its slice of the executor configuration."""

    workdir: str
    memory_mb: int
    strict: bool


class _Sink:
    """A text stream that discards what is written to it."""

    def write(self, text: str) -> int:
        """Discard text."""
        return len(text)

    def flush(self) -> None:
        """Nothing to flush."""


def _libc() -> ctypes.CDLL:
    """The C library, with errno kept."""
    return ctypes.CDLL(None, use_errno=True)


def _quiet_stdio() -> None:
    """Point file descriptors 0-2 at /dev/null and sys.std* at sinks."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    sys.stdin = sys.stdout = sys.stderr = _Sink()  # type: ignore[assignment]


def _close_other_fds(keep: set[int]) -> None:
    """Close every inherited descriptor except stdio and keep."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass  # the directory listing's own descriptor, already gone


def _thread_count() -> int:
    """Threads in this process: a seccomp filter covers only the thread that installs it."""
    return len(os.listdir("/proc/self/task"))


def _own_network(libc: ctypes.CDLL) -> bool:
    """Move into a new network namespace (with a user namespace unless root)."""
    flags = CLONE_NEWNET if os.geteuid() == 0 else CLONE_NEWUSER | CLONE_NEWNET
    return libc.unshare(flags) == 0


def _set_limits(memory_mb: int) -> None:
    """Set the resource limits (memory, file size, core files, processes, fds)."""
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))


def _drop_privileges() -> bool:
    """Become the user nobody when running as root; True if done."""
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return False
    if os.geteuid() != 0:
        return False
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    return os.getuid() == nobody.pw_uid


def lock_down(limits: Limits, keep_fds: set[int]) -> list[str]:
    """Apply every layer to the calling process; return the names of the layers in force."""
    libc = _libc()
    parent = os.getppid()
    layers = []
    try:
        os.setsid()
        layers.append("session")
    except OSError:
        pass  # already a session leader: no terminal to lose
    _quiet_stdio()
    _close_other_fds(keep_fds)
    os.environ.clear()
    layers += ["stdio", "fds", "environment"]
    os.chdir(limits.workdir)
    layers.append("workdir")
    if _own_network(libc):
        layers.append("netns")
    if _drop_privileges():
        layers.append("nobody")
    # after the change of user, which clears it; then make sure the parent did not go first
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
        layers.append("parent-death")
    if os.getppid() != parent:
        raise SandboxError("the zygote exited while the worker started")
    _set_limits(limits.memory_mb)
    layers.append("rlimits")
    try:
        if _thread_count() != 1:
            raise SandboxError(f"{_thread_count()} threads: the filter would cover only one")
        seccomp.install(os.getpid())
        layers.append("seccomp")
    except SandboxError:
        if limits.strict:
            raise
    return layers
