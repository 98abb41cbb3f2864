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
from evo.search import learning
from evo.search.planner import cap_llm_jobs, plan_task
from evo.search.selection import standing
from evo.store.models import Completion, GenerationStat, Job, Program, Run, Unit
from evo.store.repository import Candidates, Score, Store
from evo.store.units import CLOSE, LEARN, PLAN, WORK, NewUnit, UnitQueue

EVAL_CHUNK = 256
PROPOSE_CHUNK = 16
"""Jobs per propose call for operators that gain nothing from one batch (progress, memory)."""
Progress = Callable[..., None]
Remodel = Callable[[str], Operator]
"""Builds the run's LLM operator on another model folder (a learnt one)."""


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
        remodel: Remodel | None = None,
        model: str | None = None,
    ) -> None:
        self.store, self.run_row, self.config = store, run, config
        self.tasks, self.operators, self.evaluator = tasks, operators, evaluator
        self.progress = progress
        self.seconds = UnitQueue(store.engine).generation_seconds
        self.shares = operator_shares(config, operators)
        self.remodel, self.model = remodel, model

    def execute(self, unit: Unit) -> tuple[list[NewUnit], tuple[float, float]]:
        """Do one unit of work; return the units that follow it and its propose and evaluate
        seconds. Every unit is idempotent: redoing one after a crash skips what is stored."""
        if unit.kind == PLAN:
            return self.plan_unit(unit.generation), (0.0, 0.0)
        if unit.kind == WORK:
            return [], self.work(unit.generation, list(unit.task_ids))
        if unit.kind == LEARN:
            return self.learn_unit(unit.generation), (0.0, 0.0)
        return self.close_unit(unit.generation), (0.0, 0.0)

    def learn_unit(self, generation: int) -> list[NewUnit]:
        """The learning round before a generation; the LLM goes on with the learnt model."""
        self.progress("learn", generation=generation)
        quiet = bool(getattr(self.progress, "quiet", True))
        model, examples = learning.learn_round(
            self.store, self.run_row, self.config, generation, not quiet
        )
        self.use_model(model)
        self.progress("learnt", generation=generation, model=model, examples=examples)
        return [NewUnit(generation, PLAN)]

    def use_model(self, model: str | None) -> None:
        """Sample with this model folder from now on (nothing changes for None, the model in
        use, or a run without an LLM)."""
        if model is None or model == self.model or self.remodel is None:
            return
        if "llm" in self.operators:
            closer = getattr(self.operators["llm"], "close", None)
            if callable(closer):
                closer()
            self.operators["llm"] = self.remodel(model)
        self.model = model

    def plan_unit(self, generation: int) -> list[NewUnit]:
        """Plan a generation's jobs and split its open tasks into work units (run order)."""
        open_ids = self.open_tasks()
        self.plan(generation, open_ids)
        size = self.config.search.unit_tasks or max(len(open_ids), 1)
        chunks = [open_ids[i : i + size] for i in range(0, len(open_ids), size)]
        self.progress("generation", generation=generation, tasks=len(open_ids))
        if not chunks:
            return [NewUnit(generation, CLOSE)]
        return [NewUnit(generation, WORK, i, tuple(c)) for i, c in enumerate(chunks)]

    def work(self, generation: int, task_ids: list[str]) -> tuple[float, float]:
        """Propose, evaluate and record one chunk of a generation's tasks (with the model of
        the run's newest learning round, which another worker may have made)."""
        self.use_model(learning.newest_model(self.store, self.run_row, self.config))
        started = time.perf_counter()
        self.propose(generation, set(task_ids))
        proposed = time.perf_counter()
        self.evaluate(generation, set(task_ids))
        evaluated = time.perf_counter()
        self.record(generation, task_ids)
        self.progress("worked", generation=generation, tasks=len(task_ids))
        return proposed - started, evaluated - proposed

    def close_unit(self, generation: int) -> list[NewUnit]:
        """Record the generation's figures; plan the next one, or finish the run."""
        run_id = self.run_row.id
        propose_s, evaluate_s = self.seconds(run_id, generation)
        solved = sum(t.status == "solved" for t in self.store.run_tasks(run_id))
        stat = GenerationStat(
            run_id=run_id,
            generation=generation,
            programs=self.store.count_programs(run_id, generation),
            propose_s=propose_s,
            evaluate_s=evaluate_s,
            solved=solved,
        )
        self.store.finish_generation(run_id, stat)
        self.progress("generation_done", generation=generation, solved=solved)
        if learning.due(self.config, generation + 1) and self.remodel is not None:
            return [NewUnit(generation + 1, LEARN)]
        if generation + 1 < self.config.search.generations:
            return [NewUnit(generation + 1, PLAN)]
        self.store.finish_run(run_id)
        return []

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
            task = self.tasks[task_id]
            population = [
                standing(p, task) for p in self.store.population(run_id, task_id, generation)
            ]
            deepened = (
                self.store.job_parents(run_id, task_id, "deepen") if generation else frozenset()
            )
            jobs = plan_task(
                self.run_row.seed,
                task_id,
                generation,
                population,
                self.config.search,
                self.shares,
                deepened,
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

    def propose(self, generation: int, task_ids: set[str]) -> None:
        """Ask each operator for the candidates of the chunk's planned jobs, one batch per
        operator; operators take turns in the order of their first job in the generation, so
        that a task's programs are stored in the same order however its tasks are chunked."""
        jobs_all = self.store.jobs(self.run_row.id, generation)
        order = list(dict.fromkeys(j.operator for j in jobs_all))
        pending = [j for j in jobs_all if j.status == "planned" and j.task_id in task_ids]
        by_operator: dict[str, list[Job]] = {name: [] for name in order}
        for job in pending:
            by_operator[job.operator].append(job)
        for name, jobs in by_operator.items():
            if not jobs:
                continue
            operator = self.operators[name]
            self.progress("propose", operator=name, jobs=len(jobs))
            step = len(jobs) if getattr(operator, "batched", False) else PROPOSE_CHUNK
            step = getattr(operator, "chunk", step)
            for i in range(0, len(jobs), step):
                chunk = jobs[i : i + step]
                outputs = operator.propose([self._spec(j) for j in chunk])
                self.store.save_candidates(
                    [
                        self.stored(job, candidates, generation)
                        for job, candidates in zip(chunk, outputs, strict=True)
                    ]
                )
                self.progress("proposed", jobs=len(chunk))

    def stored(self, job: Job, candidates: list[Candidate], generation: int) -> Candidates:
        """One job's completions and programs as the store keeps them."""
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
        return job, programs, completions

    def evaluate(self, generation: int, task_ids: set[str]) -> None:
        """Run the chunk's pending programs through the executor, in chunks."""
        pending = self.store.pending(self.run_row.id, task_ids, generation)
        self.progress("evaluate", programs=len(pending))
        for i in range(0, len(pending), EVAL_CHUNK):
            chunk = pending[i : i + EVAL_CHUNK]
            results = self.evaluator.evaluate([(p.code, self.tasks[p.task_id]) for p in chunk])
            self.store.save_results(
                [(p.id, result_values(r)) for p, r in zip(chunk, results, strict=True)]
            )
            self.progress("evaluated", programs=len(chunk))

    def record(self, generation: int, open_ids: list[str]) -> None:
        """Update each task's best program and mark newly solved tasks."""
        by_task: dict[str, list[Score]] = {}
        for score in self.store.scores(self.run_row.id, open_ids):
            by_task.setdefault(score.task_id, []).append(score)
        for task_id in open_ids:
            programs = by_task.get(task_id)
            if not programs:
                continue
            best = min(programs, key=lambda p: (not p.solved, -(p.fitness or 0.0), p.id))
            values: dict[str, Any] = {"best_program_id": best.id}
            if best.solved:
                values |= {"status": "solved", "solved_generation": generation}
            self.store.update_task(self.run_row.id, task_id, **values)
