"""Value kinds of primitive parameters and results, read from their type hints."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any

import numpy as np

from dsl.registry import Primitive
from dsl.types import Object


@dataclass(frozen=True)
class Slot:
    """One parameter: its name, kind, allowed literal values, and whether it may be left out."""

    name: str
    kind: str
    choices: tuple[Any, ...] = ()
    optional: bool = False
    nullable: bool = False


def kind_of(hint: Any) -> tuple[str, tuple[Any, ...], bool]:
    """(kind, literal choices, accepts None) for a resolved type hint."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, *meta = typing.get_args(hint)
        return ("colour" if "colour" in meta else kind_of(base)[0]), (), False
    if origin is typing.Literal:
        return "literal", typing.get_args(hint), False
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        kind, choices, _ = kind_of(args[0])
        return kind, choices, len(args) < len(typing.get_args(hint))
    if hint is np.ndarray or origin is np.ndarray:
        return "grid", (), False
    if hint is bool:
        return "bool", (), False
    if hint is int:
        return "int", (), False
    if hint is Object:
        return "object", (), False
    if origin is list:
        inner = kind_of(typing.get_args(hint)[0])[0]
        return f"list[{inner}]", (), False
    if origin is tuple:
        return "tuple", (), False
    return "other", (), False


def slots(prim: Primitive) -> list[Slot]:
    """The primitive's parameters as slots, in order."""
    hints = prim.hints
    result = []
    for param in prim.signature.parameters.values():
        kind, choices, nullable = kind_of(hints[param.name])
        optional = param.default is not param.empty
        result.append(Slot(param.name, kind, choices, optional, nullable))
    return result


def result_kind(prim: Primitive) -> str:
    """The kind of value the primitive returns."""
    return kind_of(prim.hints["return"])[0]
