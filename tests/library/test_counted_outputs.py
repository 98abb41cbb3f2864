"""The counted-output families' helpers on hand-made grids: cells, majority colour and the
lookup table."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import counted_outputs
from evo.library.infer import infer


def test_cells_and_majority() -> None:
    g = freeze([[0, 3], [2, 0]])
    assert counted_outputs._cells(g, 0) == ((0, 1, 3), (1, 0, 2))
    assert counted_outputs._majority([g, freeze([[3, 3], [3, 1]])]) == 3


def test_lookup_table_needs_repeated_agreeing_counts(make_task) -> None:
    one, two = [[1, 0], [0, 0]], [[1, 1], [0, 0]]
    mark, marks = [[2, 0]], [[2, 2]]
    f = infer(make_task([(one, mark), (two, marks), ([[0, 1], [0, 0]], mark)]))
    table = counted_outputs._table(f, "height($g) * width($g) - count_color($g, 0)")
    assert table is not None and sorted(table) == [1, 2]
    clash = infer(make_task([(one, mark), (two, marks), ([[0, 1], [0, 0]], marks)]))
    assert counted_outputs._table(clash, "height($g) * width($g) - count_color($g, 0)") is None
    distinct = infer(make_task([(one, mark), (two, marks)]))
    assert counted_outputs._table(distinct, "height($g) * width($g) - count_color($g, 0)") is None
