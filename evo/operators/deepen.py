"""The deepen operator: a near miss is extended by the library steps that best turn its train
outputs into the expected ones (the exhaustive search run on its residual)."""

from __future__ import annotations

from collections.abc import Sequence

from dsl.types import Grid, freeze
from evo.core.config import SearchConfig
from evo.core.jobs import Candidate, JobSpec, Parent
from evo.library.deepen import continuations, extend


def made(parent: Parent) -> list[Grid] | None:
    """The parent's train outputs, or None unless it ran on every train pair."""
    grids = []
    for pair in parent.train:
        if pair.get("status") != "ok" or pair.get("output") is None:
            return None
        grids.append(freeze(pair["output"]))
    return grids or None


class DeepenOperator:
    """Refine jobs of one parent get the parent followed by up to n continuations, most
    accurate first; deterministic."""

    name = "deepen"

    def __init__(self, search: SearchConfig | None = None) -> None:
        self.search = search or SearchConfig()

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Children per job (none for a parent that failed on a train pair)."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        if len(job.parents) != 1:
            return []
        parent = job.parents[0]
        grids = made(parent)
        if grids is None or len(grids) != len(job.task.train):
            return []
        found = continuations(grids, job.task, self.search.deepen_budget, job.n)
        children = []
        for f in found:
            code = extend(parent.code, f.path)
            if code is not None:
                children.append(Candidate(code))
            if len(children) == job.n:
                break
        return children
