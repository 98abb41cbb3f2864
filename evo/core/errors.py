"""Exceptions the library raises; only the CLI turns them into messages."""


class EvoError(Exception):
    """Base of every error evo reports to a user as one line."""


class TaskSetError(EvoError):
    """A task set name or folder that cannot be loaded."""


class TaskNotFound(EvoError):
    """A task id that is not in the chosen task set."""


class TaskFormatError(EvoError):
    """A task file whose JSON or grids are malformed."""
