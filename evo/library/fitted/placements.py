"""Families that put objects or cells somewhere new: aligned with a reference object, slid up
against blocks or lines, or stamped from a many-coloured template."""

from __future__ import annotations

from evo.library.fitted.checks import Pairs, fits, fitting
from evo.library.fitted.pair_reading import SIDES, SPARSE, rarest, same_pairs, sparse_colours
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform


def aligns(f: Facts) -> list[Transform]:
    """Objects moved up or down (or sideways) to line up with the object of one colour."""
    pairs, bg = same_pairs(f), f.background
    found = []
    for x in shared_colours(f):
        for axis in (0, 1):
            ref = f"bbox(from_grid(only($g, {x}, {bg}), {bg}))[{axis}]"
            step = f"{ref} - bbox(o)[{axis}]"
            moved = f"move(o, {step}, 0)" if axis == 0 else f"move(o, 0, {step})"
            lines = (
                f"objects($g, {bg}, True, True)",
                f"[{moved} for o in $0]",
                "Object(frozenset(x for o in $1 for x in o.cells))",
                f"paint(canvas({bg}, height($g), width($g)), $2)",
            )
            found.append(Transform("align", lines, KEEP))
    return fitting(found, pairs, 1)


def _magnet(k: str, x: str, t: str, bg: int) -> Transform:
    """Cells of colour `k` erased and redrawn in `t` beside the first `x` cell they point at,
    queued behind the `k` cells on the way."""
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    free = inside.format(j="j") + f" and $g[r + j * a, c + j * b] in ({bg}, {k})"
    end = f"next((j for j in range(1, 31) if not ({free})), 0)"
    hit = inside.format(j="n") + f" and $g[r + n * a, c + n * b] == {x}"
    queue = f"sum($g[r + j * a, c + j * b] == {k} for j in range(1, n))"
    cells = (
        f"[(r + (n - 1 - m) * a, c + (n - 1 - m) * b) for r, c in find($g, {k}) "
        f"for a, b in {SIDES!r} for n in [{end}] if {hit} for m in [{queue}]]"
    )
    return Transform("magnet", (f"replace($g, {k}, {bg})", f"fill_cells($0, {cells}, {t})"), KEEP)


def magnets(f: Facts) -> list[Transform]:
    """Lone cells slid up to the block they point at, in their own colour or the block's;
    cells pointing at no block vanish. Fixed colours, or the rarest onto the commonest."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    found = []
    for k in sparse_colours(f, pairs):
        if not any(((a == k) & (b != k)).any() for a, b in pairs):
            continue
        for x in f.colours:
            if x not in (bg, k) and all(x in a for a, _ in pairs):
                found += [_magnet(str(k), str(x), str(t), bg) for t in (k, x)]
    rare = "least_common($g)"
    block = f"max(palette($g), key=lambda v: (v != {bg}, count_color($g, v)))"
    if all(((a == rarest(a)) & (b != a)).any() for a, b in pairs):
        found += [_magnet(rare, block, t, bg) for t in (rare, block)]
    return fitting(found, pairs, 1)


def shape_stamps(f: Facts) -> list[Transform]:
    """The many-coloured template drawn over every object of one colour with its shape, the
    template itself kept or erased."""
    pairs, bg = same_pairs(f), f.background
    found = []
    for x in shared_colours(f):
        template = "max($0, key=lambda o: len({v for _, _, v in o.cells}))"
        shape = "normalize(recolor({o}, 0))"
        targets = (
            f"[o for o in $0 if color(o) == {x} and len({{v for _, _, v in o.cells}}) == 1"
            f" and {shape.format(o='o')} == {shape.format(o='$1')}]"
        )
        moved = "move($1, bbox(o)[0] - bbox($1)[0], bbox(o)[1] - bbox($1)[1])"
        stamps = f"Object(frozenset(x for o in $2 for x in {moved}.cells))"
        for diagonal in (False, True):
            listing = f"objects($g, {bg}, {diagonal}, True)"
            for base in ("$g", f"fill_cells($g, cells($1), {bg})"):
                lines = (listing, template, targets, stamps, f"paint({base}, $3)")
                found.append(Transform("shape stamp", lines, KEEP))
    return fitting(found, pairs, 1)


def _full_lines(pairs: Pairs) -> set[int]:
    """Colours that fill a whole row or column of every train input."""
    found = None
    for a, _ in pairs:
        rows = {int(r[0]) for r in a if (r == r[0]).all()}
        cols = {int(c[0]) for c in a.T if (c == c[0]).all()}
        found = (rows | cols) if found is None else found & (rows | cols)
    return found or set()


def marker_stamps(f: Facts) -> list[Transform]:
    """The many-coloured template drawn centred on every cell of a marker colour (the template
    found after erasing divider lines, when there are some)."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    found = []
    erasers = ["$g"] + [f"replace($g, {d}, {bg})" for d in sorted(_full_lines(pairs) - {bg})]
    for m in f.colours:
        if m == bg or not all(0 < int((a == m).sum()) <= SPARSE for a, _ in pairs):
            continue
        for grid in erasers:
            listing = f"objects({grid}, {bg}, False, True)"
            lines = (
                f"[o for o in {listing} if {m} not in palette(subgrid(o, {bg}))]",
                "max($0, key=lambda o: (len({v for _, _, v in o.cells}), size(o)))",
                "(bbox($1)[0] + bbox($1)[2] // 2, bbox($1)[1] + bbox($1)[3] // 2)",
                f"Object(frozenset((r + y - $2[0], c + x - $2[1], v) for r, c in find($g, {m})"
                " for y, x, v in $1.cells))",
                "paint($g, $3)",
            )
            found.append(Transform("marker stamp", lines, KEEP))
    return fitting(found, pairs, 1)


def attachments(f: Facts) -> list[Transform]:
    """Lone cells slid up against a full line of their own colour that they face (across other
    lines); lone cells facing none vanish."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    every = "r in range(height($g)) for c in range(width($g))"
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    line = "$g[r + j * a, c + j * b] == $g[r, c] and (r + j * a in $0 or c + j * b in $1)"
    end = f"next((j for j in range(1, 31) if not ({inside.format(j='j')}) or {line}), 0)"
    hit = inside.format(j="n")
    lines = (
        f"{{r for r in range(height($g)) if $g[r, 0] != {bg} and len(set($g[r].tolist())) == 1}}",
        f"{{c for c in range(width($g)) if $g[0, c] != {bg} and len(set($g[:, c].tolist())) == 1}}",
        f"{{(r, c) for {every} if $g[r, c] == {bg} or (r not in $0 and c not in $1)}}",
        f"fill_cells($g, [p for p in $2 if $g[p] != {bg}], {bg})",
        f"Object(frozenset((r + (n - 1) * a, c + (n - 1) * b, $g[r, c]) for r, c in $2"
        f" if $g[r, c] != {bg} for a, b in {SIDES!r} for n in [{end}] if {hit}))",
        "paint($3, $4)",
    )
    found = Transform("attachment", lines, KEEP)
    return [found] if fits(found, pairs) else []
