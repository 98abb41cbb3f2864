"""The generation loop: plan, propose, deduplicate, evaluate, record; resumable at every step."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, Protocol

from evo.core.config import EvoConfig
from evo.core.jobs import Candidate, JobSpec, Operator, Parent
from evo.core.program import dsl_calls, program_hash
from evo.core.tasks import Task
from evo.search.planner import cap_llm_jobs, plan_task
from evo.store.models import Completion, GenerationStat, Job, Program, Run
from evo.store.repository import Store

EVAL_CHUNK = 256
PROPOSE_CHUNK = 16
"""Jobs per propose call for operators that gain nothing from one batch (progress, memory)."""
Progress = Callable[..., None]


class Evaluator(Protocol):
    """What the engine needs of an executor."""

    def evaluate(self, jobs: Sequence[tuple[str, Task]]) -> list[Any]:
        """One result per (code, task), in order."""
        ...

    def close(self) -> None:
        """Release worker processes."""
        ...


def _quiet(event: str, **info: Any) -> None:
    """The default progress sink: nothing."""


def result_values(result: Any) -> dict[str, Any]:
    """The columns an executor result fills on a program."""
    train = [asdict(p) for p in result.train]
    outputs = [(p["status"], p["output"]) for p in train]
    return {
        "status": result.status,
        "error": result.error,
        "fitness": result.fitness,
        "solved": result.solved,
        "train_results": train,
        "test_results": [asdict(p) for p in result.test],
        "outputs_key": hashlib.sha256(json.dumps(outputs).encode()).hexdigest()[:32],
    }


def operator_shares(config: EvoConfig, operators: dict[str, Operator]) -> dict[str, float]:
    """Share of each task's jobs per operator: the LLM's configured share, symbolic the rest."""
    if "llm" in operators and "symbolic" in operators:
        share = config.backend.llm_share
        return {"llm": share, "symbolic": 1.0 - share}
    return {"llm": 1.0} if "llm" in operators else {"symbolic": 1.0}


class Engine:
    """Runs the generations of one stored run; every step is persisted before the next."""

    def __init__(
        self,
        store: Store,
        run: Run,
        config: EvoConfig,
        tasks: dict[str, Task],
        operators: dict[str, Operator],
        evaluator: Evaluator,
        progress: Progress = _quiet,
    ) -> None:
        self.store, self.run_row, self.config = store, run, config
        self.tasks, self.operators, self.evaluator = tasks, operators, evaluator
        self.progress = progress
        self.shares = operator_shares(config, operators)

    def run(self) -> None:
        """Continue from the first unfinished generation to the last, then finish the run."""
        start = self.store.find_run(self.run_row.name).generations_done
        for generation in range(start, self.config.search.generations):
            self.generation(generation)
        self.store.finish_run(self.run_row.id)

    def close(self) -> None:
        """Release the evaluator's workers and any operator that holds a model server."""
        self.evaluator.close()
        for operator in self.operators.values():
            closer = getattr(operator, "close", None)
            if callable(closer):
                closer()

    def open_tasks(self) -> list[str]:
        """Task ids not solved yet, in run order."""
        return [t.task_id for t in self.store.run_tasks(self.run_row.id) if t.status == "open"]

    def generation(self, generation: int) -> None:
        """Plan, propose, evaluate and record one generation."""
        open_ids = self.open_tasks()
        self.progress("generation", generation=generation, tasks=len(open_ids))
        self.plan(generation, open_ids)
        started = time.perf_counter()
        self.propose(generation)
        proposed = time.perf_counter()
        programs = self.evaluate(generation)
        evaluated = time.perf_counter()
        solved = self.record(generation, open_ids)
        self.store.finish_generation(
            self.run_row.id,
            GenerationStat(
                run_id=self.run_row.id,
                generation=generation,
                programs=programs,
                propose_s=proposed - started,
                evaluate_s=evaluated - proposed,
                solved=solved,
            ),
        )
        self.progress("generation_done", generation=generation, solved=solved)

    def plan(self, generation: int, open_ids: list[str]) -> None:
        """Store the jobs of every open task that has none in this generation yet.

        With an LLM request cap, tasks take turns (the order rotates each generation) and
        tasks past the cap get symbolic jobs only.
        """
        run_id, planned = self.run_row.id, self.store.planned_tasks(self.run_row.id, generation)
        cap = self.config.backend.max_requests if "llm" in self.operators else 0
        order = open_ids
        if cap and open_ids:
            start = (generation * cap) % len(open_ids)
            order = open_ids[start:] + open_ids[:start]
        used = self.store.count_jobs(run_id, generation, "llm")
        for task_id in order:
            if task_id in planned:
                continue
            population = self.store.population(run_id, task_id, generation)
            jobs = plan_task(
                self.run_row.seed, task_id, generation, population, self.config.search, self.shares
            )
            jobs, used = cap_llm_jobs(jobs, used, cap, self.config.backend.n)
            self.store.add_jobs(
                Job(
                    run_id=run_id,
                    task_id=task_id,
                    generation=generation,
                    index=j.index,
                    operator=j.operator,
                    kind=j.kind,
                    parent_ids=list(j.parent_ids),
                    n=j.n,
                    seed=j.seed,
                )
                for j in jobs
            )

    def _spec(self, job: Job) -> JobSpec:
        parents = []
        for pid in job.parent_ids:
            p = self.store.program(pid)
            if p is not None:
                parents.append(
                    Parent(
                        p.id,
                        p.code,
                        p.fitness or 0.0,
                        p.status,
                        p.error,
                        tuple(p.train_results or ()),
                    )
                )
        return JobSpec(job.id, self.tasks[job.task_id], job.kind, tuple(parents), job.n, job.seed)

    def propose(self, generation: int) -> None:
        """Ask each operator for the candidates of its planned jobs, one batch per operator."""
        pending = self.store.jobs(self.run_row.id, generation, status="planned")
        by_operator: dict[str, list[Job]] = {}
        for job in pending:
            by_operator.setdefault(job.operator, []).append(job)
        for name, jobs in by_operator.items():
            operator = self.operators[name]
            self.progress("propose", operator=name, jobs=len(jobs))
            step = len(jobs) if getattr(operator, "batched", False) else PROPOSE_CHUNK
            step = getattr(operator, "chunk", step)
            for i in range(0, len(jobs), step):
                chunk = jobs[i : i + step]
                outputs = operator.propose([self._spec(j) for j in chunk])
                for job, candidates in zip(chunk, outputs, strict=True):
                    self.save(job, candidates, generation)
                self.progress("proposed", jobs=len(chunk))

    def save(self, job: Job, candidates: list[Candidate], generation: int) -> None:
        """Persist one job's completions and programs."""
        programs: list[Program] = []
        completions: list[Completion | None] = []
        for cand in candidates:
            completions.append(
                None
                if cand.completion is None
                else Completion(job_id=job.id, index=len(completions), **asdict(cand.completion))
            )
            code = cand.code if cand.code is not None else ""
            status = "pending" if cand.code is not None else "invalid"
            programs.append(
                Program(
                    run_id=job.run_id,
                    task_id=job.task_id,
                    job_id=job.id,
                    generation=generation,
                    operator=job.operator,
                    kind=job.kind,
                    code=code,
                    hash=program_hash(code)
                    if cand.code is not None
                    else hashlib.sha256(
                        f"invalid/{job.generation}/{job.index}/{len(programs)}".encode()
                    ).hexdigest(),
                    status=status,
                    error=cand.error,
                    fitness=0.0 if cand.code is None else None,
                    dsl_calls=dsl_calls(code),
                )
            )
        self.store.save_candidates(job, programs, completions)

    def evaluate(self, generation: int) -> int:
        """Run every pending program of this run through the executor, in chunks."""
        pending = [
            p
            for p in self.store.programs(self.run_row.id, status="pending")
            if p.generation <= generation
        ]
        self.progress("evaluate", programs=len(pending))
        for i in range(0, len(pending), EVAL_CHUNK):
            chunk = pending[i : i + EVAL_CHUNK]
            results = self.evaluator.evaluate([(p.code, self.tasks[p.task_id]) for p in chunk])
            self.store.save_results(
                [(p.id, result_values(r)) for p, r in zip(chunk, results, strict=True)]
            )
            self.progress("evaluated", programs=len(chunk))
        return self.store.count_programs(self.run_row.id, generation)

    def record(self, generation: int, open_ids: list[str]) -> int:
        """Update each task's best program and mark newly solved tasks; return solved so far."""
        for task_id in open_ids:
            programs = self.store.programs(self.run_row.id, task_id)
            if not programs:
                continue
            best = min(programs, key=lambda p: (not p.solved, -(p.fitness or 0.0), p.id))
            values: dict[str, Any] = {"best_program_id": best.id}
            if best.solved:
                values |= {"status": "solved", "solved_generation": generation}
            self.store.update_task(self.run_row.id, task_id, **values)
        return sum(t.status == "solved" for t in self.store.run_tasks(self.run_row.id))
