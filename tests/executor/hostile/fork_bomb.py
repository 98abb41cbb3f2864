# expect: rejected 'os'
# unguarded: error PermissionError
"""A fork bomb."""

import os


def transform(grid):
    while True:
        os.fork()
