"""Move the patterned shapes onto the other half so their marker cells land on matching markers."""

from dsl import cells, count_color, height, hsplit, most_common, move, objects, paint, vsplit, width


def busy(g):
    return height(g) * width(g) - count_color(g, most_common(g))


def transform(grid):
    a, b = vsplit(grid, 2) if height(grid) > width(grid) else hsplit(grid, 2)
    source, target = (a, b) if busy(a) > busy(b) else (b, a)
    bg = most_common(target)
    free = [
        (r, c) for r in range(height(target)) for c in range(width(target)) if target[r, c] != bg
    ]
    inks = {target[cell] for cell in free}
    shapes = objects(source, most_common(source), multicolor=True)
    keyed = [(shape, [cell for cell in cells(shape) if source[cell] in inks]) for shape in shapes]
    keyed = [(shape, keys) for shape, keys in keyed if keys]
    out = target
    for shape, keys in sorted(keyed, key=lambda sk: -len(sk[1])):
        for r, c in free:
            dr, dc = r - keys[0][0], c - keys[0][1]
            spots = [(kr + dr, kc + dc) for kr, kc in keys]
            if all(s in free and target[s] == source[k] for s, k in zip(spots, keys, strict=True)):
                out = paint(out, move(shape, dr, dc))
                free = [s for s in free if s not in spots]
                break
    return out
