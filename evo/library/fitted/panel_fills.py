"""Rule families for grids cut into panels by divider lines: a panel copied or turned into every
panel, diagonal panels filled, rows below a divider cycling the header's colours."""

from __future__ import annotations

from itertools import product

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform


def divider(f: Facts) -> int | None:
    """The one colour (not the background) with full rows or columns in every train input,
    if exactly one has."""
    found = set(range(10)) - {f.background}
    for a, _ in f.train:
        full = {int(r[0]) for r in a if (r == r[0]).all()}
        full |= {int(c[0]) for c in a.T if (c == c[0]).all()}
        found &= full
    return found.pop() if len(found) == 1 and f.train else None


def panel_copies(f: Facts) -> list[Transform]:
    """The fullest panel between divider lines copied into every panel."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    bg = f.background
    rows = f"[r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)), {line})"
    cols = f"[c for c in range(width($g)) if count_color(crop($g, 0, c, height($g), 1), {line})"
    lines = (
        f"min({rows} == width($g)] + [height($g)])",
        f"min({cols} == height($g)] + [width($g)])",
        "[crop($g, r, c, $0, $1) for r in range(0, height($g), $0 + 1)"
        " for c in range(0, width($g), $1 + 1)]",
        f"max($2, key=lambda p: height(p) * width(p) - count_color(p, {bg}))",
        f"vconcat(hconcat($3, canvas({line}, $0, 1)), canvas({line}, 1, $1 + 1))",
        "crop(tile($4, height($g) // height($4) + 1, width($g) // width($4) + 1), 0, 0,"
        " height($g), width($g))",
    )
    return fitting([Transform("panel copy", lines, KEEP)], f.train, MOST_FIT)


def panel_turns(f: Facts) -> list[Transform]:
    """The first panel (left of the first divider column, or above the first divider row)
    repeated into every panel, turned a further quarter (or three, or two) each time."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    found = []
    for axis in (1, 0):
        size, other = ("width($g)", "height($g)") if axis == 1 else ("height($g)", "width($g)")
        cut = "crop($g, 0, i, height($g), 1)" if axis == 1 else "crop($g, i, 0, 1, width($g))"
        first = "crop($g, 0, 0, height($g), $0)" if axis == 1 else "crop($g, 0, 0, $0, width($g))"
        at = "(r, i * ($0 + 1) + c" if axis == 1 else "(i * ($0 + 1) + r, c"
        for k in (1, 3, 2):
            cells = (
                f"{at}, $2[i][r, c]) for i in range(len($2))"
                " for r in range(height($2[i])) for c in range(width($2[i]))"
            )
            lines = (
                f"[i for i in range({size}) if count_color({cut}, {line}) == {other}][0]",
                first,
                f"[rotate($1, {k} * i % 4) for i in range({size} // ($0 + 1) + 1)]",
                f"paint($g, Object(frozenset({cells})))",
            )
            found.append(Transform("panel turns", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def header_cycles(f: Facts) -> list[Transform]:
    """The rows below the divider row painted whole, in turn, in the first row's colours."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    cells = (
        "(r, c, $g[0, (r - $0 - 1) % width($g)]) for r in range($0 + 1, height($g))"
        " for c in range(width($g))"
    )
    lines = (
        f"[r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)), {line})"
        " == width($g)][0]",
        f"paint($g, Object(frozenset({cells})))",
    )
    return fitting([Transform("header cycle", lines, KEEP)], f.train, MOST_FIT)


def diagonal_panels(f: Facts) -> list[Transform]:
    """The first, middle and last panels along the diagonal of a grid cut by divider lines
    filled, each in a colour the outputs bring in."""
    line = divider(f) if f.same_shape else None
    if line is None or not 0 < len(f.new_colours) <= 3:
        return []
    spans = "[(a + 1, b - a - 1) for a, b in zip(${k}, ${k}[1:]) if b - a > 1]"
    head = (
        f"[-1] + [r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)),"
        f" {line}) == width($g)] + [height($g)]",
        spans.format(k=0),
        f"[-1] + [c for c in range(width($g)) if count_color(crop($g, 0, c, height($g), 1),"
        f" {line}) == height($g)] + [width($g)]",
        spans.format(k=2),
    )
    picks = (("0", "0"), ("len($1) // 2", "len($3) // 2"), ("-1", "-1"))
    found = []
    for colours in product(f.new_colours, repeat=3):
        lines = list(head)
        for (p, q), c in zip(picks, colours, strict=True):
            prev = "$g" if len(lines) == 4 else f"${len(lines) - 1}"
            lines.append(f"rect({prev}, $1[{p}][0], $3[{q}][0], $1[{p}][1], $3[{q}][1], {c})")
        found.append(Transform("diagonal panels", tuple(lines), KEEP))
    return fitting(found, f.train, MOST_FIT)
