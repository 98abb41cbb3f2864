"""The DSL grammar: generated from the registry, one language for EBNF, validator and sampler."""

from __future__ import annotations

import ast
import functools
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import dsl
from dsl.grammar import check_program, program_grammar, program_space, sample_program
from dsl.registry import primitives
from dsl.solutions import solution_ids, solution_source
from evo.core.validate import grammar_form
from evo.llm.completions import extract_program

HEAD = "def transform(grid):\n"
WRONG = {
    "non-DSL call": "    return np.rot90(grid)\n",
    "builtin call": "    n1 = len(grid)\n    return crop(grid, 0, 0, n1, 1)\n",
    "unknown name": "    g1 = foo(grid, 2)\n    return g1\n",
    "colour for a grid": "    return rotate(RED, 1)\n",
    "grid for a colour": "    return replace(grid, grid, 1)\n",
    "int name for a colour": "    n1 = height(grid)\n    return replace(grid, n1, 1)\n",
    "grid name for an object": "    g1 = rotate(grid, 1)\n    return paint(grid, g1)\n",
    "colour name for an int": "    c1 = most_common(grid)\n    return rotate(grid, c1)\n",
    "string for a colour": '    return trim(grid, "red")\n',
    "literal not among the choices": '    return mirror(grid, "x")\n',
    "int outside its domain": "    return rotate(grid, 7)\n",
    "unbound name": "    g1 = rotate(g2, 1)\n    return g1\n",
    "name without its kind": "    out = rotate(grid, 1)\n    return out\n",
    "grid name for a colour result": "    g1 = most_common(grid)\n    return g1\n",
    "returns a colour": "    c1 = most_common(grid)\n    return c1\n",
    "returns the input": "    return grid\n",
    "missing argument": "    return replace(grid, 1)\n",
    "unknown keyword": "    return objects(grid, 0, colour=True)[0]\n",
    "control flow": "    for i in range(2):\n        grid = rotate(grid, 1)\n    return grid\n",
    "nested call": '    return rotate(mirror(grid, "h"), 1)\n',
    "arithmetic": "    n1 = height(grid)\n    return crop(grid, 0, 0, n1 - 1, 2)\n",
    "layout": "    return rotate(grid,1)\n",
    "single quotes": "    return mirror(grid, 'h')\n",
    "unpacks a grid": "    g1, g2 = rotate(grid, 1)\n    return g2\n",
    "too many lines": "".join(
        f"    g{i} = rotate({'grid' if i == 1 else f'g{i - 1}'}, 1)\n" for i in range(1, 8)
    )
    + "    return g7\n",
}


def _atom(node: ast.expr) -> bool:
    if isinstance(node, ast.Name | ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return isinstance(node.operand, ast.Constant)
    if isinstance(node, ast.Tuple | ast.List):
        return all(_atom(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(
            k is not None and _atom(k) and _atom(v)
            for k, v in zip(node.keys, node.values, strict=True)
        )
    return False


def _dsl_call(node: ast.expr) -> bool:
    if isinstance(node, ast.Subscript):
        node = node.value if _atom(node.slice) else node
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in dsl.__all__
        and all(_atom(a) for a in [*node.args, *(k.value for k in node.keywords)])
    )


def straight_line(source: str) -> bool:
    """Whether `transform` is only `names = dsl_call(constants or names)` lines and a return
    of a name or such a call (no nesting, operators or control flow): our own check, not the
    grammar's."""
    fn = next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef))
    body = [
        s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]
    *lines, last = body
    for stmt in lines:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            return False
        target = stmt.targets[0]
        names = target.elts if isinstance(target, ast.Tuple) else [target]
        if not all(isinstance(n, ast.Name) for n in names) or not _dsl_call(stmt.value):
            return False
    value = last.value if isinstance(last, ast.Return) else None
    return value is not None and (isinstance(value, ast.Name) or _dsl_call(value))


STRAIGHT = [t for t in solution_ids() if straight_line(solution_source(t))]


@functools.cache
def accepts(grammar: str) -> Any:
    """A function telling whether xgrammar's matcher accepts a whole text."""
    xgr = pytest.importorskip("xgrammar")
    compiled = xgr.GrammarCompiler(xgr.TokenizerInfo(["a"])).compile_grammar(grammar)

    def accept(text: str) -> bool:
        matcher = xgr.GrammarMatcher(compiled, terminate_without_stop_token=True)
        return matcher.accept_string(text) and matcher.is_terminated()

    return accept


