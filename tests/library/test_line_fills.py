"""Background painted along lines by evo/operators/fitted/line_fills.py: growth over the
commonest colour and smears on hand-made grids."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted.line_fills import _grows, smears
from evo.library.infer import infer
from evo.library.transforms import apply


def test_grows_only_over_the_commonest_colour() -> None:
    a = freeze([[1, 0], [0, 0]])
    assert _grows(a, freeze([[1, 1], [0, 1]]))
    assert not _grows(a, freeze([[2, 0], [0, 0]]))
    assert _grows(a, freeze([[1, 0, 0], [0, 1, 0]]))


def test_smear_paints_behind_diagonal(make_task) -> None:
    task = make_task(
        [
            ([[1, 0, 0], [0, 0, 0], [0, 0, 0]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
            ([[0, 2, 0], [3, 0, 0], [0, 0, 0]], [[0, 2, 0], [3, 0, 2], [0, 3, 0]]),
        ],
        [[0, 0, 0], [0, 4, 0], [0, 0, 0]],
    )
    [t, *_] = smears(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[0, 0, 0], [0, 4, 0], [0, 0, 4]]
