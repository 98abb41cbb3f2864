"""The validator: whether a program is written exactly as the grammar writes it."""

from __future__ import annotations

import ast
import itertools

from dsl import CONSTANTS
from dsl.grammar.space import (
    CAPS,
    DEFAULT_INTS,
    HEADER,
    INDEXES,
    KINDS,
    MAX_ITEMS,
    Call,
    Form,
    ProgramSpace,
    State,
    Ty,
    advance,
    bound_names,
    forms_of,
    int_word,
    literal_word,
    program_space,
    satisfiable,
)
from dsl.types import COLORS


def text_of(node: ast.expr) -> str:
    """An argument or right-hand side as the grammar writes it."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant):
        if type(node.value) is str:
            return literal_word(node.value)
        return int_word(node.value) if type(node.value) is int else repr(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return "-" + text_of(node.operand)
    if isinstance(node, ast.Tuple | ast.List):
        items = ", ".join(text_of(e) for e in node.elts)
        return f"({items})" if isinstance(node, ast.Tuple) else f"[{items}]"
    if isinstance(node, ast.Dict):
        pairs = zip(node.keys, node.values, strict=True)
        return "{" + ", ".join(f"{text_of(k)}: {text_of(v)}" for k, v in pairs if k) + "}"
    if isinstance(node, ast.Subscript):
        return f"{text_of(node.value)}[{text_of(node.slice)}]"
    if isinstance(node, ast.Call):
        args = [text_of(a) for a in node.args]
        args += [f"{k.arg}={text_of(k.value)}" for k in node.keywords]
        return f"{text_of(node.func)}({', '.join(args)})"
    return ast.unparse(node)


def program_text(fn: ast.FunctionDef) -> str:
    """A parsed `transform` as the grammar writes it (its layout, quotes and spacing)."""
    lines = [HEADER.rstrip("\n")]
    for stmt in fn.body:
        if isinstance(stmt, ast.Assign):
            target = stmt.targets[0]
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            lines.append(f"    {', '.join(text_of(n) for n in names)} = {text_of(stmt.value)}")
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            lines.append(f"    return {text_of(stmt.value)}")
        else:
            lines.append("    " + ast.unparse(stmt))
    return "\n".join(lines) + "\n"


def _int(node: ast.expr) -> int | None:
    """The value of an integer constant written as the grammar writes them (`-1`, not `-0`)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _int(node.operand)
        return -inner if inner and inner > 0 and isinstance(node.operand, ast.Constant) else None
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


class Scope:
    """The names bound so far in a program of a space."""

    def __init__(self, space: ProgramSpace) -> None:
        self.space = space
        self.state: State = (0,) * len(KINDS)

    def names(self, kind: str) -> list[str]:
        """Names of a kind bound so far (grids include the input)."""
        bound = bound_names(kind, self.state[KINDS.index(kind)])
        return ["grid", *bound] if kind == "grid" else bound

    def bind(self, form: Form) -> list[str]:
        """Advance past a line of this form and return the names it binds."""
        start = self.state[KINDS.index(form.kind)]
        self.state = advance(self.state, form)
        return bound_names(form.kind, start + form.count)[start:]


