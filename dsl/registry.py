"""The registry of DSL primitives: the one list the footprint, sandbox and grammar read."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, get_type_hints

F = TypeVar("F", bound=Callable[..., Any])

THEMES = ("geometry", "colour", "objects", "composition", "drawing", "patterns")


@dataclass(frozen=True)
class Primitive:
    """One DSL function with its theme, resolved type hints and one-line summary."""

    name: str
    theme: str
    func: Callable[..., Any]

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return (self.func.__doc__ or "").strip().splitlines()[0]

    @property
    def hints(self) -> dict[str, Any]:
        """Resolved parameter and return annotations."""
        return get_type_hints(self.func, include_extras=True)

    @property
    def signature(self) -> inspect.Signature:
        """The Python signature."""
        return inspect.signature(self.func)


REGISTRY: dict[str, Primitive] = {}


def primitive(theme: str) -> Callable[[F], F]:
    """Register a function as a DSL primitive of the given theme."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")

    def register(func: F) -> F:
        if func.__name__ in REGISTRY:
            raise ValueError(f"primitive {func.__name__!r} registered twice")
        if not (func.__doc__ or "").strip():
            raise ValueError(f"primitive {func.__name__!r} has no docstring")
        REGISTRY[func.__name__] = Primitive(func.__name__, theme, func)
        return func

    return register


def primitives() -> list[Primitive]:
    """All registered primitives, grouped by theme in THEMES order."""
    import dsl  # noqa: F401  (importing the package registers every theme module)

    order = {t: i for i, t in enumerate(THEMES)}
    return sorted(REGISTRY.values(), key=lambda p: order[p.theme])


def allowed_names() -> frozenset[str]:
    """Names a program may call from the DSL (primitives plus constants and types)."""
    import dsl

    return frozenset(dsl.__all__)
