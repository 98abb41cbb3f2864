"""A learning round: a run's data set built and stored beside it, a model fine-tuned on it,
and the training record stored in the database and in the model's folder."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from evo.core.config import LearnConfig, from_dict
from evo.core.errors import EvoError
from evo.core.tasks import run_tasks
from evo.learn.dataset import TRAIN, VALID, Sourced, build
from evo.llm.training import TrainRecord, train
from evo.store.models import LearnExample, LearnRound, Run
from evo.store.repository import Store


class LearnError(EvoError):
    """A learning round that cannot run (no examples, an output folder in the way)."""


class NothingToLearn(LearnError):
    """A run with no program the data set can use (none valid, every prompt too long)."""


def dataset(store: Store, run: Run, settings: LearnConfig) -> list[Sourced]:
    """The run's programs as examples, shuffled with the run seed."""
    tasks = run_tasks(from_dict(run.config).tasks)
    return build(tasks, store.programs(run.id), settings, run.seed)


def learn(
    store: Store,
    run: Run,
    base: str,
    output: Path,
    settings: LearnConfig,
    progress: bool = True,
) -> tuple[TrainRecord, list[Sourced]]:
    """Build and store the data set, fine-tune `base` on it into `output`, store the record."""
    examples = dataset(store, run, settings)
    train_set = [s.example for s in examples if s.split == TRAIN]
    valid_set = [s.example for s in examples if s.split == VALID]
    if not train_set:
        raise NothingToLearn(f"run '{run.name}' has no program to learn from")
    if output.exists() and any(output.iterdir()) and not (output / "checkpoints").exists():
        raise LearnError(f"{output} exists and holds no checkpoint of an unfinished round")
    output.mkdir(parents=True, exist_ok=True)
    round_ = LearnRound(
        run_id=run.id, base_model=base, output=str(output), settings=asdict(settings)
    )
    rows = [
        LearnExample(
            task_id=s.example.task_id,
            program_id=s.program_id,
            relabelled=s.relabelled,
            split=s.split,
            position=i,
        )
        for i, s in enumerate(examples)
    ]
    round_ = store.add_learn_round(round_, rows)
    record = train(base, train_set, valid_set, output, settings, run.seed, progress)
    store.finish_learn_round(round_.id, asdict(record) | {"run": run.name})
    return record, examples
