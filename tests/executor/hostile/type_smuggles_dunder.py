# expect: error TypeError
"""A class built by type() with a dunder hidden in a computed key: only type(x) is available."""


def transform(grid):
    key = "__array" + "_interface__"
    fake = type("Fake", (), {key: {"shape": (1, 1), "typestr": "<i8", "data": (8, False)}})
    return np.asarray(fake())
