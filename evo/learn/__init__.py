"""Learning from a run: every program evo stored is the right answer to the task its own
outputs define (hindsight relabelling), so a run is a training set.

dataset.py builds (prompt, program) examples from a run's programs, relabelled to their own
outputs, with held-out tasks for a validation loss; learner.py fine-tunes a model on them
(through evo.llm.training) and stores the data set and the training record beside the run.
"""
