"""The zygote: a clean interpreter, started once per executor, that forks the workers.

Forking workers from the parent would copy its memory (tasks with expected outputs,
keys), its threads' locks and its address space (an RLIMIT_AS of 1 GiB is useless in a
copy of a process that loaded torch). multiprocessing's fork server would re-import the
parent's __main__ in every worker. So the parent starts `python -c` once; that process
imports numpy and the DSL, then forks one worker per request, handing back a pidfd
(race-free kill and death notice) and reporting each worker's exit code.
"""

from __future__ import annotations

import json
import os
import pickle
import selectors
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe

from evo.core.config import ExecutorConfig
from evo.executor.errors import ExecutorError
from evo.executor.protocol import FrameReader

BOOT = (
    "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); "
    "from evo.executor.zygote import main; main(int(sys.argv[2]))"
)
MAX_MESSAGE = 1 << 16
SINGLE_THREADED = {
    name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
}
"""BLAS without a thread pool: workers may not start threads, and a filter covers one."""


@dataclass
class WorkerHandle:
    """A worker process as the parent sees it."""

    pid: int
    pidfd: int
    requests: Connection
    replies: int
    reader: FrameReader = field(default_factory=FrameReader)

    def kill(self) -> None:
        """SIGKILL the worker (no effect once it is gone)."""
        try:
            signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
        except ProcessLookupError:
            pass  # already dead

    def join(self, timeout: float) -> bool:
        """Wait until the worker has exited; True if it has."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.pidfd, selectors.EVENT_READ)
            return bool(selector.select(timeout))

    def release(self) -> None:
        """Close the parent's descriptors of this worker."""
        self.requests.close()
        os.close(self.replies)
        os.close(self.pidfd)


class Zygote:
    """Parent side: starts the zygote process and asks it for workers."""

    def __init__(self) -> None:
        self._exits: dict[int, int] = {}
        self._start()

    def _start(self) -> None:
        """Start the zygote process with a socket to it."""
        self._sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        path = json.dumps([p for p in sys.path if p])
        self._process = subprocess.Popen(
            [sys.executable, "-c", BOOT, path, str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=os.environ | SINGLE_THREADED,
            start_new_session=True,  # a Ctrl-C for the parent is not one for the zygote
        )
        theirs.close()

    def spawn(self, config: ExecutorConfig, workdir: str) -> WorkerHandle:
        """Fork a new worker (restarting the zygote once if it died); it reports ready later."""
        try:
            return self._spawn(config, workdir)
        except ExecutorError:
            if self._process.poll() is None:
                raise
        self.close()
        self._start()
        return self._spawn(config, workdir)

    def _spawn(self, config: ExecutorConfig, workdir: str) -> WorkerHandle:
        """Ask the zygote for one worker."""
        req_read, req_write = Pipe(duplex=False)
        rep_read, rep_write = os.pipe()
        request = pickle.dumps(("spawn", config, workdir))
        try:
            socket.send_fds(self._sock, [request], [req_read.fileno(), rep_write])
            while True:
                message, fds = self._receive(timeout=30.0)
                if message[0] == "spawned":
                    return WorkerHandle(message[1], fds[0], req_write, rep_read)
        except (OSError, ExecutorError) as exc:
            req_write.close()
            os.close(rep_read)
            raise ExecutorError(f"the zygote process is gone ({exc})") from exc
        finally:
            req_read.close()
            os.close(rep_write)

    def exit_code(self, pid: int, timeout: float = 2.0) -> int | None:
        """The exit code of a worker that has exited (negative: killed by that signal)."""
        deadline = time.monotonic() + timeout
        while pid not in self._exits:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                self._receive(timeout=left)
            except (OSError, ExecutorError):
                return None
        return self._exits.pop(pid)

    def _receive(self, timeout: float) -> tuple[list, list[int]]:
        """The next message from the zygote, with any descriptors it carries."""
        self._sock.settimeout(timeout)
        try:
            data, fds, _, _ = socket.recv_fds(self._sock, MAX_MESSAGE, 1)
        except TimeoutError as exc:
            raise ExecutorError("the zygote process did not answer") from exc
        if not data:
            raise ExecutorError("the zygote process has exited")
        message = json.loads(data)
        if message[0] == "exit":
            self._exits[message[1]] = message[2]
        return message, fds

    def close(self) -> None:
        """Stop the zygote (its workers die with it)."""
        self._sock.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _child(sock: socket.socket, wake: tuple[int, int], fds: list[int], request: tuple) -> None:
    """In a freshly forked worker: shed the zygote's state and serve."""
    from evo.executor.worker import serve

    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    sock.close()
    for fd in wake:
        os.close(fd)
    _, config, workdir = request
    serve(Connection(fds[0], readable=True, writable=False), fds[1], config, workdir)


def _reap(sock: socket.socket) -> None:
    """Collect exited workers and report their exit codes."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        code = os.waitstatus_to_exitcode(status)
        sock.send(json.dumps(["exit", pid, code]).encode())


def main(fd: int) -> None:
    """Zygote side: preload, then fork a worker per request until the parent goes away."""
    import evo.executor.worker  # noqa: F401  (preload numpy, the DSL and the worker)

    sock = socket.socket(fileno=fd)  # at EOF the parent is gone, and so the zygote goes
    wake = os.pipe()
    os.set_blocking(wake[1], False)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.set_wakeup_fd(wake[1])
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ)
    selector.register(wake[0], selectors.EVENT_READ)
    while True:
        for key, _ in selector.select():
            if key.fileobj == wake[0]:
                os.read(wake[0], 4096)
                try:
                    _reap(sock)
                except OSError:
                    return  # the parent is gone
                continue
            try:
                data, fds, _, _ = socket.recv_fds(sock, MAX_MESSAGE, 2)
            except OSError:
                return  # the parent is gone
            if not data:
                return
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    _child(sock, wake, fds, pickle.loads(data))
                    code = 0
                finally:
                    os._exit(code)
            for child_fd in fds:
                os.close(child_fd)
            pidfd = os.pidfd_open(pid)
            socket.send_fds(sock, [json.dumps(["spawned", pid]).encode()], [pidfd])
            os.close(pidfd)
