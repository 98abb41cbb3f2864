"""The LLM operator: render prompts, one batched backend call, stored raw, then parsed."""

from __future__ import annotations

from collections.abc import Sequence

from evo.core.jobs import Candidate, CompletionRecord, JobSpec
from evo.llm.backends.base import Backend, Request, Sampling
from evo.llm.completions import NoProgram, extract_program
from evo.llm.prompts import BASE, Prompt, build_prompt, render, shared_prefix, task_text


class LLMOperator:
    """Sample, refine and crossover through a language model."""

    name = "llm"
    batched = True

    def __init__(
        self,
        backend: Backend,
        sampling: Sampling,
        examples: int = 3,
        grammar: str | None = None,
        shown_failures: int = 2,
        style: str = BASE,
    ) -> None:
        self.backend, self.sampling = backend, sampling
        self.examples, self.grammar = examples, grammar
        self.shown_failures, self.style = shown_failures, style

    def requests(self, jobs: Sequence[JobSpec]) -> tuple[list[Request], list[Prompt], list[int]]:
        """One request per job, except that the sample jobs of one task share one prompt."""
        requests: list[Request] = []
        prompts: list[Prompt] = []
        owner: list[int] = []
        sample_slot: dict[str, int] = {}
        for job in jobs:
            if job.kind == "sample" and job.task.id in sample_slot:
                slot = sample_slot[job.task.id]
                requests[slot] = Request(
                    requests[slot].system,
                    requests[slot].user,
                    requests[slot].n + job.n,
                    self.grammar,
                )
                owner.append(slot)
                continue
            prompt = build_prompt(job, self.examples, self.shown_failures, self.style)
            if job.kind == "sample":
                sample_slot[job.task.id] = len(requests)
            owner.append(len(requests))
            requests.append(Request(prompt.system, prompt.user, job.n, self.grammar))
            prompts.append(prompt)
        return requests, prompts, owner

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Candidates for every job from one batched backend call."""
        if not jobs:
            return []
        requests, prompts, owner = self.requests(jobs)
        sampling = Sampling(
            self.sampling.temperature,
            self.sampling.top_p,
            self.sampling.max_tokens,
            jobs[0].seed % (2**31),
        )
        generated = self.backend.generate(requests, sampling)
        taken = [0] * len(requests)
        result = []
        for job, slot in zip(jobs, owner, strict=True):
            gen, prompt = generated[slot], prompts[slot]
            common = render("sample", task=task_text(job.task))
            prefix = shared_prefix(prompt.text, f"{prompt.system}\n{common}")
            start, taken[slot] = taken[slot], taken[slot] + job.n
            candidates = []
            for k in range(start, min(start + job.n, len(gen.texts))):
                record = CompletionRecord(
                    text=gen.texts[k],
                    model=self.backend.model,
                    template=prompt.template,
                    prompt_hash=prompt.digest,
                    prompt_chars=len(prompt.text),
                    prefix_chars=prefix,
                    prompt_tokens=gen.prompt_tokens if k == start else 0,
                    completion_tokens=gen.completion_tokens[k],
                    latency_s=gen.latency_s / max(len(gen.texts), 1),
                )
                candidates.append(self._parse(record))
            result.append(candidates)
        return result

    def close(self) -> None:
        """Release the backend (vLLM holds engine processes)."""
        closer = getattr(self.backend, "close", None)
        if callable(closer):
            closer()

    def _parse(self, record: CompletionRecord) -> Candidate:
        try:
            return Candidate(extract_program(record.text), record)
        except NoProgram as exc:
            return Candidate(None, record, f"no program: {exc}")
