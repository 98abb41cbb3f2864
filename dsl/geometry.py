"""Geometry: turning, flipping, cutting, growing and moving whole grids."""

from __future__ import annotations

import numpy as np

from dsl.registry import primitive
from dsl.types import Axis, Color, Grid, freeze


@primitive("geometry")
def height(grid: Grid) -> int:
    """Number of rows."""
    return int(grid.shape[0])


@primitive("geometry")
def width(grid: Grid) -> int:
    """Number of columns."""
    return int(grid.shape[1])


@primitive("geometry")
def rotate(grid: Grid, turns: int) -> Grid:
    """Rotate clockwise by `turns` quarter turns."""
    return freeze(np.rot90(grid, -turns))


@primitive("geometry")
def mirror(grid: Grid, axis: Axis) -> Grid:
    """Flip: "h" left-right, "v" top-bottom, "d" main diagonal, "a" anti-diagonal."""
    flips = {
        "h": lambda g: g[:, ::-1],
        "v": lambda g: g[::-1, :],
        "d": lambda g: g.T,
        "a": lambda g: g[::-1, ::-1].T,
    }
    if axis not in flips:
        raise ValueError(f"axis must be one of h, v, d, a, not {axis!r}")
    return freeze(flips[axis](grid))


@primitive("geometry")
def crop(grid: Grid, top: int, left: int, height: int, width: int) -> Grid:
    """The height x width window whose top-left cell is (top, left), clipped to the grid."""
    bottom, right = max(top + height, 0), max(left + width, 0)
    window = grid[max(top, 0) : bottom, max(left, 0) : right]
    if window.size == 0:
        raise ValueError("crop window lies outside the grid")
    return freeze(window)


@primitive("geometry")
def trim(grid: Grid, background: Color) -> Grid:
    """Crop to the bounding box of the cells that are not `background`."""
    rows, cols = np.nonzero(grid != background)
    if rows.size == 0:
        return grid
    return freeze(grid[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1])


@primitive("geometry")
def pad(grid: Grid, size: int, color: Color) -> Grid:
    """Add a border `size` cells wide of `color` on every side."""
    return freeze(np.pad(grid, size, constant_values=color))


@primitive("geometry")
def tile(grid: Grid, rows: int, cols: int) -> Grid:
    """Repeat the grid `rows` times downwards and `cols` times across."""
    if rows < 1 or cols < 1:
        raise ValueError(f"tile counts must be at least 1, not {rows}x{cols}")
    return freeze(np.tile(grid, (rows, cols)))


@primitive("geometry")
def upscale(grid: Grid, factor: int) -> Grid:
    """Blow every cell up into a factor x factor block."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, not {factor}")
    return freeze(grid.repeat(factor, axis=0).repeat(factor, axis=1))


@primitive("geometry")
def downscale(grid: Grid, factor: int) -> Grid:
    """Keep the top-left cell of every factor x factor block."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, not {factor}")
    return freeze(grid[::factor, ::factor])


@primitive("geometry")
def shift(grid: Grid, down: int, right: int, fill: Color) -> Grid:
    """Move the contents down and right (negative: up and left), filling vacated cells."""
    h, w = grid.shape
    out = np.full_like(grid, fill)
    if abs(down) >= h or abs(right) >= w:
        return freeze(out)
    src = grid[max(0, -down) : h - max(0, down), max(0, -right) : w - max(0, right)]
    if src.size:
        out[
            max(0, down) : max(0, down) + src.shape[0], max(0, right) : max(0, right) + src.shape[1]
        ] = src
    return freeze(out)
