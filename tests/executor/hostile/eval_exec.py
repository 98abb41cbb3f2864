# expect: rejected 'eval'
"""Code built at run time."""


def transform(grid):
    return eval("__import__('os').system('id')")
