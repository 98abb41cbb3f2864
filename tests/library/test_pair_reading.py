"""The helpers the split rule families share: the exact fit check they use and what they
read off train pairs (changed colours, the rarest colour)."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted.checks import fits
from evo.library.fitted.pair_reading import SPARSE, changed_colours, rarest, sparse_colours
from evo.library.infer import infer, shared_colours
from evo.library.transforms import KEEP, Transform


def test_fits_needs_every_pair_exact() -> None:
    a, b = freeze([[1, 0], [0, 0]]), freeze([[0, 1], [0, 0]])
    flip = Transform("t", ("mirror($g, 'h')",), KEEP)
    assert fits(flip, [(a, b)]) and fits(flip, ((a, b),))
    assert not fits(flip, [(a, b), (a, a)]) and not fits(flip, ((a, b), (a, a)))
    assert not fits(flip, []) and not fits(flip, ())


def test_changes_and_rarest() -> None:
    a, b = freeze([[0, 1], [1, 2]]), freeze([[3, 1], [1, 3]])
    assert list(changed_colours([(a, b)])) == [(0, 3), (2, 3)]
    assert rarest(a) == 0
    assert rarest(freeze([[5, 5, 4]])) == 4


def test_colours_every_input_holds(make_task) -> None:
    task = make_task(
        [([[0, 1, 2], [0, 0, 2]], [[0, 0, 0], [0, 0, 0]]), ([[0, 0, 2], [3, 0, 0]], [[0] * 3] * 2)]
    )
    facts = infer(task)
    assert shared_colours(facts) == [2]
    assert sparse_colours(facts, facts.train) == [2]
    rows = [[2 if r * 12 + c < SPARSE + 10 else 0 for c in range(12)] for r in range(12)]
    crowded = infer(make_task([(rows, rows)]))
    assert crowded.background == 0
    assert shared_colours(crowded) == [2]
    assert sparse_colours(crowded, crowded.train) == []
