# expect: timeout
"""An endless iterator consumed in C, with allowed imports only: the parent kills the worker."""

import itertools
from collections import deque


def transform(grid):
    deque(itertools.count(), maxlen=0)
    return grid
