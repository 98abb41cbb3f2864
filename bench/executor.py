"""Executor throughput: (a) the sandboxed pool, (b) bare in-process exec, (c) a subprocess each.

The batch is realistic DSL code generated from the ARC-AGI-1 training tasks: reference
solutions on their task (12%), straight-line DSL compositions with colours drawn from the
task (50%), numpy-style (18%) and loop-style (18%) programs as LLMs write them, and 2%
that raise. Every program runs on all train and test pairs of its task and is
scored. Hostile programs (loops, allocations) are timed separately: bare exec cannot
survive them.

    python bench/executor.py [--programs 1200] [--seed 0] [--workers 2] [--sample 40]
    python bench/executor.py --workload W.jsonl --labels L.jsonl   # shared exec_workload
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from dsl.solutions import solution_ids, solution_source
from evo.core.config import ExecutorConfig
from evo.core.fitness import fitness, pixel_accuracy
from evo.core.tasks import Task, load_task_set
from evo.executor import Executor
from evo.executor.namespace import ImportGate, base_namespace
from evo.executor.outputs import InvalidOutput, validate_output

Job = tuple[str, Task]
AXES, TURNS, DIRS = ("h", "v", "d", "a"), (1, 2, 3), ("up", "down", "left", "right")


def _steps(rng: random.Random, colours: list[int]) -> list[str]:
    """1-4 DSL calls, each on the previous result `x`."""
    c = lambda: rng.choice(colours)  # noqa: E731
    menu = [
        lambda: f"rotate(x, {rng.choice(TURNS)})",
        lambda: f"mirror(x, {rng.choice(AXES)!r})",
        lambda: f"trim(x, {c()})",
        lambda: f"upscale(x, {rng.choice((2, 3))})",
        lambda: "downscale(x, 2)",
        lambda: f"replace(x, {c()}, {c()})",
        lambda: f"map_colors(x, {{{c()}: {c()}, {c()}: {c()}}})",
        lambda: f"only(x, {c()}, 0)",
        lambda: f"gravity(x, {rng.choice(DIRS)!r}, 0)",
        lambda: f"fill_enclosed(x, {c()}, 0)",
        lambda: f"symmetrize(x, {rng.choice(AXES[:2])!r}, {c()})",
        lambda: f"shift(x, {rng.randint(-2, 2)}, {rng.randint(-2, 2)}, 0)",
        lambda: f"pad(x, 1, {c()})",
        lambda: "hconcat(x, mirror(x, 'h'))",
        lambda: "vconcat(x, mirror(x, 'v'))",
        lambda: "subgrid(max(objects(x, 0), key=size), 0)",
        lambda: "paint(canvas(0, height(x), width(x)), max(objects(x, 0), key=size))",
        lambda: f"flood_fill(x, (0, 0), {c()})",
        lambda: "fill_pattern(x, 0)",
        lambda: f"crop(x, 0, 0, {rng.randint(1, 4)}, {rng.randint(1, 4)})",
    ]
    return [rng.choice(menu)() for _ in range(rng.randint(1, 4))]


def _composition(rng: random.Random, colours: list[int]) -> str:
    """A straight-line DSL program."""
    body = "".join(f"    x = {step}\n" for step in _steps(rng, colours))
    return f"def transform(grid):\n    x = grid\n{body}    return x\n"


def _numpy_style(rng: random.Random, colours: list[int]) -> str:
    """A numpy program as LLMs write them."""
    a, b = rng.choice(colours), rng.choice(colours)
    body = rng.choice(
        [
            f"arr = np.array(grid)\n    arr[arr == {a}] = {b}\n    return arr",
            f"return np.rot90(np.array(grid), {rng.choice(TURNS)}).tolist()",
            f"return np.where(np.array(grid) == 0, {a}, grid)",
            "return np.kron(np.array(grid) != 0, np.array(grid)).astype(int)",
            "vals, counts = np.unique(grid, return_counts=True)\n"
            "    return np.full_like(grid, vals[np.argmax(counts)])",
            "rows = [r for r in np.array(grid) if r.any()]\n    return np.array(rows or [[0]])",
        ]
    )
    return f"import numpy as np\n\n\ndef transform(grid):\n    {body}\n"


def _loop_style(rng: random.Random, colours: list[int]) -> str:
    """A nested-loop program as LLMs write them."""
    a, b = rng.choice(colours), rng.choice(colours)
    return (
        "def transform(grid):\n    h, w = len(grid), len(grid[0])\n"
        "    out = [[int(grid[r][c]) for c in range(w)] for r in range(h)]\n"
        "    for r in range(h):\n        for c in range(w):\n"
        f"            if out[r][c] == {a} and c + 1 < w and out[r][c + 1] == 0:\n"
        f"                out[r][c + 1] = {b}\n    return out\n"
    )


RAISING = [
    "def transform(grid):\n    return grid[len(grid)]\n",
    "def transform(grid):\n    return {1: 2}[int(grid.max()) + 10]\n",
    "def transform(grid):\n    return rotate(grid, 1) / (grid.sum() - grid.sum())\n",
]
HOSTILE = [
    "def transform(grid):\n    while True:\n        pass\n",
    "def transform(grid):\n    return sum(range(10**13))\n",
    "def transform(grid):\n    return [0] * (10**10)\n",
]


def dsl_batch(tasks: dict[str, Task], count: int, seed: int) -> list[Job]:
    """count distinct programs, each paired with a training task."""
    rng = random.Random(seed)
    ids, solved = sorted(tasks), [i for i in solution_ids() if i in tasks]
    jobs: list[Job] = []
    for index in range(count):
        task = tasks[rng.choice(ids)]
        colours = sorted({int(v) for p in task.train for v in np.unique(p.input)})
        roll = rng.random()
        if roll < 0.12:
            task = tasks[rng.choice(solved)]
            code = solution_source(task.id)
        elif roll < 0.62:
            code = _composition(rng, colours)
        elif roll < 0.80:
            code = _numpy_style(rng, colours)
        elif roll < 0.98:
            code = _loop_style(rng, colours)
        else:
            code = rng.choice(RAISING)
        jobs.append((code + f"# program {index}\n", task))
    return jobs


def workload_batch(path: str, labels: str | None, tasks: dict[str, Task]) -> list[Job]:
    """The shared exec_workload file, hostile programs left out when labels are given."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    hostile: set[int] = set()
    if labels:
        with open(labels, encoding="utf-8") as handle:
            kinds = [json.loads(line) for line in handle]
        hostile = {r["idx"] for r in kinds if r["kind"].startswith("hostile")}
    return [(r["code"], tasks[r["task_id"]]) for i, r in enumerate(rows) if i not in hostile]


