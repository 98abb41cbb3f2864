"""The exhaustive operator: sample jobs get the best programs of the library's exhaustive
search, rendered as DSL source; deterministic, so it runs once per task in generation 0.
Besides the most accurate results it keeps the near misses that make most of the change,
the parents that later generations deepen."""

from __future__ import annotations

from collections.abc import Sequence

from evo.core.config import SearchConfig
from evo.core.jobs import Candidate, JobSpec
from evo.core.tasks import Task
from evo.library.deepen import near_misses
from evo.library.search import Found, search
from evo.library.transforms import render


def picks(found: list[Found], task: Task, n: int) -> list[Found]:
    """Up to n results: the train-exact ones, then by turns the most accurate and the near
    misses that reproduce most of the change (see evo.library.deepen.near_misses)."""
    chosen = [f for f in found if f.score == 1.0][:n]
    accurate = iter([f for f in found if f.score < 1.0])
    changing = iter(near_misses(found, task, n))
    for source in [accurate, changing] * n:
        if len(chosen) >= n:
            break
        f = next((f for f in source if all(f is not c for c in chosen)), None)
        if f is not None:
            chosen.append(f)
    return chosen


class ExhaustiveOperator:
    """Sample jobs get n programs found by exhaustive search (see picks); deterministic."""

    name = "exhaustive"

    def __init__(self, search: SearchConfig | None = None) -> None:
        self.search = search or SearchConfig()

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Up to n distinct programs per job: the chosen results, rendered."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        return [Candidate(render(f.path)) for f in self.chosen(job.task, job.n)]

    def chosen(self, task: Task, n: int) -> list[Found]:
        """The search's results a job gets (see picks)."""
        s = self.search
        return picks(search(task, s.exhaustive_budget, n, s.finish_top, s.finish_from), task, n)
