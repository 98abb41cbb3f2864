"""In-place repaints of evo/operators/fitted/cell_repaints.py on hand-made grids: striped
grids and the neighbour rule."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted.cell_repaints import _neighbour_key, _striped, neighbour_rules
from evo.library.infer import infer
from evo.library.transforms import apply


def test_striped_rows_or_columns() -> None:
    assert _striped(freeze([[1, 1], [2, 2]])) and _striped(freeze([[1, 2], [1, 2]]))
    assert not _striped(freeze([[1, 2], [2, 1]]))


def test_neighbour_rule_reads_colour_beside(make_task) -> None:
    task = make_task(
        [
            ([[3, 2, 0], [0, 0, 0], [3, 0, 0]], [[8, 0, 0], [0, 0, 0], [3, 0, 0]]),
            ([[0, 0, 0], [2, 3, 0], [0, 0, 3]], [[0, 0, 0], [0, 8, 0], [0, 0, 3]]),
        ],
        [[2, 0, 0], [3, 0, 3], [0, 0, 0]],
    )
    f = infer(task)
    assert _neighbour_key(f.train[0][0], 0, 0, 0) == (3, (2,))
    [t] = neighbour_rules(f)
    assert apply(t, task.test[0].input).tolist() == [[0, 0, 0], [8, 0, 3], [0, 0, 0]]
