"""Programs against the DSL grammar: rewriting straight-line code into its form, and verdicts."""

from __future__ import annotations

import ast
import itertools

from dsl.grammar import Scope, check_program, forms_of, program_space, program_text
from dsl.grammar.wide import statements, transform_def
from evo.core.program import dsl_calls


def _flatten(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements with every nested call hoisted into an assignment of its own, in order."""
    out: list[ast.stmt] = []
    fresh = itertools.count()

    def lift(node: ast.expr) -> ast.expr:
        call = node.value if isinstance(node, ast.Subscript) else node
        if not isinstance(call, ast.Call):
            return node
        call.args = [hoist(a) for a in call.args]
        for keyword in call.keywords:
            keyword.value = hoist(keyword.value)
        return node

    def hoist(node: ast.expr) -> ast.expr:
        inner = node.value if isinstance(node, ast.Subscript) else node
        if not isinstance(inner, ast.Call):
            return node
        name = f"_{next(fresh)}"
        out.append(ast.Assign([ast.Name(name, ast.Store())], lift(node), lineno=0))
        return ast.Name(name, ast.Load())

    for stmt in body:
        if isinstance(stmt, ast.Assign | ast.Return) and stmt.value is not None:
            stmt.value = lift(stmt.value)
        out.append(stmt)
    return out


class _Renamer(ast.NodeTransformer):
    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(self.names.get(node.id, node.id), node.ctx)


def grammar_form(code: str, max_lines: int = 6) -> str | None:
    """The program as the grammar writes it: nested calls hoisted onto lines of their own, names
    renamed (g1, c1, n1, o1...), docstrings, imports and comments dropped; None when it is still
    not a program of the grammar (loops, arithmetic, too many lines...)."""
    fn = transform_def(code)
    if fn is None:
        return None
    body = _flatten(statements(fn))
    scope, names = Scope(program_space(max_lines)), {"grid": "grid"}
    for stmt in body[:-1]:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            return None
        stmt.value = _Renamer(names).visit(stmt.value)
        value, target = stmt.value, stmt.targets[0]
        index = isinstance(value, ast.Subscript)
        call = value.value if isinstance(value, ast.Subscript) else value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            return None
        spec = scope.space.calls.get(call.func.id)
        olds = target.elts if isinstance(target, ast.Tuple) else [target]
        if spec is None or not all(isinstance(o, ast.Name) for o in olds):
            return None
        form = next((f for f in forms_of(spec) if (f.count, f.index) == (len(olds), index)), None)
        if form is None:
            return None
        new = scope.bind(form)
        names.update({o.id: n for o, n in zip(olds, new, strict=True)})  # type: ignore[attr-defined]
        stmt.targets = [ast.Name(", ".join(new), ast.Store())]
    if body:
        body[-1] = _Renamer(names).visit(body[-1])
    fn.body = body
    text = program_text(fn)
    return text if not check_program(text, max_lines) else None


def verdict(code: str | None) -> dict[str, bool]:
    """What a proposed program is: parsed, in the grammar, calling the DSL, calling only it."""
    if code is None:
        return {"parsed": False, "in_grammar": False, "uses_dsl": False, "dsl_only": False}
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return {"parsed": False, "in_grammar": False, "uses_dsl": False, "dsl_only": False}
    called = {
        n.func.id if isinstance(n.func, ast.Name) else ast.unparse(n.func)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
    }
    used = set(dsl_calls(code))
    return {
        "parsed": True,
        "in_grammar": not check_program(code),
        "uses_dsl": bool(used),
        "dsl_only": bool(used) and called <= used,
    }
