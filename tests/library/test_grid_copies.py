"""Copies of the grid in evo/operators/fitted/grid_copies.py on hand-made grids: mirrored
sides and continued strips."""

from __future__ import annotations

from evo.library.fitted.grid_copies import _mirrored, continuations
from evo.library.infer import infer
from evo.library.transforms import apply


def test_mirrored_sides() -> None:
    assert _mirrored(3, 5) and _mirrored(3, 9) and not _mirrored(3, 6) and not _mirrored(1, 1)


def test_continuation_repeats_the_strip(make_task) -> None:
    task = make_task(
        [
            ([[1, 2, 1, 2, 0, 0]], [[1, 2, 1, 2, 1, 2]]),
            ([[3, 3, 4, 3, 3, 4, 0, 0]], [[3, 3, 4, 3, 3, 4, 3, 3]]),
        ],
        [[5, 6, 7, 5, 0, 0, 0]],
    )
    [t] = continuations(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[5, 6, 7, 5, 6, 7, 5]]
