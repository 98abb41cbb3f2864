# expect: rejected '__import__'
# unguarded: error PermissionError
"""__import__ called by name, then a file written."""


def transform(grid):
    os = __import__("os")
    fd = os.open("/tmp/evo_hostile_pwned_dunder", os.O_WRONLY | os.O_CREAT)
    os.write(fd, b"pwned")
    return grid