def test_grammar_is_generated_from_the_registry() -> None:
    grammar = program_grammar()
    space = program_space()
    called = {n for n in dsl.__all__ if f'"{n}("' in grammar}
    assert called == set(space.calls) and len(called) >= 40
    # bool results and lists of lists: no line can bind them (a new such primitive shows here)
    assert {p.name for p in primitives()} - set(space.calls) == {
        "is_symmetric",
        "touches_border",
        "partition",
    }
    assert grammar.startswith('root ::= "def transform(grid):\\n"')
    assert len(grammar) < 200_000


def test_reference_solutions_in_straight_line_form_are_in_the_language() -> None:
    assert len(STRAIGHT) >= 30
    forms = {t: grammar_form(solution_source(t)) for t in STRAIGHT}
    for task_id, form in forms.items():
        assert form is not None and check_program(form) == [], task_id
    accept = accepts(program_grammar())
    for task_id, form in forms.items():
        assert accept(form), task_id


def test_grammar_form_of_reference_solutions_still_solves_their_tasks(training: dict) -> None:
    from evo.core.config import ExecutorConfig
    from evo.executor import Executor

    forms = {t: grammar_form(solution_source(t)) for t in solution_ids()}
    converted = {t: f for t, f in forms.items() if f is not None}
    assert len(converted) >= 60  # nested calls hoisted onto lines of their own
    jobs = [(code, training[t]) for t, code in converted.items()]
    jobs += [(solution_source(t), training[t]) for t in converted]
    with Executor(ExecutorConfig()) as executor:
        results = executor.evaluate(jobs)
    half = len(converted)
    assert [r.solved for r in results[:half]] == [r.solved for r in results[half:]]
    assert sum(r.solved for r in results[:half]) >= 55


@pytest.mark.parametrize("why", sorted(WRONG))
def test_wrong_programs_are_rejected_by_validator_and_grammar(why: str) -> None:
    code = HEAD + WRONG[why]
    assert check_program(code), why
    assert not accepts(program_grammar())(code), why


def test_samples_validator_and_grammar_agree() -> None:
    accept = accepts(program_grammar())
    rng = random.Random(0)
    for _ in range(400):
        code = sample_program(rng, [0, 2, 5], lines=rng.randint(0, 6))
        assert check_program(code) == [], code
        assert accept(code), code
        # one character changed: the two still agree
        i = rng.randrange(len("def transform(grid):\n"), len(code) - 1)
        mutant = code[:i] + rng.choice("g1c2n,() x") + code[i + 1 :]
        assert (check_program(mutant) == []) == accept(mutant), mutant


def test_max_lines_bounds_the_program() -> None:
    accept = accepts(program_grammar(2))
    three = "def transform(grid):\n    g1, g2, g3 = hsplit(grid, 3)\n    return g3\n"
    two = "def transform(grid):\n    g1, g2 = hsplit(grid, 2)\n    return g2\n"
    assert check_program(three, max_lines=2) and not accept(three)
    assert check_program(two, max_lines=2) == [] and accept(two)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("transformers")
    from tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


def test_constrained_generation_with_a_random_model_is_always_valid(tiny: Path) -> None:
    pytest.importorskip("xgrammar")
    from evo.llm.backends.base import Request, Sampling
    from evo.llm.backends.hf import TransformersBackend

    backend = TransformersBackend(str(tiny))
    request = Request("Write a program.", "Task.", 16, program_grammar())
    free = Request("Write a program.", "Task.", 4)
    sampling = Sampling(temperature=1.0, top_p=1.0, max_tokens=400, seed=1)
    constrained, unconstrained = backend.generate([request, free], sampling)
    assert len(constrained.texts) == 16
    for text in constrained.texts:
        assert check_program(extract_program(text)) == [], text
    assert not any(check_program(t) == [] for t in unconstrained.texts)


def test_engine_with_grammar_stores_only_programs_of_the_language(
    tiny: Path, tmp_path: Path
) -> None:
    pytest.importorskip("xgrammar")
    from evo.cli.main import main

    config = tmp_path / "grammar.toml"
    config.write_text("[backend]\ngrammar = true\nllm_share = 1.0\n")
    db = tmp_path / "evo.db"
    args = ["run", "--backend", "transformers", "--model", str(tiny), "--tasks", "3c9b0459",
            "--generations", "2", "--programs-per-task", "4", "--max-tokens", "400",
            "--config", str(config), "--db", str(db), "--name", "g", "--quiet"]  # fmt: skip
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as con:
        texts = [t for (t,) in con.execute("select text from completions")]
        backend = con.execute("select backend from runs").fetchone()[0]
    assert "grammar typed" in backend
    assert len(texts) >= 4
    for text in texts:
        assert check_program(extract_program(text)) == [], text
