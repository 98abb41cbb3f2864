"""pass@2: whether every test output is among the attempts made for its input."""

from __future__ import annotations

from collections.abc import Sequence

Rows = list[list[int]]
"""A grid as JSON-ready rows."""


def pass_at(
    predicted: Sequence[Sequence[Rows]], expected: Sequence[Rows | None], tries: int = 2
) -> bool | None:
    """Whether every test output is among the first `tries` attempts for its input (pass@2
    by default); None when an expected output is unknown."""
    if any(e is None for e in expected):
        return None
    return all(e in list(t)[:tries] for t, e in zip(predicted, expected, strict=True))
