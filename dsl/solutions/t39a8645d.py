"""Return the shape that occurs most often."""

from dsl import BLACK, normalize, objects, subgrid


def transform(grid):
    shapes = [normalize(o) for o in objects(grid, BLACK, diagonal=True)]
    return subgrid(max(shapes, key=lambda s: len([t for t in shapes if t == s])), BLACK)
