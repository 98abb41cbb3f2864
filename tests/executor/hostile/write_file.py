# expect: rejected 'open'
# unguarded: error PermissionError
"""Writing a file, relative and absolute."""


def transform(grid):
    open("evo_hostile_pwned_relative", "w").write("x")
    open("/tmp/evo_hostile_pwned_open", "w").write("x")
    return grid
