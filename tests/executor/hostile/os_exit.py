# expect: rejected 'os'
# unguarded: error the worker died (exited with code 0)
"""os._exit ends the worker process at once."""

import os


def transform(grid):
    os._exit(0)
