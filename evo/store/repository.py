"""The one way the engine and reports reach the database: small, named transactions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from evo.store.models import (
    Completion,
    GenerationStat,
    Job,
    LearnExample,
    LearnRound,
    Program,
    ProgramParent,
    Run,
    RunTask,
    utcnow,
)

Candidates = tuple[Job, Sequence[Program], Sequence[Completion | None]]
"""One job's proposals as stored: the job, its programs and the completion behind each."""


class Score(NamedTuple):
    """What picking a task's best program reads of each program."""

    task_id: str
    id: int
    solved: bool
    fitness: float | None


class RunNotFound(LookupError):
    """No run matches the name (or there is no unfinished run to resume)."""


class Store:
    """Repository over one database engine; every method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def session(self) -> Session:
        """A session whose objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    # runs -------------------------------------------------------------------------------
    def create_run(
        self, name: str, config: dict[str, Any], seed: int, backend: str, task_ids: Sequence[str]
    ) -> Run:
        """Insert a run and its tasks."""
        with self.session() as s, s.begin():
            run = Run(name=name, config=config, seed=seed, backend=backend)
            s.add(run)
            s.flush()
            s.add_all(RunTask(run_id=run.id, task_id=t, position=i) for i, t in enumerate(task_ids))
        return run

    def run_names(self) -> list[str]:
        """Names of every run, oldest first."""
        with self.session() as s:
            return list(s.scalars(select(Run.name).order_by(Run.id)))

    def find_run(self, name: str | None = None, unfinished: bool = False) -> Run:
        """The named run, else the newest (unfinished) one."""
        query = select(Run).order_by(Run.id.desc())
        if name:
            query = query.where(Run.name == name)
        if unfinished:
            query = query.where(Run.status != "finished")
        with self.session() as s:
            run = s.scalars(query).first()
        if run is None:
            what = f"run '{name}'" if name else ("unfinished run" if unfinished else "run")
            raise RunNotFound(f"no {what} in this database")
        return run

    def run_by_id(self, run_id: int) -> Run:
        """One run by id."""
        with self.session() as s:
            run = s.get(Run, run_id)
        if run is None:
            raise RunNotFound(f"no run {run_id} in this database")
        return run

    def unfinished_runs(self, run_id: int | None = None) -> list[int]:
        """Ids of runs not finished yet (only `run_id`, when given)."""
        query = select(Run.id).where(Run.status != "finished")
        if run_id is not None:
            query = query.where(Run.id == run_id)
        with self.session() as s:
            return list(s.scalars(query.order_by(Run.id)))

    def finish_run(self, run_id: int) -> None:
        """Mark a run finished."""
        with self.session() as s, s.begin():
            s.execute(
                update(Run).where(Run.id == run_id).values(status="finished", finished_at=utcnow())
            )

    def finish_generation(self, run_id: int, stat: GenerationStat) -> None:
        """Record a generation's figures and advance the run's counter."""
        with self.session() as s, s.begin():
            s.merge(stat)
            s.execute(
                update(Run).where(Run.id == run_id).values(generations_done=stat.generation + 1)
            )

    def generation_stats(self, run_id: int) -> list[GenerationStat]:
        """Per-generation figures, in order."""
        with self.session() as s:
            q = select(GenerationStat).where(GenerationStat.run_id == run_id)
            return list(s.scalars(q.order_by(GenerationStat.generation)))

    # tasks ------------------------------------------------------------------------------
    def run_tasks(self, run_id: int) -> list[RunTask]:
        """The run's tasks in their original order."""
        with self.session() as s:
            q = select(RunTask).where(RunTask.run_id == run_id).order_by(RunTask.position)
            return list(s.scalars(q))

    def update_task(self, run_id: int, task_id: str, **values: Any) -> None:
        """Set fields of one run task (status, best program, generation solved)."""
        with self.session() as s, s.begin():
            s.execute(
                update(RunTask)
                .where(RunTask.run_id == run_id, RunTask.task_id == task_id)
                .values(**values)
            )

    # jobs -------------------------------------------------------------------------------
    def planned_tasks(self, run_id: int, generation: int) -> set[str]:
        """Task ids that already have jobs in this generation."""
        with self.session() as s:
            q = select(Job.task_id).where(Job.run_id == run_id, Job.generation == generation)
            return set(s.scalars(q.distinct()))

    def count_jobs(self, run_id: int, generation: int, operator: str) -> int:
        """How many jobs of one operator a generation has planned."""
        with self.session() as s:
            q = (
                select(func.count())
                .select_from(Job)
                .where(Job.run_id == run_id, Job.generation == generation, Job.operator == operator)
            )
            return int(s.scalar(q) or 0)

    def job_parents(self, run_id: int, task_id: str, operator: str) -> frozenset[int]:
        """Ids of every program an operator's jobs of a task took as a parent."""
        q = select(Job.parent_ids).where(
            Job.run_id == run_id, Job.task_id == task_id, Job.operator == operator
        )
        with self.session() as s:
            return frozenset(pid for ids in s.scalars(q) for pid in ids or ())

    def add_jobs(self, jobs: Iterable[Job]) -> None:
        """Persist planned jobs."""
        with self.session() as s, s.begin():
            s.add_all(jobs)

    def jobs(self, run_id: int, generation: int, status: str | None = None) -> list[Job]:
        """Jobs of a generation in task and index order."""
        q = select(Job).where(Job.run_id == run_id, Job.generation == generation)
        if status:
            q = q.where(Job.status == status)
        with self.session() as s:
            return list(s.scalars(q.order_by(Job.id)))

    def all_jobs(self, run_id: int) -> list[Job]:
        """Every job of a run."""
        with self.session() as s:
            return list(s.scalars(select(Job).where(Job.run_id == run_id).order_by(Job.id)))

    def save_candidates(self, batch: Sequence[Candidates]) -> None:
        """Store the completions and new programs, with lineage, of several jobs in one
        transaction and mark the jobs generated. A job stored already (by another worker,
        after a lapsed lease) is left as it is; a program whose hash its task holds is
        counted as the job's duplicate."""
        if not batch:
            return
        with self.session() as s, s.begin():
            ids = [job.id for job, _, _ in batch]
            planned = set(
                s.scalars(
                    select(Job.id).where(Job.id.in_(ids), Job.status == "planned").with_for_update()
                )
            )
            todo = [b for b in batch if b[0].id in planned]
            known = self._known_hashes(s, todo)
            s.add_all(c for _, _, completions in todo for c in completions if c is not None)
            s.flush()
            kept: list[tuple[Job, Program]] = []
            dropped: dict[int, int] = {}
            for job, programs, completions in todo:
                duplicates = 0
                for program, completion in zip(programs, completions, strict=True):
                    if completion is not None:
                        program.completion_id = completion.id
                    if program.hash in known[job.task_id]:
                        duplicates += 1
                        continue
                    known[job.task_id].add(program.hash)
                    kept.append((job, program))
                dropped[job.id] = duplicates
            s.add_all(program for _, program in kept)
            s.flush()
            s.add_all(
                ProgramParent(child_id=program.id, parent_id=p, position=i)
                for job, program in kept
                for i, p in enumerate(job.parent_ids)
            )
            for job, _, _ in todo:
                s.execute(
                    update(Job)
                    .where(Job.id == job.id)
                    .values(status="generated", duplicates=dropped[job.id])
                )

    @staticmethod
    def _known_hashes(s: Session, batch: Sequence[Candidates]) -> dict[str, set[str]]:
        """Program hashes each task of the batch holds already."""
        tasks = {job.task_id for job, _, _ in batch}
        known: dict[str, set[str]] = {t: set() for t in tasks}
        if not batch:
            return known
        run_id = batch[0][0].run_id
        query = select(Program.task_id, Program.hash).where(
            Program.run_id == run_id, Program.task_id.in_(tasks)
        )
        for task_id, digest in s.execute(query):
            known[task_id].add(digest)
        return known

    # programs ---------------------------------------------------------------------------
    def population(self, run_id: int, task_id: str, before: int) -> list[Program]:
        """Evaluated programs of a task from generations before `before`."""
        q = select(Program).where(
            Program.run_id == run_id,
            Program.task_id == task_id,
            Program.generation < before,
            Program.status != "pending",
        )
        with self.session() as s:
            return list(s.scalars(q.order_by(Program.id)))

    def programs(
        self, run_id: int, task_id: str | None = None, status: str | None = None
    ) -> list[Program]:
        """Programs of a run (optionally of one task or status), by id."""
        q = select(Program).where(Program.run_id == run_id)
        if task_id:
            q = q.where(Program.task_id == task_id)
        if status:
            q = q.where(Program.status == status)
        with self.session() as s:
            return list(s.scalars(q.order_by(Program.id)))

    def pending(self, run_id: int, task_ids: Collection[str], generation: int) -> list[Program]:
        """Programs of these tasks awaiting evaluation, up to a generation, by id."""
        q = select(Program).where(
            Program.run_id == run_id,
            Program.task_id.in_(task_ids),
            Program.status == "pending",
            Program.generation <= generation,
        )
        with self.session() as s:
            return list(s.scalars(q.order_by(Program.id)))

    def scores(self, run_id: int, task_ids: Collection[str]) -> list[Score]:
        """(task, id, solved, fitness) of every program of these tasks, by id."""
        q = select(Program.task_id, Program.id, Program.solved, Program.fitness).where(
            Program.run_id == run_id, Program.task_id.in_(task_ids)
        )
        with self.session() as s:
            return [Score(*row) for row in s.execute(q.order_by(Program.id))]

    def program(self, program_id: int) -> Program | None:
        """One program by id."""
        with self.session() as s:
            return s.get(Program, program_id)

    def parents_of(self, program_ids: Sequence[int]) -> dict[int, list[int]]:
        """Parent ids of each program, in position order."""
        q = select(ProgramParent).where(ProgramParent.child_id.in_(program_ids))
        result: dict[int, list[int]] = {p: [] for p in program_ids}
        with self.session() as s:
            for link in s.scalars(q.order_by(ProgramParent.child_id, ProgramParent.position)):
                result[link.child_id].append(link.parent_id)
        return result

    def save_results(self, results: Sequence[tuple[int, dict[str, Any]]]) -> None:
        """Write evaluation results onto programs (one batched UPDATE by primary key)."""
        if not results:
            return
        with self.session() as s, s.begin():
            s.execute(update(Program), [{"id": pid, **values} for pid, values in results])

    def completions(self, run_id: int) -> list[Completion]:
        """Every stored completion of a run."""
        q = select(Completion).join(Job, Completion.job_id == Job.id).where(Job.run_id == run_id)
        with self.session() as s:
            return list(s.scalars(q.order_by(Completion.id)))

    def completions_with_kind(self, run_id: int) -> list[tuple[Completion, str]]:
        """Every stored completion of a run with the kind of job it answered."""
        q = (
            select(Completion, Job.kind)
            .join(Job, Completion.job_id == Job.id)
            .where(Job.run_id == run_id)
            .order_by(Completion.id)
        )
        with self.session() as s:
            return [(c, k) for c, k in s.execute(q)]

    def count_programs(self, run_id: int, generation: int | None = None) -> int:
        """How many programs a run holds (in one generation, when given)."""
        q = select(func.count()).select_from(Program).where(Program.run_id == run_id)
        if generation is not None:
            q = q.where(Program.generation == generation)
        with self.session() as s:
            return int(s.scalar(q) or 0)

    # learning ---------------------------------------------------------------------------
    def add_learn_round(self, round_: LearnRound, examples: Sequence[LearnExample]) -> LearnRound:
        """Store a learning round with its data set."""
        with self.session() as s, s.begin():
            s.add(round_)
            s.flush()
            for e in examples:
                e.round_id = round_.id
            s.add_all(examples)
        return round_

    def finish_learn_round(self, round_id: int, record: dict[str, Any]) -> None:
        """Store a round's training record."""
        with self.session() as s, s.begin():
            s.execute(
                update(LearnRound)
                .where(LearnRound.id == round_id)
                .values(record=record, status="trained")
            )

    def learn_rounds(self, run_id: int) -> list[LearnRound]:
        """A run's learning rounds, oldest first."""
        with self.session() as s:
            q = select(LearnRound).where(LearnRound.run_id == run_id)
            return list(s.scalars(q.order_by(LearnRound.id)))

    def learn_examples(self, round_id: int) -> list[LearnExample]:
        """A round's data set in order."""
        with self.session() as s:
            q = select(LearnExample).where(LearnExample.round_id == round_id)
            return list(s.scalars(q.order_by(LearnExample.position)))
