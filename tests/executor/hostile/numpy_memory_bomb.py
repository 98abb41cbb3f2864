# expect: error Unable to allocate
"""An 80 GB numpy array: refused by the address-space limit."""


def transform(grid):
    return np.ones((100_000, 100_000))
