"""Configuration: nested frozen dataclasses, the only home of defaults, stored with each run."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evo.core.errors import EvoError


class ConfigError(EvoError):
    """A configuration file or value that cannot be used."""


@dataclass(frozen=True)
class TaskConfig:
    """Which tasks a run works on.

    Attributes:
        task_set: a named set (training, evaluation, arc2-training, arc2-evaluation) or a folder.
        tasks: task ids to keep, in order (empty: all).
        limit: keep only the first N tasks (0: no limit).
    """

    task_set: str = "training"
    tasks: tuple[str, ...] = ()
    limit: int = 0


@dataclass(frozen=True)
class SearchConfig:
    """How the population grows.

    Attributes:
        generations: generations to run.
        programs_per_task: programs requested per task and generation (over all jobs).
        mix: operator mix as {kind: share}; kinds are sample, refine and crossover.
        job_size: programs one job asks for (a job is one prompt with n completions).
        tournament: contestants per tournament when picking a parent.
        stagnation: generations without improvement after which a task only samples afresh.
        exhaustive: programs per task from exhaustive search of one- and two-step
            compositions in the first generation (0: off).
        processes: worker processes the exhaustive search runs in (1: in the engine's).
    """

    generations: int = 5
    programs_per_task: int = 48
    mix: dict[str, float] = field(
        default_factory=lambda: {"sample": 0.5, "refine": 0.35, "crossover": 0.15}
    )
    job_size: int = 8
    tournament: int = 3
    stagnation: int = 2
    exhaustive: int = 8
    processes: int = 2


@dataclass(frozen=True)
class BackendConfig:
    """Which model proposes programs, and how it is sampled.

    Attributes:
        name: auto (the embedded model where installed, else symbolic), symbolic,
            transformers, vllm or openai.
        model: model path or name (LLM backends; empty: the embedded SmolLM2).
        tokenizer: a separate tokenizer path or name (GGUF checkpoints need the original's).
        chat: use the tokenizer's chat template (instruct models) or plain completion text.
        temperature, top_p, max_tokens: sampling settings.
        examples: reference solutions of other tasks shown in each prompt.
        grammar: constrain decoding to the DSL grammar where the backend can (None: on for
            the embedded model, off otherwise).
        llm_share: share of each task's programs that the LLM writes; symbolic writes the rest.
        max_requests: at most this many LLM jobs per generation (0: no cap); tasks take turns.
        n: programs per LLM job, i.e. completions per prompt (0: the search's job_size).
        device: torch device of the transformers backend.
        base_url, api_key_env, concurrency, retries: the openai backend's server.
        tensor_parallel_size, max_model_len, gpu_memory_utilization, dtype, quantization:
            the vllm backend's engine settings.
    """

    name: str = "auto"
    model: str = ""
    tokenizer: str = ""
    chat: bool = True
    temperature: float = 0.8
    top_p: float = 0.95
    max_tokens: int = 256
    examples: int = 3
    grammar: bool | None = None
    llm_share: float = 0.5
    max_requests: int = 0
    n: int = 0
    device: str = "cpu"
    base_url: str = "http://127.0.0.1:8000"
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 8
    retries: int = 3
    tensor_parallel_size: int = 1
    max_model_len: int = 0
    gpu_memory_utilization: float = 0.9
    dtype: str = "auto"
    quantization: str = ""


EMBEDDED_BACKEND = {
    "max_requests": 2,
    "n": 4,
    "max_tokens": 64,
    "examples": 1,
    "grammar": True,
}
"""What `auto` sets for the embedded SmolLM2 on a CPU, so that a 400-task run of 5 generations
stays within about 30 minutes on 2 cores; fields the user set keep their values."""


@dataclass(frozen=True)
class EvoConfig:
    """Everything a run needs, resolved and stored with the run.

    Attributes:
        name: the run's name (unique in its database).
        seed: the run seed; every job seed derives from it.
        tasks, search, backend, executor: one section per concern.
    """

    name: str = ""
    seed: int = 0
    tasks: TaskConfig = field(default_factory=TaskConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)
    executor: dict[str, Any] = field(default_factory=dict)


SECTIONS: dict[str, type] = {"tasks": TaskConfig, "search": SearchConfig, "backend": BackendConfig}


def _section(cls: type, values: dict[str, Any], where: str) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - names)
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}' in [{where}]")
    fixed = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return cls(**fixed)


def from_dict(data: dict[str, Any]) -> EvoConfig:
    """Build a config from nested dicts (a TOML file, a stored run), rejecting unknown keys."""
    top = {k: v for k, v in data.items() if k not in SECTIONS}
    unknown = sorted(set(top) - {"name", "seed", "executor"})
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}'")
    sections = {k: _section(cls, data.get(k, {}), k) for k, cls in SECTIONS.items()}
    return EvoConfig(**top, **sections)


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML config file as nested dicts."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from exc


def override(config: EvoConfig, section: str | None, **values: Any) -> EvoConfig:
    """Replace the given fields (None values are skipped) at the top level or in a section."""
    values = {k: v for k, v in values.items() if v is not None}
    if not values:
        return config
    if section is None:
        return dataclasses.replace(config, **values)
    inner = dataclasses.replace(getattr(config, section), **values)
    return dataclasses.replace(config, **{section: inner})


def to_dict(config: EvoConfig) -> dict[str, Any]:
    """The config as plain JSON-ready nested dicts."""
    return dataclasses.asdict(config)
