"""The executor's configuration: the one place where its defaults live."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExecutorConfig:
    """How programs are run and contained.

    Attributes:
        workers: worker processes in the pool.
        timeout_s: wall-clock limit for one program on all pairs (train and test) of one task.
        memory_mb: address-space limit (RLIMIT_AS) of each worker, in MiB.
        chunk_size: most jobs sent to a worker in one message (amortises IPC).
        grace_ratio: a worker silent for timeout_s * (1 + grace_ratio) is killed and replaced.
        max_jobs_per_worker: a worker is retired and replaced after this many jobs.
        max_code_chars: longer programs are rejected unread.
        strict: refuse to run when the seccomp filter cannot be installed.
        skip_guard: run code without the AST check and with full builtins (containment
            tests only: it simulates a program that escaped the name filter).
        start_timeout_s: how long a new worker may take to report ready.
    """

    workers: int = 2
    timeout_s: float = 1.0
    memory_mb: int = 1024
    chunk_size: int = 16
    grace_ratio: float = 0.5
    max_jobs_per_worker: int = 20_000
    max_code_chars: int = 20_000
    strict: bool = True
    skip_guard: bool = False
    start_timeout_s: float = 30.0

    def __post_init__(self) -> None:
        """Reject values that cannot work."""
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        if self.memory_mb < 256:
            raise ValueError("memory_mb must be at least 256 (numpy alone needs ~100)")
        if self.chunk_size < 1 or self.max_jobs_per_worker < 1:
            raise ValueError("chunk_size and max_jobs_per_worker must be at least 1")
        if self.grace_ratio < 0:
            raise ValueError("grace_ratio must not be negative")

    @property
    def kill_after_s(self) -> float:
        """Seconds of silence after which the parent kills a worker running one job."""
        return self.timeout_s * (1.0 + self.grace_ratio)
