"""Any OpenAI-compatible server (vllm serve, SGLang, llama.cpp): concurrent, retried."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from evo.llm.backends.base import BackendError, Generated, Request, Sampling


def one_line(text: str, limit: int = 300) -> str:
    """Text squeezed onto one line and cut to a length."""
    return " ".join(text.split())[:limit]


def split_tokens(total: int, parts: int) -> tuple[int, ...]:
    """A total token count shared out over completions (the API reports only the sum)."""
    if parts <= 0:
        return ()
    base, extra = divmod(total, parts)
    return tuple(base + (1 if i < extra else 0) for i in range(parts))


class OpenAIBackend:
    """Completions or chat completions over HTTP with bounded concurrency and backoff."""

    name = "openai"

    def __init__(
        self,
        model: str,
        base_url: str,
        chat: bool = True,
        api_key: str = "",
        concurrency: int = 8,
        retries: int = 3,
        timeout_s: float = 600.0,
    ) -> None:
        self.model, self.base_url, self.chat = model, base_url.rstrip("/"), chat
        if self.base_url.endswith("/v1"):
            self.base_url = self.base_url[: -len("/v1")]
        self.api_key, self.concurrency = api_key, concurrency
        self.retries, self.timeout_s = max(0, retries), timeout_s
        if not self.model:
            self.model = self.served_model()

    def _call(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """GET (no body) or POST JSON to the server, retrying with backoff; the decoded answer."""
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        url = f"{self.base_url}{path}"
        data = json.dumps(body).encode() if body is not None else None
        delay = 1.0
        failure = ""
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(url, data, headers, method="POST" if data else "GET")
            try:
                with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                    return json.loads(resp.read())
            except urllib.error.HTTPError as exc:
                detail = one_line(exc.read().decode(errors="replace"))
                failure = f"{url} answered {exc.code}: {detail}"
                if exc.code < 500 and exc.code != 429:
                    raise BackendError(failure) from exc
            except urllib.error.URLError as exc:
                failure = f"cannot reach {self.base_url}: {one_line(str(exc.reason))}"
            except TimeoutError:
                failure = f"{url} did not answer within {self.timeout_s:g} s"
            except (ConnectionError, http.client.HTTPException) as exc:
                failure = f"cannot reach {self.base_url}: {one_line(str(exc) or repr(exc))}"
            except json.JSONDecodeError as exc:
                raise BackendError(f"{url} answered something that is not JSON: {exc}") from exc
            if attempt < self.retries:
                time.sleep(delay)
                delay *= 2
        tries = self.retries + 1
        raise BackendError(f"{failure} ({tries} {'try' if tries == 1 else 'tries'})")

    def check(self) -> None:
        """Raise BackendError now if the server cannot be reached, before a run relies on it."""
        self._call("/v1/models")

    def served_model(self) -> str:
        """The first model the server lists (used when no model is named)."""
        models = self._call("/v1/models").get("data") or []
        if not models:
            raise BackendError(f"{self.base_url} serves no model")
        return str(models[0]["id"])

    def _one(self, request: Request, sampling: Sampling, seed: int) -> Generated:
        """One request's completions (latency: its own time)."""
        body: dict[str, Any] = {
            "model": self.model,
            "n": request.n,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "max_tokens": sampling.max_tokens,
            "seed": seed,
        }
        if request.grammar is not None:
            body["structured_outputs"] = {"grammar": request.grammar}  # vLLM's extra parameter
        started = time.perf_counter()
        if self.chat:
            body["messages"] = [
                {"role": "system", "content": request.system},
                {"role": "user", "content": request.user},
            ]
            data = self._call("/v1/chat/completions", body)
            choices = sorted(data.get("choices") or [], key=lambda c: c.get("index", 0))
            texts = tuple((c.get("message") or {}).get("content") or "" for c in choices)
        else:
            body["prompt"] = f"{request.system}\n{request.user}"
            data = self._call("/v1/completions", body)
            choices = sorted(data.get("choices") or [], key=lambda c: c.get("index", 0))
            texts = tuple(c.get("text") or "" for c in choices)
        usage = data.get("usage") or {}
        counts = split_tokens(int(usage.get("completion_tokens") or 0), len(texts))
        took = time.perf_counter() - started
        return Generated(texts, int(usage.get("prompt_tokens") or 0), counts, took)

    def generate(self, requests: Sequence[Request], sampling: Sampling) -> list[Generated]:
        """All requests, at most `concurrency` in flight; latency is each one's share of the wall
        time, as with the in-process backends, so tokens/s stays a throughput."""
        if not requests:
            return []
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=max(1, self.concurrency)) as pool:
            futures: list[Future[Generated]] = [
                pool.submit(self._one, r, sampling, sampling.seed + i)
                for i, r in enumerate(requests)
            ]
            try:
                done = [f.result() for f in futures]
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
        share = (time.perf_counter() - started) / len(requests)
        return [Generated(g.texts, g.prompt_tokens, g.completion_tokens, share) for g in done]
