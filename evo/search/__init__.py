"""The evolutionary loop and what drives it.

engine.py executes units of work (plan, propose, evaluate, record, close), writing every
step to the store before the next; planner.py turns a task's population into jobs; selection.py
ranks and picks parents; runner.py resolves a config into a store, operators, a backend
and an executor, and starts or resumes a run; worker.py claims units of work (a
generation's plan, a chunk of its tasks, its close) under a renewed lease, so that one
process or many, on one machine or many, work one run; learning.py runs the learning rounds
of `--learn-every` and says which learnt model a run samples.
"""
