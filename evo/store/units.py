"""The queue of units of work: claimed with row locks, held by a renewed lease, reclaimed when
the lease runs out. PostgreSQL skips rows another worker has locked (FOR UPDATE SKIP LOCKED);
SQLite, which serialises writers, gets the same answer from a conditional update."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, and_, func, or_, select, update
from sqlalchemy.orm import Session

from evo.store.models import Run, Unit, utcnow

PLAN, WORK, CLOSE, LEARN = "plan", "work", "close", "learn"
"""The kinds of unit, in the order a generation needs them."""


class LeaseLost(RuntimeError):
    """The unit's lease ran out and another worker holds it now."""


@dataclass(frozen=True)
class NewUnit:
    """A unit to enqueue: its generation, kind, chunk number and tasks."""

    generation: int
    kind: str
    chunk: int = 0
    task_ids: tuple[str, ...] = ()


class UnitQueue:
    """Claims, renews and completes units of one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def session(self) -> Session:
        """A session whose objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    def enqueue(self, run_id: int, units: Sequence[NewUnit]) -> None:
        """Add units that are ready to be claimed."""
        with self.session() as s, s.begin():
            _add(s, run_id, units)

    def claim(
        self, worker: str, lease_s: float, run_id: int | None = None, take_over: bool = False
    ) -> Unit | None:
        """The oldest claimable unit (ready, or claimed with a lapsed lease; any claimed unit
        with take_over), now leased to `worker`; None when there is none."""
        now = utcnow()
        claimable = Unit.status == "ready"
        if take_over:
            claimable = Unit.status != "done"
        else:
            claimable = or_(claimable, and_(Unit.status == "claimed", Unit.lease_until < now))
        query = select(Unit).where(claimable).order_by(Unit.id)
        if run_id is not None:
            query = query.where(Unit.run_id == run_id)
        for _ in range(8):
            with self.session() as s, s.begin():
                unit = s.scalars(query.limit(1).with_for_update(skip_locked=True)).first()
                if unit is None:
                    return None
                taken = s.execute(
                    update(Unit)
                    .where(Unit.id == unit.id, Unit.claims == unit.claims)
                    .values(
                        status="claimed",
                        worker=worker,
                        lease_until=now + timedelta(seconds=lease_s),
                        claims=unit.claims + 1,
                    )
                )
                if _rows(taken) == 1:
                    s.refresh(unit)
                    return unit
        return None

    def renew(self, unit_id: int, worker: str, lease_s: float) -> bool:
        """Extend the lease; False when the unit is no longer this worker's."""
        with self.session() as s, s.begin():
            done = s.execute(
                update(Unit)
                .where(Unit.id == unit_id, Unit.worker == worker, Unit.status == "claimed")
                .values(lease_until=utcnow() + timedelta(seconds=lease_s))
            )
            return _rows(done) == 1

    def complete(
        self,
        unit: Unit,
        worker: str,
        follow: Sequence[NewUnit] = (),
        seconds: tuple[float, float] = (0.0, 0.0),
    ) -> list[NewUnit]:
        """Mark the unit done and enqueue what follows it, in one transaction holding the
        run's row lock, so that exactly one worker sees a generation's last work unit end and
        enqueues its close. Raises LeaseLost when another worker holds the unit now."""
        with self.session() as s, s.begin():
            s.execute(select(Run.id).where(Run.id == unit.run_id).with_for_update())
            done = s.execute(
                update(Unit)
                .where(Unit.id == unit.id, Unit.worker == worker, Unit.status == "claimed")
                .values(
                    status="done",
                    done_at=utcnow(),
                    propose_s=seconds[0],
                    evaluate_s=seconds[1],
                    lease_until=None,
                )
            )
            if _rows(done) != 1:
                raise LeaseLost(f"unit {unit.id} is no longer held by {worker}")
            follow = list(follow)
            if unit.kind == WORK and not _open_work(s, unit.run_id, unit.generation):
                follow.append(NewUnit(unit.generation, CLOSE))
            _add(s, unit.run_id, follow)
        return follow

    def units(self, run_id: int | None = None) -> list[Unit]:
        """Every unit (of one run), oldest first."""
        query = select(Unit).order_by(Unit.id)
        if run_id is not None:
            query = query.where(Unit.run_id == run_id)
        with self.session() as s:
            return list(s.scalars(query))

    def generation_seconds(self, run_id: int, generation: int) -> tuple[float, float]:
        """Propose and evaluate seconds of a generation's work units, summed."""
        query = select(func.sum(Unit.propose_s), func.sum(Unit.evaluate_s)).where(
            Unit.run_id == run_id, Unit.generation == generation, Unit.kind == WORK
        )
        with self.session() as s:
            propose, evaluate = s.execute(query).one()
        return float(propose or 0.0), float(evaluate or 0.0)

    def has_units(self, run_id: int) -> bool:
        """Whether the run was ever given units of work."""
        with self.session() as s:
            return s.scalar(select(func.count()).where(Unit.run_id == run_id)) != 0

    def unfinished(self, run_id: int) -> int:
        """Units of the run not done yet."""
        query = select(func.count()).where(Unit.run_id == run_id, Unit.status != "done")
        with self.session() as s:
            return int(s.scalar(query) or 0)

    def now(self) -> datetime:
        """The time leases are measured against."""
        return utcnow()


def _rows(result: Result[Any]) -> int:
    """Rows an UPDATE matched."""
    return int(cast(CursorResult[Any], result).rowcount)


def _open_work(s: Session, run_id: int, generation: int) -> int:
    """Work units of a generation not done yet (inside the caller's transaction)."""
    query = select(func.count()).where(
        Unit.run_id == run_id,
        Unit.generation == generation,
        Unit.kind == WORK,
        Unit.status != "done",
    )
    return int(s.scalar(query) or 0)


def _add(s: Session, run_id: int, units: Sequence[NewUnit]) -> None:
    """Insert units unless one of the same place exists (a unit redone after a lost lease)."""
    for u in units:
        exists = s.scalar(
            select(func.count()).where(
                Unit.run_id == run_id,
                Unit.generation == u.generation,
                Unit.kind == u.kind,
                Unit.chunk == u.chunk,
            )
        )
        if not exists:
            s.add(
                Unit(
                    run_id=run_id,
                    generation=u.generation,
                    kind=u.kind,
                    chunk=u.chunk,
                    task_ids=list(u.task_ids),
                )
            )
