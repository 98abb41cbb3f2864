"""Rule families moving pieces: cells into the box of another colour's markers, corner cells out
to the opposite corners, bars stacked into stairs and corner pieces put together."""

from __future__ import annotations

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.fitted.grid_builders import content_box
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform


def _colour_pairs(f: Facts) -> list[tuple[int, int]]:
    """Ordered pairs of distinct non-background colours found in every train input."""
    shared = shared_colours(f)
    return [(x, y) for x in shared for y in shared if x != y]


def frame_moves(f: Facts) -> list[Transform]:
    """The cells of one colour moved to sit just inside the box of the markers of another."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for x, y in _colour_pairs(f):
        lines = (
            f"from_grid(only($g, {x}, {bg}), {bg})",
            f"bbox(from_grid(only($g, {y}, {bg}), {bg}))",
            "move($0, $1[0] + 1 - bbox($0)[0], $1[1] + 1 - bbox($0)[1])",
            f"paint(replace($g, {x}, {bg}), $2)",
        )
        found.append(Transform("frame move", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def bar_stairs(f: Facts) -> list[Transform]:
    """One-row bars stacked at the bottom, longest lowest, flush right or left."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for start in ("width($g) - size(o) + j", "j"):
        cells = (
            f"(height($g) - 1 - i, {start}, color(o))"
            " for i, o in enumerate(sorted($0, key=size, reverse=True)) for j in range(size(o))"
        )
        lines = (
            f"objects($g, {bg}, False, False)",
            f"paint(canvas({bg}, height($g), width($g)), Object(frozenset({cells})))",
        )
        found.append(Transform("bar stairs", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def corner_pieces(f: Facts) -> list[Transform]:
    """Pieces filling three cells of a 2x2 box put together into a square, each in the corner
    its missing cell points away from."""
    bg = f.background
    if not all(b.shape == (4, 4) for _, b in f.train):
        return []
    gap = f"[(i, j) for i in (0, 1) for j in (0, 1) if subgrid(o, {bg})[i, j] == {bg}][0]"
    cells = (
        f"(2 - 2 * m[0] + r - bbox(o)[0], 2 - 2 * m[1] + c - bbox(o)[1], $g[r, c])"
        f" for o in $0 for m in [{gap}] for r, c in cells(o)"
    )
    lines = (
        f"objects($g, {bg}, True, False)",
        f"paint(canvas({bg}, 4, 4), Object(frozenset({cells})))",
    )
    return fitting([Transform("corner pieces", lines)], f.train, MOST_FIT)


def block_corners(f: Facts) -> list[Transform]:
    """Each cell of a lone 2x2 block of colours copied as a 2x2 block into the corner
    diagonally opposite it, outside the block."""
    if not f.same_shape or not all(content_box(a, f.background) == (2, 2) for a, _ in f.train):
        return []
    cells = (
        "(t + 2 - 4 * i + a, l + 2 - 4 * j + b, $g[t + i, l + j])"
        " for t, l, _, _ in [$0] for i in (0, 1) for j in (0, 1) for a in (0, 1) for b in (0, 1)"
    )
    lines = (f"bbox(from_grid($g, {f.background}))", f"paint($g, Object(frozenset({cells})))")
    return fitting([Transform("block corners", lines, KEEP)], f.train, MOST_FIT)


def frame_corners(f: Facts) -> list[Transform]:
    """The cells in the inner corners of the largest object's box moved just outside its
    diagonally opposite outer corners."""
    if not f.same_shape:
        return []
    bg = f.background
    src = "(t + 1 + i * (h - 3), l + 1 + j * (w - 3))"
    dst = "(t - 1 + (1 - i) * (h + 1), l - 1 + (1 - j) * (w + 1))"
    pick = "for t, l, h, w in [$0] for i in (0, 1) for j in (0, 1)"
    found = []
    for diagonal in (False, True):
        lines = (
            f"bbox(max(objects($g, {bg}, {diagonal}, False), key=size))",
            f"[({dst}, $g[{src}]) {pick}]",
            f"fill_cells($g, [{src} {pick}], {bg})",
            "paint($2, Object(frozenset((*p, v) for p, v in $1)))",
        )
        found.append(Transform("frame corners", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)
