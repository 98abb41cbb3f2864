"""The learning loss and the learnt prompt, on a tiny model built here and real ARC tasks."""

from __future__ import annotations

import pytest

from evo.core.tasks import load_task_set
from evo.llm.prompts import LEARNT_CHARS, fitted_pairs, learnt_prompt, pair_text, task_text
from evo.llm.training import IGNORED, Collator, Example, completion_loss, encode


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tinymodel import build_tiny_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")
    return AutoModelForCausalLM.from_pretrained(folder), AutoTokenizer.from_pretrained(folder)


def test_completion_loss_equals_the_model_s_own_loss_on_the_labelled_tokens(tiny) -> None:  # type: ignore[no-untyped-def]
    model, tokenizer = tiny
    tasks = load_task_set("training")
    rows = [
        encode(tokenizer, Example(t, "sys", learnt_prompt(tasks[t]).user, code), True, 512)
        for t, code in [("6150a2bd", "def transform(grid):\n    return grid\n"),
                        ("0d3d703e", "def transform(grid):\n    g1 = flip(grid)\n    return g1\n")]
    ]  # fmt: skip
    batch = Collator(tokenizer.pad_token_id)(rows)
    assert (batch["labels"] != IGNORED).sum() < batch["attention_mask"].sum() / 4
    ours = completion_loss(model, batch)
    theirs = model(**batch).loss
    assert abs(ours.item() - theirs.item()) < 1e-4
    ours.backward()
    assert model.lm_head.weight.grad is not None


def test_the_learnt_prompt_shows_the_smallest_pairs_that_fit_and_no_test_input() -> None:
    tasks = list(load_task_set("training").values())
    for task in tasks[:80]:
        shown = fitted_pairs(task)
        text = learnt_prompt(task).user
        assert shown and "Test" not in text
        sizes = sorted(len(pair_text(1, p)) for p in task.train)
        cost = sum(len(pair_text(1, p)) for p in shown)
        assert cost <= LEARNT_CHARS or len(shown) == 1 and cost == sizes[0]
        assert len(shown) == len(task.train) or cost + sizes[len(shown)] > LEARNT_CHARS
        order = [next(i for i, q in enumerate(task.train) if q is p) for p in shown]
        assert order == sorted(order)
    big = next(t for t in tasks if len(task_text(t)) > 3 * LEARNT_CHARS)
    assert len(learnt_prompt(big).user) < len(task_text(big))
