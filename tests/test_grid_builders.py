"""Rule families of evo/operators/grid_builders.py: content boxes and squared sizes, and the
real search on the training tasks they solve."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.operators import families
from evo.operators.exhaustive import search
from evo.operators.fitted import grid_builders
from evo.operators.fitted.grid_builders import _half_squared, _squares, content_box
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.tasks import Pair, Task

FAMILIES = (
    grid_builders.mask_fractals,
    grid_builders.band_repeats,
    grid_builders.stairs,
    grid_builders.split_krons,
    grid_builders.histograms,
    grid_builders.largest_columns,
)
"""The module's families, in their order in the library."""

SOLVED = {
    "8eb1be9a": "band repeat",
    "8f2ea7aa": "mask fractal",
    "9af7a82c": "colour histogram",
    "a3325580": "largest columns",
    "b190f7f5": "split kron",
    "bbc9ae5d": "stairs",
    "c3e719e8": "mask fractal",
}
"""Training tasks the search solves on test with these families, and the family used."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


def test_families_are_registered_by_name() -> None:
    names = [family.__name__ for family in FAMILIES]
    assert len(names) == len(set(names)) == 6
    assert all(callable(family) for family in FAMILIES)
    assert set(names) <= {family.__name__ for family in families.FAMILIES}


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_squares_needs_the_grid_to_be_its_content_squared() -> None:
    grid = np.zeros((9, 9), dtype=int)
    grid[3:6, 0:3] = 1
    assert _squares(grid, 0)
    assert not _squares(np.zeros((9, 9), dtype=int), 0)
    grid[3, 4] = 1
    assert not _squares(grid, 0)


def test_box_and_half_squared_sizes() -> None:
    grid = np.zeros((5, 6), dtype=int)
    grid[1:3, 2:5] = 4
    assert content_box(grid, 0) == (2, 3)
    assert content_box(np.zeros((2, 2), dtype=int), 0) == (0, 0)
    assert _half_squared((3, 6)) == (9, 9)
    assert _half_squared((8, 4)) == (16, 16)


def test_families_add_nothing_when_train_does_not_fit() -> None:
    pairs = [([[1, 2], [3, 4]], [[4, 3], [2, 1]])]
    f = infer(_task(pairs, [[1, 2], [3, 4]]))
    assert [t for family in FAMILIES for t in family(f)] == []
