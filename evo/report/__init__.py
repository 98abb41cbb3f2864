"""What a run produced, read back from the store; nothing here changes a run.

figures.py builds the report (solved, pass@2, validity, operator yield, speed) and
layout.py lays it out as text;
models.py the per-model LLM figures; predictions.py votes the two test attempts;
submission.py writes them in the ARC Prize format; lineage.py shows a task's best program
with its ancestry (text and HTML); render.py draws grids; plot.py the solved curve;
coverage.py verifies the DSL's reference solutions; status.py shows where runs stand and
which worker holds which unit; compare.py sets runs side by side.
"""
