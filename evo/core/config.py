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


BACKENDS = ("auto", "symbolic", "transformers", "vllm", "openai")
"""The backend names a config may give."""
KINDS = ("sample", "refine", "crossover")
"""The operator kinds a mix may weigh."""
GRAMMAR_KINDS = ("typed", "wide")
"""The grammars a decoder may be constrained by (dsl.grammar.grammar_text)."""


def _at_least(section: Any, name: str, low: int) -> None:
    """Raise unless the field is at least `low`."""
    if getattr(section, name) < low:
        where = SECTION_NAMES.get(type(section).__name__, "")
        raise ConfigError(f"[{where}] {name} must be at least {low}")


def _mix(mix: dict[str, float], name: str) -> None:
    """Raise unless the mix weighs known kinds with non-negative shares, some positive."""
    unknown = sorted(set(mix) - set(KINDS))
    if unknown:
        kinds = ", ".join(KINDS)
        raise ConfigError(f"[search] {name} has unknown kind '{unknown[0]}' (use {kinds})")
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in mix.values())
    if not numbers or any(v < 0 for v in mix.values()) or not any(mix.values()):
        raise ConfigError(f"[search] {name} needs non-negative shares, at least one positive")


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
        exhaustive_budget: transform applications (one transform on one grid) the exhaustive
            search may spend per task.
        finish_top: best depth-1 results of the exhaustive search that local rules finish.
        finish_from: least train accuracy of a depth-1 result that local rules finish.
        explore_mix: the operator mix of a task that has stagnated.
        repair_near: least fitness of a parent that symbolic refine repairs by one-edit search.
        augment: programs per open task from the exhaustive search under the seven other
            symmetries of the square, in the second generation (0: off).
        augment_budget: transform applications the augmented search may spend per task (shared
            by the symmetries).
        deepen: near misses per open task extended, from the second generation on, by the
            library steps that best fix what they get wrong (0: off); each is one refine job of
            job_size programs, and a program is deepened once.
        deepen_budget: transform applications the search for one near miss's steps may spend.
        unit_tasks: open tasks per unit of work (a worker's claim: propose, evaluate and record
            them for one generation); the chunks, not the number of workers, decide how
            LLM calls are batched, so results do not depend on how many workers share a run
            (0: every open task in one unit).
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
    exhaustive_budget: int = 100_000
    finish_top: int = 20
    finish_from: float = 0.7
    explore_mix: dict[str, float] = field(
        default_factory=lambda: {"sample": 0.75, "refine": 0.25, "crossover": 0.0}
    )
    repair_near: float = 0.8
    augment: int = 0
    augment_budget: int = 70_000
    deepen: int = 4
    deepen_budget: int = 12_000
    unit_tasks: int = 32

    def __post_init__(self) -> None:
        """Reject values that cannot work."""
        _at_least(self, "generations", 1)
        _at_least(self, "programs_per_task", 1)
        _at_least(self, "job_size", 1)
        _at_least(self, "tournament", 1)
        _at_least(self, "exhaustive", 0)
        _at_least(self, "processes", 1)
        _at_least(self, "unit_tasks", 0)
        for name in ("augment", "augment_budget", "deepen", "deepen_budget"):
            _at_least(self, name, 0)
        _mix(self.mix, "mix")
        _mix(self.explore_mix, "explore_mix")


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
        shown_failures: wrong train outputs a refine prompt shows beside the expected ones.
        grammar: constrain decoding to the DSL grammar where the backend can (None: on for
            the embedded model, off otherwise).
        grammar_kind: which grammar: typed (one DSL call a line, kinds checked) or wide (any
            Python expression, as the library writes); empty: the one a learnt model folder
            was trained on, typed for other models.
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
    shown_failures: int = 2
    grammar: bool | None = None
    grammar_kind: str = ""
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

    def __post_init__(self) -> None:
        """Reject values that cannot work."""
        if self.name not in BACKENDS:
            names = ", ".join(BACKENDS)
            raise ConfigError(f"[backend] name: unknown backend '{self.name}' (use {names})")
        if self.grammar_kind not in ("", *GRAMMAR_KINDS):
            raise ConfigError("[backend] grammar_kind must be typed, wide or empty")
        if not 0 <= self.llm_share <= 1:
            raise ConfigError("[backend] llm_share must be between 0 and 1")
        for name in ("max_tokens", "concurrency"):
            _at_least(self, name, 1)
        for name in ("examples", "shown_failures", "max_requests", "n", "retries"):
            _at_least(self, name, 0)


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
class ExecutorConfig:
    """How programs are run and contained.

    Attributes:
        workers: worker processes in the pool.
        timeout_s: wall-clock limit for one program on all pairs (train and test) of one task.
        memory_mb: address-space limit (RLIMIT_AS) of each worker, in MiB.
        chunk_size: most jobs sent to a worker in one message (amortises IPC).
        grace_ratio: a worker silent for timeout_s * (1 + grace_ratio) is killed and replaced.
        max_jobs_per_worker: a worker is retired and replaced after this many jobs.
        max_code_chars: longer programs are rejected unread.
        strict: refuse to run when the seccomp filter cannot be installed.
        skip_guard: run code without the AST check and with full builtins (containment
            tests only: it simulates a program that escaped the name filter).
        start_timeout_s: how long a new worker may take to report ready.
    """

    workers: int = 2
    timeout_s: float = 1.0
    memory_mb: int = 1024
    chunk_size: int = 16
    grace_ratio: float = 0.5
    max_jobs_per_worker: int = 20_000
    max_code_chars: int = 20_000
    strict: bool = True
    skip_guard: bool = False
    start_timeout_s: float = 30.0

    def __post_init__(self) -> None:
        """Reject values that cannot work."""
        if self.workers < 1:
            raise ConfigError("[executor] workers must be at least 1")
        if self.timeout_s <= 0:
            raise ConfigError("[executor] timeout_s must be positive")
        if self.memory_mb < 256:
            raise ConfigError("[executor] memory_mb must be at least 256 (numpy alone needs ~100)")
        if self.chunk_size < 1 or self.max_jobs_per_worker < 1:
            raise ConfigError("[executor] chunk_size and max_jobs_per_worker must be at least 1")
        if self.grace_ratio < 0:
            raise ConfigError("[executor] grace_ratio must not be negative")

    @property
    def kill_after_s(self) -> float:
        """Seconds of silence after which the parent kills a worker running one job."""
        return self.timeout_s * (1.0 + self.grace_ratio)


