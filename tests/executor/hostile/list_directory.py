# expect: rejected 'os'
# unguarded: error PermissionError
"""Looking around the file system."""

import os


def transform(grid):
    return [[len(os.listdir("/"))]]
