"""Learning rounds inside a run (`[learn] every`, `evo run --learn-every K`): after every K
generations the run's programs so far teach a fresh copy of the base model (hindsight
relabelling, as `evo learn` does), and the run's LLM goes on with the learnt model."""

from __future__ import annotations

from pathlib import Path

from evo.core.config import EvoConfig
from evo.learn.learner import NothingToLearn, learn
from evo.store.models import Run
from evo.store.repository import Store

TRAINED = "trained"


def due(config: EvoConfig, generation: int) -> bool:
    """Whether a learning round comes before this generation."""
    every = config.learn.every
    return every > 0 and 0 < generation < config.search.generations and generation % every == 0


def round_folder(config: EvoConfig, run_name: str, generation: int) -> Path:
    """Where the round before a generation saves its model."""
    return Path(config.learn.folder) / f"{run_name}-g{generation}"


def base_model(config: EvoConfig) -> str:
    """The model every round starts from: the run's own, or the embedded SmolLM2."""
    if config.backend.model:
        return config.backend.model
    from evo.llm.embedded import embedded_model_path

    return str(embedded_model_path())


def newest_model(store: Store, run: Run, config: EvoConfig) -> str | None:
    """The model of the run's newest finished in-run round (None before the first)."""
    if not config.learn.every:
        return None
    ours = {
        str(round_folder(config, run.name, g))
        for g in range(1, config.search.generations)
        if due(config, g)
    }
    trained = [r.output for r in store.learn_rounds(run.id) if r.status == TRAINED]
    return next((o for o in reversed(trained) if o in ours), None)


def learn_round(
    store: Store, run: Run, config: EvoConfig, generation: int, progress: bool
) -> tuple[str | None, int]:
    """Run (or, after a crash, finish) the round before `generation`; return its model folder
    (None when the run has nothing to learn from yet: the LLM keeps its model) and how many
    examples it learnt from (0 when it had been trained already)."""
    folder = round_folder(config, run.name, generation)
    done = [r for r in store.learn_rounds(run.id) if r.output == str(folder)]
    if any(r.status == TRAINED for r in done):
        return str(folder), 0
    try:
        record, _ = learn(store, run, base_model(config), folder, config.learn, progress)
    except NothingToLearn:
        return None, 0
    return str(folder), record.examples + record.valid_examples
