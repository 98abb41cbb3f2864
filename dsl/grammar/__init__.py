"""The program grammar, generated from the DSL registry: one spec for EBNF, validator and sampler.

space.py reads the registry into typed calls and states; ebnf.py writes the grammar text a
decoder is constrained by; check.py tells whether a program is in the language; sample.py
draws programs of it. wide.py is the wider grammar of any Python expression, for programs
written as the library writes them.
"""

from dsl.grammar.check import Scope, check_program, program_text
from dsl.grammar.ebnf import program_grammar
from dsl.grammar.sample import sample_program
from dsl.grammar.space import INT_DOMAINS, forms_of, program_space
from dsl.grammar.wide import wide_form, wide_grammar


class UnknownGrammar(ValueError):
    """A grammar kind that is neither typed nor wide."""


def grammar_text(kind: str) -> str:
    """The EBNF of a grammar by kind: typed (program_grammar) or wide (wide_grammar)."""
    if kind == "wide":
        return wide_grammar()
    if kind == "typed":
        return program_grammar()
    raise UnknownGrammar(f"unknown grammar kind {kind!r} (typed or wide)")


__all__ = [
    "INT_DOMAINS",
    "Scope",
    "UnknownGrammar",
    "check_program",
    "forms_of",
    "grammar_text",
    "program_grammar",
    "program_space",
    "program_text",
    "sample_program",
    "wide_form",
    "wide_grammar",
]