def bare(jobs: list[Job]) -> list[float]:
    """(b) exec in this process, no protection: compile, run every pair, validate, score."""
    base = base_namespace(ImportGate(), full_builtins=True)
    scores = []
    for code, task in jobs:
        namespace = dict(base)
        accuracies = []
        try:
            exec(compile(code, "<program>", "exec"), namespace)
            for pair in task.train + task.test:
                try:
                    out = validate_output(namespace["transform"](pair.input))
                    expected = pair.output
                    accuracies.append(0.0 if expected is None else pixel_accuracy(out, expected))
                except (Exception, InvalidOutput):  # a failed pair scores 0
                    accuracies.append(0.0)
        except Exception:  # a program that does not even load scores 0
            accuracies = [0.0] * len(task.train)
        scores.append(fitness(accuracies[: len(task.train)]))
    return scores


CHILD = """
import json, sys
from evo.executor.namespace import ImportGate, base_namespace
from evo.core.fitness import pixel_accuracy
from evo.executor.outputs import validate_output
from dsl.types import as_grid
job = json.load(sys.stdin)
namespace = base_namespace(ImportGate(), full_builtins=True)
exec(compile(job["code"], "<program>", "exec"), namespace)
scores = []
for grid, expected in job["pairs"]:
    try:
        out = validate_output(namespace["transform"](as_grid(grid)))
        scores.append(pixel_accuracy(out, expected) if expected is not None else 0.0)
    except Exception:
        scores.append(0.0)
print(json.dumps(scores))
"""


def one_subprocess(job: Job) -> None:
    """(c) one fresh interpreter for one program."""
    code, task = job
    pairs = [
        [p.input.tolist(), None if p.output is None else p.output.tolist()]
        for p in task.train + task.test
    ]
    payload = json.dumps({"code": code, "pairs": pairs})
    subprocess.run([sys.executable, "-c", CHILD], input=payload, text=True, capture_output=True)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a live process, from /proc."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pool_cpu(pool: Executor, jobs: list[Job]) -> float:
    """CPU seconds (parent and workers) one evaluation of the batch costs."""
    pids = pool.worker_pids
    before = time.process_time() + sum(map(cpu_seconds, pids))
    pool.evaluate(jobs)
    return time.process_time() + sum(map(cpu_seconds, pids)) - before


