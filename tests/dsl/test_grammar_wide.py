"""The wide grammar: every program the library and the typed grammar write is in it, programs
with statements it lacks are not, and xgrammar's matcher agrees with wide_form."""

from __future__ import annotations

import ast
import random
from pathlib import Path
from typing import Any

import pytest

from dsl.grammar import grammar_text, program_grammar, sample_program, wide_form, wide_grammar
from dsl.solutions import solution_ids, solution_source
from evo.core.config import BackendConfig, ConfigError, LearnConfig
from evo.llm.training import RECORD, grammar_kind
from evo.search.runner import llm_grammar

HEAD = "def transform(grid):\n"


def matcher(grammar: str) -> Any:
    """A fresh xgrammar matcher of the grammar (a one-token vocabulary: text is fed whole)."""
    xgr = pytest.importorskip("xgrammar")
    compiled = xgr.GrammarCompiler(xgr.TokenizerInfo(["a"])).compile_grammar(grammar)
    return xgr.GrammarMatcher(compiled, terminate_without_stop_token=True)


def accepts(text: str) -> bool:
    """Whether the wide grammar accepts the whole text."""
    m = matcher(wide_grammar())
    return bool(m.accept_string(text) and m.is_terminated())


LIBRARY = [
    "x1 = fill_cells(grid, [(r + a, c + b) for r, c in find(grid, 8) for a, b in ((0, 1),) "
    "if 0 <= r + a < height(grid) and grid[r + a, c + b] == 0], 8)",
    "x1 = grid[[i for i in range(height(grid)) if i == 0 or list(grid[i]) != list(grid[i - 1])]]",
    "x1 = combine(grid, grid, 'and', max(palette(grid), key=lambda c: (c != 0) * "
    "count_color(grid, c)), 0)",
    "x1 = crop(grid, max(9 - height(grid), 3 - width(grid)), 0, 9, 3) if width(grid) > 2 else None",
    "x1 = {k: v for k, v in zip(range(3), [1, 2, 3]) if not v % 2}",
    "x1, x2 = (grid[::-1, 1:], {1, 2} | {3})",
    "x1 = sorted((o for o in objects(grid, 0) if size(o) >= 2), key=lambda o: -size(o))[0]",
    "x1 = (2 ** -1, ~3, 1 / 2, 0.5, (1,), (), [], {}, -(1 + 2) // 3, 'a\"b', np.zeros((2, 2)))",
]
"""Lines as the library writes them (comprehensions, lambdas, slices, arithmetic, literals)."""

OUTSIDE = {
    "a loop": "    for r in range(3):\n        grid = grid\n    return grid\n",
    "an if statement": "    if grid[0, 0]:\n        return grid\n    return grid\n",
    "an import": "    import os\n    return grid\n",
    "a nested def": "    def f(x):\n        return x\n    return f(grid)\n",
    "an augmented assignment": "    x = 1\n    x += 1\n    return grid\n",
    "no return": "    x = 1\n",
    "a subscript target": "    grid[0, 0] = 1\n    return grid\n",
    "a walrus": "    return (x := grid)\n",
    "an f-string": "    return f'{grid}'\n",
}


@pytest.mark.parametrize("line", LIBRARY)
def test_library_lines_are_in_the_wide_language(line: str) -> None:
    code = f"{HEAD}    {line}\n    return x1\n"
    form = wide_form(code)
    assert form is not None and ast.dump(ast.parse(form)) == ast.dump(ast.parse(code))
    assert accepts(form), form
    assert wide_form(form) == form


@pytest.mark.parametrize("why", sorted(OUTSIDE))
def test_programs_with_other_statements_have_no_wide_form(why: str) -> None:
    assert wide_form(HEAD + OUTSIDE[why]) is None, why


