"""Transforms that pick one part of a grid: an object, a colour's box, or a divided panel."""

from __future__ import annotations

from evo.library.infer import Facts
from evo.library.transforms import SHRINK, Transform

CONNECTIVITY = ((False, False), (True, False), (False, True), (True, True))
"""(diagonal, multicolor) settings of `objects`."""

OBJECT_PICKS = {
    "largest": "max($0, key=size)",
    "smallest": "min($0, key=size)",
    "widest box": "max($0, key=lambda o: bbox(o)[2] * bbox(o)[3])",
    "first": "$0[0]",
    "last": "$0[-1]",
}
"""Ways to choose one object from the list `$0` of a grid's objects."""

PANEL_PICKS = {
    "fullest": "max($0, key=lambda p: height(p) * width(p) - count_color(p, {bg}))",
    "emptiest": "min($0, key=lambda p: height(p) * width(p) - count_color(p, {bg}))",
    "most colours": "max($0, key=lambda p: len(palette(p)))",
    "fewest colours": "min($0, key=lambda p: len(palette(p)))",
    "first": "$0[0]",
    "last": "$0[-1]",
}
"""Ways to choose one panel from the list `$0` of a grid's panels."""

OPS = ("and", "or", "xor", "nor", "left", "right")


def _part(family: str, lines: tuple[str, ...]) -> Transform:
    """A transform whose output is a piece of its input, so never larger."""
    return Transform(family, lines, SHRINK)


def object_crops(f: Facts) -> list[Transform]:
    """The chosen object alone on background, or the grid cropped to its box."""
    bg = f.background
    found = []
    for diagonal, multi in CONNECTIVITY:
        listing = f"objects($g, {bg}, {diagonal}, {multi})"
        picks = dict(OBJECT_PICKS)
        picks["symmetric"] = f"max($0, key=lambda o: is_symmetric(subgrid(o, {bg}), 'h'))"
        if multi:
            picks["most colours"] = f"max($0, key=lambda o: len(palette(subgrid(o, {bg}))))"
            for c in [] if f.same_shape else f.colours:
                if c != bg and all(c in a for a, _ in f.train):
                    most = f"max($0, key=lambda o: count_color(subgrid(o, {bg}), {c}))"
                    picks[f"most {c}"] = most
        for expr in picks.values():
            found.append(_part("object", (listing, expr, f"subgrid($1, {bg})")))
            found.append(_part("object box", (listing, expr, "crop($g, *bbox($1))")))
        for pick in ("min", "max"):
            chosen = f"$0[{pick}(range(len($1)), key=lambda i: $1.count($1[i]))]"
            lines = (listing, "[color(p) for p in $0]", chosen)
            found.append(_part("object", (*lines, f"subgrid($2, {bg})")))
            found.append(_part("object box", (*lines, "crop($g, *bbox($2))")))
    return found


def unique_shape_crops(f: Facts) -> list[Transform]:
    """The object whose shape fewest (or most) other objects share."""
    bg = f.background
    found = []
    for diagonal, multi in CONNECTIVITY:
        for pick in ("min", "max"):
            lines = (
                f"objects($g, {bg}, {diagonal}, {multi})",
                "[normalize(recolor(p, 0)) for p in $0]",
                f"$0[{pick}(range(len($1)), key=lambda i: $1.count($1[i]))]",
            )
            found.append(_part("object", (*lines, f"subgrid($2, {bg})")))
            found.append(_part("object box", (*lines, "crop($g, *bbox($2))")))
    return found


def colour_boxes(f: Facts) -> list[Transform]:
    """The grid cropped to the box of one colour's cells (a fixed or the rarest colour)."""
    bg = f.background
    choices = [str(c) for c in f.colours if c != bg] + ["least_common($g)"]
    found = []
    for c in choices:
        cells = f"from_grid(only($g, {c}, {bg}), {bg})"
        found.append(_part("colour box", (cells, "crop($g, *bbox($0))")))
        found.append(
            _part(
                "colour box",
                (cells, "crop($g, *bbox($0))", "crop($1, 1, 1, height($1) - 2, width($1) - 2)"),
            )
        )
    return found


def _splits(f: Facts) -> list[str]:
    """Expressions listing a grid's panels: divider partitions and equal cuts."""
    found = ["[p for row in partition($g) for p in row]"]
    for parts in (2, 3, 4):
        found += [f"hsplit($g, {parts})", f"vsplit($g, {parts})"]
    return found


def panel_picks(f: Facts) -> list[Transform]:
    """One panel of a divided grid, chosen by content."""
    found = []
    for listing in _splits(f):
        for expr in PANEL_PICKS.values():
            found.append(_part("panel", (listing, expr.replace("{bg}", str(f.background)))))
        found.append(
            _part(
                "panel",
                (
                    listing,
                    "[p.tolist() for p in $0]",
                    "$0[min(range(len($1)), key=lambda i: $1.count($1[i]))]",
                ),
            )
        )
    return found


def panel_logic(f: Facts) -> list[Transform]:
    """Two panels combined cellwise (logic in an output colour, or one laid over the other)."""
    bg = f.background
    colours = [c for c in f.out_colours if c != bg] or [c for c in f.colours if c != bg]
    found = []
    for listing in ["[p for row in partition($g) for p in row]", "hsplit($g, 2)", "vsplit($g, 2)"]:
        for op in OPS:
            for c in colours:
                found.append(
                    _part("panel logic", (listing, f"combine($0[0], $0[1], {op!r}, {c}, {bg})"))
                )
        found.append(_part("panel overlay", (listing, f"overlay($0[0], $0[1], {bg})")))
        found.append(_part("panel overlay", (listing, f"overlay($0[1], $0[0], {bg})")))
        for axis in ("h", "v"):
            folded = (
                f"overlay($0[0], mirror($0[1], {axis!r}), {bg})",
                f"overlay(mirror($0[1], {axis!r}), $0[0], {bg})",
            )
            found += [_part("panel fold", (listing, x)) for x in folded]
    return found


def panel_colours(f: Facts) -> list[Transform]:
    """A cell per divided panel in the panel's main colour (background if it has no other)."""
    bg = f.background
    main = f"max(palette(p), key=lambda c: (c != {bg}) * count_color(p, c))"
    lines = [
        "partition($g)",
        f"[[{main} for p in row] for row in $0]",
        f"canvas({bg}, len($1), len($1[0]))",
    ]
    for c in f.out_colours:
        if c != bg:
            cells = "[(i, j) for i, row in enumerate($1) for j, v in enumerate(row) if v == {c}]"
            lines.append(f"fill_cells(${len(lines) - 1}, {cells.format(c=c)}, {c})")
    return [_part("panel colours", tuple(lines))]
