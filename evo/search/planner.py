"""Planning one generation of one task: which jobs, of which kind, with which parents."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from evo.core.config import SearchConfig
from evo.core.seeds import derive_seed
from evo.search.selection import Standing, distinct, pick_parents, stagnant


@dataclass(frozen=True)
class PlannedJob:
    """A job before it is stored: kind, parents, size and seed."""

    index: int
    kind: str
    operator: str
    parent_ids: tuple[int, ...]
    n: int
    seed: int


def quotas(mix: dict[str, float], total: int) -> list[str]:
    """Split `total` jobs over kinds by largest remainder, in a fixed kind order."""
    weight = sum(mix.values()) or 1.0
    exact = {k: total * v / weight for k, v in sorted(mix.items())}
    counts = {k: math.floor(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: (counts[k] - exact[k], k))[: total - sum(counts.values())]:
        counts[k] += 1
    order = ("sample", "refine", "crossover")
    return [k for k in order for _ in range(counts.get(k, 0))]


def assign_operators(kinds: list[str], shares: dict[str, float]) -> list[str]:
    """An operator per job: each operator gets its share of all the jobs (rounded half up,
    cumulatively over the kinds, so a share holds for the whole task and is spread over the
    kinds in proportion, the rarer kinds first: crossover, refine, sample); within a kind,
    operators with larger shares take the first jobs."""
    names = sorted(shares, key=lambda n: (-shares[n], n))
    total = sum(shares.values()) or 1.0
    result: list[str] = []
    done = 0
    given = dict.fromkeys(names, 0)
    taken_by_kind: dict[str, list[str]] = {}
    for kind in reversed(list(dict.fromkeys(kinds))):
        count = kinds.count(kind)
        done += count
        taken = {}
        for name in names[:-1]:
            upto = math.floor(done * shares[name] / total + 0.5)
            taken[name] = max(0, upto - given[name])
            given[name] = upto
        taken[names[-1]] = max(0, count - sum(taken.values()))
        taken_by_kind[kind] = [n for n in names for _ in range(taken[n])][:count]
    for kind in dict.fromkeys(kinds):
        result += taken_by_kind[kind]
    return result


def plan_task(
    run_seed: int,
    task_id: str,
    generation: int,
    population: Sequence[Standing],
    config: SearchConfig,
    operators: dict[str, float],
    deepened: frozenset[int] = frozenset(),
) -> list[PlannedJob]:
    """Jobs for one task in one generation; all sample when there is nobody to breed. Then
    the library's jobs: the exhaustive search in the first generation, the search under
    symmetries in the second, and from the second on the best near misses not yet deepened."""
    jobs_count = math.ceil(config.programs_per_task / config.job_size)
    pool = distinct(population)
    explore = stagnant(population, generation, config.stagnation)
    kinds = quotas(config.explore_mix if explore else config.mix, jobs_count)
    rng = random.Random(derive_seed(run_seed, task_id, generation, "select"))
    jobs = []
    left = config.programs_per_task
    for index, (kind, operator) in enumerate(
        zip(kinds, assign_operators(kinds, operators), strict=True)
    ):
        need = {"sample": 0, "refine": 1, "crossover": 2}[kind]
        parents = tuple(pick_parents(pool, need, config.tournament, rng)) if need else ()
        if len(parents) < need:
            kind, parents = "sample", ()
        n = min(config.job_size, left)
        left -= n
        seed = derive_seed(run_seed, task_id, generation, index)
        jobs.append(PlannedJob(index, kind, operator, parents, n, seed))
    library: list[tuple[str, str, tuple[int, ...], int]] = []
    if generation == 0 and config.exhaustive:
        library.append(("sample", "exhaustive", (), config.exhaustive))
    if generation == 1 and config.augment:
        library.append(("sample", "augment", (), config.augment))
    if generation >= 1 and config.deepen:
        for parent in near_misses(pool, deepened, config.deepen):
            library.append(("refine", "deepen", (parent,), config.job_size))
    for kind, operator, parents, n in library:
        seed = derive_seed(run_seed, task_id, generation, len(jobs))
        jobs.append(PlannedJob(len(jobs), kind, operator, parents, n, seed))
    return [j for j in jobs if j.n > 0]


def near_misses(pool: Sequence[Standing], deepened: frozenset[int], count: int) -> list[int]:
    """Ids of the `count` best programs of the pool (best first) that ran on every pair,
    reproduce some of the change, are not train-exact and were not deepened before."""
    found = [
        p.id
        for p in pool
        if p.status == "ok" and p.change > 0 and (p.fitness or 0.0) < 1.0 and p.id not in deepened
    ]
    return found[:count]


CAP_PRIORITY = {"crossover": 0, "refine": 1, "sample": 2}


def cap_llm_jobs(
    jobs: list[PlannedJob], used: int, cap: int, llm_n: int
) -> tuple[list[PlannedJob], int]:
    """Shrink LLM jobs to llm_n programs and hand those past the per-generation cap to the
    symbolic operator (crossover and refine keep the LLM first); return jobs and LLM jobs used."""
    result = list(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: (CAP_PRIORITY[jobs[i].kind], i)):
        job = result[i]
        if job.operator != "llm":
            continue
        used += 1
        if cap and used > cap:
            result[i] = replace(job, operator="symbolic")
        elif llm_n:
            result[i] = replace(job, n=min(job.n, llm_n))
    return result, used
