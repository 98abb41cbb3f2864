"""Fine-tuning a causal language model on (prompt, program) examples with transformers'
Trainer: loss on the program only, CPU or GPU, full fine-tuning or LoRA, checkpoints that a
second call resumes from, and a model folder every backend loads."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evo.core.config import LearnConfig
from evo.llm.backends.base import BackendError, Request
from evo.llm.backends.hf import chat_text
from evo.llm.prompts import BASE, LEARNT

RECORD = "evo-learn.json"
"""The file in a learnt model's folder that says which prompt and grammar it was trained on."""
IGNORED = -100
"""The label transformers' loss skips: prompt tokens and padding."""


class TrainingError(BackendError):
    """Training could not start or finish (missing packages, a model that does not load)."""


@dataclass(frozen=True)
class Example:
    """One training example: the prompt's system and user text, and the program."""

    task_id: str
    system: str
    user: str
    completion: str


@dataclass
class TrainRecord:
    """What a training round did, stored with the run and in the model folder."""

    base_model: str
    examples: int
    valid_examples: int
    steps: int = 0
    valid_loss_before: float | None = None
    valid_loss_after: float | None = None
    losses: list[float] = field(default_factory=list)
    wall_s: float = 0.0
    prompt: str = LEARNT
    grammar: str = "typed"


def _recorded(model: str, key: str, default: str) -> str:
    """One entry of a model folder's training record (base models have none)."""
    record = Path(model) / RECORD
    if not model or not record.is_file():
        return default
    try:
        return str(json.loads(record.read_text(encoding="utf-8")).get(key, default))
    except (OSError, ValueError, AttributeError):
        return default


def prompt_style(model: str) -> str:
    """The prompt a model folder was trained on (BASE for models without a record)."""
    return _recorded(model, "prompt", BASE)


def grammar_kind(model: str) -> str:
    """The grammar a model folder's programs were written in (typed for others)."""
    return _recorded(model, "grammar", "typed")


def encode(tokenizer: Any, example: Example, chat: bool, max_tokens: int) -> dict[str, list[int]]:
    """Token ids of prompt + program + end, with labels only on the program and the end;
    the prompt is rendered exactly as the transformers backend renders it for sampling."""
    prompt = chat_text(tokenizer, Request(example.system, example.user, 1), chat)
    head = tokenizer(prompt).input_ids
    tail = tokenizer(example.completion, add_special_tokens=False).input_ids
    tail = tail + [tokenizer.eos_token_id]
    ids = (head + tail)[-max_tokens:]
    labels = ([IGNORED] * len(head) + tail)[-max_tokens:]
    return {"input_ids": ids, "labels": labels}


class Collator:
    """Right-pads a batch; padding is masked out of attention and loss."""

    def __init__(self, pad_id: int) -> None:
        self.pad_id = pad_id

    def __call__(self, rows: Sequence[dict[str, list[int]]]) -> dict[str, Any]:
        import torch

        width = max(len(r["input_ids"]) for r in rows)
        ids, labels, mask = [], [], []
        for r in rows:
            gap = width - len(r["input_ids"])
            ids.append(r["input_ids"] + [self.pad_id] * gap)
            labels.append(r["labels"] + [IGNORED] * gap)
            mask.append([1] * len(r["input_ids"]) + [0] * gap)
        return {
            "input_ids": torch.tensor(ids),
            "labels": torch.tensor(labels),
            "attention_mask": torch.tensor(mask),
        }


def completion_loss(model: Any, inputs: dict[str, Any]) -> Any:
    """Mean cross-entropy of the labelled tokens, with logits computed only at the positions
    that predict one: on a prompt of hundreds of grid tokens and a program of tens, the
    vocabulary projection of every prompt position is most of the memory and a fifth of the
    time."""
    import torch

    labels = inputs["labels"]
    targets = labels[:, 1:]
    wanted = (targets != IGNORED).any(dim=0).nonzero().flatten()
    out = model(
        input_ids=inputs["input_ids"],
        attention_mask=inputs["attention_mask"],
        logits_to_keep=wanted,
    )
    logits = out.logits.float()
    return torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]),
        targets[:, wanted].reshape(-1),
        ignore_index=IGNORED,
    )


def _trainer_class(tf: Any) -> Any:
    """transformers' Trainer with the loss on the program only (see completion_loss)."""

    class CompletionTrainer(tf.Trainer):  # type: ignore[misc, name-defined]
        def compute_loss(
            self, model: Any, inputs: dict[str, Any], return_outputs: bool = False, **_: Any
        ) -> Any:
            loss = completion_loss(model, inputs)
            return (loss, {"loss": loss}) if return_outputs else loss

    return CompletionTrainer


