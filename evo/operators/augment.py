"""The augment operator: sample jobs get the best programs of the exhaustive search run under
the seven other symmetries of the square; deterministic, so it runs once per open task."""

from __future__ import annotations

from collections.abc import Sequence

from evo.core.config import SearchConfig
from evo.core.jobs import Candidate, JobSpec
from evo.library.augment import augmented
from evo.library.transforms import render


class AugmentOperator:
    """Sample jobs get the n best distinct programs found under the symmetries."""

    name = "augment"

    def __init__(self, search: SearchConfig | None = None) -> None:
        self.search = search or SearchConfig()

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """The n most accurate programs per job (more symmetries agreeing first on ties)."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        s = self.search
        found = augmented(job.task, s.augment_budget, job.n, s.finish_top, s.finish_from)
        return [Candidate(render(f.path)) for f in found[: job.n]]
