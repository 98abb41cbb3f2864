"""The prompt footprint is generated from the registry and names every primitive."""

from __future__ import annotations

from click.testing import CliRunner

import dsl
from dsl.footprint import footprint
from dsl.registry import THEMES, primitives
from evo.cli.main import main


def test_footprint_names_every_primitive_once() -> None:
    text = footprint()
    for prim in primitives():
        assert sum(line.startswith(prim.name + "(") for line in text.splitlines()) == 1


def test_footprint_groups_by_theme_and_stays_compact() -> None:
    text = footprint()
    for theme in THEMES:
        assert f"# {theme}" in text
    assert len(text) < 8000


def test_dsl_is_small_typed_and_documented() -> None:
    prims = primitives()
    assert len(prims) <= 60
    for prim in prims:
        assert prim.summary, prim.name
        assert "return" in prim.hints, prim.name
        assert set(prim.signature.parameters) <= set(prim.hints), prim.name
        assert getattr(dsl, prim.name) is prim.func


def test_dsl_command_prints_footprint_and_coverage() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["dsl"]).output.startswith("# types")
    result = runner.invoke(main, ["dsl", "--coverage"])
    assert result.exit_code == 0
    assert (
        result.output.startswith("verified ")
        and f"with {len(primitives())} primitives" in result.output
    )
