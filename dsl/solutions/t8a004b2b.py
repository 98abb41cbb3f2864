"""Inside the yellow corners, complete the enlarged copy of the small shape."""

from dsl import YELLOW, crop, find, from_grid, height, paint, rect, trim, upscale, width


def transform(grid):
    corners = find(grid, YELLOW)
    (top, left), (bottom, right) = corners[0], corners[-1]
    h, w = bottom - top + 1, right - left + 1
    frame = crop(grid, top, left, h, w)
    small = trim(rect(grid, top, left, h, w, 0), 0)
    parts = [(r, c) for r in range(h) for c in range(w) if frame[r, c] not in (0, YELLOW)]
    for s in range(1, h // height(small) + 1):
        big = upscale(small, s)
        for dr in range(h - height(big) + 1):
            for dc in range(w - width(big) + 1):
                if all(
                    0 <= r - dr < height(big)
                    and 0 <= c - dc < width(big)
                    and big[r - dr, c - dc] == frame[r, c]
                    for r, c in parts
                ):
                    return paint(frame, from_grid(big, 0, dr, dc))
    return frame
