"""The exhaustive operator: sample jobs get the best programs of the library's exhaustive
search, rendered as DSL source; deterministic, so it runs once per task in generation 0."""

from __future__ import annotations

from collections.abc import Sequence

from evo.core.config import SearchConfig
from evo.core.jobs import Candidate, JobSpec
from evo.library.search import search
from evo.library.transforms import render


class ExhaustiveOperator:
    """Sample jobs get the best n programs found by exhaustive search; deterministic."""

    name = "exhaustive"

    def __init__(self, search: SearchConfig | None = None) -> None:
        self.search = search or SearchConfig()

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """The n most accurate distinct programs per job."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        s = self.search
        found = search(job.task, s.exhaustive_budget, job.n, s.finish_top, s.finish_from)
        return [Candidate(render(f.path)) for f in found[: job.n]]
