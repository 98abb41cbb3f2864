"""The planner's split of a task's jobs between operators and kinds."""

from __future__ import annotations

import pytest

from evo.core.config import SearchConfig
from evo.search.planner import assign_operators, plan_task, quotas
from evo.search.selection import Standing, distinct, standing

MIX = {"sample": 0.5, "refine": 0.35, "crossover": 0.15}


@pytest.mark.parametrize("jobs", [1, 2, 3, 4, 5, 6, 7, 8, 12, 16])
@pytest.mark.parametrize("share", [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])
def test_the_llm_writes_its_share_of_all_jobs(jobs: int, share: float) -> None:
    kinds = quotas(MIX, jobs)
    chosen = assign_operators(kinds, {"llm": share, "symbolic": 1 - share})
    assert len(chosen) == jobs
    assert abs(chosen.count("llm") - jobs * share) <= 0.5


def test_shares_spread_over_the_kinds_in_proportion() -> None:
    kinds = quotas(MIX, 6)
    assert kinds == ["sample"] * 3 + ["refine"] * 2 + ["crossover"]
    chosen = assign_operators(kinds, {"llm": 0.5, "symbolic": 0.5})
    by_kind = {k: [o for o, kk in zip(chosen, kinds, strict=True) if kk == k] for k in MIX}
    assert by_kind["crossover"] == ["llm"]
    assert by_kind["refine"].count("llm") == 1 and by_kind["sample"] == [
        "llm",
        "symbolic",
        "symbolic",
    ]


def test_one_operator_takes_every_job() -> None:
    assert assign_operators(quotas(MIX, 5), {"symbolic": 1.0}) == ["symbolic"] * 5


def _standing(id: int, fitness: float, change: float, status: str = "ok") -> Standing:
    return Standing(id, fitness, f"k{id}", 0, change, status)


POPULATION = [
    _standing(1, 0.95, 0.0),  # returns its input
    _standing(2, 0.80, 0.60),
    _standing(3, 0.70, 0.75),
    _standing(4, 1.00, 1.00),  # train-exact
    _standing(5, 0.90, 0.50, status="error"),
    _standing(6, 0.60, 0.40),
]


def test_parents_rank_by_the_change_they_make_before_pixel_accuracy() -> None:
    ranked = [p.id for p in distinct(POPULATION)]
    assert ranked[:3] == [4, 3, 2] and ranked[-1] == 1


def _jobs(generation: int, deepened: frozenset[int] = frozenset()) -> list:
    config = SearchConfig(programs_per_task=16, job_size=8, deepen=2, augment=8)
    return plan_task(7, "t", generation, POPULATION, config, {"symbolic": 1.0}, deepened)


def test_near_misses_are_deepened_from_the_second_generation_once_each() -> None:
    assert not [j for j in _jobs(0) if j.operator in {"deepen", "augment"}]
    first = [j for j in _jobs(1) if j.operator == "deepen"]
    assert [j.parent_ids for j in first] == [(3,), (2,)]
    assert all(j.kind == "refine" and j.n == 8 for j in first)
    later = [j for j in _jobs(2, frozenset({3, 2})) if j.operator == "deepen"]
    assert [j.parent_ids for j in later] == [(6,)]


def test_the_symmetry_search_runs_in_the_second_generation_only() -> None:
    assert [j.n for j in _jobs(1) if j.operator == "augment"] == [8]
    assert not [j for j in _jobs(2) if j.operator == "augment"]
    assert [j.operator for j in _jobs(0)].count("exhaustive") == 1


def test_planned_jobs_have_distinct_indices_and_seeds() -> None:
    jobs = _jobs(1)
    assert [j.index for j in jobs] == list(range(len(jobs)))
    assert len({j.seed for j in jobs}) == len(jobs)


def test_standing_measures_change_from_stored_train_outputs(training) -> None:
    task = training["3aa6fb7a"]

    class Row:
        id, fitness, outputs_key, generation, status = 9, 0.9, "k", 0, "ok"
        train_results = [{"status": "ok", "output": p.input.tolist()} for p in task.train]

    assert standing(Row(), task).change == 0.0
    Row.train_results = [{"status": "ok", "output": p.output.tolist()} for p in task.train]
    assert standing(Row(), task).change == 1.0
    Row.train_results = Row.train_results[:1]
    assert standing(Row(), task).change == 0.0
