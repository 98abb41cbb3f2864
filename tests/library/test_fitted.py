"""The fitted rule families (evo/operators/fitted/) together: the training tasks the real
search solves with them, their place in the library, nothing added where train does not fit,
and rendered programs that run the same in the sandbox. Each module's helpers are tested on
hand-made grids in tests/test_<module>.py."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import Grid
from evo.core.config import ExecutorConfig
from evo.core.tasks import Task
from evo.executor import Executor
from evo.library import families
from evo.library.fitted import FITTED
from evo.library.infer import infer
from evo.library.outcome import passes, right
from evo.library.search import Found, search
from evo.library.transforms import apply, render

SOLVED = {
    "06df4c85": "blocked join",
    "10fcaaa3": "scaled stroke",
    "11852cab": "box symmetry",
    "137eaa0f": "window overlay",
    "1a07d186": "attachment",
    "1caeab9d": "align",
    "1e32b0e9": "panel template",
    "1f642eb9": "projection",
    "2204b7a8": "nearest recolour",
    "2281f1f4": "edge crossing",
    "23581191": "cross point",
    "25d487eb": "marker ray",
    "272f95fa": "panel paint",
    "29623171": "fullest panel",
    "2bee17df": "line fill",
    "2c608aff": "hitting line",
    "321b1fc6": "shape stamp",
    "32597951": "box recolour",
    "3345333e": "mirror completion",
    "3631a71a": "offset symmetry",
    "363442ee": "marker stamp",
    "3bd67248": "position rule",
    "3de23699": "marked crop",
    "3f7978a0": "margin crop",
    "4093f84a": "magnet",
    "41e4d17e": "cross line",
    "4612dd53": "dash fill",
    "46f33fce": "lattice",
    "4938f0c2": "pivot mirror",
    "49d1d64f": "edge pad",
    "4be741c5": "colour order",
    "4c5c2cf0": "pivot mirror",
    "5117e062": "marker crop",
    "5168d44c": "track slide",
    "539a4f51": "corner nest",
    "54d82841": "marker",
    "5521c0d9": "hop",
    "5c0a986e": "corner ray",
    "5daaa586": "framed ray",
    "63613498": "shape match",
    "6773b310": "panel count",
    "67a423a3": "crossing",
    "681b3aeb": "jigsaw",
    "6b9890af": "frame fit",
    "6c434453": "shape swap",
    "6cf79266": "square fill",
    "6d0160f0": "panel pointer",
    "6e02f1e3": "lookup",
    "6e19193c": "notch ray",
    "6ecd11f4": "stencil",
    "7447852a": "learned tile",
    "75b8110e": "quarter stack",
    "776ffc46": "shape match",
    "77fdfe62": "key mask",
    "794b24be": "lookup",
    "7c008303": "key mask",
    "7ddcd7ec": "line end",
    "7e0986d6": "noise fill",
    "80af3007": "shrunk fractal",
    "82819916": "analogy",
    "83302e8f": "region recolour",
    "855e0971": "hole line",
    "85c4e7cd": "ring reversal",
    "88a10436": "marker stamp",
    "8d510a79": "wall ray",
    "8e5a5113": "panel turns",
    "8eb1be9a": "band repeat",
    "8f2ea7aa": "mask fractal",
    "928ad970": "marker outline",
    "93b581b8": "block corners",
    "941d9a10": "diagonal panels",
    "952a094c": "frame corners",
    "95990924": "shape halo",
    "97999447": "alternating ray",
    "99fa7670": "edge turn",
    "9af7a82c": "colour histogram",
    "9edfc990": "touch fill",
    "a1570a43": "frame move",
    "a3325580": "largest columns",
    "a3df8b1e": "bounce",
    "a5f85a15": "alternate cells",
    "a61ba2ce": "corner pieces",
    "a85d4709": "mark rows",
    "af902bf9": "corner box",
    "b190f7f5": "split kron",
    "b27ca6d3": "shape halo",
    "b548a754": "box stretch",
    "b94a9452": "pair swap",
    "ba97ae07": "crossing",
    "bbc9ae5d": "stairs",
    "bd4472b8": "header cycle",
    "bda2d7a6": "layer cycle",
    "beb8660c": "bar stairs",
    "c1d99e64": "line fill",
    "c3e719e8": "mask fractal",
    "c444b776": "panel copy",
    "c9f8e694": "header paint",
    "cce03e0d": "keyed fractal",
    "cdecee7f": "pixel list",
    "ce9e57f2": "half recolour",
    "cf98881b": "panel stack",
    "d13f3404": "smear",
    "d23f8c26": "centre line",
    "d4469b4b": "output lookup",
    "d4a91cb9": "corner join",
    "d8c310e9": "continue",
    "d90796e8": "neighbour rule",
    "ddf7fa4f": "aligned recolour",
    "e26a3af2": "stripes",
    "e76a88a6": "shape stamp",
    "e9614598": "midpoint stamp",
    "e9afcf9a": "checker blend",
    "ea786f4a": "smear",
    "eb281b96": "edge mirror",
    "f5b8619d": "line through",
    "f76d97a5": "colour swap",
    "f8b3ba0a": "histogram",
    "f8ff0b80": "histogram",
    "ff28f65a": "lookup",
}
"""Training tasks the search solves on test with the fitted families, with the family a solving
path uses or gives the outputs of."""

RENDERED = (
    "06df4c85",
    "10fcaaa3",
    "137eaa0f",
    "1a07d186",
    "29623171",
    "3345333e",
    "4be741c5",
    "6c434453",
    "83302e8f",
    "952a094c",
    "b27ca6d3",
    "ba97ae07",
    "c444b776",
    "cf98881b",
    "e26a3af2",
)
"""Solved tasks whose first search results are rendered and run in the sandbox."""

_found: dict[str, list[Found]] = {}


def _search(task: Task) -> list[Found]:
    """The search's results for a training task, computed once per test session."""
    if task.id not in _found:
        _found[task.id] = search(task)
    return _found[task.id]


