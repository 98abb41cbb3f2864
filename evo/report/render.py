"""Grids as text: ANSI colour blocks for terminals, plain digits otherwise, HTML tables."""

from __future__ import annotations

from collections.abc import Sequence

from dsl.types import Grid

ARC_RGB: tuple[tuple[int, int, int], ...] = (
    (0, 0, 0),
    (0, 116, 217),
    (255, 65, 54),
    (46, 204, 64),
    (255, 220, 0),
    (170, 170, 170),
    (240, 18, 190),
    (255, 133, 27),
    (127, 219, 255),
    (135, 12, 37),
)


def grid_lines(grid: Grid | None, color: bool) -> list[str]:
    """Render a grid as lines: two-space colour blocks, or digits separated by spaces."""
    if grid is None:
        return ["(unknown)"]
    if not color:
        return [" ".join(str(int(v)) for v in row) for row in grid]
    lines = []
    for row in grid:
        blocks = []
        for v in row:
            r, g, b = ARC_RGB[int(v)]
            blocks.append(f"\x1b[48;2;{r};{g};{b}m  ")
        lines.append("".join(blocks) + "\x1b[0m")
    return lines


def side_by_side(grids: Sequence[Grid | None], titles: Sequence[str], color: bool) -> str:
    """Lay several grids out left to right with a title above each."""
    columns = [grid_lines(g, color) for g in grids]
    widths = [
        max(len(t), (g.shape[1] * 2 if g is not None else 9) if color else len(c[0]))
        for g, t, c in zip(grids, titles, columns, strict=True)
    ]
    visible = [g.shape[1] * 2 if (g is not None and color) else None for g in grids]
    height = max(len(c) for c in columns)
    out = ["   ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True)).rstrip()]
    for i in range(height):
        parts = []
        for col, w, vis in zip(columns, widths, visible, strict=True):
            text = col[i] if i < len(col) else ""
            shown = vis if text and vis is not None else len(text)
            parts.append(text + " " * (w - shown))
        out.append("   ".join(parts).rstrip())
    return "\n".join(out)


def grid_html(grid: Grid | None) -> str:
    """Render a grid as a self-contained HTML table of coloured cells."""
    if grid is None:
        return "<p>(unknown)</p>"
    rows = []
    for row in grid:
        cells = "".join(
            '<td style="background:rgb({},{},{})"></td>'.format(*ARC_RGB[int(v)]) for v in row
        )
        rows.append(f"<tr>{cells}</tr>")
    return '<table class="grid">' + "".join(rows) + "</table>"
