"""A small typed DSL of pure functions on immutable ARC grids.

Importing the package registers every primitive; `dsl.__all__` is what a program may name.
"""

from dsl.colour import (
    count_color,
    find,
    least_common,
    map_colors,
    most_common,
    only,
    palette,
    replace,
)
from dsl.composition import canvas, combine, hconcat, hsplit, overlay, partition, vconcat, vsplit
from dsl.drawing import fill_cells, fill_enclosed, flood_fill, gravity, line, outline, ray, rect
from dsl.geometry import (
    crop,
    downscale,
    height,
    mirror,
    pad,
    rotate,
    shift,
    tile,
    trim,
    upscale,
    width,
)
from dsl.objects import (
    bbox,
    cells,
    color,
    from_grid,
    move,
    normalize,
    objects,
    paint,
    recolor,
    size,
    subgrid,
    touches_border,
)
from dsl.patterns import fill_pattern, is_symmetric, period, symmetrize
from dsl.registry import REGISTRY
from dsl.types import (
    BLACK,
    BLUE,
    BROWN,
    CYAN,
    GREEN,
    GREY,
    ORANGE,
    PINK,
    RED,
    YELLOW,
    Grid,
    Object,
)

CONSTANTS = ["BLACK", "BLUE", "RED", "GREEN", "YELLOW", "GREY", "PINK", "ORANGE", "CYAN", "BROWN"]
__all__ = sorted(REGISTRY) + CONSTANTS + ["Grid", "Object"]
