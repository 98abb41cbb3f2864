# expect: rejected 'fromfile'
# unguarded: error PermissionError
"""Reading a file through numpy."""


def transform(grid):
    return np.fromfile("/etc/passwd", dtype=np.uint8)
