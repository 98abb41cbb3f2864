"""The symbolic search on ARC tasks (ARC-AGI-1 training by default): what it solves, how fast.

By default the exhaustive layer in-process, then on each task it leaves without a train-exact
program the mechanisms of the later generations (--mechanisms, in order: the search under the
7 other symmetries, one round of deepening the best near misses); with --engine the whole
default search (`evo run` with its defaults, or --backend) in a scratch database, with the
engine's figures and its per-operator yield table.

For every task the search (evo.library.search.Search) runs as the engine runs it, asked
for `--want` programs. Reported:

    train_exact   tasks whose best program reproduces every train output
    pass2         tasks whose test outputs all come out right in one of the first two programs
                  with distinct test outputs (train-exact ones rank first)
    candidates    transform paths evaluated; applications: transforms run on single grids
    mechanisms    per stage, the tasks it ran on, the train-exact and pass@2 tasks it added,
                  its seconds
    families      per transform family, the tasks whose first train-exact program uses it

    python bench/search.py --limit 100
    python bench/search.py --task-set evaluation --mechanisms augment,deepen
    python bench/search.py --tasks 0d3d703e,3c9b0459 --json
    python bench/search.py --engine --backend symbolic --limit 40 --generations 2
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from typing import Any

from evo.core.config import SearchConfig
from evo.core.tasks import Task, load_task_set, select_tasks
from evo.library.augment import augmented
from evo.library.deepen import deepened, near_misses
from evo.library.outcome import passes
from evo.library.search import BUDGET, Found, Search
from evo.report.figures import build_report
from evo.search.runner import start
from evo.search.worker import Worker

MECHANISMS = ("augment", "deepen")
DEFAULTS = SearchConfig()


def staged(
    task: Task, args: argparse.Namespace, state: Search, seconds: Counter[str]
) -> dict[str, list[Found]]:
    """The plain search's results, then each mechanism's on a task the stages before left
    without a train-exact program (as the engine's generations 1+ work on open tasks)."""
    began = time.perf_counter()
    stages = {"plain": state.execute()}
    seconds["plain"] += time.perf_counter() - began
    found = list(stages["plain"])
    for name in args.mechanisms:
        if found and found[0].score == 1.0:
            break
        began = time.perf_counter()
        if name == "augment":
            top, least = DEFAULTS.finish_top, DEFAULTS.finish_from
            stages[name] = augmented(task, args.augment_budget, args.want, top, least)
        else:
            stages[name] = [
                child
                for parent in near_misses(found, task, args.deepen_parents)
                for child in deepened(parent, task, args.deepen_budget, args.want)
            ]
        seconds[name] += time.perf_counter() - began
        found = sorted(found + stages[name], key=lambda f: -f.score)
    return stages


def measure(tasks: list[Task], args: argparse.Namespace) -> dict[str, Any]:
    """Run the search (and the mechanisms) on every task and gather the figures."""
    exact, pass2, tried, used = [], [], 0, 0
    families: Counter[str] = Counter()
    by_stage: dict[str, Counter[str]] = {}
    seconds: Counter[str] = Counter()
    start = time.perf_counter()
    for task in tasks:
        state = Search(task, args.budget, args.want)
        stages = staged(task, args, state, seconds)
        tried, used = tried + state.tried, used + state.used
        found: list[Found] = []
        for name, results in stages.items():
            was_exact, was_pass = bool(found) and found[0].score == 1.0, passes(found, task)
            found = sorted(found + results, key=lambda f: -f.score)
            tally = by_stage.setdefault(name, Counter())
            tally["ran"] += 1
            tally["train_exact"] += not was_exact and bool(found) and found[0].score == 1.0
            tally["pass2"] += not was_pass and passes(found, task)
        if found and found[0].score == 1.0:
            exact.append(task.id)
            families.update({step.family for step in found[0].path})
        if passes(found, task):
            pass2.append(task.id)
    wall = time.perf_counter() - start
    return {
        "tasks": len(tasks),
        "train_exact": len(exact),
        "pass2": len(pass2),
        "candidates": tried,
        "applications": used,
        "candidates_per_s": round(tried / wall, 1),
        "wall_s": round(wall, 2),
        "budget": args.budget,
        "mechanisms": {k: dict(v) | {"s": round(seconds[k], 1)} for k, v in by_stage.items()},
        "families": dict(sorted(families.items(), key=lambda kv: (-kv[1], kv[0]))),
        "solved": exact,
        "passed": pass2,
    }


def engine_run(args: argparse.Namespace) -> dict[str, Any]:
    """The default search through the engine, in a scratch database; the report's figures."""
    ids = tuple(t for t in args.tasks.split(",") if t)
    tasks: dict[str, Any] = {"task_set": args.task_set, "tasks": list(ids)}
    if args.limit:
        tasks["limit"] = args.limit
    settings: dict[str, Any] = {"tasks": tasks, "search": {}, "backend": {}}
    if args.generations:
        settings["search"]["generations"] = args.generations
    if args.backend:
        settings["backend"]["name"] = args.backend
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        store, run, engine, backend = start(settings, f"{scratch}/bench.db", lambda *a, **k: None)
        assert engine is not None
        try:
            Worker(store, lambda _: engine, run_id=run.id).run()
        finally:
            engine.close()
        report = build_report(store, store.find_run(run.name), engine.tasks)
    wall = time.perf_counter() - started
    keys = ("tasks", "solved", "pass2", "programs", "valid_rate", "operators")
    figures = {k: report[k] for k in keys}
    return figures | {
        "backend": backend,
        "programs_per_s": round(report["programs"] / wall, 1),
        "wall_s": round(wall, 1),
    }


def print_engine(result: dict[str, Any]) -> None:
    """The engine figures and per-operator yield as text."""
    n = result["tasks"]
    print(f"backend        {result['backend']}")
    print(f"train-exact    {result['solved']}/{n}")
    print(f"pass@2 (test)  {result['pass2']}/{n}")
    print(f"programs       {result['programs']} ({result['valid_rate']:.1%} valid)")
    print(f"programs/s     {result['programs_per_s']}")
    print(f"wall time      {result['wall_s']} s")
    print("operator        kind        programs   valid  improved  solved")
    for row in result["operators"]:
        print(
            f"{row['operator']:<16}{row['kind']:<10}{row['programs']:>10}{row['valid']:>8}"
            f"{row['improved']:>10}{row['solved']:>8}"
        )


def main() -> None:
    """Parse the flags, run the measurement, print a summary or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task-set", default="training", help="task set (tune on training only)")
    parser.add_argument("--limit", type=int, default=None, help="first N tasks")
    parser.add_argument("--tasks", default="", help="comma-separated task ids")
    parser.add_argument("--budget", type=int, default=BUDGET, help="applications per task")
    parser.add_argument("--want", type=int, default=8, help="programs asked for per task")
    parser.add_argument(
        "--mechanisms",
        type=lambda text: tuple(m for m in text.split(",") if m),
        default=MECHANISMS,
        help="stages after the plain search, in order (default: augment,deepen; '' for none)",
    )
    parser.add_argument(
        "--augment-budget", type=int, default=DEFAULTS.augment_budget, help="over 7 symmetries"
    )
    parser.add_argument(
        "--deepen-parents", type=int, default=DEFAULTS.deepen, help="near misses deepened"
    )
    parser.add_argument(
        "--deepen-budget", type=int, default=DEFAULTS.deepen_budget, help="per near miss"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--engine", action="store_true", help="the whole default search")
    parser.add_argument("--backend", default=None, help="with --engine (default: auto)")
    parser.add_argument("--generations", type=int, default=None, help="with --engine")
    args = parser.parse_args()
    if args.engine:
        figures = engine_run(args)
        print(json.dumps(figures, indent=2)) if args.json else print_engine(figures)
        return
    ids = [t for t in args.tasks.split(",") if t] or None
    tasks = select_tasks(load_task_set(args.task_set), ids, args.limit)
    result = measure(tasks, args)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    n = result["tasks"]
    print(f"tasks          {n}")
    print(f"train-exact    {result['train_exact']}/{n}")
    print(f"pass@2 (test)  {result['pass2']}/{n}")
    print(f"candidates     {result['candidates']} ({result['applications']} applications)")
    print(f"candidates/s   {result['candidates_per_s']}")
    print(f"wall time      {result['wall_s']} s")
    print("mechanism      ran on  +train-exact  +pass@2  seconds")
    for name, t in result["mechanisms"].items():
        print(f"  {name:<12}{t['ran']:>8}{t['train_exact']:>14}{t['pass2']:>9}{t['s']:>9}")
    single = sum(count == 1 for count in result["families"].values())
    print(f"families used  {len(result['families'])} ({single} by one task only)")
    print("family yield (tasks solved train-exact using the family)")
    for family, count in result["families"].items():
        print(f"  {family:<16} {count}")


if __name__ == "__main__":
    main()
