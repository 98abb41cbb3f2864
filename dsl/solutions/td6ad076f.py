"""Bridge the gap between the two blocks with cyan, one cell narrower on each side."""

from dsl import BLACK, CYAN, bbox, objects, rect


def transform(grid):
    (t1, l1, h1, w1), (t2, l2, h2, w2) = [bbox(o) for o in objects(grid, BLACK)]
    if l1 + w1 <= l2 or l2 + w2 <= l1:
        left, right = min(l1 + w1, l2 + w2), max(l1, l2)
        top, bottom = max(t1, t2) + 1, min(t1 + h1, t2 + h2) - 1
    else:
        top, bottom = min(t1 + h1, t2 + h2), max(t1, t2)
        left, right = max(l1, l2) + 1, min(l1 + w1, l2 + w2) - 1
    return rect(grid, top, left, bottom - top, right - left, CYAN)
