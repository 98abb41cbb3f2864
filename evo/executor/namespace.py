"""What a program sees when it runs: restricted builtins, a gated import, the DSL, np, math."""

from __future__ import annotations
import __future__

import builtins
import collections
import copy
import functools
import itertools
import math
import sys
import types
import typing
from typing import Any

import numpy as np
import numpy.fft
import numpy.linalg
import numpy.random

import dsl
from dsl.registry import allowed_names
from evo.executor.guard import import_problem

SAFE_BUILTINS = (
    "abs all any ascii bin bool bytearray bytes callable chr classmethod complex dict divmod "
    "enumerate filter float format frozenset hasattr hash hex id int isinstance issubclass iter "
    "len list map max min next object oct ord pow property range repr reversed round set slice "
    "sorted staticmethod str sum super tuple zip True False None NotImplemented Ellipsis "
    "__build_class__"
).split() + [
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
]
"""Builtins a program may use (plus every exception class); open, eval, getattr... are absent."""

MODULES: dict[str, types.ModuleType] = {
    "numpy": np,
    "numpy.linalg": numpy.linalg,
    "numpy.fft": numpy.fft,
    "numpy.random": numpy.random,
    "math": math,
    "dsl": dsl,
    "itertools": itertools,
    "collections": collections,
    "functools": functools,
    "copy": copy,
    "typing": typing,
    "__future__": __future__,
}
"""The only modules an import statement in a program can yield (all loaded in advance)."""


class ImportRejected(BaseException):
    """Raised by the import gate; a BaseException so that `except Exception` lets it pass."""


class ImportGate:
    """The `__import__` of programs: hands out preloaded allowed modules, never loads one."""

    def __init__(self) -> None:
        self.violation: str | None = None

    def __call__(
        self,
        name: str,
        globals: Any = None,
        locals: Any = None,
        fromlist: Any = (),
        level: int = 0,
    ) -> types.ModuleType:
        if type(fromlist) is list:  # C code importing (PyImport_Import), never a statement
            return sys.modules[name]
        problem = import_problem(name, fromlist, level)
        if problem is None and name not in MODULES:
            problem = f"import of '{name}' is not allowed"
        if problem:
            self.violation = problem
            raise ImportRejected(problem)
        return MODULES[name] if fromlist else MODULES[name.partition(".")[0]]


def _print(*args: object, **kwargs: object) -> None:
    """The `print` of programs: discards everything."""


def _type(obj: object) -> type:
    """The `type` of programs: type(x) only; type(name, bases, dict) could smuggle in dunders."""
    return builtins.type(obj)


def restricted_builtins(gate: ImportGate) -> dict[str, Any]:
    """The builtins dict programs run with."""
    table = {name: getattr(builtins, name) for name in SAFE_BUILTINS}
    return table | {"__import__": gate, "print": _print, "type": _type}


def base_namespace(gate: ImportGate, full_builtins: bool = False) -> dict[str, Any]:
    """Globals every program starts from: builtins, the DSL, np and math (copy per program)."""
    chosen = vars(builtins).copy() if full_builtins else restricted_builtins(gate)
    if full_builtins:
        chosen["print"] = _print
    names = {name: getattr(dsl, name) for name in allowed_names()}
    return {"__builtins__": chosen, "__name__": "__program__", "np": np, "math": math} | names
