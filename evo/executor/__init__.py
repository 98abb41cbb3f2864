"""The sandboxed executor: run candidate programs on ARC tasks and score them.

A program passes a static check of the names its bytecode uses (guard.py), then runs in
a long-lived worker forked by a clean zygote process (zygote.py, pool.py). Each worker
locks itself down once (sandbox.py): user nobody, its own network namespace, rlimits on
memory, file size, processes and descriptors, an empty working directory, stdio on
/dev/null, and a seccomp filter (seccomp.py) that denies processes, threads, programs,
sockets and opening any file. Imports are gated again when they run (namespace.py). The
worker's alarm stops a program at the timeout; the parent kills a worker that overruns
it (one long C call) and replaces it. Workers return outputs only (protocol.py); the
parent validates them (outputs.py) and scores them against expected outputs it never sends
(scoring.py); batch.py groups a batch's jobs per task, results.py holds the per-pair and
per-program verdicts, errors.py the executor's exceptions.
"""

from evo.executor.errors import ExecutorError, SandboxError
from evo.executor.pool import Executor, evaluate_one
from evo.executor.results import PairResult, ProgramResult

__all__ = [
    "Executor",
    "ExecutorError",
    "PairResult",
    "ProgramResult",
    "SandboxError",
    "evaluate_one",
]
