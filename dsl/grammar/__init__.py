"""The program grammar, generated from the DSL registry: one spec for EBNF, validator and sampler.

space.py reads the registry into typed calls and states; ebnf.py writes the grammar text a
decoder is constrained by; check.py tells whether a program is in the language; sample.py
draws programs of it.
"""

from dsl.grammar.check import Scope, check_program, program_text
from dsl.grammar.ebnf import program_grammar
from dsl.grammar.sample import sample_program
from dsl.grammar.space import INT_DOMAINS, forms_of, program_space

__all__ = [
    "INT_DOMAINS",
    "Scope",
    "check_program",
    "forms_of",
    "program_grammar",
    "program_space",
    "program_text",
    "sample_program",
]
