"""Program validity with and without the DSL grammar, side by side, for one model.

For the first N tasks of a set (training by default), the engine's sample prompt
(evo.llm.prompts.build_prompt; the compact prompt for a model learnt by `evo learn`) is
completed K times with grammar-constrained decoding and K times without (--grammar-only: with
it alone); every completion's program runs in the sandboxed executor on the task's pairs.
Per mode:

    valid_rate     share of samples whose program ran on every train pair and returned valid grids
    dsl_usage      share whose program calls at least one DSL primitive
    dsl_only       share whose program calls DSL primitives and nothing else
    in_grammar     share whose program is in the grammar's language (typed: check_program,
                   wide: wide_form, of dsl.grammar; --grammar-kind, default the model folder's)
    unique_rate    distinct train outputs among valid programs, per task, over the samples
    pixel_accuracy mean train pixel accuracy (0 for invalid programs)
    solved_rate    share that solve every train pair
    tasks_exact    tasks with at least one sample exact on every train pair
    tasks_right    tasks with a train-exact sample whose test outputs are all right
    truncated      share that stopped at the token limit
    tokens_per_s   completion tokens per second of generation wall time (prefill included)
    mean_tokens    completion tokens per sample; generation_s: generation wall time in all

    python bench/validity.py --tasks 40 --samples 8 --json
    python bench/validity.py --model Qwen/Qwen2.5-Coder-0.5B-Instruct --backend vllm --tasks 40
    python bench/validity.py --model runs/learnt --task-set evaluation --grammar-only
    python bench/validity.py --model runs/learnt-wide --grammar-kind wide --max-tokens 384
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dsl.grammar import grammar_text, wide_form
from evo.core.config import GRAMMAR_KINDS, ExecutorConfig
from evo.core.jobs import JobSpec
from evo.core.tasks import Task, load_task_set, select_tasks
from evo.core.validate import verdict
from evo.executor import Executor, ProgramResult
from evo.llm.backends.base import Backend, Generated, Request, Sampling
from evo.llm.completions import NoProgram, extract_program
from evo.llm.prompts import build_prompt
from evo.llm.training import grammar_kind, prompt_style


def make_backend(args: argparse.Namespace) -> Backend:
    """The bench's backend, loaded once for both modes."""
    if args.backend == "vllm":
        from evo.llm.backends.vllm import VLLMBackend

        return VLLMBackend(args.model, seed=args.seed)
    from evo.llm.backends.hf import TransformersBackend

    return TransformersBackend(args.model, device=args.device)


def requests(
    tasks: list[Task], samples: int, examples: int, grammar: str | None, style: str
) -> list[Request]:
    """One sample request per task, as the engine's LLM operator would send it."""
    found = []
    for i, task in enumerate(tasks):
        job = JobSpec(i, task, "sample", (), samples, i)
        prompt = build_prompt(job, examples, style=style)
        found.append(Request(prompt.system, prompt.user, samples, grammar))
    return found


def program(text: str) -> str | None:
    """The program in a completion, None when there is none."""
    try:
        return extract_program(text)
    except NoProgram:
        return None


def outputs_key(result: ProgramResult) -> str:
    """The train outputs of a run program, as one comparable string."""
    return json.dumps([pair.output for pair in result.train])


def in_grammar(code: str | None, kind: str, typed: bool) -> bool:
    """Whether the program is in the language of the benched grammar."""
    return typed if kind == "typed" else code is not None and wide_form(code) is not None


