# expect: rejected 'os'
# unguarded: error broke the protocol
"""A forged 'fail' message, as if the sandbox had broken: the parent does not fall for it."""
import os


def transform(grid):
    message = b'["fail", "forged"]'
    for fd in range(3, 64):
        try:
            os.write(fd, len(message).to_bytes(4, "little") + message)
        except OSError:
            pass
    return grid
