"""Proposers: turn jobs into candidate programs. Nothing else lives here.

exhaustive.py serves the library's exhaustive search, augment.py the same search under the
symmetries of the square, deepen.py continuations of near misses fitted to their residual;
symbolic.py samples, mutates and crosses straight-line DSL programs weighted by prior.py;
repair.py searches one-edit neighbours of almost-right parents; llm.py asks a backend through
rendered prompts; pooled.py runs a computing operator in worker processes.
"""
