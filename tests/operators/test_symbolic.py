"""The symbolic operator's prior, builder and repair, on the real reference solutions and tasks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import asdict

import pytest

from dsl.solutions import solution_ids, solution_source
from evo.core.config import ExecutorConfig
from evo.core.jobs import JobSpec, Parent
from evo.core.tasks import Task
from evo.executor import Executor
from evo.operators.prior import UNIFORM, Prior, PriorBook, reference_book, task_prior
from evo.operators.repair import is_near, ranked_edits, repair
from evo.operators.symbolic import Builder, SymbolicOperator, task_colours, usable_primitives

FILL = "def transform(grid):\n    x1 = fill_enclosed(grid, {}, 0)\n    return x1\n"
"""A straight-line solution of 00d62c1b when filled with yellow (4)."""


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return {i: solution_source(i) for i in solution_ids()}


@pytest.fixture(scope="module")
def executor() -> Iterator[Executor]:
    ex = Executor(ExecutorConfig())
    yield ex
    ex.close()


def parent_of(code: str, task: Task, executor: Executor) -> Parent:
    result = executor.evaluate([(code, task)])[0]
    train = tuple(asdict(p) for p in result.train)
    return Parent(1, code, result.fitness, result.status, result.error, train)


def test_prior_leaves_the_task_own_solution_out(sources: dict[str, str]) -> None:
    book = PriorBook.from_sources(sources)
    for task_id in ("00d62c1b", "0520fde7"):
        others = {k: v for k, v in sources.items() if k != task_id}
        alone = PriorBook.from_sources(others)
        assert book.for_task(task_id) == alone.for_task(task_id)
        assert book.for_task(task_id) == Prior(dict(alone.total))
        assert book.for_task(task_id) != Prior(dict(book.total))
    assert book.for_task("no-such-task") == Prior(dict(book.total))
    assert task_prior("00d62c1b") == book.for_task("00d62c1b")
    assert reference_book().total == book.total


def test_prior_keeps_every_usable_primitive_and_value() -> None:
    prior = task_prior("00d62c1b")
    for u in usable_primitives():
        assert prior.call(u.name) > 0 and UNIFORM.call(u.name) > 0
        for slot in u.slots:
            assert all(w > 0 for w in prior.values(u.name, slot.name, range(10)))
    assert prior.call("height") > prior.call("downscale") > 0
    assert 0 < prior.variable_share("crop", "height") < 1


def test_builder_is_deterministic_and_follows_the_prior() -> None:
    space = usable_primitives()
    rendered = [
        [Builder(random.Random(3), [0, 1, 2], space).program().render() for _ in range(20)]
        for _ in range(2)
    ]
    assert rendered[0] == rendered[1]
    rotate = Prior({("call", "rotate"): 10_000, ("value", "rotate", "turns", 3): 10_000})
    builder = Builder(random.Random(3), [0, 1, 2], space, rotate)
    steps = [s for _ in range(50) for s in builder.program().steps]
    calls = [s for s in steps if s.func == "rotate"]
    assert len(calls) > 0.9 * len(steps)
    assert sum(s.args[1] == 3 for s in calls) > 0.9 * len(calls)


def test_repair_fixes_a_broken_colour(training: dict[str, Task], executor: Executor) -> None:
    task = training["00d62c1b"]
    broken, fixed = FILL.format(3), FILL.format(4)
    parent = parent_of(broken, task, executor)
    assert is_near(parent) and parent.fitness < 1
    edits = repair(parent, task, task_colours(task), task_prior(task.id), 8, random.Random(0))
    assert fixed in edits and broken not in edits and len(set(edits)) == len(edits)
    results = executor.evaluate([(code, task) for code in edits])
    assert [code for code, r in zip(edits, results, strict=True) if r.solved] == [fixed]
    job = JobSpec(1, task, "refine", (parent,), 8, seed=11)
    operator = SymbolicOperator()
    first, again = operator.propose([job, job])
    assert first == again and fixed in [c.code for c in first]


def test_repair_edits_a_program_that_is_not_straight(
    training: dict[str, Task], executor: Executor
) -> None:
    task = training["0520fde7"]
    fixed = solution_source(task.id)
    broken = fixed.replace('"and"', '"xor"')
    assert broken != fixed
    edits = ranked_edits(broken, task_colours(task), task_prior(task.id))
    assert 10 < len(edits) < 40 and any("'and'" in e.code for e in edits)
    parent = parent_of(broken, task, executor)
    chosen = repair(parent, task, task_colours(task), task_prior(task.id), 40, random.Random(0))
    assert len(chosen) == len(edits)
    results = executor.evaluate([(code, task) for code in chosen])
    solved = [code for code, r in zip(chosen, results, strict=True) if r.solved]
    assert solved and all("'and'" in code for code in solved)


def test_symbolic_programs_are_in_the_grammars_language(training: dict[str, Task]) -> None:
    from dsl.grammar import check_program

    tasks = list(training.values())[:30]
    op = SymbolicOperator()
    samples = op.propose([JobSpec(i, t, "sample", (), 8, i) for i, t in enumerate(tasks)])
    codes = [c.code for cs in samples for c in cs if c.code]
    parents = tuple(Parent(k + 1, codes[k], 0.5, "ok", None, ()) for k in range(2))
    kinds = ("refine", "crossover") * 10
    bred = op.propose([JobSpec(i, tasks[i], k, parents, 4, i) for i, k in enumerate(kinds)])
    codes += [c.code for cs in bred for c in cs if c.code]
    assert len(codes) > 250
    assert {c: check_program(c) for c in codes if check_program(c)} == {}
