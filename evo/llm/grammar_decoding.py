"""Grammar-constrained decoding for the transformers backend, through xgrammar."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from evo.llm.backends.base import BackendError

_LOCK = threading.Lock()
_COMPILERS: weakref.WeakKeyDictionary[Any, dict[tuple[int, tuple[int, ...]], Any]] = (
    weakref.WeakKeyDictionary()
)
"""Grammar compilers per tokenizer and (vocabulary size, stop tokens); each caches what it
compiled by grammar text, so a grammar is compiled once per tokenizer."""


def _xgrammar() -> Any:
    try:
        import xgrammar
    except ImportError as exc:
        raise BackendError("grammar-constrained decoding needs: pip install -e '.[hf]'") from exc
    return xgrammar


def stop_tokens(tokenizer: Any, model: Any) -> tuple[int, ...]:
    """Token ids that end a completion: the tokenizer's EOS and the model's generation EOS."""
    ids: set[int] = set()
    config = getattr(model, "generation_config", None)
    for value in (tokenizer.eos_token_id, getattr(config, "eos_token_id", None)):
        if isinstance(value, int):
            ids.add(value)
        elif isinstance(value, list | tuple):
            ids.update(int(v) for v in value)
    return tuple(sorted(ids))


def compiled_grammar(tokenizer: Any, model: Any, grammar: str) -> Any:
    """The grammar compiled for this tokenizer and model (cached; ~0.4 s the first time)."""
    xgr = _xgrammar()
    vocab = int(getattr(model.config, "vocab_size", 0) or len(tokenizer))
    stops = stop_tokens(tokenizer, model)
    with _LOCK:
        per_tokenizer = _COMPILERS.setdefault(tokenizer, {})
        compiler = per_tokenizer.get((vocab, stops))
        if compiler is None:
            info = xgr.TokenizerInfo.from_huggingface(
                tokenizer, vocab_size=vocab, stop_token_ids=list(stops) or None
            )
            compiler = per_tokenizer[(vocab, stops)] = xgr.GrammarCompiler(info)
    try:
        return compiler.compile_grammar(grammar)
    except RuntimeError as exc:
        first = (str(exc).strip().splitlines() or ["invalid grammar"])[0]
        raise BackendError(f"the grammar does not compile: {first}") from exc


def hf_processor(tokenizer: Any, model: Any, grammar: str) -> Any:
    """A transformers logits processor that keeps every sequence of one `generate` call inside
    the grammar (build a new one per call; pass top_k=0 so that no warper empties a step)."""
    _xgrammar()
    from xgrammar.contrib.hf import LogitsProcessor

    return LogitsProcessor(compiled_grammar(tokenizer, model, grammar))
