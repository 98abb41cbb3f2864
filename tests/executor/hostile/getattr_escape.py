# expect: rejected 'getattr'
"""Attribute names built from strings."""


def transform(grid):
    return getattr(grid, "__cl" + "ass__")
