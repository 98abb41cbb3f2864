"""The backend interface: prompts and sampling settings in, completions with their cost out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from evo.core.errors import EvoError


class BackendError(EvoError):
    """A backend that cannot load its model or reach its server."""


@dataclass(frozen=True)
class Sampling:
    """Sampling settings for one batched call.

    Attributes:
        temperature: softmax temperature.
        top_p: nucleus mass.
        max_tokens: completion length limit.
        seed: base seed of the call.
    """

    temperature: float = 0.8
    top_p: float = 0.95
    max_tokens: int = 384
    seed: int = 0


@dataclass(frozen=True)
class Request:
    """One prompt (system and user parts) to complete n times."""

    system: str
    user: str
    n: int
    grammar: str | None = None


@dataclass(frozen=True)
class Generated:
    """The n completions of one request, their token counts and the call's latency share."""

    texts: tuple[str, ...]
    prompt_tokens: int
    completion_tokens: tuple[int, ...]
    latency_s: float


class Backend(Protocol):
    """A language model that completes a batch of requests."""

    name: str
    model: str

    def generate(self, requests: Sequence[Request], sampling: Sampling) -> list[Generated]:
        """Completions for every request, in order."""
        ...
