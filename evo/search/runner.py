"""Starting and resuming runs: resolve the config, open the store, wire the engine."""

from __future__ import annotations

import functools
import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any

from dsl.grammar import grammar_text
from evo.core.config import BackendConfig, EvoConfig, from_dict, merge, to_dict, with_embedded
from evo.core.errors import EvoError
from evo.core.jobs import Operator
from evo.core.tasks import Task, run_tasks
from evo.llm import embedded
from evo.llm.backends.base import Sampling
from evo.llm.factory import make_backend
from evo.llm.training import grammar_kind, prompt_style
from evo.operators.augment import AugmentOperator
from evo.operators.deepen import DeepenOperator
from evo.operators.exhaustive import ExhaustiveOperator
from evo.operators.llm import LLMOperator
from evo.operators.pooled import PooledOperator
from evo.operators.symbolic import SymbolicOperator
from evo.search import learning
from evo.search.engine import Engine, Progress
from evo.store.models import Run
from evo.store.repository import RunNotFound, Store
from evo.store.session import open_database
from evo.store.units import PLAN, NewUnit, UnitQueue

DEFAULT_DB = "runs/evo.db"


class RunError(EvoError):
    """A run that cannot be started or resumed."""


def resolve(settings: dict[str, Any]) -> EvoConfig:
    """The validated config of a new run from the user's settings (a TOML file merged with
    flags): backend `auto` becomes the embedded model where it is installed, filling only
    the settings the user left out, else the symbolic operator alone."""
    backend = settings.get("backend", {})
    if isinstance(backend, dict) and backend.get("name", "auto") == "auto":
        if embedded.available():
            settings = with_embedded(settings)
        else:
            settings = merge(settings, {"backend": {"name": "symbolic"}})
    return from_dict(settings)


def make_operators(config: EvoConfig, model: str | None = None) -> tuple[dict[str, Operator], str]:
    """The operators a run uses, keyed by name, and a one-line description of them; `model`
    (a learnt folder) replaces the configured model of the LLM operator."""
    config = with_model(config, model)
    operators, line = _generative_operators(config)
    if config.search.exhaustive:
        processes = config.search.processes
        factory = functools.partial(ExhaustiveOperator, config.search)
        operators["exhaustive"] = PooledOperator("exhaustive", factory, processes)
        line += f"; exhaustive search adds {config.search.exhaustive} programs per task first"
    _library_operators(config, operators)
    return operators, line + later_line(config)


def with_model(config: EvoConfig, model: str | None) -> EvoConfig:
    """The config with `model` (a learnt folder) as its LLM's model; itself for None."""
    if model is None:
        return config
    return replace(config, backend=replace(config.backend, model=model))


def check_servers(operators: dict[str, Operator]) -> None:
    """Reach every model server the operators call (BackendError if one cannot be), so a run
    that cannot work fails before anything is stored."""
    for operator in operators.values():
        check = getattr(getattr(operator, "backend", None), "check", None)
        if check is not None:
            check()


def later_line(config: EvoConfig) -> str:
    """What the library adds to later generations, for the run's description."""
    s = config.search
    if s.generations < 2:
        return ""
    parts = [f"symmetries add {s.augment}"] if s.augment else []
    if s.deepen:
        parts.append(f"{s.deepen} near miss{'es' if s.deepen > 1 else ''} deepened")
    return f"; later generations: {', '.join(parts)} per open task" if parts else ""


def _library_operators(config: EvoConfig, operators: dict[str, Operator]) -> None:
    """The augment and deepen operators, each in the search's worker processes, when on."""
    processes = config.search.processes
    if config.search.augment:
        augment = functools.partial(AugmentOperator, config.search)
        operators["augment"] = PooledOperator("augment", augment, processes)
    if config.search.deepen:
        deepen = functools.partial(DeepenOperator, config.search)
        operators["deepen"] = PooledOperator("deepen", deepen, processes)


def _generative_operators(config: EvoConfig) -> tuple[dict[str, Operator], str]:
    """The LLM and/or symbolic operators, with their description."""
    symbolic = SymbolicOperator(config.search.repair_near)
    if not uses_llm(config):
        return {"symbolic": symbolic}, "symbolic operator (no language model)"
    llm = llm_operator(config)
    line = llm_line(config.backend, llm.backend.model, llm_grammar(config.backend))
    if config.backend.llm_share >= 1 and not config.backend.max_requests:
        return {"llm": llm}, line
    return {"llm": llm, "symbolic": symbolic}, line


def llm_line(backend: BackendConfig, model: str, grammar: str | None) -> str:
    """How the run uses its language model, for the run's description."""
    share = backend.llm_share
    line = f"{backend.name} backend, model {model}, grammar {grammar or 'off'}; "
    if share >= 1 and not backend.max_requests:
        return line + "LLM writes every program"
    line += f"LLM writes {share:.0%}, symbolic the rest"
    if backend.max_requests:
        line += f" (at most {backend.max_requests} LLM jobs per generation)"
    return line


def uses_llm(config: EvoConfig) -> bool:
    """Whether the run's config gives a language model any work."""
    return config.backend.name != "symbolic" and config.backend.llm_share > 0


