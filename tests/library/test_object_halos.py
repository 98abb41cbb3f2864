"""Rule families of evo/operators/fitted/object_halos.py: stamp agreement and hand-made
halos."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import object_halos
from evo.library.fitted.checks import fits
from evo.library.fitted.object_halos import _agreed
from evo.library.infer import infer
from evo.library.transforms import apply


def test_agreed_keeps_offsets_every_view_agrees_on() -> None:
    views = [{(0, 1): 3, (1, 0): 4, (2, 2): -1}, {(0, 1): 3, (1, 0): 5}, {(2, 2): 6}]
    assert _agreed(views) == {(0, 1): 3}


def test_shape_halos_ring_or_stamps_seen_twice(make_task) -> None:
    once = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[0, 3, 0], [0, 2, 0], [0, 4, 0]])]
    assert object_halos.shape_halos(infer(make_task(once, [[0, 2]]))) == []
    ring = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[3, 3, 3], [3, 2, 3], [3, 3, 3]])]
    found = object_halos.shape_halos(infer(make_task(ring, [[0, 2]])))
    assert found
    out = apply(found[0], freeze([[2, 0, 0], [0, 0, 0]]))
    assert out is not None and out.tolist() == [[2, 3, 0], [3, 3, 0]]
    grid = [[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 2, 0], [0, 0, 0, 0, 0]]
    out = [[3, 3, 3, 0, 0], [3, 2, 3, 0, 0], [3, 3, 3, 3, 3], [0, 0, 3, 2, 3], [0, 0, 3, 3, 3]]
    f = infer(make_task([(grid, out)], [[0, 2]]))
    found = object_halos.shape_halos(f)
    assert found and all(fits(t, f.train) for t in found)
