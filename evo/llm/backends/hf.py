"""Hugging Face transformers backend: batched generate with num_return_sequences, CPU or GPU."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from evo.llm.backends.base import BackendError, Generated, Request, Sampling


def chat_text(tokenizer: Any, request: Request, chat: bool) -> str:
    """The prompt text: the chat template when the tokenizer has one, else plain text."""
    if chat and getattr(tokenizer, "chat_template", None):
        messages = [
            {"role": "system", "content": request.system},
            {"role": "user", "content": request.user},
        ]
        return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return f"{request.system}\n{request.user}"


class TransformersBackend:
    """Plain `generate` on a local model folder, one call per request."""

    name = "transformers"

    def __init__(
        self, model: str, tokenizer: str = "", device: str = "cpu", chat: bool = True
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise BackendError("the transformers backend needs: pip install -e '.[hf]'") from exc
        self.model, self.chat, self.torch = model, chat, torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(
                tokenizer or model, local_files_only=True
            )
            loaded = AutoModelForCausalLM.from_pretrained(model, local_files_only=True)
            self.lm: Any = loaded.to(device)  # type: ignore[arg-type]
        except OSError as exc:
            raise BackendError(f"cannot load model '{model}': {str(exc).splitlines()[0]}") from exc
        self.lm.eval()
        self.device = device

    def processors(self, request: Request) -> list[Any]:
        """Logits processors for a request (a grammar, when one is given)."""
        if request.grammar is None:
            return []
        from evo.llm.grammar_decoding import hf_processor

        return [hf_processor(self.tokenizer, self.lm, request.grammar)]

    def prefill(self, input_ids: Any, n: int) -> Any:
        """The KV cache of all but the last prompt token, computed once and repeated n times."""
        with self.torch.no_grad():
            out = self.lm(input_ids=input_ids[:, :-1], use_cache=True)
        cache = out.past_key_values
        cache.batch_repeat_interleave(n)
        return cache

    def generate(self, requests: Sequence[Request], sampling: Sampling) -> list[Generated]:
        """Sample n completions per request, prefilling the shared prompt only once."""
        results = []
        for i, request in enumerate(requests):
            self.torch.manual_seed(sampling.seed + i)
            text = chat_text(self.tokenizer, request, self.chat)
            ids = self.tokenizer(text, return_tensors="pt").input_ids.to(self.device)
            started = time.perf_counter()
            cache = self.prefill(ids, request.n) if ids.shape[1] > 1 else None
            with self.torch.no_grad():
                out = self.lm.generate(
                    input_ids=ids.repeat(request.n, 1),
                    attention_mask=self.torch.ones_like(ids).repeat(request.n, 1),
                    past_key_values=cache,
                    do_sample=True,
                    temperature=sampling.temperature,
                    top_p=sampling.top_p,
                    top_k=0,
                    max_new_tokens=sampling.max_tokens,
                    logits_processor=self.processors(request),
                    pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
                )
            latency = time.perf_counter() - started
            new = out[:, ids.shape[1] :]
            eos = self.tokenizer.eos_token_id
            counts = tuple(int((row != eos).sum()) for row in new)
            texts = tuple(self.tokenizer.batch_decode(new, skip_special_tokens=True))
            results.append(Generated(texts, int(ids.shape[1]), counts, latency))
        return results
