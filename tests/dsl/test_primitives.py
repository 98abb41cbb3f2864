"""Every DSL primitive has a test; the checks and edge grids the per-theme test files share.

The primitives' own tests live in `test_primitives_<theme>.py`. Each calls a primitive through
`call`, which also checks that the arguments come back untouched and every grid returned is
read-only.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest

from dsl.registry import primitives
from dsl.types import MAX_SIDE, Grid, as_grid, freeze

T = TypeVar("T")
TEST_FILES = sorted(Path(__file__).parent.glob("test_primitives*.py"))

ONE_CELL = as_grid([[5]])
"""The smallest grid."""
BLANK = as_grid([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
"""A 3x4 grid with no objects: all background (0), hence also of one colour."""
BIG = as_grid([[(3 * r + 7 * c) % 10 for c in range(MAX_SIDE)] for r in range(MAX_SIDE)])
"""The largest grid, 30x30, every colour present, no two neighbours equal."""


def _snapshot(value: Any, flags: bool = True) -> Any:
    """A comparable copy of value: arrays become (shape, cells[, writeable])."""
    if isinstance(value, np.ndarray):
        shape_cells = ("array", value.shape, value.tolist())
        return (*shape_cells, value.flags.writeable) if flags else shape_cells
    if isinstance(value, (list, tuple)):
        return [_snapshot(v, flags) for v in value]
    if isinstance(value, dict):
        return {k: _snapshot(v, flags) for k, v in value.items()}
    return value


def _writable(value: Any) -> Any:
    """value with every array replaced by a writable copy (to catch in-place writes)."""
    if isinstance(value, np.ndarray):
        return np.array(value)
    if isinstance(value, list):
        return [_writable(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_writable(v) for v in value)
    return value


def assert_frozen(result: Any) -> None:
    """Every grid in result (possibly nested in lists) is a read-only, non-empty 2-D int64 array."""
    if isinstance(result, np.ndarray):
        assert not result.flags.writeable, "a returned grid is writable"
        assert result.dtype == np.int64, result.dtype
        assert result.ndim == 2 and min(result.shape) >= 1, result.shape
    elif isinstance(result, (list, tuple)):
        for item in result:
            assert_frozen(item)


def call(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """func(*args, **kwargs), checking it leaves its arguments alone and returns frozen grids."""
    before = _snapshot((args, kwargs))
    result = func(*args, **kwargs)
    assert _snapshot((args, kwargs)) == before, f"{func.__name__} changed its arguments"
    assert_frozen(result)
    # Again on writable copies: an in-place write would now succeed silently, so compare.
    copies, kw_copies = _writable(args), _writable(kwargs)
    again = func(*copies, **kw_copies)
    unchanged = _snapshot((copies, kw_copies), flags=False) == _snapshot((args, kwargs), False)
    assert unchanged, f"{func.__name__} changed its arguments"
    # (flags ignored: a grid returned as is, like trim's, is then the writable copy itself)
    assert _snapshot(again, flags=False) == _snapshot(result, flags=False), func.__name__
    return result


def cells_of(grid: Grid) -> list[list[int]]:
    """The grid as nested lists, for exact comparison."""
    return [[int(v) for v in row] for row in grid.tolist()]


def _test_names() -> set[str]:
    """Names of the module-level test functions in every test_primitives*.py file."""
    names: set[str] = set()
    for path in TEST_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {
            node.name
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        }
    return names


def test_every_primitive_has_its_own_test() -> None:
    names = _test_names()
    missing = [
        p.name
        for p in primitives()
        if f"test_{p.name}" not in names and not any(n.startswith(f"test_{p.name}_") for n in names)
    ]
    assert not missing, f"primitives without a test_<name> function: {', '.join(missing)}"


def test_shared_edge_grids_are_what_they_claim() -> None:
    assert ONE_CELL.shape == (1, 1)
    assert BLANK.shape == (3, 4) and not BLANK.any()
    assert BIG.shape == (MAX_SIDE, MAX_SIDE) and set(np.unique(BIG)) == set(range(10))
    assert not (BIG[1:] == BIG[:-1]).any() and not (BIG[:, 1:] == BIG[:, :-1]).any()


def test_call_catches_writable_results_and_changed_arguments() -> None:
    with pytest.raises(AssertionError, match="writable"):
        call(lambda g: np.array(g), ONE_CELL)

    def scribble(g: Grid) -> Grid:
        if g.flags.writeable:
            g[0, 0] = 1
        return freeze(g)

    with pytest.raises(AssertionError, match="scribble"):
        call(scribble, ONE_CELL)
