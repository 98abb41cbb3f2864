"""The wide grammar: straight-line programs of Python expressions, as the library writes them.

The typed grammar (ebnf.py) admits only lines of one DSL call each, so comprehensions,
arithmetic, lambdas and indexing, which most library programs use, are outside it. The wide
grammar admits `def transform(grid):`, lines `NAMES = EXPR` and `return EXPR`, where EXPR is
any Python expression in the spelling of `ast.unparse` (one space around binary operators,
strings in single quotes; double quotes, as the typed grammar writes them,
are admitted too). It guarantees syntax, not kinds: the executor's check and the train
pairs judge the rest. `wide_form` rewrites a program into that spelling, or says it has none.
"""

from __future__ import annotations

import ast
from functools import cache

from dsl.grammar.space import HEADER

RULES = r"""
root ::= "def transform(grid):\n" line* "    return " expr "\n"
line ::= "    " names " = " expr "\n"
names ::= NAME (", " NAME)*
expr ::= "lambda " names ": " expr | "lambda: " expr | cond
cond ::= disj (" if " disj " else " expr)?
disj ::= conj (" or " conj)*
conj ::= inv (" and " inv)*
inv ::= "not " inv | cmp
cmp ::= bor (cmpop bor)*
cmpop ::= " == " | " != " | " <= " | " < " | " >= " | " > " | " in " | " is " | negop
negop ::= " not in " | " is not "
bor ::= bxor (" | " bxor)*
bxor ::= band (" ^ " band)*
band ::= arith (" & " arith)*
arith ::= term ((" + " | " - ") term)*
term ::= unary ((" * " | " // " | " / " | " % ") unary)*
unary ::= ("-" | "+" | "~") unary | power
power ::= primary (" ** " unary)?
primary ::= atom trailer*
trailer ::= "(" args? ")" | "[" subs "]" | "." NAME
args ::= arg (", " arg)*
arg ::= NAME "=" expr | "**" expr | item
subs ::= sub (", " sub)*
sub ::= expr | expr? ":" expr? (":" expr?)?
item ::= "*" bor | expr
items ::= item (", " item)*
atom ::= NAME | NUMBER | STRING | tuple | list | braces
tuple ::= "(" ")" | "(" item ",)" | "(" item (", " item)+ ")" | "(" expr ")" | "(" expr comp ")"
list ::= "[" items? "]" | "[" expr comp "]"
braces ::= "{" "}" | "{" items "}" | "{" expr comp "}" | "{" pairs "}" | "{" expr ": " expr comp "}"
pairs ::= expr ": " expr (", " expr ": " expr)*
comp ::= (" for " target " in " disj (" if " disj)*)+
target ::= part (", " part)*
part ::= NAME | "(" target ")" | "[" target "]"
NUMBER ::= [0-9]+ ("." [0-9]+)?
STRING ::= "'" [^'\\\n]* "'" | "\"" [^"\\\n]* "\""
NAME ::= [a-zA-Z_] [a-zA-Z0-9_]*
"""

NODES: tuple[type, ...] = (
    ast.Assign,
    ast.Return,
    ast.Name,
    ast.Load,
    ast.Store,
    ast.Constant,
    ast.Call,
    ast.keyword,
    ast.Attribute,
    ast.Subscript,
    ast.Slice,
    ast.Starred,
    ast.Tuple,
    ast.List,
    ast.Set,
    ast.Dict,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.comprehension,
    ast.Lambda,
    ast.arguments,
    ast.arg,
    ast.IfExp,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.UnaryOp,
    ast.Not,
    ast.USub,
    ast.UAdd,
    ast.Invert,
    ast.BinOp,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.FloorDiv,
    ast.Div,
    ast.Mod,
    ast.Pow,
    ast.BitOr,
    ast.BitAnd,
    ast.BitXor,
    ast.Compare,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Is,
    ast.IsNot,
)
"""Every node a wide program may hold (below its function); all have a spelling in RULES."""


@cache
def wide_grammar() -> str:
    """The EBNF (xgrammar/vLLM dialect) of the wide grammar."""
    return RULES.strip() + "\n"


def transform_def(code: str) -> ast.FunctionDef | None:
    """The program's one `def transform`, or None (no parse, none, or several)."""
    try:
        return transform_in(ast.parse(code))
    except (SyntaxError, ValueError):
        return None


def transform_in(module: ast.Module) -> ast.FunctionDef | None:
    """The module's one `def transform`, or None (none, or several)."""
    found = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "transform"]
    return found[0] if len(found) == 1 else None


def statements(fn: ast.FunctionDef) -> list[ast.stmt]:
    """The function's statements without docstrings and other bare constants."""
    return [
        s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]


def wide_form(code: str) -> str | None:
    """The program in the wide grammar's spelling (docstrings and imports dropped), or None
    when the module holds more than imports and `transform`, or `transform` holds statements
    other than assignments and one final return, or a node the grammar lacks."""
    try:
        module = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    fn = transform_in(module)
    if fn is None or not _single_grid_arg(fn) or not _alone(module, fn):
        return None
    body = statements(fn)
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return None
    if not all(isinstance(s, ast.Assign) and _plain_targets(s) for s in body[:-1]):
        return None
    if not all(_spelt(node) for stmt in body for node in ast.walk(stmt)):
        return None
    return HEADER + "".join(f"    {ast.unparse(s)}\n" for s in body)


def _alone(module: ast.Module, fn: ast.FunctionDef) -> bool:
    """Whether the module holds nothing beside `transform` but imports and docstrings: the
    wide form keeps the function alone, so a helper it calls would be lost."""
    others = [s for s in module.body if s is not fn]
    quiet = (ast.Import, ast.ImportFrom)
    return all(
        isinstance(s, quiet) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        for s in others
    )


def _single_grid_arg(fn: ast.FunctionDef) -> bool:
    """`def transform(grid):` exactly, no decorators."""
    args = fn.args
    extra = args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults
    return not fn.decorator_list and not extra and [a.arg for a in args.args] == ["grid"]


def _plain_targets(stmt: ast.Assign) -> bool:
    """One target: a name or a flat tuple of names."""
    if len(stmt.targets) != 1:
        return False
    target = stmt.targets[0]
    names = target.elts if isinstance(target, ast.Tuple) else [target]
    return all(isinstance(n, ast.Name) for n in names)


def _spelt(node: ast.AST) -> bool:
    """Whether the grammar spells this node (constants: ints, plain decimals, short strings)."""
    if not isinstance(node, NODES):
        return False
    if isinstance(node, ast.Constant):
        return _constant(node.value)
    if isinstance(node, ast.Lambda):
        a = node.args
        return not (a.posonlyargs or a.kwonlyargs or a.vararg or a.kwarg or a.defaults)
    if isinstance(node, ast.comprehension):
        return not node.is_async
    if isinstance(node, ast.Dict):
        return None not in node.keys
    return True


def _constant(value: object) -> bool:
    """Constants the grammar spells as ast.unparse writes them."""
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return value >= 0
    if isinstance(value, float):
        text = repr(value)
        return value >= 0 and text.replace(".", "", 1).isdigit()
    if isinstance(value, str):
        return not any(ch in value for ch in "'\\\n") and value.isprintable()
    return False
