# expect: rejected 'as_strided'
"""Strides that reach past the array: a read and write anywhere in the worker's memory."""


def transform(grid):
    view = np.lib.stride_tricks.as_strided(grid, shape=(10**6,), strides=(8,))
    return [[int(view[-1]) % 10]]
