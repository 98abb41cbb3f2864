# expect: rejected 'ctypes'
# unguarded: ok
"""fork and execve straight through libc: both fail, so the program just returns its grid."""

import ctypes


def transform(grid):
    libc = ctypes.CDLL(None)
    if libc.fork() == 0:
        libc.execv(b"/bin/touch", None)
    return grid
