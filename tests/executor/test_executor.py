"""The executor: validation, fitness, the static check, and the pool with real processes."""

from __future__ import annotations

import os
import pwd
import signal
from collections.abc import Iterator

import numpy as np
import pytest

from dsl.solutions import solution_ids, solution_source
from dsl.types import as_grid
from evo.core.config import ConfigError, ExecutorConfig
from evo.core.fitness import fitness, pixel_accuracy
from evo.core.tasks import Pair, Task
from evo.executor import (
    Executor,
    ExecutorError,
    PairResult,
    ProgramResult,
    evaluate_one,
)
from evo.executor.batch import Batch
from evo.executor.guard import check, import_problem
from evo.executor.outputs import InvalidOutput, validate_output
from evo.executor.seccomp import build_filter
from evo.executor.zygote import WorkerHandle, Zygote
from evo.report.coverage import verify

IDENTITY = "def transform(grid):\n    return grid\n"


def _program(*body: str) -> str:
    """A transform whose body is the given lines."""
    return "def transform(grid):\n" + "".join(f"    {line}\n" for line in body)


def _task(train: list[tuple[list, list]], test: list[tuple[list, list | None]]) -> Task:
    def pair(i: list, o: list | None) -> Pair:
        return Pair(as_grid(i), None if o is None else as_grid(o))

    return Task("handmade", tuple(pair(*p) for p in train), tuple(pair(*p) for p in test))


HANDMADE = _task(
    train=[([[1, 2], [3, 4]], [[1, 2], [3, 4]]), ([[5, 6], [7, 8]], [[5, 6], [7, 0]])],
    test=[([[9, 9], [9, 9]], [[9, 9], [9, 9]]), ([[1]], None)],
)


@pytest.fixture(scope="module")
def executor() -> Iterator[Executor]:
    """One two-worker pool shared by this module's process tests."""
    with Executor(ExecutorConfig(workers=2, timeout_s=1.0, chunk_size=4)) as pool:
        yield pool


# --- validation and fitness: pure functions -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cells"),
    [
        ([[1, 2], [3, 4]], [[1, 2], [3, 4]]),
        (((0,),), [[0]]),
        (np.array([[9, 0, 9]], dtype=np.int8), [[9, 0, 9]]),
        ([np.array([1, 2]), [3, 4]], [[1, 2], [3, 4]]),
        ([[np.int64(7)]], [[7]]),
    ],
)
def test_valid_outputs(value: object, cells: list[list[int]]) -> None:
    out = validate_output(value)
    assert out.dtype == np.uint8
    assert out.tolist() == cells


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ([[0] * 2] * 31, "output is 31x2, larger than 30x30"),
        ([[0] * 31], "output is 1x31, larger than 30x30"),
        ([[1, 2], [3]], "output rows have different lengths"),
        ([], "output is empty (0x0)"),
        ([[]], "output is empty (1x0)"),
        ([[True]], "output cell True is not an integer"),
        ([[1.0]], "output cell 1.0 is not an integer"),
        ([[10]], "output cell value 10 is outside 0-9"),
        ([[-1]], "output cell value -1 is outside 0-9"),
        (np.zeros((2, 2)), "output cells are float64, not integers"),
        (np.zeros((2, 2), dtype=bool), "output cells are bool, not integers"),
        (np.zeros((1, 2, 2), dtype=int), "output is a 3-D array, not 2-D"),
        (np.zeros((40, 3), dtype=int), "output is 40x3, larger than 30x30"),
        ("abc", "output has type str, not a grid"),
        (None, "output has type NoneType, not a grid"),
        ([1, 2], "output row 0 has type int, not a list"),
        ({"a": 1}, "output has type dict, not a grid"),
    ],
)
def test_invalid_outputs(value: object, reason: str) -> None:
    with pytest.raises(InvalidOutput) as caught:
        validate_output(value)
    assert str(caught.value) == reason


