# expect: rejected 'os'
# unguarded: ok
"""An escaped program inspects its prison: user nobody, no file size, bounded memory, empty cwd."""
import os
import resource


def transform(grid):
    if os.geteuid() == 0:
        raise RuntimeError("still root")
    if resource.getrlimit(resource.RLIMIT_FSIZE) != (0, 0):
        raise RuntimeError("may write files")
    if resource.getrlimit(resource.RLIMIT_AS)[0] > 2**31:
        raise RuntimeError("unbounded memory")
    if os.environ:
        raise RuntimeError("inherited environment")
    return grid
