"""Drawing: cells, lines, rays, rectangles, flood fills and falling cells."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import numpy as np

from dsl.flood import links, spread
from dsl.registry import primitive
from dsl.types import Cell, Color, Direction, Grid, freeze

Heading = Literal["up", "down", "left", "right", "up-left", "up-right", "down-left", "down-right"]
STEPS: dict[str, tuple[int, int]] = {
    "up": (-1, 0),
    "down": (1, 0),
    "left": (0, -1),
    "right": (0, 1),
    "up-left": (-1, -1),
    "up-right": (-1, 1),
    "down-left": (1, -1),
    "down-right": (1, 1),
}


@primitive("drawing")
def fill_cells(grid: Grid, cells: Iterable[Cell], color: Color) -> Grid:
    """Paint the given (row, col) cells; cells outside the grid are dropped."""
    out = np.array(grid)
    h, w = grid.shape
    for r, c in cells:
        if 0 <= r < h and 0 <= c < w:
            out[r, c] = color
    return freeze(out)


@primitive("drawing")
def line(grid: Grid, start: Cell, end: Cell, color: Color) -> Grid:
    """Draw a horizontal, vertical or diagonal segment from start to end inclusive."""
    (r0, c0), (r1, c1) = start, end
    dr, dc = r1 - r0, c1 - c0
    if dr and dc and abs(dr) != abs(dc):
        raise ValueError("a line must be horizontal, vertical or diagonal")
    n = max(abs(dr), abs(dc))
    sr, sc = (dr > 0) - (dr < 0), (dc > 0) - (dc < 0)
    return fill_cells(grid, [(r0 + i * sr, c0 + i * sc) for i in range(n + 1)], color)


@primitive("drawing")
def ray(grid: Grid, start: Cell, heading: Heading, color: Color, stop: Color | None = None) -> Grid:
    """Paint from the cell after start towards `heading` to the edge, or until a `stop` cell."""
    if heading not in STEPS:
        raise ValueError(f"unknown heading {heading!r}")
    dr, dc = STEPS[heading]
    h, w = grid.shape
    r, c = start[0] + dr, start[1] + dc
    path = []
    while 0 <= r < h and 0 <= c < w and (stop is None or grid[r, c] != stop):
        path.append((r, c))
        r, c = r + dr, c + dc
    return fill_cells(grid, path, color)


@primitive("drawing")
def rect(grid: Grid, top: int, left: int, height: int, width: int, color: Color) -> Grid:
    """Fill a height x width rectangle whose top-left cell is (top, left)."""
    out = np.array(grid)
    out[max(top, 0) : max(top + height, 0), max(left, 0) : max(left + width, 0)] = color
    return freeze(out)


@primitive("drawing")
def outline(grid: Grid, top: int, left: int, height: int, width: int, color: Color) -> Grid:
    """Draw the one-cell border of a height x width rectangle at (top, left)."""
    if height < 1 or width < 1:
        return freeze(grid)
    bottom, right = top + height - 1, left + width - 1
    border = [(top, c) for c in range(left, right + 1)] + [
        (bottom, c) for c in range(left, right + 1)
    ]
    border += [(r, left) for r in range(top, bottom + 1)] + [
        (r, right) for r in range(top, bottom + 1)
    ]
    return fill_cells(grid, border, color)


def _reach(grid: Grid, seeds: list[Cell], passable: np.ndarray, diagonal: bool) -> np.ndarray:
    h, w = grid.shape
    open_ = passable.ravel().tolist()
    reached = np.zeros(h * w, dtype=bool)
    reached[spread([r * w + c for r, c in seeds], open_, links(h, w, diagonal))] = True
    return reached.reshape(h, w)


@primitive("drawing")
def flood_fill(grid: Grid, start: Cell, color: Color, diagonal: bool = False) -> Grid:
    """Repaint the region of start's colour connected to start."""
    h, w = grid.shape
    if not (0 <= start[0] < h and 0 <= start[1] < w):
        raise ValueError(f"start {start} lies outside the {h}x{w} grid")
    region = _reach(grid, [start], grid == grid[start], diagonal)
    return freeze(np.where(region, color, grid))


@primitive("drawing")
def fill_enclosed(grid: Grid, color: Color, background: Color) -> Grid:
    """Paint `background` cells that cannot reach the grid's edge through background."""
    h, w = grid.shape
    edge = [(r, c) for r in range(h) for c in range(w) if r in (0, h - 1) or c in (0, w - 1)]
    outside = _reach(grid, edge, grid == background, diagonal=False)
    return freeze(np.where((grid == background) & ~outside, color, grid))


@primitive("drawing")
def gravity(grid: Grid, direction: Direction, background: Color) -> Grid:
    """Let every non-background cell fall towards `direction` until it rests on another."""
    quarter_turns = {"down": 0, "left": 1, "up": 2, "right": 3}
    if direction not in quarter_turns:
        raise ValueError(f"direction must be one of {', '.join(quarter_turns)}, not {direction!r}")
    turns = quarter_turns[direction]
    g = np.rot90(grid, turns)
    out = np.full_like(g, background)
    for c in range(g.shape[1]):
        column = [v for v in g[:, c] if v != background]
        if column:
            out[g.shape[0] - len(column) :, c] = column
    return freeze(np.rot90(out, -turns))