def test_pixel_accuracy_and_fitness() -> None:
    assert pixel_accuracy([[1, 2], [3, 4]], [[1, 2], [3, 4]]) == 1.0
    assert pixel_accuracy([[1, 2], [3, 4]], [[1, 2], [3, 0]]) == 0.75
    assert pixel_accuracy([[1, 2]], [[1], [2]]) == 0.0
    assert pixel_accuracy([[0] * 3] * 3, [[0] * 3] * 2 + [[1, 1, 1]]) == 6 / 9
    assert fitness([1.0, 0.75]) == 0.875
    assert fitness([]) == 0.0


# --- the static check ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        IDENTITY,
        "import numpy as np\nfrom dsl import rotate\n" + _program("return rotate(grid, 1)"),
        "from typing import List\ndef transform(grid: List[List[int]]) -> List[List[int]]:\n"
        "    return grid",
        "from collections import Counter\nimport itertools\ndef transform(grid):\n    return grid",
        "class Box:\n    def __init__(self, g):\n        self.g = g\n        super().__init__()\n"
        "def transform(grid):\n    return Box(grid).g",
        "def _helper(g):\n    return g\ndef transform(grid):\n    input = _helper(grid)\n"
        "    return input",
        "def transform(grid):\n    return grid\nif __name__ == '__main__':\n    print(1)",
    ],
)
def test_check_accepts_ordinary_programs(source: str) -> None:
    code, reason = check(source)
    assert reason is None and code is not None


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("import os\ndef transform(grid):\n    return grid",
         "line 1: the name 'os' is not allowed (it leads to the operating system)"),
        ("def transform(grid):\n    return grid.__class__",
         "line 2: the name '__class__' is not allowed"),
        (_program("return grid._data"), "line 2: the private name '_data' is not allowed"),
        (_program("return open('x')"), "line 2: 'open' is not available to programs"),
        ("def transform(grid):\n    np.sum = None\n    return grid",
         "line 2: changing an attribute of 'np' is not allowed"),
        ("def solve(grid):\n    return grid", "the program defines no function transform(grid)"),
        ("def transform(grid) return", "SyntaxError: expected ':' (line 1)"),
        ("import os.path\ndef transform(grid):\n    return grid",
         "line 1: import of 'os.path' is not allowed"),
    ],
)  # fmt: skip
def test_check_rejects_with_the_line(source: str, reason: str) -> None:
    assert check(source) == (None, reason)


def test_check_rejects_long_programs() -> None:
    assert check(IDENTITY + "#" * 100, max_chars=50)[1] == (
        f"the program is {len(IDENTITY) + 100} characters long, more than 50"
    )


def test_import_gate_rules() -> None:
    assert import_problem("numpy", None, 0) is None
    assert import_problem("dsl", ["rotate", "*"], 0) is None
    assert import_problem("typing", ["List"], 0) is None
    assert import_problem("typing", None, 0) is not None
    assert import_problem("typing", ["get_type_hints"], 0) == (
        "importing 'get_type_hints' from 'typing' is not allowed"
    )
    assert import_problem("dsl", ["io"], 0) == "importing 'io' from 'dsl' is not allowed"
    assert import_problem("numpy", ["load"], 0) == "importing 'load' from 'numpy' is not allowed"
    assert import_problem("math", None, 1) == "relative imports are not allowed"


def test_seccomp_filter_assembles() -> None:
    program = build_filter(os.getpid())
    assert len(program) % 8 == 0 and 100 < len(program) // 8 < 255


# --- the pool: real processes --------------------------------------------------------------


def _proc_status(pid: int) -> dict[str, str]:
    with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split(":\t", 1) for line in handle if ":\t" in line)


def test_workers_are_contained(executor: Executor) -> None:
    """Seen from outside: seccomp filter on, no new privileges, user nobody, own network."""
    layers = set(executor.layers)
    assert {"seccomp", "rlimits", "workdir", "stdio", "parent-death"} <= layers
    assert os.listdir(executor.workdir) == []
    for slot in executor._slots:
        status = _proc_status(slot.worker.pid)
        assert (status["Seccomp"], status["NoNewPrivs"], status["Threads"]) == ("2", "1", "1")
        if os.geteuid() == 0:
            assert {"nobody", "netns"} <= layers
            assert status["Uid"].split()[0] == str(pwd.getpwnam("nobody").pw_uid)
            network = os.readlink(f"/proc/{slot.worker.pid}/ns/net")
            assert network != os.readlink("/proc/self/ns/net")


