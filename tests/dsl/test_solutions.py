"""Every reference solution reproduces all train and test pairs of its task, in plain DSL."""

from __future__ import annotations

import pytest

from dsl.solutions import solution_ids
from evo.core.tasks import Task
from evo.report.coverage import style_problems, verify


@pytest.mark.parametrize("task_id", solution_ids())
def test_reference_solution_verifies(task_id: str, training: dict[str, Task]) -> None:
    assert task_id in training, "reference solutions are for ARC-AGI-1 training tasks only"
    verdict = verify(training[task_id])
    assert verdict.ok, verdict.reason


def test_style_check_rejects_foreign_code() -> None:
    source = (
        "import numpy as np\nfrom os import path\ndef transform(grid):\n    return grid.T + foo\n"
    )
    problems = style_problems(source)
    assert any("import (only" in p for p in problems)
    assert any("import from os" in p for p in problems)
    assert any("attribute access .T" in p for p in problems)
    assert any("unknown name foo" in p for p in problems)
