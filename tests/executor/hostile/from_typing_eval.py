# expect: rejected importing 'get_type_hints' from 'typing'
"""typing.get_type_hints evaluates strings: not importable."""

from typing import get_type_hints


def transform(grid):
    return get_type_hints(transform)
