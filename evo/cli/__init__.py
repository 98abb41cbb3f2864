"""The `evo` command line: thin click commands that turn library errors into one-line
messages. main.py is the group; tasks.py lists and shows tasks and the DSL; run.py starts
and resumes runs; results.py reports, inspects and exports them; eval.py runs one program
through the sandbox; common.py holds the shared options and error handling."""
