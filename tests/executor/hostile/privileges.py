# expect: rejected 'os'
# unguarded: error PermissionError
"""Taking root back."""

import os


def transform(grid):
    os.setuid(0)
    return grid