class Checker(Scope):
    """Applies the program space to parsed code, line by line, as the EBNF does to text."""

    def fits(self, node: ast.expr, ty: Ty, domain: tuple[int, ...]) -> bool:
        """Whether an argument is a bound name or constant of the type."""
        name = node.id if isinstance(node, ast.Name) else None
        if ty == "int":
            return _int(node) in domain or name in self.names("int")
        if ty == "colour":
            return _int(node) in COLORS or name in CONSTANTS or name in self.names("colour")
        if ty == "bool":
            return isinstance(node, ast.Constant) and type(node.value) is bool
        if isinstance(ty, str):
            return ty in KINDS and name in self.names(ty)
        if ty[0] == "literal":
            return isinstance(node, ast.Constant) and node.value in ty[1]
        if ty[0] == "tuple":
            return (
                isinstance(node, ast.Tuple)
                and len(node.elts) == len(ty[1])
                and all(
                    self.fits(e, t, DEFAULT_INTS) for e, t in zip(node.elts, ty[1], strict=True)
                )
            )
        if ty[0] == "list":
            items = node.elts if isinstance(node, ast.List) else []
            ok = 0 < len(items) <= MAX_ITEMS
            return ok and all(self.fits(e, ty[1], DEFAULT_INTS) for e in items)
        pairs = list(zip(node.keys, node.values, strict=True)) if isinstance(node, ast.Dict) else []
        return 0 < len(pairs) <= MAX_ITEMS and all(
            k is not None
            and self.fits(k, ty[1], DEFAULT_INTS)
            and self.fits(v, ty[2], DEFAULT_INTS)
            for k, v in pairs
        )

    def call(self, node: ast.expr) -> tuple[Call | None, list[str]]:
        """The DSL call a right-hand side makes, and what is wrong with its arguments."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return None, [f"`{ast.unparse(node)}` is not a call of a DSL primitive"]
        call = self.space.calls.get(node.func.id)
        if call is None:
            return None, [f"`{node.func.id}` is not a DSL primitive the grammar admits"]
        required = [p for p in call.params if not p.optional]
        if len(node.args) != len(required):
            return call, [f"{call.name} takes {len(required)} positional arguments"]
        errors = []
        optional = {p.name: p for p in call.params if p.optional}
        keywords = [k.arg or "**" for k in node.keywords]
        if [name for name in optional if name in keywords] != keywords:
            errors.append(f"{call.name}'s keywords must be among {list(optional)}, in that order")
        given = list(zip(required, node.args, strict=True))
        given += [(optional[k.arg], k.value) for k in node.keywords if k.arg in optional]
        for param, arg in given:
            none = param.nullable and isinstance(arg, ast.Constant) and arg.value is None
            if not none and not self.fits(arg, param.ty, param.domain):
                errors.append(f"argument `{param.name}` of {call.name} cannot be `{text_of(arg)}`")
        return call, errors

    def line(self, stmt: ast.stmt) -> list[str]:
        """Check one binding line and advance the state."""
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            return ["is not `name = <DSL call>`"]
        target, value = stmt.targets[0], stmt.value
        elts = target.elts if isinstance(target, ast.Tuple) else [target]
        names = [e.id if isinstance(e, ast.Name) else "?" for e in elts]
        value, index, bad = _unindexed(value)
        if bad:
            return bad
        call, errors = self.call(value)
        if call is None:
            return errors
        form = next(
            (f for f in forms_of(call) if (f.count, f.index) == (len(names), index)),
            None,
        )
        if form is None:
            return [f"cannot bind {len(names)} name(s) to {call.name}(...){'[i]' * index}"]
        if not self.space.fits(self.state, form) and satisfiable(call, self.state):
            errors.append(f"binds more names than allowed ({self.space.max_lines}; {CAPS})")
        expected = self.bind(form)
        if names != expected:
            errors.append(f"binds {', '.join(names)}; the next {form.kind} names are {expected}")
        return errors

    def returned(self, stmt: ast.stmt) -> list[str]:
        """Check the final `return`."""
        if not (isinstance(stmt, ast.Return) and stmt.value is not None):
            return ["the last line must return a grid"]
        value = stmt.value
        if isinstance(value, ast.Name):
            ok = value.id in self.names("grid")[1:]
            return [] if ok else [f"returns `{value.id}`, not a bound grid name"]
        value, index, bad = _unindexed(value)
        if bad:
            return bad
        call, errors = self.call(value)
        wanted = ("list", "grid") if index else "grid"
        if call is not None and call.result != wanted:
            errors.append(f"returns {call.name}(...){'[i]' * index}, not a grid")
        return errors


def _unindexed(value: ast.expr) -> tuple[ast.expr, bool, list[str]]:
    """(the call under an index, whether there was one, what is wrong with the index)."""
    if not isinstance(value, ast.Subscript):
        return value, False, []
    if _int(value.slice) not in INDEXES:
        return value, True, [f"index `{text_of(value.slice)}` is not one of {list(INDEXES)}"]
    return value.value, True, []


def check_program(code: str, max_lines: int = 6) -> list[str]:
    """Why the code is not in the grammar's language; empty when it is."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return [f"does not parse: {exc.msg} (line {exc.lineno})"]
    fn = tree.body[0] if len(tree.body) == 1 else None
    if not (isinstance(fn, ast.FunctionDef) and fn.name == "transform"):
        return ["the program must be one function, `def transform(grid):`, and nothing else"]
    checker = Checker(program_space(max_lines))
    *lines, last = fn.body
    errors = [f"line {s.lineno}: {e}" for s in lines for e in checker.line(s)]
    errors += [f"line {last.lineno}: {e}" for e in checker.returned(last)]
    if errors:
        return errors
    want = program_text(fn)
    if code != want:
        pairs = itertools.zip_longest(code.splitlines(True), want.splitlines(True), fillvalue="")
        n, (got, exp) = next((i, p) for i, p in enumerate(pairs, 1) if p[0] != p[1])
        return [f"line {n}: written {got!r}, the grammar writes {exp!r}"]
    return []
