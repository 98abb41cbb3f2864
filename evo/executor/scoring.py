"""Turn a worker's raw verdicts into scored results, in the parent, against expected outputs."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from evo.core.fitness import pixel_accuracy
from evo.core.tasks import Task
from evo.executor.protocol import ProtocolError, RawPair
from evo.executor.results import PairResult, ProgramResult, program_result

_DIGIT_VALUES = bytes.maketrans(b"0123456789", bytes(range(10)))


@dataclass(frozen=True)
class Expected:
    """An expected output grid, kept as digits for a fast exact comparison."""

    height: int
    width: int
    digits: str
    cells: np.ndarray


def expectations(task: Task) -> list[Expected | None]:
    """The expected outputs of a task's train then test pairs (None where unknown)."""
    out: list[Expected | None] = []
    for pair in task.train + task.test:
        if pair.output is None:
            out.append(None)
            continue
        cells = pair.output.astype(np.uint8)
        digits = (cells + 48).tobytes().decode("ascii")
        out.append(Expected(cells.shape[0], cells.shape[1], digits, cells))
    return out


def score_pair(raw: RawPair, expected: Expected | None) -> PairResult:
    """Accuracy and exactness of one raw verdict (0.0 and not exact when nothing to compare)."""
    if raw.status != "ok":
        return PairResult(raw.status, 0.0, False, raw.error, None)
    values = raw.digits.encode("ascii").translate(_DIGIT_VALUES)
    grid = memoryview(values).cast("B", (raw.height, raw.width))
    rows: list[list[int]] = grid.tolist()  # type: ignore[assignment]
    if expected is None:
        return PairResult("ok", 0.0, False, None, rows)
    if (raw.height, raw.width) != (expected.height, expected.width):
        return PairResult("ok", 0.0, False, None, rows)
    if raw.digits == expected.digits:
        return PairResult("ok", 1.0, True, None, rows)
    cells = np.frombuffer(values, dtype=np.uint8).reshape(raw.height, raw.width)
    return PairResult("ok", pixel_accuracy(cells, expected.cells), False, None, rows)


def score(expected: list[Expected | None], n_train: int, pairs: list[RawPair]) -> ProgramResult:
    """The program's result on a task; ProtocolError when the pair count is wrong."""
    if len(pairs) != len(expected):
        raise ProtocolError(f"{len(pairs)} pair verdicts for {len(expected)} pairs")
    scored = [score_pair(raw, want) for raw, want in zip(pairs, expected, strict=True)]
    return program_result(scored[:n_train], scored[n_train:])
