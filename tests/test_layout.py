"""The package layout: imports flow one way, dsl -> core -> {store, executor, llm, library}
-> {operators, learn} -> search -> report -> cli, and every package maps its modules."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {
    "dsl": 0,
    "evo.core": 1,
    "evo.store": 2,
    "evo.executor": 2,
    "evo.llm": 2,
    "evo.library": 2,
    "evo.operators": 3,
    "evo.learn": 3,
    "evo.search": 4,
    "evo.report": 5,
    "evo.cli": 6,
    "evo.__main__": 7,
}
PACKAGES = [p for p in LAYERS if p != "evo.__main__"]


def room(module: str) -> str | None:
    """The layer a dotted module name belongs to (None for evo's own top-level module)."""
    parts = module.split(".")
    for size in (2, 1):
        name = ".".join(parts[:size])
        if name in LAYERS:
            return name
    return None


def module_name(path: Path) -> str:
    """The dotted name of a source file under the repository root."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every project module a file imports, at any depth of the file (lazy imports too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n.split(".")[0] in ("evo", "dsl")}


def violations(source: str, targets: set[str]) -> list[str]:
    """Imports of `source` that go upward or sideways between rooms of one layer."""
    home = room(source)
    if home is None:  # evo/__init__.py: the version only
        return [f"{source} imports {t}" for t in sorted(targets)]
    bad = []
    for target in sorted(targets):
        there = room(target)
        if there is None or there == home:
            continue
        if LAYERS[there] >= LAYERS[home]:
            bad.append(f"{source} imports {target}")
    return bad


def sources() -> list[Path]:
    """Every library source file (the DSL's reference solutions are programs, not library)."""
    files = list((ROOT / "evo").rglob("*.py")) + list((ROOT / "dsl").rglob("*.py"))
    return sorted(f for f in files if "solutions" not in f.parts or f.name == "__init__.py")


def test_imports_flow_one_way() -> None:
    bad = [v for f in sources() for v in violations(module_name(f), imported(f))]
    assert bad == []


def test_the_scan_sees_an_upward_import() -> None:
    assert violations("evo.core.tasks", {"evo.search.engine"}) == [
        "evo.core.tasks imports evo.search.engine"
    ]
    assert violations("evo.llm.prompts", {"evo.library.infer"}) != []
    assert violations("evo.report.figures", {"evo.store.models", "evo.core.tasks"}) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_maps_its_modules(package: str) -> None:
    """Each package's docstring names the modules it holds, so a reader finds them by name."""
    doc = importlib.import_module(package).__doc__ or ""
    folder = ROOT / package.replace(".", "/")
    modules = [p.stem for p in folder.glob("*.py") if p.stem != "__init__"]
    modules += [p.name for p in folder.iterdir() if (p / "__init__.py").exists()]
    if package == "dsl":
        return
    missing = [m for m in modules if m not in doc]
    assert doc and missing == [], f"{package} does not mention {missing}"


def test_tests_mirror_the_packages() -> None:
    """Test folders are named after the packages they test (tests/core, tests/library...)."""
    tests = ROOT / "tests"
    folders = {p.name for p in tests.iterdir() if p.is_dir() and any(p.glob("test_*.py"))}
    packages = {p.split(".")[-1] for p in PACKAGES}
    assert folders <= packages, f"test folders with no package: {folders - packages}"
