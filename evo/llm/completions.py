"""Extracting the `transform` program from raw model output: fenced, unfenced or truncated."""

from __future__ import annotations

import ast
import re

FENCE = re.compile(r"```[ \t]*(?:python|py)?[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL | re.IGNORECASE)


class NoProgram(ValueError):
    """A completion that holds no usable `transform` function; the message says why."""


def _defines_transform(code: str) -> bool:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return False
    return any(isinstance(n, ast.FunctionDef) and n.name == "transform" for n in tree.body)


def _repair(code: str) -> str | None:
    """The longest prefix of whole lines that parses and still defines transform."""
    lines = code.rstrip().splitlines()
    for end in range(len(lines), 0, -1):
        candidate = "\n".join(lines[:end]) + "\n"
        if _defines_transform(candidate):
            return candidate
    return None


def extract_program(text: str, prefix: str = "") -> str:
    """The program in a completion; `prefix` is prompt text the completion continues."""
    blocks = [m.group(1) for m in FENCE.finditer(text)]
    if prefix:
        blocks.insert(0, prefix + text.split("```")[0])
    if not blocks:
        start = text.find("def transform")
        if start < 0:
            raise NoProgram("no 'def transform' in the completion")
        head = text[:start]
        imports = "".join(
            ln + "\n" for ln in head.splitlines() if ln.startswith(("from ", "import "))
        )
        blocks = [imports + text[start:]]
    with_transform = [b for b in blocks if "def transform" in b]
    if not with_transform:
        raise NoProgram("no code block defines 'transform'")
    for block in reversed(with_transform):
        code = block if _defines_transform(block) else _repair(block)
        if code is not None:
            return code.strip("\n") + "\n"
    raise NoProgram("the 'transform' function does not parse (truncated or malformed)")
