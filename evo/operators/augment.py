"""The augment operator: sample jobs get the best programs of the exhaustive search run under
the seven other symmetries of the square; deterministic, so it runs once per open task."""

from __future__ import annotations

from evo.core.tasks import Task
from evo.library.augment import augmented
from evo.library.search import Found
from evo.operators.exhaustive import ExhaustiveOperator


class AugmentOperator(ExhaustiveOperator):
    """Sample jobs get the n best distinct programs found under the symmetries (more
    symmetries agreeing first on ties)."""

    name = "augment"

    def chosen(self, task: Task, n: int) -> list[Found]:
        """The n most accurate results under the symmetries."""
        s = self.search
        return augmented(task, s.augment_budget, n, s.finish_top, s.finish_from)[:n]