def _loss_bar(tf: Any) -> Any:
    """transformers' progress bar with the latest loss beside it, instead of a printed line
    of figures at every step."""

    class LossBar(tf.trainer_callback.ProgressCallback):  # type: ignore[misc, name-defined]
        def on_log(self, args: Any, state: Any, control: Any, logs: Any = None, **_: Any) -> None:
            if self.training_bar is not None and logs and "loss" in logs:
                self.training_bar.set_postfix(loss=f"{float(logs['loss']):.3f}")

    return LossBar


def _libraries() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise TrainingError("learning needs: pip install -e '.[learn]'") from exc
    return torch, transformers


def _load(base: str, tf: Any, settings: LearnConfig) -> tuple[Any, Any]:
    """The base model and its tokenizer, with LoRA adapters when asked for."""
    try:
        tokenizer = tf.AutoTokenizer.from_pretrained(base, local_files_only=True)
        model = tf.AutoModelForCausalLM.from_pretrained(base, local_files_only=True)
    except OSError as exc:
        raise TrainingError(f"cannot load model '{base}': {str(exc).splitlines()[0]}") from exc
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    if settings.lora:
        try:
            from peft import LoraConfig, get_peft_model
        except ImportError as exc:
            raise TrainingError("LoRA needs: pip install -e '.[learn]'") from exc
        lora = LoraConfig(r=settings.lora_rank, lora_alpha=2 * settings.lora_rank)
        lora.target_modules = "all-linear"
        lora.task_type = "CAUSAL_LM"
        model = get_peft_model(model, lora)
    return model, tokenizer


def _arguments(
    tf: Any, torch: Any, folder: Path, settings: LearnConfig, seed: int, progress: bool
) -> Any:
    """The Trainer's arguments: checkpoints in the output folder, no outside reporting."""
    return tf.TrainingArguments(
        output_dir=str(folder / "checkpoints"),
        per_device_train_batch_size=settings.batch_size,
        per_device_eval_batch_size=settings.batch_size,
        gradient_accumulation_steps=settings.accumulation,
        learning_rate=settings.learning_rate,
        num_train_epochs=settings.epochs,
        max_steps=settings.max_steps or -1,
        lr_scheduler_type="cosine",
        warmup_steps=settings.warmup_steps,
        logging_steps=1,
        save_steps=settings.save_steps,
        save_total_limit=1,
        report_to=[],
        seed=seed,
        data_seed=seed,
        use_cpu=not torch.cuda.is_available(),
        remove_unused_columns=False,
        dataloader_num_workers=0,
        disable_tqdm=not progress,
    )


def train(
    base: str,
    train_set: Sequence[Example],
    valid_set: Sequence[Example],
    folder: Path,
    settings: LearnConfig,
    seed: int,
    progress: bool = True,
) -> TrainRecord:
    """Fine-tune `base` on the examples, save a loadable model folder (with its record) at
    `folder`, and return the record; resumes from the folder's checkpoint when one exists."""
    torch, tf = _libraries()
    started = time.perf_counter()
    torch.manual_seed(seed)
    model, tokenizer = _load(base, tf, settings)
    chat = bool(getattr(tokenizer, "chat_template", None))
    rows = [encode(tokenizer, e, chat, settings.max_tokens) for e in train_set]
    valid = [encode(tokenizer, e, chat, settings.max_tokens) for e in valid_set]
    trainer = _trainer_class(tf)(
        model=model,
        args=_arguments(tf, torch, folder, settings, seed, progress),
        train_dataset=rows,
        eval_dataset=valid or None,
        data_collator=Collator(tokenizer.pad_token_id),
    )
    trainer.remove_callback(tf.trainer_callback.ProgressCallback)
    trainer.remove_callback(tf.trainer_callback.PrinterCallback)
    if progress:
        trainer.add_callback(_loss_bar(tf))
    record = TrainRecord(base, len(rows), len(valid), grammar=settings.grammar_kind)
    if valid:
        record.valid_loss_before = float(trainer.evaluate()["eval_loss"])
    checkpoints = list((folder / "checkpoints").glob("checkpoint-*"))
    result = trainer.train(resume_from_checkpoint=bool(checkpoints))
    record.steps = int(result.global_step)
    record.losses = [round(float(h["loss"]), 4) for h in trainer.state.log_history if "loss" in h]
    if valid:
        record.valid_loss_after = float(trainer.evaluate()["eval_loss"])
    save(trainer.model, tokenizer, folder, settings.lora)
    record.wall_s = round(time.perf_counter() - started, 1)
    (folder / RECORD).write_text(json.dumps(asdict(record), indent=2), encoding="utf-8")
    return record


def save(model: Any, tokenizer: Any, folder: Path, lora: bool) -> None:
    """A plain model folder (LoRA adapters merged in), loadable by transformers and vLLM."""
    if lora:
        model = model.merge_and_unload()
    model.save_pretrained(str(folder), safe_serialization=True)
    tokenizer.save_pretrained(str(folder))
