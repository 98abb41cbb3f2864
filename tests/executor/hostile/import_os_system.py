# expect: rejected 'os'
# unguarded: ok
"""A shell command through os.system (it cannot start: no processes may be created)."""

import os


def transform(grid):
    os.system("touch /tmp/evo_hostile_pwned_system")
    return grid
