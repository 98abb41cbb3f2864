"""The `evo` command line: thin click commands that turn library errors into one-line
messages. main.py is the group; tasks.py lists and shows tasks and the DSL; run.py starts
and resumes runs; results.py reports, inspects and exports them; compare.py sets runs side
by side; workers.py is `evo worker` and `evo status`; learn.py fine-tunes a
model on a run's programs; eval.py runs one program
through the sandbox; progress.py draws the progress bars; common.py holds the shared
options and error handling."""
