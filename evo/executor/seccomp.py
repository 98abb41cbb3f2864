"""A seccomp-BPF filter, built and installed through ctypes, that leaves a process only compute.

After `install(pid)` the calling process (and any thread it has) can no longer create
processes or threads, run programs, open any file, create sockets, change the file
system, signal other processes, or reach kernel interfaces that bypass the filter
(io_uring, bpf, ptrace, namespaces). Denied calls fail with an errno, so Python raises
`PermissionError` instead of dying. Linux on x86-64 only.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

from evo.executor.errors import SandboxError

AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
RET_KILL_PROCESS = 0x80000000
RET_ERRNO = 0x00050000
RET_ALLOW = 0x7FFF0000
TIOCSTI = 0x5412

# classic BPF opcodes
LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
RET = 0x06  # BPF_RET | BPF_K

# offsets into struct seccomp_data
NR, ARCH, ARG0, ARG1 = 0, 4, 16, 24

# x86-64 syscall numbers (asm/unistd_64.h)
OPEN_CALLS = {"open": 2, "creat": 85, "openat": 257, "open_by_handle_at": 304, "openat2": 437}
DENIED_CALLS = {
    # processes, threads and programs
    "clone": 56, "fork": 57, "vfork": 58, "execve": 59, "execveat": 322,
    # networking
    "socket": 41, "connect": 42, "accept": 43, "bind": 49, "listen": 50, "socketpair": 53,
    "accept4": 288,
    # changing the file system
    "truncate": 76, "ftruncate": 77, "rename": 82, "mkdir": 83, "rmdir": 84, "link": 86,
    "unlink": 87, "symlink": 88, "chmod": 90, "fchmod": 91, "chown": 92, "fchown": 93,
    "lchown": 94, "utime": 132, "mknod": 133, "setxattr": 188, "lsetxattr": 189,
    "fsetxattr": 190, "removexattr": 197, "lremovexattr": 198, "fremovexattr": 199,
    "utimes": 235, "mkdirat": 258, "mknodat": 259, "fchownat": 260, "futimesat": 261,
    "unlinkat": 263, "renameat": 264, "linkat": 265, "symlinkat": 266, "fchmodat": 268,
    "utimensat": 280, "fallocate": 285, "renameat2": 316, "name_to_handle_at": 303,
    "fchmodat2": 452, "memfd_create": 319,
    # other processes, signals and privileges
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "tkill": 200,
    "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297, "pidfd_open": 434,
    "pidfd_send_signal": 424, "pidfd_getfd": 438, "setuid": 105, "setgid": 106,
    "setgroups": 116, "setresuid": 117, "setresgid": 119, "setpriority": 141,
    "process_madvise": 440, "migrate_pages": 256, "move_pages": 279, "mbind": 237,
    "set_mempolicy": 238,
    # system administration and kernel interfaces that bypass seccomp
    "syslog": 103, "personality": 135, "pivot_root": 155, "adjtimex": 159, "chroot": 161,
    "acct": 163, "settimeofday": 164, "mount": 165, "umount2": 166, "swapon": 167,
    "swapoff": 168, "reboot": 169, "sethostname": 170, "setdomainname": 171, "iopl": 172,
    "ioperm": 173, "init_module": 175, "delete_module": 176, "quotactl": 179,
    "clock_settime": 227, "kexec_load": 246, "add_key": 248, "request_key": 249,
    "keyctl": 250, "unshare": 272, "perf_event_open": 298, "fanotify_init": 300,
    "setns": 308, "finit_module": 313, "kexec_file_load": 320, "bpf": 321,
    "userfaultfd": 323, "io_uring_setup": 425, "io_uring_enter": 426,
    "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
    "fsmount": 432, "fspick": 433, "mount_setattr": 442, "landlock_create_ruleset": 444,
}  # fmt: skip
CLONE3 = 435  # its flags live in memory BPF cannot read: ENOSYS (glibc then tries clone)
SIGNAL_CALLS = {"kill": 62, "tgkill": 234}  # allowed only towards the process itself
IOCTL = 16


class _Asm:
    """A tiny BPF assembler with forward jumps to named labels."""

    def __init__(self) -> None:
        self.code: list[tuple[int, int | str, int | str, int]] = []
        self.labels: dict[str, int] = {}

    def op(self, code: int, k: int, jt: int | str = 0, jf: int | str = 0) -> None:
        """Append one instruction."""
        self.code.append((code, jt, jf, k))

    def label(self, name: str) -> None:
        """Name the next instruction's position."""
        self.labels[name] = len(self.code)

    def assemble(self) -> bytes:
        """The program as bytes, jumps resolved."""
        out = bytearray()
        for pc, (code, jt, jf, k) in enumerate(self.code):
            offsets = [self.labels[j] - pc - 1 if isinstance(j, str) else j for j in (jt, jf)]
            if not all(0 <= o <= 255 for o in offsets):
                raise SandboxError(f"seccomp filter jump out of range at {pc}")
            out += struct.pack("=HBBI", code, offsets[0], offsets[1], k)
        return bytes(out)


def build_filter(pid: int) -> bytes:
    """The BPF program (struct sock_filter array) for a worker whose process id is pid."""
    a = _Asm()
    a.op(LD_ABS, ARCH)
    a.op(JEQ, AUDIT_ARCH_X86_64, 1, 0)
    a.op(RET, RET_KILL_PROCESS)
    a.op(LD_ABS, NR)
    a.op(JGE, X32_SYSCALL_BIT, "kill", 0)
    for nr in sorted(DENIED_CALLS.values()):
        a.op(JEQ, nr, "eperm", 0)
    for nr in sorted(OPEN_CALLS.values()):
        a.op(JEQ, nr, "eacces", 0)
    a.op(JEQ, CLONE3, "enosys", 0)
    for nr in SIGNAL_CALLS.values():
        a.op(JEQ, nr, "signal", 0)
    a.op(JEQ, IOCTL, "ioctl", 0)
    a.op(RET, RET_ALLOW)
    a.label("signal")  # kill(pid, sig) / tgkill(tgid, tid, sig): first argument must be us
    a.op(LD_ABS, ARG0)
    a.op(JEQ, pid, "allow", "eperm")
    a.label("ioctl")  # no typing into a terminal's input queue
    a.op(LD_ABS, ARG1)
    a.op(JEQ, TIOCSTI, "eperm", "allow")
    a.label("allow")
    a.op(RET, RET_ALLOW)
    a.label("eperm")
    a.op(RET, RET_ERRNO | errno.EPERM)
    a.label("eacces")
    a.op(RET, RET_ERRNO | errno.EACCES)
    a.label("enosys")
    a.op(RET, RET_ERRNO | errno.ENOSYS)
    a.label("kill")
    a.op(RET, RET_KILL_PROCESS)
    return a.assemble()


class _SockFprog(ctypes.Structure):
    """struct sock_fprog: the filter's length and address."""

    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def supported() -> bool:
    """Whether this machine can run the filter (Linux on x86-64)."""
    return platform.system() == "Linux" and platform.machine() in ("x86_64", "AMD64")


def install(pid: int) -> None:
    """Set no-new-privileges and load the filter into the calling thread; raise SandboxError."""
    if not supported():
        raise SandboxError(
            f"seccomp filter unavailable on {platform.system()} {platform.machine()}"
        )
    libc = ctypes.CDLL(None, use_errno=True)
    program = build_filter(pid)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SandboxError(f"prctl(NO_NEW_PRIVS) failed: {errno.errorcode[ctypes.get_errno()]}")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise SandboxError(f"prctl(SECCOMP) failed: {errno.errorcode[ctypes.get_errno()]}")
