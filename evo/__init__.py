"""evo: evolutionary program search over a typed grid DSL for ARC-AGI."""

__version__ = "0.1.0"
