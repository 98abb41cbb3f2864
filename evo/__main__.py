"""`python -m evo` runs the command line."""

from evo.cli import main

main()