def measure(
    backend: Backend, executor: Executor, tasks: list[Task], grammar: str | None, args: Any
) -> dict[str, float]:
    """Generate, run and score every sample of one mode."""
    sampling = Sampling(args.temperature, args.top_p, args.max_tokens, args.seed)
    generated: list[Generated] = backend.generate(
        requests(tasks, args.samples, args.examples, grammar, prompt_style(args.model)), sampling
    )
    total = sum(len(g.texts) for g in generated)
    counts = dict.fromkeys(("valid", "uses_dsl", "dsl_only", "in_grammar", "solved"), 0.0)
    exact_tasks: set[str] = set()
    right_tasks: set[str] = set()
    accuracy = unique = truncated = 0.0
    for task, gen in zip(tasks, generated, strict=True):
        codes = [program(t) for t in gen.texts]
        runnable = [(c, task) for c in codes if c is not None]
        results = iter(executor.evaluate(runnable))
        seen = set()
        for code, tokens in zip(codes, gen.completion_tokens, strict=True):
            truncated += tokens >= args.max_tokens
            found = verdict(code)
            counts["uses_dsl"] += found["uses_dsl"]
            counts["dsl_only"] += found["dsl_only"]
            counts["in_grammar"] += in_grammar(code, args.grammar_kind, found["in_grammar"])
            if code is None:
                continue
            result = next(results)
            if result.status == "ok":
                counts["valid"] += 1
                counts["solved"] += result.solved
                if result.solved:
                    exact_tasks.add(task.id)
                    if result.test and all(p.exact for p in result.test):
                        right_tasks.add(task.id)
                accuracy += result.fitness
                seen.add(outputs_key(result))
        unique += len(seen)
    tokens = sum(sum(g.completion_tokens) for g in generated)
    seconds = sum(g.latency_s for g in generated)
    share = 1.0 / max(total, 1)
    return {
        "valid_rate": counts["valid"] * share,
        "dsl_usage": counts["uses_dsl"] * share,
        "dsl_only": counts["dsl_only"] * share,
        "in_grammar": counts["in_grammar"] * share,
        "unique_rate": unique * share,
        "pixel_accuracy": accuracy * share,
        "solved_rate": counts["solved"] * share,
        "tasks_exact": len(exact_tasks),
        "tasks_right": len(right_tasks),
        "truncated": truncated * share,
        "tokens_per_s": tokens / seconds if seconds else 0.0,
        "mean_tokens": tokens * share,
        "generation_s": seconds,
        "samples": total,
    }


def table(report: dict[str, dict[str, float]]) -> str:
    """The two modes side by side."""
    modes = list(report)
    titles = {"with_grammar": "with grammar", "without_grammar": "without"}
    rows = [f"{'':16}" + "".join(f"{titles[m]:>14}" for m in modes)]
    counts = ("tokens_per_s", "mean_tokens", "generation_s", "samples")
    for key in report[modes[0]]:
        fmt = "{:>14.1f}" if key in counts else "{:>14}" if key.startswith("tasks") else "{:>14.1%}"
        rows.append(f"{key:16}" + "".join(fmt.format(report[m][key]) for m in modes))
    return "\n".join(rows)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="model folder or name (default: embedded)")
    parser.add_argument("--backend", choices=("transformers", "vllm"), default="transformers")
    parser.add_argument("--device", default="cpu", help="torch device (transformers)")
    parser.add_argument("--task-set", default="training", help="training, evaluation, ...")
    parser.add_argument("--tasks", type=int, default=40, help="first N tasks of the set")
    parser.add_argument("--grammar-only", action="store_true", help="only the grammar mode")
    parser.add_argument("--grammar-kind", choices=GRAMMAR_KINDS, help="default: the model folder's")
    parser.add_argument("--samples", type=int, default=8, help="completions per task and mode")
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--examples", type=int, default=1, help="reference solutions shown")
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument("--top-p", type=float, default=0.95)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not args.model:
        from evo.llm.embedded import embedded_model_path

        args.model = str(embedded_model_path())
    args.grammar_kind = args.grammar_kind or grammar_kind(args.model)
    return args


def main(argv: list[str] | None = None) -> None:
    """Run both modes and print the report."""
    args = parse_args(argv)
    tasks = select_tasks(load_task_set(args.task_set), None, args.tasks)
    backend = make_backend(args)
    report = {}
    with Executor(ExecutorConfig()) as executor:
        modes = [("with_grammar", grammar_text(args.grammar_kind)), ("without_grammar", None)]
        for mode, grammar in modes[:1] if args.grammar_only else modes:
            print(f"{mode}: {len(tasks)} tasks x {args.samples} samples", file=sys.stderr)
            report[mode] = measure(backend, executor, tasks, grammar, args)
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
