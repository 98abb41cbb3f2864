# expect: rejected 'os'
"""numpy leads to os through its own modules."""


def transform(grid):
    np.lib.format.os.system("touch /tmp/evo_hostile_pwned_numpy")
    return grid
