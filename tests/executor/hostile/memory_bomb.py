# expect: error MemoryError
"""A list of ten billion items: refused by the address-space limit."""


def transform(grid):
    return [0] * (10**10)
