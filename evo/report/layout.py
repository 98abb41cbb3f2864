"""A run's report as text: the summary `evo run` ends with and the full `evo report`."""

from __future__ import annotations

from typing import Any

from evo.report.models import model_lines


def summary(report: dict[str, Any]) -> str:
    """The few lines printed at the end of a run."""
    rows = [
        ("tasks", report["tasks"]),
        ("solved (train exact)", report["solved"]),
        ("pass@2 on test", f"{report['pass2']} of {report['pass2_known']}"),
        ("programs", report["programs"]),
        ("valid outputs", f"{report['valid_rate']:.1%}"),
        ("programs/s", report["programs_per_s"]),
    ]
    return "\n".join(f"{k:<22}{v}" for k, v in rows)


def report_lines(report: dict[str, Any]) -> list[str]:
    """Every line of `evo report` without --json."""
    lines = [
        f"run {report['run']} ({report['status']}, {report['generations']} generations), "
        f"backend: {report['backend']}",
        summary(report),
        f"{'DSL usage':<22}{report['dsl_usage_rate']:.1%}",
        f"{'unique outputs':<22}{report['unique_output_rate']:.1%}",
        f"{'solved by generation':<22}{report['solved_per_generation']}",
        "\noperator        kind        programs   valid  improved  solved",
    ]
    lines += [
        f"{row['operator']:<16}{row['kind']:<10}{row['programs']:>10}{row['valid']:>8}"
        f"{row['improved']:>10}{row['solved']:>8}"
        for row in report["operators"]
    ]
    return lines + model_lines(report["models"])
