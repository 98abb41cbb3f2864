# expect: rejected changing an attribute of 'np'
"""Monkey-patching numpy for the programs that run after this one."""


def transform(grid):
    np.rot90 = lambda *args, **kwargs: None
    return grid
