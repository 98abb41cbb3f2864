# expect: rejected 'save'
# unguarded: error PermissionError
"""Writing a file through numpy."""


def transform(grid):
    np.save("/tmp/evo_hostile_pwned_numpy_save.npy", grid)
    return grid
