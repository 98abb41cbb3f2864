"""SQLAlchemy 2.0 models of runs, tasks, jobs, completions, programs, lineage and units of work."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 3


def utcnow() -> datetime:
    """The current time in UTC (stored naive for SQLite and PostgreSQL alike)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base of every evo table."""


class SchemaVersion(Base):
    """The schema version this database was created with, and named migrations applied."""

    __tablename__ = "schema_version"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class Run(Base):
    """One search: its resolved configuration and where it stands."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    seed: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="running")
    backend: Mapped[str] = mapped_column(String(200), default="")
    generations_done: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


class RunTask(Base):
    """A task within a run: open or solved, its best program and when it was solved."""

    __tablename__ = "run_tasks"
    __table_args__ = (UniqueConstraint("run_id", "task_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="open")
    best_program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"), default=None)
    solved_generation: Mapped[int | None] = mapped_column(Integer, default=None)


class Job(Base):
    """One planned application of an operator to a task in a generation."""

    __tablename__ = "jobs"
    __table_args__ = (UniqueConstraint("run_id", "task_id", "generation", "index"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(100))
    generation: Mapped[int] = mapped_column(Integer)
    index: Mapped[int] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    parent_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    n: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    duplicates: Mapped[int] = mapped_column(Integer, default=0)


class Completion(Base):
    """Raw text from a language model for one job, stored before any parsing."""

    __tablename__ = "completions"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(String(300), default="")
    template: Mapped[str] = mapped_column(String(100), default="")
    prompt_hash: Mapped[str] = mapped_column(String(64), default="")
    prompt_chars: Mapped[int] = mapped_column(Integer, default=0)
    prefix_chars: Mapped[int] = mapped_column(Integer, default=0)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_s: Mapped[float] = mapped_column(Float, default=0.0)


class Program(Base):
    """A candidate program for a task with its evaluation on every pair."""

    __tablename__ = "programs"
    __table_args__ = (
        UniqueConstraint("run_id", "task_id", "hash"),
        Index("ix_programs_task", "run_id", "task_id", "generation"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    task_id: Mapped[str] = mapped_column(String(100))
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    completion_id: Mapped[int | None] = mapped_column(ForeignKey("completions.id"), default=None)
    generation: Mapped[int] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    error: Mapped[str | None] = mapped_column(Text, default=None)
    fitness: Mapped[float | None] = mapped_column(Float, default=None)
    solved: Mapped[bool] = mapped_column(default=False)
    train_results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    test_results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    outputs_key: Mapped[str | None] = mapped_column(String(64), default=None)
    dsl_calls: Mapped[list[str]] = mapped_column(JSON, default=list)


class ProgramParent(Base):
    """Lineage: which programs a program was made from (two or more for crossover)."""

    __tablename__ = "program_parents"
    child_id: Mapped[int] = mapped_column(ForeignKey("programs.id"), primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("programs.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class GenerationStat(Base):
    """Wall time and counts of one finished generation (reporting only, never a budget)."""

    __tablename__ = "generation_stats"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, primary_key=True)
    programs: Mapped[int] = mapped_column(Integer, default=0)
    propose_s: Mapped[float] = mapped_column(Float, default=0.0)
    evaluate_s: Mapped[float] = mapped_column(Float, default=0.0)
    solved: Mapped[int] = mapped_column(Integer, default=0)


class Unit(Base):
    """A unit of work that one worker claims: plan a generation, work a chunk of its tasks
    (propose, evaluate, record), or close it. A claim is a lease the worker renews."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("run_id", "generation", "kind", "chunk"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    generation: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    chunk: Mapped[int] = mapped_column(Integer, default=0)
    task_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default="ready", index=True)
    worker: Mapped[str | None] = mapped_column(String(200), default=None)
    lease_until: Mapped[datetime | None] = mapped_column(default=None)
    claims: Mapped[int] = mapped_column(Integer, default=0)
    propose_s: Mapped[float] = mapped_column(Float, default=0.0)
    evaluate_s: Mapped[float] = mapped_column(Float, default=0.0)
    done_at: Mapped[datetime | None] = mapped_column(default=None)


class LearnRound(Base):
    """One `evo learn` round on a run: the base model, the folder it saved, its settings and
    its training record (steps, losses, validation loss before and after, wall time)."""

    __tablename__ = "learn_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    base_model: Mapped[str] = mapped_column(String(500))
    output: Mapped[str] = mapped_column(String(500))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    record: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    status: Mapped[str] = mapped_column(String(20), default="built")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LearnExample(Base):
    """One example of a learning round's data set: the program it teaches and its split."""

    __tablename__ = "learn_examples"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("learn_rounds.id"), index=True)
    task_id: Mapped[str] = mapped_column(String(100))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    relabelled: Mapped[bool] = mapped_column(default=False)
    split: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
