"""Per-model figures of a run: what each language model's completions became."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from evo.store.models import Completion, Program


def share(part: float, whole: float) -> float:
    """part / whole rounded to four places; 0.0 for nothing."""
    return round(part / whole, 4) if whole else 0.0


def _prefix_share(completions: list[Completion]) -> float:
    """Characters shared with the task's sample prompt, over all characters, per distinct prompt."""
    prompts = {c.prompt_hash: c for c in completions if c.prompt_chars}
    shared = sum(c.prefix_chars for c in prompts.values())
    return share(shared, sum(c.prompt_chars for c in prompts.values()))


def model_figures(
    completions: list[tuple[Completion, str]], programs: list[Program]
) -> list[dict[str, Any]]:
    """One row per model: completions by kind, new programs and their quality, speed."""
    by_completion = {p.completion_id: p for p in programs if p.completion_id is not None}
    groups: dict[str, list[tuple[Completion, str]]] = defaultdict(list)
    for completion, kind in completions:
        groups[completion.model or "?"].append((completion, kind))
    rows = []
    for model, items in sorted(groups.items()):
        made = [by_completion[c.id] for c, _ in items if c.id in by_completion]
        ok = [p for p in made if p.status == "ok"]
        distinct = len({(p.task_id, p.outputs_key) for p in ok})
        tokens = sum(c.completion_tokens for c, _ in items)
        latency = sum(c.latency_s for c, _ in items)
        kinds: dict[str, int] = defaultdict(int)
        for _, kind in items:
            kinds[kind] += 1
        rows.append(
            {
                "model": model,
                "completions": len(items),
                "by_kind": dict(sorted(kinds.items())),
                "new_programs": len(made),
                "duplicates": len(items) - len(made),
                "valid_rate": share(len(ok), len(made)),
                "dsl_usage_rate": share(sum(bool(p.dsl_calls) for p in made), len(made)),
                "unique_output_rate": share(distinct, len(ok)),
                "mean_accuracy": share(sum(p.fitness or 0.0 for p in made), len(made)),
                "solved": sum(p.solved for p in made),
                "prompt_tokens": sum(c.prompt_tokens for c, _ in items),
                "completion_tokens": tokens,
                "tokens_per_s": round(tokens / latency, 1) if latency else 0.0,
                "prefix_share": _prefix_share([c for c, k in items if k != "sample"]),
            }
        )
    return rows


def model_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The per-model rows as text for `evo report`."""
    lines = []
    for r in rows:
        kinds = ", ".join(f"{k} {v}" for k, v in r["by_kind"].items())
        lines += [
            f"\nmodel {r['model']}",
            f"  completions {r['completions']} ({kinds}); new programs {r['new_programs']},"
            f" duplicate programs {r['duplicates']}",
            f"  valid outputs {r['valid_rate']:.1%}, DSL usage {r['dsl_usage_rate']:.1%},"
            f" unique outputs {r['unique_output_rate']:.1%}, mean accuracy"
            f" {r['mean_accuracy']:.3f}, solved {r['solved']}",
            f"  tokens {r['prompt_tokens']:,} prompt + {r['completion_tokens']:,} completion,"
            f" {r['tokens_per_s']} tok/s; refine/crossover prompts share {r['prefix_share']:.1%}"
            " of their characters with the task's sample prompt",
        ]
    return lines
