# expect: rejected '__class__'
"""A class pattern reads attributes by name without an attribute expression."""


def transform(grid):
    match grid:
        case object(__class__=cls):
            return cls
