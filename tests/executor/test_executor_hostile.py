"""The hostile corpus (tests/executor/hostile/): every case contained, reported precisely, in time.

Each file names its expected status (and part of the error) on a `# expect:` line. Files
with an `# unguarded:` line also run with the static check switched off and full builtins,
as if the program had escaped the name filter and reached `os`: what stops it then is the
operating system (seccomp, rlimits, user nobody, no network), and that is tested too.
"""

from __future__ import annotations

import json
import pwd
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from evo.core.config import ExecutorConfig
from evo.core.tasks import Task
from evo.executor import Executor

CORPUS = Path(__file__).parent / "hostile"
TIMEOUT_S = 1.0
WATCHED = [Path("/tmp"), Path.cwd()]
CANARY = "def transform(grid):\n    return grid\n"
NOBODY = pwd.getpwnam("nobody").pw_uid


def _cases(tag: str) -> list[tuple[str, str, str]]:
    """(file name, expected status, expected error fragment) for every file with this tag."""
    cases = []
    for path in sorted(CORPUS.glob("*.py")):
        found = re.search(rf"^# {tag}: (\S+) ?(.*)$", path.read_text(), re.MULTILINE)
        if found:
            cases.append((path.name, found.group(1), found.group(2)))
    return cases


def _listing() -> set[Path]:
    return {p for folder in WATCHED for p in folder.iterdir()}


def _suspicious(path: Path) -> bool:
    """Named like a hostile program's target, or owned by the workers' user (nobody)."""
    try:
        owner = path.lstat().st_uid
    except FileNotFoundError:
        return False
    return "pwned" in path.name or owner == NOBODY


@pytest.fixture(scope="module")
def task(training: dict[str, Task]) -> Task:
    """A small real task."""
    return training["007bbfb7"]


@pytest.fixture(scope="module")
def watched() -> Iterator[None]:
    """Fail the module if any hostile program left a file outside its sandbox directory."""
    before = _listing()
    yield
    appeared = sorted(p for p in _listing() - before if _suspicious(p))
    assert not appeared, f"files appeared outside the sandbox: {appeared}"


@pytest.fixture(scope="module")
def guarded(watched: None) -> Iterator[Executor]:
    """The executor as the engine runs it."""
    with Executor(ExecutorConfig(workers=2, timeout_s=TIMEOUT_S)) as pool:
        yield pool


@pytest.fixture(scope="module")
def unguarded(watched: None) -> Iterator[Executor]:
    """The executor with the static check off: only the OS-level boundary remains."""
    with Executor(ExecutorConfig(workers=2, timeout_s=TIMEOUT_S, skip_guard=True)) as pool:
        yield pool


def _run_case(pool: Executor, task: Task, name: str, status: str, fragment: str) -> None:
    source = (CORPUS / name).read_text()
    started = time.monotonic()
    hostile, canary = pool.evaluate([(source, task), (CANARY, task)])
    elapsed = time.monotonic() - started
    assert (hostile.status, fragment in (hostile.error or "")) == (status, True), hostile.error
    assert elapsed < 2 * TIMEOUT_S, f"{name} took {elapsed:.2f} s"
    assert canary.status == "ok", "the batch must go on after a hostile program"
    assert all(p.output is None for p in hostile.train) or hostile.status == "ok"
    assert not list(Path(pool.workdir).iterdir()), "the sandbox directory must stay empty"


@pytest.mark.parametrize(("name", "status", "fragment"), _cases("expect"))
def test_hostile_program_is_contained(
    guarded: Executor, task: Task, name: str, status: str, fragment: str
) -> None:
    _run_case(guarded, task, name, status, fragment)


@pytest.mark.parametrize(("name", "status", "fragment"), _cases("unguarded"))
def test_escaped_program_is_still_contained(
    unguarded: Executor, task: Task, name: str, status: str, fragment: str
) -> None:
    _run_case(unguarded, task, name, status, fragment)


