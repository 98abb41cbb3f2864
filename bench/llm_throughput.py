"""LLM throughput: completion tokens/s for n = 1..32 completions of one real ARC prompt.

One sample prompt (evo.llm.prompts.build_prompt for a training task) goes to each backend as a
single request with n completions; the table shows completion tokens per second of wall time,
per backend and n, after one short warm-up call (which also fills vLLM's prefix cache, as a
run's repeated prompts do).

    python bench/llm_throughput.py --model Qwen/Qwen2.5-Coder-0.5B-Instruct
    python bench/llm_throughput.py --model M --backends vllm,transformers --max-tokens 128 \
        --ns 1,2,4,8 --task 007bbfb7
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from typing import Any

from evo.core.jobs import JobSpec
from evo.core.tasks import load_task_set
from evo.llm.backends.base import Backend, BackendError, Request, Sampling
from evo.llm.prompts import build_prompt

NS = (1, 2, 4, 8, 16, 32)


def sample_request(task_id: str | None, examples: int) -> tuple[Request, str]:
    """The sample prompt of one training task (the first one when none is named), and its id."""
    tasks = load_task_set("training")
    task = tasks[task_id] if task_id else next(iter(tasks.values()))
    prompt = build_prompt(JobSpec(0, task, "sample", (), 1, 0), examples)
    return Request(prompt.system, prompt.user, 1), task.id


def make(name: str, args: argparse.Namespace) -> Backend:
    """A backend by name, loaded with the bench's model."""
    if name == "vllm":
        from evo.llm.backends.vllm import VLLMBackend

        return VLLMBackend(
            args.model,
            args.tokenizer,
            tensor_parallel_size=args.tensor_parallel_size,
            max_model_len=args.max_model_len or None,
            dtype=args.dtype,
        )
    if name == "transformers":
        from evo.llm.backends.hf import TransformersBackend

        device = args.device or default_device()
        return TransformersBackend(args.model, args.tokenizer, device)
    raise SystemExit(f"unknown backend '{name}' (use vllm and/or transformers)")


def default_device() -> str:
    """cuda where torch sees a GPU, else cpu."""
    try:
        import torch
    except ImportError:
        return "cpu"
    return "cuda" if torch.cuda.is_available() else "cpu"


def measure(
    backend: Backend, request: Request, ns: list[int], max_tokens: int, say: Callable[[str], None]
) -> tuple[dict[int, float], int]:
    """Completion tokens/s for each n, and the prompt's token count."""
    one = Request(request.system, request.user, 1)
    backend.generate([one], Sampling(max_tokens=8, seed=1))  # warm-up
    rates: dict[int, float] = {}
    prompt_tokens = 0
    for n in ns:
        started = time.perf_counter()
        [gen] = backend.generate(
            [Request(request.system, request.user, n)], Sampling(max_tokens=max_tokens, seed=n)
        )
        took = time.perf_counter() - started
        rates[n] = sum(gen.completion_tokens) / took if took else 0.0
        prompt_tokens = gen.prompt_tokens
        say(f"  {backend.name} n={n}: {sum(gen.completion_tokens)} tokens in {took:.2f} s")
    return rates, prompt_tokens


def table(results: dict[str, dict[int, float] | str], ns: list[int]) -> str:
    """One row per n, one tokens/s column per backend, and vLLM's speed-up where both ran."""
    names = list(results)
    ratio = all(isinstance(results.get(k), dict) for k in ("vllm", "transformers"))
    head = f"{'n':>4}" + "".join(f"{name + ' tok/s':>20}" for name in names)
    head += f"{'vllm/transformers':>20}" if ratio else ""
    lines = [head, "-" * len(head)]
    for n in ns:
        row = f"{n:>4}"
        for name in names:
            value = results[name]
            row += f"{value[n]:>20,.1f}" if isinstance(value, dict) else f"{'-':>20}"
        if ratio:
            v, t = results["vllm"], results["transformers"]
            assert isinstance(v, dict) and isinstance(t, dict)
            row += f"{v[n] / t[n]:>19.1f}x" if t[n] else f"{'-':>20}"
        lines.append(row)
    for name in names:
        value = results[name]
        if isinstance(value, str):
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def release(backend: Any) -> None:
    """Stop a backend's engine processes, if it has any."""
    if hasattr(backend, "close"):
        backend.close()


def free_memory() -> None:
    """Collect garbage and give cached GPU memory back before the next backend loads."""
    gc.collect()
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except ImportError:
        pass


def main() -> None:
    """Parse flags, run every backend over every n, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="Model folder or hub name.")
    parser.add_argument("--tokenizer", default="", help="A separate tokenizer (GGUF models).")
    parser.add_argument("--backends", default="vllm,transformers", help="Comma-separated.")
    parser.add_argument("--max-tokens", type=int, default=128, help="Tokens per completion.")
    parser.add_argument("--ns", default=",".join(map(str, NS)), help="Completions per prompt.")
    parser.add_argument("--task", help="Training task id (default: the first).")
    parser.add_argument("--examples", type=int, default=3, help="Reference solutions shown.")
    parser.add_argument("--device", default="", help="transformers device (default: cuda/cpu).")
    parser.add_argument("--tensor-parallel-size", type=int, default=1, help="vLLM GPUs.")
    parser.add_argument("--max-model-len", type=int, default=0, help="vLLM context (0: model's).")
    parser.add_argument("--dtype", default="auto", help="vLLM dtype.")
    parser.add_argument("--quiet", action="store_true", help="Only the table.")
    args = parser.parse_args()
    ns = [int(n) for n in args.ns.split(",") if n.strip()]
    request, task_id = sample_request(args.task, args.examples)

    def say(line: str) -> None:
        if not args.quiet:
            print(line, flush=True)

    results: dict[str, dict[int, float] | str] = {}
    prompt_tokens: dict[str, int] = {}
    for name in [b.strip() for b in args.backends.split(",") if b.strip()]:
        say(f"loading {args.model} with {name}")
        started = time.perf_counter()
        try:
            backend = make(name, args)
        except BackendError as exc:
            results[name] = f"unavailable: {exc}"
            continue
        say(f"  loaded in {time.perf_counter() - started:.1f} s")
        results[name], prompt_tokens[name] = measure(backend, request, ns, args.max_tokens, say)
        release(backend)
        del backend
        free_memory()
    tokens = ", ".join(f"{k} {v}" for k, v in prompt_tokens.items())
    print(
        f"\nmodel {args.model}; task {task_id} sample prompt: {len(request.system)} + "
        f"{len(request.user)} chars ({tokens} tokens); {args.max_tokens} tokens per completion"
    )
    print(table(results, ns))


if __name__ == "__main__":
    main()
