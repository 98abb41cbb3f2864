# expect: rejected 'open'
# unguarded: error PermissionError
"""Reading a file (the task data, say)."""


def transform(grid):
    return open("/etc/passwd").read()