MARKER = "evo-leak-3f9c1d27"
"""Printed by the printing programs below; text that must never reach the parent."""

PRINTER = f"""
def transform(grid):
    for _ in range(1000):
        print("{MARKER}", flush=True)
    return grid
"""
"""Prints with the `print` a guarded program gets."""

STREAM_WRITER = f"""
import builtins, os, sys

def transform(grid):
    line = "{MARKER}\\n"
    builtins.print(line, flush=True)
    builtins.print(line, file=sys.stderr, flush=True)
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        stream.write(line)
        stream.flush()
    os.write(1, line.encode())
    os.write(2, line.encode())
    return grid
"""
"""Writes through every stream and descriptor an escaped program could reach."""

SCRIPT = """
import json, sys
import numpy as np
from dsl.types import freeze
from evo.core.config import ExecutorConfig
from evo.core.tasks import Pair, Task
from evo.executor import Executor

source, mode = sys.argv[1], sys.argv[2]
print("capture works: stdout", flush=True)
print("capture works: stderr", file=sys.stderr, flush=True)
grid = freeze([[1, 2], [3, 4]])
if mode == "bare":
    namespace = {}
    exec(source, namespace)
    output = namespace["transform"](np.array(grid))
    verdict = {"status": "ok", "solved": bool((output == grid).all())}
else:
    task = Task("hand", (Pair(grid, grid),), (Pair(grid, None),))
    config = ExecutorConfig(workers=1, timeout_s=5.0, skip_guard=mode == "unguarded")
    with Executor(config) as pool:
        (result,) = pool.evaluate([(source, task)])
    verdict = {"status": result.status, "solved": result.solved}
sys.stdout.flush()
sys.stderr.flush()
print(json.dumps(verdict), flush=True)
"""
"""Runs a program (argv 1) in a fresh executor, or bare (argv 2), and prints its verdict last."""


def _run_printing(source: str, mode: str) -> tuple[str, str]:
    """(stdout, stderr) of SCRIPT in a child process; checks the program ran to the end."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, source, mode], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"status": "ok", "solved": True}
    assert "capture works: stdout" in done.stdout, "the child's stdout must be captured"
    assert "capture works: stderr" in done.stderr, "the child's stderr must be captured"
    return done.stdout, done.stderr


@pytest.mark.parametrize(
    ("source", "mode"),
    [(PRINTER, "guarded"), (PRINTER, "unguarded"), (STREAM_WRITER, "unguarded")],
    ids=["print-guarded", "print-unguarded", "streams-unguarded"],
)
def test_printing_never_reaches_the_parent(source: str, mode: str) -> None:
    """A fresh executor in a child process whose stdio is captured: the program runs to the
    end, and none of what it printed or wrote reaches the child's stdout or stderr."""
    out, err = _run_printing(source, mode)
    assert MARKER not in out and MARKER not in err


@pytest.mark.parametrize(
    ("source", "to_stderr"), [(PRINTER, False), (STREAM_WRITER, True)], ids=["print", "streams"]
)
def test_printing_is_seen_outside_the_executor(source: str, to_stderr: bool) -> None:
    """Control: the same programs run bare in the child do reach its captured output."""
    out, err = _run_printing(source, "bare")
    assert (MARKER in out, MARKER in err) == (True, to_stderr)


def test_corpus_covers_the_issue() -> None:
    names = {name for name, _, _ in _cases("expect")}
    required = {
        "infinite_loop.py", "long_c_call.py", "memory_bomb.py", "recursion_bomb.py",
        "fork_bomb.py", "thread_bomb.py", "import_os_system.py", "import_subprocess.py",
        "import_socket.py", "dunder_import.py", "subclasses_escape.py", "write_file.py",
        "read_file.py", "sys_exit.py", "os_exit.py", "signal_tamper.py", "print_flood.py",
        "huge_array_output.py", "ragged_output.py", "string_output.py",
    }  # fmt: skip
    assert required <= names
    assert len(_cases("unguarded")) >= 20
