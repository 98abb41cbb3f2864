"""The database: SQLAlchemy 2.0 models, engine and session set-up, and one repository.

models.py declares the tables (runs with their config, run tasks, jobs, completions,
programs with per-pair results, lineage, per-generation statistics, schema version);
session.py opens SQLite (WAL) or any SQLAlchemy URL and checks the schema version;
repository.py (Store) is the only code that queries them, and units.py the queue of units of
work (claims with row locks, leases, reclaims). It knows no engine logic.
"""