def timed(action: object, repeats: int) -> float:
    """Median seconds of repeats calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Run the three measurements and print them side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=40, help="programs for (c)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--hostile", type=float, default=0.02, help="share in the extra run")
    parser.add_argument("--workload", help="exec_workload.py output instead of the DSL batch")
    parser.add_argument("--labels", help="its --labels file (hostile programs left out)")
    args = parser.parse_args()

    tasks = load_task_set("training")
    if args.workload:
        jobs, what = workload_batch(args.workload, args.labels, tasks), "exec_workload programs"
    else:
        jobs, what = dsl_batch(tasks, args.programs, args.seed), "DSL programs"
    pairs = sum(len(t.train) + len(t.test) for _, t in jobs)
    config = ExecutorConfig(workers=args.workers)
    print(f"batch: {len(jobs):,} {what} x their tasks' pairs = {pairs:,} program-pair runs")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (other work skews figures)")
    print(f"config: {config}")

    with Executor(config) as pool:
        pool.evaluate(jobs[:50])  # warm up
        results: list = []
        pool_s = timed(lambda: results.__setitem__(slice(None), pool.evaluate(jobs)), args.repeats)
        scores: list[float] = []
        bare_s = timed(lambda: scores.__setitem__(slice(None), bare(jobs)), args.repeats)
        agree = sum(abs(r.fitness - s) < 1e-9 for r, s in zip(results, scores, strict=True))
        sample = random.Random(args.seed).sample(jobs, min(args.sample, len(jobs)))
        with ThreadPoolExecutor(args.workers) as threads:
            sub_s = timed(lambda: list(threads.map(one_subprocess, sample)), 1)
        rates = {
            "(a) sandboxed pool": len(jobs) / pool_s,
            "(b) bare in-process exec, no protection": len(jobs) / bare_s,
            "(c) fresh subprocess per program": len(sample) / sub_s,
        }
        notes = [
            f"median of {args.repeats}",
            f"median of {args.repeats}, one core",
            f"{len(sample)} programs, {args.workers} at a time",
        ]
        per_job = pairs / len(jobs)
        for (name, rate), note in zip(rates.items(), notes, strict=True):
            print(f"  {name:<42} {rate:>9,.1f} evals/s {rate * per_job:>10,.0f} pairs/s  ({note})")
        a, b, c = rates.values()
        print(f"  (a)/(b) = {a / b:.2f}  (target >= 0.5: {'met' if a >= 0.5 * b else 'MISSED'})")
        print(f"  (a)/(c) = {a / c:.0f}  (target >= 20: {'met' if a >= 20 * c else 'MISSED'})")
        print(f"  (a) = {a:,.0f} evals/s  (target >= 2,000: {'met' if a >= 2000 else 'MISSED'})")
        cpu = pool_cpu(pool, jobs)
        started = time.process_time()
        bare(jobs)
        bare_cpu = time.process_time() - started
        ceiling, bare_ceiling = args.workers * len(jobs) / cpu, len(jobs) / bare_cpu
        print(f"  CPU time per batch: (a) {cpu:.2f} s (parent and workers), (b) {bare_cpu:.2f} s;"
              f" so on idle cores at most (a) {ceiling:,.0f} evals/s on {args.workers},"
              f" (b) {bare_ceiling:,.0f} on one, (a)/(b) {ceiling / bare_ceiling:.2f}")  # fmt: skip
        print(f"  fitness equal in (a) and (b) for {agree:,} of {len(jobs):,} programs")
        print(f"  statuses in (a): {dict(Counter(r.status for r in results).most_common())}")

        if args.hostile > 0 and not args.workload:
            rng = random.Random(args.seed + 1)
            count = round(args.hostile * len(jobs))
            mixed = list(jobs)
            for i in range(count):
                mixed.insert(rng.randrange(len(mixed)), (HOSTILE[i % len(HOSTILE)], jobs[i][1]))
            start = time.perf_counter()
            outcome = pool.evaluate(mixed)
            rate = len(mixed) / (time.perf_counter() - start)
            counts = dict(Counter(r.status for r in outcome).most_common())
            print(f"  with {count} hostile programs added (timeout {config.timeout_s:g} s): "
                  f"(a) {rate:,.0f} evals/s; statuses {counts}")  # fmt: skip


if __name__ == "__main__":
    main()