def test_blas_runs_single_threaded_under_the_filter(executor: Executor) -> None:
    """OpenBLAS would hang trying to start its threads; the zygote starts it with one."""
    source = _program(
        "a = np.ones((400, 400)) @ np.ones((400, 400))",
        "return [[int(np.linalg.matrix_rank(np.eye(3))), int(a[0, 0]) % 10]]",
    )
    result = executor.evaluate([(source, HANDMADE)])[0]
    assert result.train[0].output == [[3, 0]]


def test_handmade_fitness_values(executor: Executor) -> None:
    result = executor.evaluate([(IDENTITY, HANDMADE)])[0]
    assert result == ProgramResult(
        status="ok",
        fitness=0.875,
        solved=False,
        train=(
            PairResult("ok", 1.0, True, None, [[1, 2], [3, 4]]),
            PairResult("ok", 0.75, False, None, [[5, 6], [7, 8]]),
        ),
        test=(
            PairResult("ok", 1.0, True, None, [[9, 9], [9, 9]]),
            PairResult("ok", 0.0, False, None, [[1]]),
        ),
        error=None,
    )


def test_per_pair_failures_and_program_status(executor: Executor) -> None:
    raising = _program("if grid[0, 0] == 5:", "    return 1 // 0", "return grid")
    invalid = _program("if grid[0, 0] == 5:", "    return [[1], [2, 3]]", "return grid")
    shape = _program("return [[1, 2, 3]]")
    fix = _program("return [[5, 6], [7, 0]] if grid[0, 0] == 5 else grid")
    error, bad, wrong, solved = executor.evaluate(
        [(raising, HANDMADE), (invalid, HANDMADE), (shape, HANDMADE), (fix, HANDMADE)]
    )
    assert (error.status, error.fitness, error.solved) == ("error", 0.5, False)
    assert error.error == "ZeroDivisionError: integer division or modulo by zero"
    assert [p.status for p in error.train] == ["ok", "error"]
    assert (bad.status, bad.fitness) == ("invalid", 0.5)
    assert bad.error == "output rows have different lengths"
    assert (wrong.status, wrong.fitness, wrong.solved) == ("ok", 0.0, False)
    assert (solved.status, solved.fitness, solved.solved) == ("ok", 1.0, True)
    assert solved.test[1] == PairResult("ok", 0.0, False, None, [[1]])


def test_rejected_programs_never_run(executor: Executor) -> None:
    result = executor.evaluate([("import os\ndef transform(grid):\n    return grid", HANDMADE)])[0]
    assert (result.status, result.fitness, result.solved) == ("rejected", 0.0, False)
    assert result.error == "line 1: the name 'os' is not allowed (it leads to the operating system)"
    assert all(p.status == "rejected" and p.output is None for p in result.train + result.test)


def test_reference_solutions_run_sandboxed(executor: Executor, training: dict[str, Task]) -> None:
    """Every reference solution runs in a locked-down worker: nothing it needs loads lazily."""
    ids = [i for i in solution_ids() if i in training]
    jobs = [(solution_source(i), training[i]) for i in ids]
    results = executor.evaluate(jobs)
    assert len(results) == len(jobs)
    for (_, task), result in zip(jobs, results, strict=True):
        assert len(result.train) == len(task.train) and len(result.test) == len(task.test)
        errors = " ".join(p.error or "" for p in result.train + result.test)
        assert "ModuleNotFoundError" not in errors and "PermissionError" not in errors
        if verify(task).ok:  # what solves its task in-process solves it in the sandbox
            assert result.solved and all(p.exact for p in result.test), task.id


