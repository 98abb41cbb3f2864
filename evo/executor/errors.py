"""Errors of the executor itself (never of the programs it runs: those are data)."""

from evo.core.errors import EvoError


class ExecutorError(EvoError):
    """The executor cannot do its job: workers fail to start or keep dying before work."""


class SandboxError(ExecutorError):
    """A containment layer that was required could not be put in place."""
