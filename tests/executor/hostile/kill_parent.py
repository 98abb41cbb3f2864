# expect: rejected 'os'
# unguarded: error PermissionError
"""Signals to the parent and to init."""

import os


def transform(grid):
    os.kill(os.getppid(), 9)
    os.kill(1, 9)
    return grid
