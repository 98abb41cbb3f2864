"""The `evo` command line: thin click commands over the library."""

from __future__ import annotations

import click

from evo.cli.compare import compare_command
from evo.cli.eval import eval_command
from evo.cli.learn import learn_command
from evo.cli.results import export_command, inspect_command, report_command
from evo.cli.run import run_command
from evo.cli.tasks import dsl, show, tasks
from evo.cli.workers import status_command, worker_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evo-arc")
def main() -> None:
    """evo: evolutionary program search over a typed grid DSL for ARC-AGI."""


COMMANDS = (tasks, show, dsl, run_command, report_command, inspect_command, export_command)
for command in COMMANDS + (worker_command, status_command, learn_command, compare_command):
    main.add_command(command)
main.add_command(eval_command, "eval")
