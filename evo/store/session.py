"""Opening a database: a path or URL to an engine with the schema in place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session

from evo.store.models import SCHEMA_VERSION, Base, SchemaVersion

MIGRATIONS: dict[int, str] = {1: "initial schema", 2: "units of work", 3: "learning rounds"}
"""Named schema versions; each new table is created by create_all, so a migration that only
adds tables needs no statements."""


class DatabaseError(Exception):
    """A database that cannot be opened or was made by a newer evo."""


def database_url(target: str) -> str:
    """Turn a file path into a SQLite URL; pass any SQLAlchemy URL through."""
    if "://" in target:
        return target
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: object, _: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _connect_args(url: str) -> dict[str, str]:
    """PostgreSQL commits without waiting for the disk flush: a server crash can lose the
    last moments of commits, in commit order, and every unit of work is redone from what
    is stored, so the run stays whole while each commit costs no fsync."""
    if url.startswith("postgresql"):
        return {"options": "-c synchronous_commit=off"}
    return {}


def open_database(target: str) -> Engine:
    """Connect, create missing tables and check the schema version."""
    url = database_url(target)
    try:
        engine = create_engine(url, future=True, connect_args=_connect_args(url))
    except Exception as exc:
        raise DatabaseError(f"cannot open database {target}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            versions = session.scalars(select(SchemaVersion.version)).all()
            newest = max(versions, default=0)
            if newest > SCHEMA_VERSION:
                raise DatabaseError(f"{target} has schema {newest}, newer than this evo's")
            for version in range(newest + 1, SCHEMA_VERSION + 1):
                session.add(SchemaVersion(version=version, name=MIGRATIONS[version]))
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(f"cannot open database {target}: {exc}") from exc
    return engine
