# expect: rejected 'subprocess'
# unguarded: error PermissionError
"""A child process through subprocess."""

import subprocess


def transform(grid):
    subprocess.run(["touch", "/tmp/evo_hostile_pwned_subprocess"])
    return grid
