"""The `evo` command line: thin click commands over the library."""

from __future__ import annotations

import click

from evo.cli.eval import eval_command
from evo.cli.results import export_command, inspect_command, report_command
from evo.cli.run import run_command
from evo.cli.tasks import dsl, show, tasks


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evo-arc")
def main() -> None:
    """evo: evolutionary program search over a typed grid DSL for ARC-AGI."""


for command in (tasks, show, dsl, run_command, report_command, inspect_command, export_command):
    main.add_command(command)
main.add_command(eval_command, "eval")
