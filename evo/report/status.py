"""Where the runs of a database stand: progress, and which worker holds which unit of work."""

from __future__ import annotations

from collections import Counter
from typing import Any

from evo.store.repository import Store
from evo.store.units import UnitQueue


def run_status(store: Store) -> list[dict[str, Any]]:
    """One row per run: progress, units by status, and the claimed units with their leases."""
    queue = UnitQueue(store.engine)
    now = queue.now()
    rows = []
    for name in store.run_names():
        run = store.find_run(name)
        tasks = store.run_tasks(run.id)
        units = queue.units(run.id)
        claimed = [u for u in units if u.status == "claimed"]
        rows.append(
            {
                "run": run.name,
                "status": run.status,
                "generations": f"{run.generations_done}/{run.config['search']['generations']}",
                "tasks": len(tasks),
                "solved": sum(t.status == "solved" for t in tasks),
                "units": dict(sorted(Counter(u.status for u in units).items())),
                "claimed": [
                    {
                        "unit": f"g{u.generation} {u.kind} {u.chunk}",
                        "worker": u.worker,
                        "lease_s": round((u.lease_until - now).total_seconds(), 1)
                        if u.lease_until
                        else None,
                        "claims": u.claims,
                    }
                    for u in claimed
                ],
            }
        )
    return rows


def status_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The rows as text for `evo status`; a lease below zero has lapsed and will be reclaimed."""
    lines = []
    for r in rows:
        units = ", ".join(f"{v} {k}" for k, v in r["units"].items()) or "no units"
        lines.append(
            f"run {r['run']} ({r['status']}): generation {r['generations']}, "
            f"solved {r['solved']} of {r['tasks']} tasks; units: {units}"
        )
        lines += [
            f"  {c['unit']:<14} held by {c['worker']}, lease {c['lease_s']} s"
            + (f" (claim {c['claims']})" if c["claims"] > 1 else "")
            for c in r["claimed"]
        ]
    return lines
