"""The evolutionary loop and what drives it.

engine.py runs generations (plan, propose, evaluate, record), writing every step to the
store before the next; planner.py turns a task's population into jobs; selection.py
ranks and picks parents; runner.py resolves a config into a store, operators, a backend
and an executor, and starts or resumes a run.
"""
