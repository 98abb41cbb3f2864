"""Programs as text: normalised hashes, DSL usage, and the straight-line step form."""

from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import dataclass
from typing import Any, cast

from dsl.registry import REGISTRY


def normalise(code: str) -> str:
    """Canonical text of a program: comments, blank lines, docstrings and layout removed."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return code.strip()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and _is_docstring(body[0]):
            node.body = body[1:] or [ast.Pass()]  # type: ignore[attr-defined]
    return ast.unparse(tree)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def program_hash(code: str) -> str:
    """SHA-256 of the normalised program text."""
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def dsl_calls(code: str) -> list[str]:
    """Names of DSL primitives the program calls, sorted, each once."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    names = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in REGISTRY
    }
    return sorted(names)


@dataclass(frozen=True)
class Var:
    """A reference to an earlier variable (or the input `grid`)."""

    name: str


@dataclass(frozen=True)
class Step:
    """One assignment `target = func(args...)` of a straight-line program."""

    target: str
    func: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Straight:
    """A program that is a sequence of DSL calls followed by `return <var>`."""

    steps: tuple[Step, ...]
    result: str

    def render(self) -> str:
        """Python source of the program."""
        lines = ["def transform(grid):"]
        for s in self.steps:
            args = ", ".join(_text(a) for a in s.args)
            lines.append(f"    {s.target} = {s.func}({args})")
        lines.append(f"    return {self.result}")
        return "\n".join(lines) + "\n"


def _text(value: Any) -> str:
    """An argument as the DSL grammar writes it: names bare, strings in double quotes."""
    if isinstance(value, Var):
        return value.name
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _arg(node: ast.expr) -> Any:
    if isinstance(node, ast.Name):
        return Var(node.id)
    return ast.literal_eval(node)


def is_dsl_assignment(node: ast.AST) -> bool:
    """Whether a node is `name = primitive(...)`: one plain name bound to a DSL call."""
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id in REGISTRY
    )


def parse_straight(code: str) -> Straight | None:
    """The step form of a straight-line DSL program, or None if the code is not one."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "transform"]
    if len(funcs) != 1 or not funcs[0].body:
        return None
    *body, last = [s for s in funcs[0].body if not _is_docstring(s)]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return None
    steps = []
    for stmt in body:
        if not is_dsl_assignment(stmt):
            return None
        assign = cast(ast.Assign, stmt)
        call = cast(ast.Call, assign.value)
        if call.keywords:
            return None
        try:
            args = tuple(_arg(a) for a in call.args)
        except ValueError:
            return None
        steps.append(Step(cast(ast.Name, assign.targets[0]).id, cast(ast.Name, call.func).id, args))
    return Straight(tuple(steps), last.value.id)