def test_a_module_with_more_than_imports_beside_transform_has_no_wide_form() -> None:
    alone = "import numpy as np\n" + HEAD + "    return np.rot90(grid)\n"
    assert wide_form(alone) == HEAD + "    return np.rot90(grid)\n"
    helper = HEAD + "    return helper(grid)\ndef helper(g):\n    return g\n"
    assert wide_form(helper) is None  # the helper would be lost from the form
    assert wide_form("X = 3\n" + HEAD + "    return grid\n") is None
    assert wide_form(HEAD + "    return grid\n" + HEAD + "    return grid\n") is None


def test_broken_syntax_is_rejected_by_the_grammar() -> None:
    good = f"{HEAD}    x1 = rotate(grid, [1, (2, 3)])\n    return x1\n"
    assert accepts(good)
    for i in range(len(HEAD), len(good) - 1):
        if good[i] in "()[],":
            mutant = good[:i] + good[i + 1 :]
            assert not accepts(mutant), mutant
    assert not accepts(good.replace("    x1", "  x1"))
    assert not accepts(good.replace("transform", "solve"))


def test_reference_solutions_in_wide_form_are_accepted_and_unchanged_in_meaning() -> None:
    forms = {t: wide_form(solution_source(t)) for t in solution_ids()}
    kept = {t: f for t, f in forms.items() if f is not None}
    assert len(kept) >= 100
    m = matcher(wide_grammar())
    for task_id, form in kept.items():
        m.reset()
        assert m.accept_string(form) and m.is_terminated(), task_id
        tree = ast.parse(solution_source(task_id)).body
        fn = next(s for s in tree if isinstance(s, ast.FunctionDef))
        assert len(ast.parse(form).body[0].body) <= len(fn.body)  # type: ignore[attr-defined]


def test_the_typed_language_lies_inside_the_wide_one() -> None:
    rng = random.Random(3)
    m = matcher(wide_grammar())
    for _ in range(200):
        code = sample_program(rng, [0, 2, 5], lines=rng.randint(0, 6))
        m.reset()
        assert m.accept_string(code) and m.is_terminated(), code
        assert wide_form(code) is not None


def test_grammar_kinds_are_chosen_by_config_then_model_record(tmp_path: Path) -> None:
    assert grammar_text("typed") == program_grammar() and grammar_text("wide") == wide_grammar()
    folder = tmp_path / "learnt"
    folder.mkdir()
    assert grammar_kind(str(folder)) == "typed"  # no record: a base model
    (folder / RECORD).write_text('{"prompt": "learnt", "grammar": "wide"}')
    assert grammar_kind(str(folder)) == "wide"
    assert llm_grammar(BackendConfig(grammar=True, model=str(folder))) == "wide"
    assert llm_grammar(BackendConfig(grammar=True, model=str(folder), grammar_kind="typed")) == (
        "typed"
    )
    assert llm_grammar(BackendConfig(grammar=False, model=str(folder))) is None
    assert llm_grammar(BackendConfig(grammar=True)) == "typed"
    with pytest.raises(ConfigError, match="grammar_kind"):
        BackendConfig(grammar_kind="loose")
    with pytest.raises(ConfigError, match="grammar_kind"):
        LearnConfig(grammar_kind="")


def test_constrained_generation_never_leaves_the_wide_language(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    pytest.importorskip("xgrammar")
    from tinymodel import build_tiny_model

    from evo.llm.backends.base import Request, Sampling
    from evo.llm.backends.hf import TransformersBackend

    backend = TransformersBackend(str(build_tiny_model(tmp_path / "model")))
    request = Request("Write a program.", "Task.", 8, wide_grammar())
    free = Request("Write a program.", "Task.", 4)
    sampling = Sampling(temperature=1.0, top_p=1.0, max_tokens=120, seed=2)
    constrained, unconstrained = backend.generate([request, free], sampling)
    m = matcher(wide_grammar())
    for text in constrained.texts:
        m.reset()
        assert text.startswith(HEAD) and m.accept_string(text), text
    for text in unconstrained.texts:
        m.reset()
        assert not m.accept_string(text), text
