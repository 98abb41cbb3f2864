# expect: timeout
"""A loop that catches the alarm and carries on: the parent kills the worker."""


def transform(grid):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
