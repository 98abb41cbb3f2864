"""`python -m evo` runs the command line."""

from evo.cli.main import main

if __name__ == "__main__":
    main()
