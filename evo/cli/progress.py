"""Progress on a terminal: one tqdm bar per generation, counting the tasks worked."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


def hush_model_loading() -> None:
    """No progress bars from Hugging Face libraries (transformers' "Loading weights"): the
    switch transformers reads on import, and its own switch if it is already imported."""
    try:
        from huggingface_hub.utils import disable_progress_bars
    except ImportError:
        return
    disable_progress_bars()
    logging = sys.modules.get("transformers.utils.logging")
    if logging is not None:
        logging.disable_progress_bar()


class Bars:
    """Turns engine progress events into one bar per generation (quiet: none, and none from
    the model libraries either)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: tqdm | None = None
        if quiet:
            hush_model_loading()

    def __call__(self, event: str, **info: Any) -> None:
        if event == "generation":
            self._close()
            self.bar = tqdm(
                total=info["tasks"],
                desc=f"generation {info['generation'] + 1}",
                unit="task",
                disable=True if self.quiet else None,
                file=sys.stderr,
            )
        elif event == "worked" and self.bar is not None:
            self.bar.update(info["tasks"])
        elif event == "generation_done" and self.bar is not None:
            self.bar.set_postfix(solved=info["solved"])
            self._close()
        elif event == "learn" and not self.quiet:
            tqdm.write(f"learning round before generation {info['generation'] + 1}", sys.stderr)
        elif event == "learnt" and not self.quiet:
            model = info["model"] or "the same model (no program to learn from yet)"
            tqdm.write(f"generation {info['generation'] + 1} samples {model}", sys.stderr)

    def _close(self) -> None:
        """Finish the current bar, if any."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
