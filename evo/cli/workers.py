"""`evo worker` and `evo status`: many processes, on many machines, share runs through one
database (PostgreSQL for more than one machine)."""

from __future__ import annotations

import json
from typing import Any

import click

from evo.cli.common import db_option, reports_errors, stops_on_sigterm
from evo.report.status import run_status, status_lines
from evo.search.runner import Engines, ensure_units, open_store
from evo.search.worker import Worker


def backend_overrides(**flags: Any) -> dict[str, Any]:
    """The backend settings a worker lays over each run's stored ones."""
    keys = {"backend": "name", "model": "model", "base_url": "base_url"}
    return {keys[k]: v for k, v in flags.items() if v is not None}


@click.command("worker")
@db_option
@click.option("--run", "run_name", help="Work on this run only (default: every unfinished run).")
@click.option("--backend", help="This machine's backend, over the run's (vllm, openai...).")
@click.option("--model", help="This machine's model path or name, over the run's.")
@click.option("--base-url", help="This machine's model server, over the run's.")
@click.option(
    "--lease",
    type=click.FloatRange(min=1),
    default=60.0,
    show_default=True,
    help="Seconds a claimed unit stays this worker's without a renewal.",
)
@click.option("--wait", is_flag=True, help="Keep waiting for new runs instead of exiting.")
@reports_errors
def worker_command(db: str, run_name: str | None, lease: float, wait: bool, **flags: Any) -> None:
    """Claim units of work (a generation's plan, a chunk of its tasks, its close) from the
    database until every run it serves is finished. SIGTERM finishes the unit in hand first.

    Example: evo worker --db postgresql+psycopg://evo@dbhost/evo --backend vllm
    """
    store = open_store(db)
    run_id = store.find_run(run_name).id if run_name else None
    for unfinished in store.unfinished_runs(run_id):
        ensure_units(store, store.run_by_id(unfinished))
    engines = Engines(store, lambda *a, **k: None, backend_overrides(**flags))
    worker = Worker(
        store,
        engines,
        run_id=run_id,
        lease_s=lease,
        wait=wait,
        log=lambda line: click.echo(line, err=True),
    )
    click.echo(f"worker {worker.name} on {db}", err=True)
    try:
        with stops_on_sigterm(worker):
            done = worker.run()
    finally:
        engines.close()
    click.echo(f"worker {worker.name}: {done} units done", err=True)


@click.command("status")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@reports_errors
def status_command(db: str, as_json: bool) -> None:
    """Progress of every run, units by status, and which worker holds which unit.

    Example: evo status --db postgresql+psycopg://evo@dbhost/evo
    """
    rows = run_status(open_store(db))
    click.echo(json.dumps(rows, indent=2) if as_json else "\n".join(status_lines(rows)))
