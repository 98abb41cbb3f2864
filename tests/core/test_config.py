"""evo.core.config: validation of every section, merging, the embedded model's settings and
the stored form of a config."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from evo.core.config import (
    BACKENDS,
    EMBEDDED_BACKEND,
    SECTIONS,
    BackendConfig,
    ConfigError,
    EvoConfig,
    ExecutorConfig,
    SearchConfig,
    TaskConfig,
    from_dict,
    load_toml,
    merge,
    to_dict,
    with_embedded,
)


def rejection(data: dict[str, Any]) -> str:
    """The message from_dict raises for the data (a failure when it raises nothing)."""
    with pytest.raises(ConfigError) as info:
        from_dict(data)
    message = str(info.value)
    assert "\n" not in message and message.strip() == message
    return message


# --- accepted input ---------------------------------------------------------------------------


def test_empty_settings_give_the_defaults() -> None:
    config = from_dict({})
    assert config == EvoConfig()
    assert config.search.generations == 5 and config.backend.name == "auto"
    assert config.executor.workers == 2 and config.tasks.task_set == "training"


def test_every_section_is_read_into_its_dataclass() -> None:
    config = from_dict(
        {
            "name": "n",
            "seed": 9,
            "tasks": {"task_set": "evaluation", "tasks": ["a", "b"], "limit": 2},
            "search": {"generations": 3, "mix": {"sample": 1.0}},
            "backend": {"name": "symbolic", "grammar": False, "llm_share": 1},
            "executor": {"workers": 1, "timeout_s": 2, "strict": False},
        }
    )
    assert (config.name, config.seed) == ("n", 9)
    assert config.tasks == TaskConfig("evaluation", ("a", "b"), 2)  # the list became a tuple
    assert config.search.generations == 3 and config.search.mix == {"sample": 1.0}
    assert config.search.programs_per_task == SearchConfig().programs_per_task
    assert config.backend.name == "symbolic" and config.backend.grammar is False
    assert config.backend.llm_share == 1  # an integer is a number
    assert config.executor == ExecutorConfig(workers=1, timeout_s=2, strict=False)


# --- unknown keys -----------------------------------------------------------------------------


def test_unknown_top_level_key_is_rejected() -> None:
    message = rejection({"generations": 3})
    assert message == "unknown key 'generations'"


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_unknown_key_in_each_section_is_rejected(section: str) -> None:
    message = rejection({section: {"bogus_key": 1}})
    assert message == f"unknown key 'bogus_key' in [{section}]"


def test_unknown_executor_key_is_rejected_beside_valid_ones() -> None:
    message = rejection({"executor": {"workers": 1, "worker": 2}})
    assert message == "unknown key 'worker' in [executor]"


def test_a_section_that_is_not_a_table_is_rejected() -> None:
    assert rejection({"executor": 4}) == "[executor] must be a table of settings"
    assert rejection({"backend": "symbolic"}) == "[backend] must be a table of settings"


# --- wrong types ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "section", "key", "what"),
    [
        ({"search": {"generations": "5"}}, "[search] ", "generations", "an integer"),
        ({"search": {"generations": True}}, "[search] ", "generations", "an integer"),
        ({"search": {"generations": 2.0}}, "[search] ", "generations", "an integer"),
        ({"executor": {"workers": "2"}}, "[executor] ", "workers", "an integer"),
        ({"executor": {"workers": False}}, "[executor] ", "workers", "an integer"),
        ({"executor": {"timeout_s": "1"}}, "[executor] ", "timeout_s", "a number"),
        ({"executor": {"strict": 1}}, "[executor] ", "strict", "true or false"),
        ({"backend": {"model": 5}}, "[backend] ", "model", "a string"),
        ({"backend": {"base_url": 8000}}, "[backend] ", "base_url", "a string"),
        ({"backend": {"max_tokens": True}}, "[backend] ", "max_tokens", "an integer"),
        ({"backend": {"llm_share": "half"}}, "[backend] ", "llm_share", "a number"),
        ({"backend": {"llm_share": True}}, "[backend] ", "llm_share", "a number"),
        ({"backend": {"grammar": "yes"}}, "[backend] ", "grammar", "true or false"),
        ({"tasks": {"task_set": 1}}, "[tasks] ", "task_set", "a string"),
        ({"tasks": {"tasks": "0d3d703e"}}, "[tasks] ", "tasks", "a list of strings"),
        ({"tasks": {"tasks": ["0d3d703e", 7]}}, "[tasks] ", "tasks", "a list of strings"),
        ({"tasks": {"limit": "3"}}, "[tasks] ", "limit", "an integer"),
        ({"search": {"mix": [0.5, 0.5]}}, "[search] ", "mix", "a table of numbers"),
        ({"seed": "7"}, "", "seed", "an integer"),
        ({"seed": True}, "", "seed", "an integer"),
        ({"name": 3}, "", "name", "a string"),
    ],
)
def test_wrong_types_are_rejected_naming_section_and_key(
    data: dict[str, Any], section: str, key: str, what: str
) -> None:
    message = rejection(data)
    assert message.startswith(f"{section}{key} must be {what}, not ")
    (value,) = next(iter(data.values())).values() if section else data.values()
    assert message.endswith(repr(value)[:40])


def test_type_message_cuts_a_long_value() -> None:
    message = rejection({"backend": {"model": ["x" * 200]}})
    assert len(message) < 100 and message.startswith("[backend] model must be a string, not ")


# --- out-of-range values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"search": {"generations": 0}}, "[search] generations must be at least 1"),
        ({"search": {"programs_per_task": 0}}, "[search] programs_per_task must be at least 1"),
        ({"search": {"job_size": 0}}, "[search] job_size must be at least 1"),
        ({"search": {"exhaustive": -1}}, "[search] exhaustive must be at least 0"),
        ({"search": {"augment": -1}}, "[search] augment must be at least 0"),
        ({"search": {"augment_budget": -5}}, "[search] augment_budget must be at least 0"),
        ({"search": {"deepen": -1}}, "[search] deepen must be at least 0"),
        ({"search": {"deepen_budget": -1}}, "[search] deepen_budget must be at least 0"),
        ({"search": {"processes": 0}}, "[search] processes must be at least 1"),
        ({"backend": {"llm_share": 1.5}}, "[backend] llm_share must be between 0 and 1"),
        ({"backend": {"llm_share": -0.1}}, "[backend] llm_share must be between 0 and 1"),
        ({"backend": {"max_tokens": 0}}, "[backend] max_tokens must be at least 1"),
        ({"backend": {"examples": -1}}, "[backend] examples must be at least 0"),
        ({"backend": {"concurrency": 0}}, "[backend] concurrency must be at least 1"),
        ({"executor": {"workers": 0}}, "[executor] workers must be at least 1"),
        ({"executor": {"timeout_s": 0}}, "[executor] timeout_s must be positive"),
        ({"executor": {"grace_ratio": -1.0}}, "[executor] grace_ratio must not be negative"),
    ],
)
def test_out_of_range_values_are_rejected(data: dict[str, Any], message: str) -> None:
    assert rejection(data) == message


def test_executor_memory_below_the_floor_is_rejected() -> None:
    assert rejection({"executor": {"memory_mb": 255}}).startswith(
        "[executor] memory_mb must be at least 256"
    )
    assert from_dict({"executor": {"memory_mb": 256}}).executor.memory_mb == 256


def test_boundary_values_are_accepted() -> None:
    config = from_dict(
        {
            "search": {"generations": 1, "exhaustive": 0},
            "backend": {"llm_share": 0, "max_tokens": 1},
            "executor": {"workers": 1},
        }
    )
    assert config.search.generations == 1 and config.search.exhaustive == 0
    assert config.backend.llm_share == 0 and config.executor.workers == 1
    assert from_dict({"backend": {"llm_share": 1.0}}).backend.llm_share == 1.0


def test_unknown_backend_name_is_rejected_listing_the_names() -> None:
    message = rejection({"backend": {"name": "gpt"}})
    # names the bad value, the backend setting and every accepted name
    assert "backend" in message and "'gpt'" in message
    assert all(name in message for name in BACKENDS)


@pytest.mark.parametrize("name", BACKENDS)
def test_every_known_backend_name_is_accepted(name: str) -> None:
    assert from_dict({"backend": {"name": name}}).backend.name == name


@pytest.mark.parametrize("key", ["mix", "explore_mix"])
def test_a_mix_with_an_unknown_kind_is_rejected(key: str) -> None:
    message = rejection({"search": {key: {"sample": 0.5, "mutate": 0.5}}})
    assert message.startswith(f"[search] {key} has unknown kind 'mutate' (use sample, refine")


@pytest.mark.parametrize(
    "mix",
    [
        {"sample": 0.0, "refine": 0.0, "crossover": 0.0},
        {},
        {"sample": -1.0, "refine": 2.0},
        {"sample": "most"},
    ],
)
@pytest.mark.parametrize("key", ["mix", "explore_mix"])
def test_a_mix_without_positive_shares_is_rejected(key: str, mix: dict[str, Any]) -> None:
    message = rejection({"search": {key: mix}})
    assert message == f"[search] {key} needs non-negative shares, at least one positive"


def test_dataclasses_validate_when_built_directly() -> None:
    with pytest.raises(ConfigError, match=r"^\[search\] generations must be at least 1$"):
        SearchConfig(generations=0)
    with pytest.raises(ConfigError, match=r"^\[executor\] workers must be at least 1$"):
        ExecutorConfig(workers=0)
    with pytest.raises(ConfigError, match=r"^\[backend\] llm_share"):
        BackendConfig(llm_share=2.0)


# --- merge ------------------------------------------------------------------------------------


def test_merge_nests_sections_key_by_key() -> None:
    base = {
        "name": "file",
        "search": {"generations": 3, "mix": {"sample": 1.0, "refine": 0.5}},
        "backend": {"name": "vllm", "model": "m"},
    }
    extra = {"search": {"generations": 1, "mix": {"refine": 0.0}}, "backend": {"max_tokens": 9}}
    before = copy.deepcopy(base)
    merged = merge(base, extra)
    assert merged == {
        "name": "file",
        "search": {"generations": 1, "mix": {"sample": 1.0, "refine": 0.0}},
        "backend": {"name": "vllm", "model": "m", "max_tokens": 9},
    }
    assert base == before  # neither argument changed
    assert extra == {
        "search": {"generations": 1, "mix": {"refine": 0.0}},
        "backend": {"max_tokens": 9},
    }


def test_merge_adds_new_sections_and_replaces_plain_values() -> None:
    merged = merge({"seed": 1, "tasks": {"limit": 2}}, {"seed": 2, "executor": {"workers": 1}})
    assert merged == {"seed": 2, "tasks": {"limit": 2}, "executor": {"workers": 1}}
    # a table over a plain value and a plain value over a table both replace it
    assert merge({"tasks": ["a"]}, {"tasks": {"limit": 1}}) == {"tasks": {"limit": 1}}
    assert merge({"tasks": {"limit": 1}}, {"tasks": ["a"]}) == {"tasks": ["a"]}


def test_merged_settings_validate_as_one_config() -> None:
    config = from_dict(
        merge({"search": {"generations": 3, "exhaustive": 0}}, {"search": {"generations": 1}})
    )
    assert config.search.generations == 1 and config.search.exhaustive == 0


# --- with_embedded ----------------------------------------------------------------------------


def test_with_embedded_fills_every_unset_backend_key() -> None:
    data = {"seed": 4, "search": {"generations": 2}}
    filled = with_embedded(data)
    assert filled["backend"] == {"name": "transformers", **EMBEDDED_BACKEND}
    assert filled["seed"] == 4 and filled["search"] == {"generations": 2}
    assert data == {"seed": 4, "search": {"generations": 2}}  # the input is not changed
    config = from_dict(filled)
    assert config.backend.name == "transformers" and config.backend.grammar is True
    assert config.backend.max_tokens == EMBEDDED_BACKEND["max_tokens"] != BackendConfig().max_tokens


def test_with_embedded_keeps_values_equal_to_the_defaults() -> None:
    defaults = BackendConfig()
    user = {"max_tokens": defaults.max_tokens, "examples": defaults.examples, "grammar": False}
    # the user's values are what a config would have anyway, yet they differ from the embedded
    assert user["max_tokens"] == 256 and user["examples"] == 3
    assert all(EMBEDDED_BACKEND[k] != v for k, v in user.items())
    data = {"backend": {"name": "auto", **user}}
    filled = with_embedded(data)
    assert filled["backend"] == {
        "name": "transformers",
        "max_tokens": 256,
        "examples": 3,
        "grammar": False,
        "max_requests": EMBEDDED_BACKEND["max_requests"],
        "n": EMBEDDED_BACKEND["n"],
    }
    assert data["backend"]["name"] == "auto"  # the caller's dict is untouched
    config = from_dict(filled).backend
    assert (config.max_tokens, config.examples, config.grammar) == (256, 3, False)
    assert (config.max_requests, config.n) == (2, 4)


@pytest.mark.parametrize("key", sorted(EMBEDDED_BACKEND))
def test_with_embedded_keeps_each_user_value(key: str) -> None:
    value = False if key == "grammar" else 0 if key in ("max_requests", "n") else 7
    filled = with_embedded({"backend": {key: value}})
    assert filled["backend"][key] == value
    others = {k: v for k, v in filled["backend"].items() if k not in (key, "name")}
    assert others == {k: v for k, v in EMBEDDED_BACKEND.items() if k != key}


def test_with_embedded_keeps_other_backend_settings() -> None:
    filled = with_embedded({"backend": {"temperature": 0.2, "model": "/m"}})
    assert filled["backend"]["temperature"] == 0.2 and filled["backend"]["model"] == "/m"
    assert from_dict(filled).backend.model == "/m"


# --- stored configs ---------------------------------------------------------------------------


def non_default_config() -> EvoConfig:
    return from_dict(
        {
            "name": "stored",
            "seed": 11,
            "tasks": {"task_set": "evaluation", "tasks": ["00576224", "009d5c81"], "limit": 1},
            "search": {"generations": 2, "explore_mix": {"sample": 1.0}, "finish_from": 0.5},
            "backend": {"name": "openai", "base_url": "http://h:1", "grammar": None, "n": 2},
            "executor": {"workers": 3, "timeout_s": 0.5, "skip_guard": True},
        }
    )


def test_a_stored_config_round_trips() -> None:
    config = non_default_config()
    stored = to_dict(config)
    assert from_dict(stored) == config
    # the database keeps it as JSON: tuples come back as lists, and still round-trip
    assert from_dict(json.loads(json.dumps(stored))) == config
    assert from_dict(to_dict(EvoConfig())) == EvoConfig()


def test_to_dict_holds_every_field_of_every_section() -> None:
    stored = to_dict(non_default_config())
    assert set(stored) == {"name", "seed", *SECTIONS}
    for name, cls in SECTIONS.items():
        assert set(stored[name]) == {f.name for f in dataclasses.fields(cls)}
    assert stored["executor"]["workers"] == 3 and stored["backend"]["base_url"] == "http://h:1"


def test_a_stored_config_with_an_edited_bad_value_is_rejected() -> None:
    stored = json.loads(json.dumps(to_dict(non_default_config())))
    stored["executor"]["workers"] = 0
    assert rejection(stored) == "[executor] workers must be at least 1"


# --- TOML files -------------------------------------------------------------------------------


def test_load_toml_reads_nested_tables(tmp_path: Path) -> None:
    path = tmp_path / "run.toml"
    path.write_text("seed = 3\n[search]\ngenerations = 2\n[executor]\nworkers = 1\n")
    data = load_toml(path)
    assert data == {"seed": 3, "search": {"generations": 2}, "executor": {"workers": 1}}
    assert from_dict(data).executor.workers == 1


def test_load_toml_reports_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^cannot read config .*absent\.toml: "):
        load_toml(tmp_path / "absent.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[search\ngenerations = 2\n")
    with pytest.raises(ConfigError, match=r"bad\.toml: malformed TOML"):
        load_toml(bad)
