# expect: rejected 'os'
# unguarded: error broke the protocol
"""Garbage written to every descriptor, the reply pipe included: the parent rejects it."""

import os


def transform(grid):
    for fd in range(3, 64):
        try:
            os.write(fd, b"\x10\x00\x00\x00not a reply at all")
        except OSError:
            pass
    return grid
