"""The planner's split of a task's jobs between operators and kinds."""

from __future__ import annotations

import pytest

from evo.search.planner import assign_operators, quotas

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
