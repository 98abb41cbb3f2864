"""The jobs of one evaluate() call: the queue, the encoded inputs and the results so far."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

from evo.core.tasks import Task
from evo.executor.protocol import EncodedGrid, Job, RawPair, encode_input
from evo.executor.results import ProgramResult, failed_program
from evo.executor.scoring import Expected, expectations, score


class Batch:
    """Jobs waiting, jobs done; inputs encoded and expectations prepared once per task."""

    def __init__(self, jobs: Sequence[tuple[str, Task]]) -> None:
        encoded: dict[int, tuple[EncodedGrid, ...]] = {}
        self.expected: dict[int, list[Expected | None]] = {}
        self.tasks = [task for _, task in jobs]
        self.jobs: list[Job] = []
        for index, (code, task) in enumerate(jobs):
            if id(task) not in encoded:
                pairs = task.train + task.test
                encoded[id(task)] = tuple(encode_input(p.input) for p in pairs)
                self.expected[id(task)] = expectations(task)
            self.jobs.append(Job(index, code, encoded[id(task)]))
        self.queue: deque[Job] = deque(self.jobs)
        self.results: list[ProgramResult | None] = [None] * len(self.jobs)
        self.missing = len(self.jobs)

    def take(self, count: int) -> list[Job]:
        """Up to count jobs from the front of the queue."""
        return [self.queue.popleft() for _ in range(min(count, len(self.queue)))]

    def finish(self, index: int, pairs: list[RawPair]) -> None:
        """Score a worker's reply (ProtocolError if it has the wrong number of pairs)."""
        task = self.tasks[index]
        self._set(index, score(self.expected[id(task)], len(task.train), pairs))

    def fail(self, index: int, status: str, error: str) -> None:
        """Record a job that produced nothing."""
        task = self.tasks[index]
        self._set(index, failed_program(status, error, len(task.train), len(task.test)))

    def requeue(self, indices: Iterable[int]) -> None:
        """Put unanswered jobs back at the front, in their order."""
        self.queue.extendleft(self.jobs[i] for i in reversed(list(indices)))

    def _set(self, index: int, result: ProgramResult) -> None:
        """Store a result, counting it once."""
        if self.results[index] is None:
            self.missing -= 1
        self.results[index] = result

    def done(self) -> list[ProgramResult]:
        """The results, every one present."""
        assert all(r is not None for r in self.results)
        return [r for r in self.results if r is not None]
