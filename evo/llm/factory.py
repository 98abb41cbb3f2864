"""The language-model backend a config names, imported only when a run asks for it."""

from __future__ import annotations

import os

from evo.core.config import BackendConfig, ConfigError
from evo.llm import embedded
from evo.llm.backends.base import Backend


def make_backend(config: BackendConfig) -> Backend:
    """The language-model backend a config names (imported only now)."""
    model = config.model or (str(embedded.embedded_model_path()) if config.name != "openai" else "")
    if config.name == "transformers":
        from evo.llm.backends.hf import TransformersBackend

        return TransformersBackend(model, config.tokenizer, config.device, config.chat)
    if config.name == "vllm":
        from evo.llm.backends.vllm import VLLMBackend

        return VLLMBackend(
            model,
            config.tokenizer,
            config.chat,
            config.tensor_parallel_size,
            config.max_model_len or None,
            config.gpu_memory_utilization,
            config.dtype,
            config.quantization or None,
        )
    if config.name == "openai":
        from evo.llm.backends.openai import OpenAIBackend

        return OpenAIBackend(
            model,
            config.base_url,
            config.chat,
            os.environ.get(config.api_key_env, ""),
            config.concurrency,
            config.retries,
        )
    raise ConfigError(
        f"unknown backend '{config.name}' (use auto, symbolic, transformers, vllm or openai)"
    )
