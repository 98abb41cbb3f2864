"""Operators propose candidate programs: sample afresh, refine one parent, cross two."""
