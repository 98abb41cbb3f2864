"""In-process vLLM: one batched, prefix-cached generate call per generation."""

from __future__ import annotations

import atexit
import os
import time
from collections.abc import Sequence
from typing import Any

from evo.llm.backends.base import BackendError, Generated, Request, Sampling
from evo.llm.backends.hf import chat_text

CPU_KVCACHE_GIB = 1
"""KV-cache size (GiB) on a CPU when VLLM_CPU_KVCACHE_SPACE is unset (vLLM would reserve most of
the machine's memory otherwise)."""


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def cpu_defaults() -> dict[str, str]:
    """Environment defaults for vLLM's CPU engine; variables the user set are kept."""
    wanted = {
        # vLLM drops torch to one thread in its spawned workers unless OMP_NUM_THREADS is set
        "OMP_NUM_THREADS": str(cpu_count()),
        "VLLM_CPU_KVCACHE_SPACE": str(CPU_KVCACHE_GIB),
    }
    return {k: v for k, v in wanted.items() if not os.environ.get(k)}


def grammar_params(grammar: str) -> dict[str, Any]:
    """The SamplingParams keyword that constrains decoding to an EBNF grammar."""
    try:  # vLLM >= 0.11
        from vllm.sampling_params import StructuredOutputsParams
    except ImportError:
        from vllm.sampling_params import GuidedDecodingParams  # type: ignore[attr-defined]

        return {"guided_decoding": GuidedDecodingParams(grammar=grammar)}
    return {"structured_outputs": StructuredOutputsParams(grammar=grammar)}


class VLLMBackend:
    """`vllm.LLM` with prefix caching; SamplingParams(n=...) per request."""

    name = "vllm"

    def __init__(
        self,
        model: str,
        tokenizer: str = "",
        chat: bool = True,
        tensor_parallel_size: int = 1,
        max_model_len: int | None = None,
        gpu_memory_utilization: float = 0.9,
        dtype: str = "auto",
        quantization: str | None = None,
        seed: int = 0,
    ) -> None:
        try:
            import vllm
            from vllm.platforms import current_platform
        except ImportError as exc:
            raise BackendError("the vllm backend needs: pip install -e '.[vllm]'") from exc
        self.cpu = current_platform.is_cpu()
        if self.cpu:
            # read by the engine's spawned processes, so set before vllm.LLM starts them
            os.environ.update(cpu_defaults())
        self.vllm, self.model, self.chat = vllm, model, chat
        options: dict[str, Any] = {
            "model": model,
            "tokenizer": tokenizer or None,
            "enable_prefix_caching": True,
            "tensor_parallel_size": tensor_parallel_size,
            "dtype": dtype,
            "seed": seed,
            "gpu_memory_utilization": gpu_memory_utilization,
        }
        if max_model_len:
            options["max_model_len"] = max_model_len
        if quantization:
            options["quantization"] = quantization
        try:
            self.llm = vllm.LLM(**options)
        except Exception as exc:  # vLLM raises many kinds; all mean the model cannot be served
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise BackendError(f"vLLM cannot load '{model}': {first}") from exc
        # stop the engine before multiprocessing's exit hook joins its process, which would
        # otherwise wait forever for an engine that waits for us
        atexit.register(self.close)
        self.tokenizer = self.llm.get_tokenizer()

    def params(self, request: Request, sampling: Sampling, seed: int) -> Any:
        """SamplingParams for one request, with a grammar when given.

        On a CPU the request carries no seed: vLLM rewinds a seeded request's generator after a
        chunked prefill step, which CPU generators cannot do ("CPU Generator does not use
        offset"), so the engine-wide seed given to `vllm.LLM` stands in for it there.
        """
        extra = grammar_params(request.grammar) if request.grammar is not None else {}
        return self.vllm.SamplingParams(
            n=request.n,
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            max_tokens=sampling.max_tokens,
            seed=None if self.cpu else seed,
            **extra,
        )

    def generate(self, requests: Sequence[Request], sampling: Sampling) -> list[Generated]:
        """One batched generate over every request."""
        if not requests:
            return []
        prompts = [chat_text(self.tokenizer, r, self.chat) for r in requests]
        params = [self.params(r, sampling, sampling.seed + i) for i, r in enumerate(requests)]
        started = time.perf_counter()
        outputs = self.llm.generate(prompts, params, use_tqdm=False)
        share = (time.perf_counter() - started) / max(len(requests), 1)
        return [
            Generated(
                tuple(c.text for c in sorted(out.outputs, key=lambda c: c.index)),
                len(out.prompt_token_ids or []),
                tuple(len(c.token_ids) for c in sorted(out.outputs, key=lambda c: c.index)),
                share,
            )
            for out in outputs
        ]

    def close(self) -> None:
        """Stop the engine's processes (done at exit too); the backend is unusable after."""
        atexit.unregister(self.close)
        core = getattr(getattr(getattr(self, "llm", None), "llm_engine", None), "engine_core", None)
        if core is not None:
            core.shutdown()