def llm_operator(config: EvoConfig, model: str | None = None) -> LLMOperator:
    """The LLM operator on the configured backend (on `model` instead, when given), with the
    prompt style the model folder was trained on."""
    b = with_model(config, model).backend
    backend = make_backend(b)
    sampling = Sampling(b.temperature, b.top_p, b.max_tokens)
    kind = llm_grammar(b)
    grammar = grammar_text(kind) if kind else None
    style = prompt_style(b.model)
    return LLMOperator(backend, sampling, b.examples, grammar, b.shown_failures, style)


def llm_grammar(backend: BackendConfig) -> str | None:
    """The kind of grammar decoding is constrained by (None: off): the configured kind, else
    the one the model folder was trained on."""
    if not backend.grammar:
        return None
    return backend.grammar_kind or grammar_kind(backend.model)


def open_store(db: str) -> Store:
    """A store on the database at a path or URL."""
    return Store(open_database(db))


def start(
    settings: dict[str, Any], db: str, progress: Progress, enqueue_only: bool = False
) -> tuple[Store, Run, Engine | None, str]:
    """Create a new run with its first unit of work; return the store, the run, an engine
    for this process (None with enqueue_only: no model is loaded) and the backend line.
    The config and the tasks are checked before the database is touched."""
    config = resolve(settings)
    if config.learn.every and not uses_llm(config):
        raise RunError("learning rounds (--learn-every) need a language model backend")
    tasks = run_tasks(config.tasks)
    store = open_store(db)
    name = config.name or f"run-{secrets.token_hex(3)}"
    if name in store.run_names():
        raise RunError(f"a run named '{name}' already exists in {db} (use --resume)")
    config = replace(config, name=name)
    engine = None
    if enqueue_only:
        backend = describe(config)
    else:
        operators, backend = make_operators(config)
        check_servers(operators)
    run = store.create_run(name, to_dict(config), config.seed, backend, list(tasks))
    UnitQueue(store.engine).enqueue(run.id, [NewUnit(0, PLAN)])
    if not enqueue_only:
        engine = _engine(store, run, config, tasks, operators, progress)
    return store, run, engine, backend


def resume(db: str, name: str | None, progress: Progress) -> tuple[Store, Run, Engine, str]:
    """Reopen the newest unfinished run (or the named one) and return an engine for it."""
    if "://" not in db and not Path(db).is_file():
        raise RunError(f"no database at {db}, so no run to resume")
    store = open_store(db)
    try:
        run = store.find_run(name, unfinished=True)
    except RunNotFound as exc:
        raise RunError(f"{exc} ({db})") from exc
    ensure_units(store, run)
    config = from_dict(run.config)
    tasks = run_tasks(config.tasks)
    operators, backend = make_operators(config, learning.newest_model(store, run, config))
    check_servers(operators)
    return store, run, _engine(store, run, config, tasks, operators, progress), backend


def ensure_units(store: Store, run: Run) -> None:
    """Give an unfinished run made before units of work its next one."""
    queue = UnitQueue(store.engine)
    if run.status != "finished" and not queue.has_units(run.id):
        queue.enqueue(run.id, [NewUnit(run.generations_done, PLAN)])


def describe(config: EvoConfig) -> str:
    """The backend line of a run, from its config alone (no model is loaded)."""
    b = config.backend
    if not uses_llm(config):
        line = "symbolic operator (no language model)"
    else:
        model = b.model or ("" if b.name == "openai" else str(embedded.embedded_model_path()))
        line = llm_line(b, model or "(served)", llm_grammar(b))
    if config.search.exhaustive:
        line += f"; exhaustive search adds {config.search.exhaustive} programs per task first"
    return line + later_line(config)


class Engines:
    """The engine of each run a worker serves, built once per run from the stored config,
    with the worker's own backend settings (its model server, say) over the run's."""

    def __init__(
        self, store: Store, progress: Progress, backend: dict[str, Any] | None = None
    ) -> None:
        self.store, self.progress, self.backend = store, progress, backend or {}
        self.engines: dict[int, Engine] = {}

    def add(self, engine: Engine) -> None:
        """Serve a run with an engine built elsewhere."""
        self.engines[engine.run_row.id] = engine

    def __call__(self, run_id: int) -> Engine:
        """The run's engine, built on first use."""
        if run_id not in self.engines:
            run = self.store.run_by_id(run_id)
            config = from_dict(merge(run.config, {"backend": self.backend}))
            operators, _ = make_operators(config, learning.newest_model(self.store, run, config))
            tasks = run_tasks(config.tasks)
            self.engines[run_id] = _engine(self.store, run, config, tasks, operators, self.progress)
        return self.engines[run_id]

    def close(self) -> None:
        """Release every engine's workers."""
        for engine in self.engines.values():
            engine.close()
        self.engines.clear()


def _engine(
    store: Store,
    run: Run,
    config: EvoConfig,
    tasks: dict[str, Task],
    operators: dict[str, Operator],
    progress: Progress,
) -> Engine:
    from evo.executor import Executor

    executor = Executor(config.executor)
    remodel = functools.partial(llm_operator, config) if "llm" in operators else None
    model = learning.newest_model(store, run, config)
    return Engine(store, run, config, tasks, operators, executor, progress, remodel, model)
