"""A real PostgreSQL server for tests: the one CI started (EVO_TEST_PG_URL), else one this
session starts on the loopback interface with Debian's server binaries, and a fresh
database per test."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "postgres.sh"


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_url() -> Iterator[str]:
    """The URL of a running server's test database; starts (and later stops) one if needed."""
    given = os.environ.get("EVO_TEST_PG_URL")
    if given:
        yield given
        return
    if not any(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("no PostgreSQL server binaries (CI installs them: .ci/postgres.sh)")
    folder = Path(f"/tmp/evo-pg-{secrets.token_hex(4)}")
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(folder), str(free_port())],
        capture_output=True,
        text=True,
        check=True,
    )
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(url: str) -> Iterator[str]:
    """A new, empty database on the server at `url`, dropped afterwards."""
    name = f"evo_{secrets.token_hex(4)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(text(f"create database {name}"))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as con:
            con.execute(text(f"drop database if exists {name} with (force)"))
        admin.dispose()