def test_batch_survives_a_killed_worker_mid_chunk(training: dict[str, Task]) -> None:
    task = training["007bbfb7"]
    hang = "def transform(grid):\n    return sum(range(10**13))"
    jobs = [(IDENTITY + f"# {i}\n", task) for i in range(30)]
    jobs.insert(7, (hang, task))
    jobs.insert(20, (hang, task))
    config = ExecutorConfig(workers=2, timeout_s=0.5, chunk_size=8)
    with Executor(config) as pool:
        results = pool.evaluate(jobs)
        assert [r.status for r in results].count("timeout") == 2
        assert results[7].status == results[20].status == "timeout"
        assert all(r.status == "ok" for i, r in enumerate(results) if i not in (7, 20))
        assert pool.evaluate([(IDENTITY, task)])[0].status == "ok"


def test_pool_recovers_when_the_zygote_dies(training: dict[str, Task]) -> None:
    task = training["007bbfb7"]
    with Executor(ExecutorConfig(workers=2)) as pool:
        os.kill(pool._zygote._process.pid, signal.SIGKILL)
        assert all(slot.worker.join(5) for slot in pool._slots), "workers die with the zygote"
        results = pool.evaluate([(IDENTITY + f"# {i}\n", task) for i in range(6)])
    assert [r.status for r in results] == ["ok"] * 6


def test_an_interrupted_batch_leaves_the_pool_usable(
    training: dict[str, Task], monkeypatch: pytest.MonkeyPatch
) -> None:
    task = training["007bbfb7"]
    with Executor(ExecutorConfig(workers=2, chunk_size=4)) as pool:
        finish = Batch.finish

        def interrupt(self: Batch, index: int, pairs: list) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(Batch, "finish", interrupt)
        with pytest.raises(KeyboardInterrupt):
            pool.evaluate([(IDENTITY + f"# {i}\n", task) for i in range(20)])
        monkeypatch.setattr(Batch, "finish", finish)
        results = pool.evaluate([(solution_source("007bbfb7"), task)] * 10)
    assert all(r.solved for r in results)


def test_workers_retire_and_are_replaced(
    training: dict[str, Task], monkeypatch: pytest.MonkeyPatch
) -> None:
    task = training["007bbfb7"]
    spawned: list[int] = []
    spawn = Zygote.spawn

    def record(self: Zygote, config: ExecutorConfig, workdir: str) -> WorkerHandle:
        """Zygote.spawn, noting each new worker's pid."""
        worker = spawn(self, config, workdir)
        spawned.append(worker.pid)
        return worker

    monkeypatch.setattr(Zygote, "spawn", record)
    config = ExecutorConfig(workers=1, max_jobs_per_worker=3, chunk_size=2)
    with Executor(config) as pool:
        first = pool.worker_pids
        results = pool.evaluate([(IDENTITY + f"# {i}\n", task) for i in range(10)])
        last = pool.worker_pids
    assert [r.status for r in results] == ["ok"] * 10
    # 10 jobs at most 3 per worker: served 3, 3, 3 and 1 by four distinct workers in turn
    assert len(spawned) == len(set(spawned)) == 4
    assert (first, last) == ((spawned[0],), (spawned[-1],))


def test_evaluate_one_and_empty_batches(training: dict[str, Task]) -> None:
    task = training["007bbfb7"]
    assert evaluate_one(solution_source("007bbfb7"), task).solved
    with Executor(ExecutorConfig(workers=1)) as pool:
        assert pool.evaluate([]) == []
        pool.close()
        pool.close()
        with pytest.raises(ExecutorError, match="closed"):
            pool.evaluate([(IDENTITY, task)])


@pytest.mark.parametrize(
    "fields",
    [{"workers": 0}, {"timeout_s": 0}, {"memory_mb": 10}, {"chunk_size": 0}, {"grace_ratio": -1}],
)
def test_config_rejects_nonsense(fields: dict[str, float]) -> None:
    with pytest.raises(ConfigError, match=r"^\[executor\] "):
        ExecutorConfig(**fields)  # type: ignore[arg-type]