def _labelled(task: Task, label: str) -> list[tuple[Grid | None, ...]]:
    """The outputs (train then test) of the library's transforms of the family `label`."""
    inputs = [p.input for p in task.train + task.test]
    return [
        tuple(apply(t, g) for g in inputs)
        for t in families.library(infer(task))
        if t.family == label
    ]


def _same(got: tuple[Grid, ...], want: tuple[Grid | None, ...]) -> bool:
    return all(b is not None and np.array_equal(a, b) for a, b in zip(got, want, strict=True))


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task, label = training[task_id], SOLVED[task_id]
    found = _search(task)
    assert found and found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert solving
    if any(label in {step.family for step in f.path} for f in solving):
        return
    # The search keeps one path per distinct outputs, so another family's equal result may
    # have been recorded first: then a transform of the family gives the same outputs.
    own = _labelled(task, label)
    assert any(_same(f.outputs, outs) for f in solving for outs in own), label


def test_fitted_families_are_distinct_and_in_library_order() -> None:
    assert len({(f.__module__, f.__name__) for f in FITTED}) == len(FITTED)
    assert all(callable(f) for f in FITTED)
    assert all(f in families.FAMILIES for f in FITTED)
    places = [families.FAMILIES.index(f) for f in FITTED]
    assert places == sorted(places)


def test_families_add_nothing_when_train_does_not_fit(make_task) -> None:
    f = infer(make_task([([[1, 2], [3, 4]], [[4, 3], [2, 1]])], [[1, 2], [3, 4]]))
    assert [t for family in FITTED for t in family(f)] == []


def test_rendered_programs_match_in_process(training) -> None:
    jobs, expected = [], []
    for task_id in RENDERED:
        task = training[task_id]
        found = _search(task)[:2]
        assert found
        for result in found:
            jobs.append((render(result.path), task))
            expected.append(result.outputs)
    with Executor(ExecutorConfig()) as ex:
        results = ex.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code
