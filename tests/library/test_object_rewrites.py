"""The object-rewrite families' helpers on hand-made grids: shape patches and shape swaps."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import object_rewrites
from evo.library.infer import infer
from evo.library.transforms import apply


def test_patches_keep_changed_shapes_seen_twice(make_task) -> None:
    a = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1], [3, 0, 0, 0]]
    b = [[2, 2, 0, 0], [0, 0, 0, 0], [0, 0, 2, 2], [3, 0, 0, 0]]
    table = object_rewrites._patches(infer(make_task([(a, b)])), False)
    assert table == {(((0, 0), (0, 1)), 1): ((0, 0, 2), (0, 1, 2)), (((0, 0),), 3): None}
    once = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 0]]
    once_out = [[2, 2, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 0]]
    assert object_rewrites._patches(infer(make_task([(once, once_out)])), False) == {}
    clash = [[2, 2, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1], [3, 0, 0, 0]]
    assert object_rewrites._patches(infer(make_task([(a, clash)])), False) == {}


def test_shape_swap_leaves_unseen_shapes_to_other_rules(make_task) -> None:
    a = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1], [3, 0, 0, 0]]
    b = [[2, 2, 0, 0], [0, 0, 0, 0], [0, 0, 2, 2], [3, 0, 0, 0]]
    (swap,) = object_rewrites.shape_swaps(infer(make_task([(a, b)])))
    seen = freeze([[0, 1, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 3]])
    got = apply(swap, seen)
    assert got is not None and got.tolist() == [[0, 2, 2, 0], [0] * 4, [0] * 4, [0, 0, 0, 3]]
    assert apply(swap, freeze([[1, 1, 1, 0], [0] * 4, [0] * 4, [0] * 4])) is None