@dataclass(frozen=True)
class LearnConfig:
    """How `evo learn` builds its data set from a run and fine-tunes a model on it.

    Attributes:
        per_task: most examples from one task (its distinct program outputs, best first).
        max_examples: most examples in all (train and validation), taken after shuffling.
        holdout: share of tasks whose examples only measure the validation loss.
        max_prompt_chars: examples whose prompt is still longer (a task whose smallest
            train pair is large; see evo.llm.prompts.fitted_pairs) are left out, since
            long prompts cost training time out of proportion on a CPU.
        max_program_chars: longer programs are left out (long deepening chains: their
            examples would be cut, and they cost training time out of proportion).
        max_tokens: examples are cut to their last this many tokens.
        epochs, max_steps: passes over the data (max_steps > 0 stops earlier).
        batch_size, accumulation: examples per step and steps per optimiser update.
        learning_rate, warmup_steps: the optimiser's schedule (cosine after warm-up).
        save_steps: a checkpoint every this many steps, from which training resumes.
        lora, lora_rank: train LoRA adapters (merged into the saved model) instead of
            every weight; full fine-tuning suits small models.
        grammar_kind: the grammar the programs are written in (typed or wide, see
            [backend] grammar_kind); the model folder records it, so sampling uses it too.
        grammar_only: keep only programs that grammar can write (rewritten into its form),
            since grammar-constrained sampling can produce no others.
        every: in `evo run`, a learning round after every this many generations (0: none):
            the run's LLM goes on with the model learnt on the run's programs so far.
        folder: where a run's learning rounds save their models (one folder per round).
    """

    per_task: int = 8
    max_examples: int = 640
    holdout: float = 0.1
    max_prompt_chars: int = 1000
    max_program_chars: int = 1500
    max_tokens: int = 512
    epochs: float = 1.0
    max_steps: int = 0
    batch_size: int = 4
    accumulation: int = 1
    learning_rate: float = 1e-4
    warmup_steps: int = 10
    save_steps: int = 50
    lora: bool = False
    lora_rank: int = 16
    grammar_kind: str = "typed"
    grammar_only: bool = True
    every: int = 0
    folder: str = "runs/learnt"

    def __post_init__(self) -> None:
        """Reject values that cannot work."""
        for name in ("per_task", "max_examples", "max_prompt_chars", "max_program_chars"):
            _at_least(self, name, 1)
        for name in ("batch_size", "accumulation", "save_steps", "lora_rank"):
            _at_least(self, name, 1)
        _at_least(self, "every", 0)
        if not 0 <= self.holdout < 1:
            raise ConfigError("[learn] holdout must be at least 0 and below 1")
        if self.grammar_kind not in GRAMMAR_KINDS:
            raise ConfigError("[learn] grammar_kind must be typed or wide")
        if self.learning_rate <= 0 or self.epochs <= 0:
            raise ConfigError("[learn] learning_rate and epochs must be positive")


