"""The static check every program passes before it may run: the first fence, not the last.

The program is compiled once and the names its bytecode can touch are checked: every
global, attribute and imported name of every code object (co_names), and the keyword
names of calls and class patterns (tuple constants). This sees exactly what will run,
costs microseconds, and spares a second parse. Only a rejected program is parsed into an
AST, to point at the offending line. Imports are gated again at run time (namespace.py).
"""

from __future__ import annotations

import ast
import dis
from collections.abc import Sequence
from functools import lru_cache
from types import CodeType

from dsl.registry import allowed_names

IMPORTABLE = frozenset(
    {"numpy", "numpy.linalg", "numpy.fft", "numpy.random", "math", "dsl"}
    | {"itertools", "collections", "functools", "copy"}
)
"""Modules a program may `import` (and import public names from)."""

TYPING_NAMES = frozenset(
    "Any Callable Dict FrozenSet Iterable Iterator List Optional Sequence Set Tuple Union".split()
)
FROM_ONLY = {"typing": TYPING_NAMES, "__future__": frozenset({"annotations"})}
"""Modules whose listed names may be imported, but not the module object itself."""

FORBIDDEN_NAMES = frozenset(
    "open exec eval compile globals locals vars getattr setattr delattr input breakpoint "
    "help memoryview exit quit dir copyright credits license".split()
)
"""Builtins that are never available to programs."""

BANNED_ATTRIBUTES = frozenset(
    "os sys subprocess builtins importlib ctypes ctypeslib shutil socket pickle marshal "
    "pathlib signal threading multiprocessing gc inspect weakref tempfile mmap posix resource "
    "pty sysconfig runpy f2py distutils testing load save savez savez_compressed savetxt "
    "loadtxt genfromtxt fromfile tofile memmap dump dumps DataSource npyio system popen execv "
    "fork kill as_strided".split()
)
"""Names that lead from numpy or the DSL towards the operating system."""

DUNDER_NAMES = frozenset(
    "__name__ __module__ __qualname__ __classcell__ __annotations__ __doc__ __future__ "
    "__init__ __repr__ __str__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __len__ "
    "__iter__ __contains__ __getitem__ __bool__".split()
)
"""Dunder names a program may use: the module name, class machinery, plain special methods."""

ENTRY = "transform"
PREBOUND_MODULES = frozenset({"np", "math"})
_ATTRIBUTE_WRITES = (dis.opmap["STORE_ATTR"], dis.opmap["DELETE_ATTR"])


def _names(module: CodeType) -> tuple[list[str], set[str], set[str], bool]:
    """(names used, keyword/pattern names, functions and classes defined, writes attributes)."""
    used: list[str] = []
    keywords: set[str] = set()
    defined: set[str] = set()
    writes = False
    stack = [module]
    while stack:
        code = stack.pop()
        used.extend(code.co_names)
        opcodes = code.co_code[::2]  # 3.11+: every instruction is (opcode, argument)
        writes = writes or any(op in opcodes for op in _ATTRIBUTE_WRITES)
        for const in code.co_consts:
            if isinstance(const, CodeType):
                defined.add(const.co_name)
                stack.append(const)
            elif isinstance(const, tuple):
                keywords.update(c for c in const if isinstance(c, str) and c.isidentifier())
    return used, keywords, defined, writes


def _root(node: ast.expr) -> str | None:
    """The name at the root of an attribute or subscript chain."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _shared_write(source: str) -> str | None:
    """Where the program assigns to an attribute of a module or DSL object shared by programs."""
    tree = ast.parse(source)
    shared = PREBOUND_MODULES | allowed_names()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            shared |= {a.asname or a.name.partition(".")[0] for a in node.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load):
            root = _root(node)
            if root in shared:
                return f"line {node.lineno}: changing an attribute of '{root}' is not allowed"
    return None


def _problem(name: str, defined: set[str]) -> str | None:
    """Why a name the bytecode uses is not allowed, or None."""
    if name.startswith("__"):
        return None if name in DUNDER_NAMES else f"the name '{name}' is not allowed"
    if name.startswith("_") and name != "_" and name not in defined:
        return f"the private name '{name}' is not allowed"
    if name in FORBIDDEN_NAMES:
        return f"'{name}' is not available to programs"
    if name in BANNED_ATTRIBUTES:
        return f"the name '{name}' is not allowed (it leads to the operating system)"
    if "." in name and name not in IMPORTABLE:
        return f"import of '{name}' is not allowed"
    return None


def _line_of(source: str, name: str) -> int | None:
    """The first line where the program mentions name (as a name, attribute, import, ...)."""
    for node in ast.walk(ast.parse(source)):
        found = (
            (isinstance(node, ast.Name) and node.id == name)
            or (isinstance(node, ast.Attribute) and node.attr == name)
            or (isinstance(node, ast.alias) and name in (node.name, node.asname))
            or (isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name)
            or (isinstance(node, ast.keyword) and node.arg == name)
            or (isinstance(node, ast.MatchClass) and name in node.kwd_attrs)
        )
        if found:
            return getattr(node, "lineno", None)
    return None


def _located(source: str, name: str, problem: str) -> str:
    """The problem, prefixed with the line that causes it when found."""
    line = _line_of(source, name)
    return problem if line is None else f"line {line}: {problem}"


@lru_cache(maxsize=1024)
def check(source: str, max_chars: int = 20_000) -> tuple[CodeType | None, str | None]:
    """(compiled program, None) when it may run, else (None, why not)."""
    if len(source) > max_chars:
        return None, f"the program is {len(source)} characters long, more than {max_chars}"
    try:
        module = compile(source, "<program>", "exec", dont_inherit=True)
    except SyntaxError as exc:
        return None, f"{type(exc).__name__}: {exc.msg} (line {exc.lineno})"
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        return None, f"cannot compile the program: {type(exc).__name__}: {exc}"
    used, keywords, defined, writes = _names(module)
    for name in used:
        problem = _problem(name, defined)
        if problem:
            return None, _located(source, name, problem)
    for name in sorted(keywords):
        if name.startswith("__") and name not in DUNDER_NAMES:
            return None, _located(source, name, f"the name '{name}' is not allowed")
    if not any(isinstance(c, CodeType) and c.co_name == ENTRY for c in module.co_consts):
        return None, f"the program defines no function {ENTRY}(grid)"
    problem = _shared_write(source) if writes else None
    return (None, problem) if problem else (module, None)


def import_problem(name: str, fromlist: Sequence[str] | None, level: int) -> str | None:
    """Why an import statement may not run (checked when it runs), or None."""
    names = [n for n in (fromlist or ()) if n != "*"]
    if level:
        return "relative imports are not allowed"
    if name in FROM_ONLY and fromlist:
        bad = [n for n in names if n not in FROM_ONLY[name]]
        return f"importing '{bad[0]}' from '{name}' is not allowed" if bad else None
    if name not in IMPORTABLE:
        allowed = ", ".join(sorted({m.partition(".")[0] for m in IMPORTABLE}))
        return f"import of '{name}' is not allowed (only {allowed}; typing for hints)"
    bad = [n for n in names if n.startswith("_") or n in BANNED_ATTRIBUTES]
    if name == "dsl":
        bad += [n for n in names if n not in allowed_names()]
    return f"importing '{bad[0]}' from '{name}' is not allowed" if bad else None