@dataclass(frozen=True)
class EvoConfig:
    """Everything a run needs, resolved and stored with the run.

    Attributes:
        name: the run's name (unique in its database).
        seed: the run seed; every job seed derives from it.
        tasks, search, backend, executor, learn: one section per concern.
    """

    name: str = ""
    seed: int = 0
    tasks: TaskConfig = field(default_factory=TaskConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)
    executor: ExecutorConfig = field(default_factory=ExecutorConfig)
    learn: LearnConfig = field(default_factory=LearnConfig)


SECTIONS: dict[str, type] = {
    "tasks": TaskConfig,
    "search": SearchConfig,
    "backend": BackendConfig,
    "executor": ExecutorConfig,
    "learn": LearnConfig,
}
SECTION_NAMES = {cls.__name__: name for name, cls in SECTIONS.items()}
TOP_LEVEL = {"name": "str", "seed": "int"}

_CHECKS: dict[str, tuple[str, Any]] = {
    "int": ("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "float": ("a number", lambda v: isinstance(v, int | float) and not isinstance(v, bool)),
    "str": ("a string", lambda v: isinstance(v, str)),
    "bool": ("true or false", lambda v: isinstance(v, bool)),
    "bool | None": ("true or false", lambda v: v is None or isinstance(v, bool)),
    "tuple[str, ...]": (
        "a list of strings",
        lambda v: isinstance(v, list | tuple) and all(isinstance(x, str) for x in v),
    ),
    "dict[str, float]": ("a table of numbers", lambda v: isinstance(v, dict)),
}


def _check_type(where: str, name: str, kind: str, value: Any) -> None:
    """Raise ConfigError unless the value has the field's type."""
    what, ok = _CHECKS[kind]
    if not ok(value):
        raise ConfigError(f"{where}{name} must be {what}, not {value!r:.40}")


def _section(cls: type, values: Any, where: str) -> Any:
    if not isinstance(values, dict):
        raise ConfigError(f"[{where}] must be a table of settings")
    kinds = {f.name: str(f.type) for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - set(kinds))
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}' in [{where}]")
    for name, value in values.items():
        _check_type(f"[{where}] ", name, kinds[name], value)
    fixed = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return cls(**fixed)


def learn_config(data: dict[str, Any]) -> LearnConfig:
    """The [learn] settings from nested dicts (a TOML file, flags), validated."""
    return _section(LearnConfig, data, "learn")  # type: ignore[no-any-return]


def from_dict(data: dict[str, Any]) -> EvoConfig:
    """Build and validate a config from nested dicts (a TOML file and flags, a stored run),
    rejecting unknown keys and values of the wrong type or range with a ConfigError."""
    top = {k: v for k, v in data.items() if k not in SECTIONS}
    unknown = sorted(set(top) - set(TOP_LEVEL))
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}'")
    for name, value in top.items():
        _check_type("", name, TOP_LEVEL[name], value)
    sections = {k: _section(cls, data.get(k, {}), k) for k, cls in SECTIONS.items()}
    return EvoConfig(**top, **sections)


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Nested dicts with `extra`'s values over `base`'s (sections merged key by key)."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def with_embedded(data: dict[str, Any]) -> dict[str, Any]:
    """The settings with backend `auto` turned into the embedded model's: EMBEDDED_BACKEND
    fills only the backend keys the user did not set, whatever value they set."""
    backend = dict(data.get("backend", {}))
    backend["name"] = "transformers"
    for key, value in EMBEDDED_BACKEND.items():
        backend.setdefault(key, value)
    return {**data, "backend": backend}


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML config file as nested dicts."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from exc


def to_dict(config: EvoConfig) -> dict[str, Any]:
    """The config as plain JSON-ready nested dicts."""
    return dataclasses.asdict(config)
