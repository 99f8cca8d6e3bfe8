"""The JSON Schemas of the run outputs: well-formed, in step with the code, and every file of a
real demo run validates against its schema while broken records do not."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from pipeline.app.steps import ProcessOutcome, select_story
from pipeline.brief.compose import brief_to_json
from pipeline.config import load_story
from pipeline.errors import ConfigError, InputError, RejectReason
from pipeline.figures.check import check_brief
from pipeline.records import Article, Reject
from pipeline.schemas import (
    OUTPUT_SCHEMAS,
    SCHEMA_NAMES,
    SchemaViolation,
    is_datetime,
    is_uri,
    load_schema,
    schema_errors,
    validate,
    validate_output_file,
)
from tests.output_samples import demo_output_dir, sample_brief

# Keys some writers leave out: brief_to_json alone has no figure checks (the runner adds them).
OPTIONAL = {"figure_checks", "quality"}  # written by the runner, not by brief_to_json


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_output_dir(tmp_path_factory.getbasetemp() / "demo-outputs")


def _first_record(demo_dir: Path, name: str) -> dict[str, Any]:
    files = {"brief": "brief.json", "run": "run.json", "article": "articles.jsonl"}
    text = (demo_dir / files[name]).read_text(encoding="utf-8")
    record: dict[str, Any] = json.loads(text.splitlines()[0] if name == "article" else text)
    return record


def _walk(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (path, subschema) under node's properties, items and $defs."""
    if not isinstance(node, dict):
        return
    yield path, node
    for key in ("properties", "$defs"):
        for name, sub in node.get(key, {}).items():
            yield from _walk(sub, f"{path}.{name}")
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], f"{path}[]")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_draft_2020_12_with_id_version_and_descriptions(name: str) -> None:
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:newsbrief:schema:{name}:1"
    assert schema["version"].split(".")[0] == "1"
    for path, sub in _walk(schema):
        for field, spec in sub.get("properties", {}).items():
            assert spec.get("description"), f"{name}: {path}.{field} has no description"
        if sub.get("additionalProperties") is False:
            optional = set(sub["properties"]) - set(sub["required"])
            assert optional <= OPTIONAL, f"{name}: {path}: {optional}"


def test_load_schema_returns_a_fresh_copy_and_names_unknown_schemas() -> None:
    load_schema("brief")["required"].clear()
    assert "title" in load_schema("brief")["required"]
    with pytest.raises(InputError, match="unknown schema"):
        load_schema("nope")


def test_article_schema_lists_exactly_the_fields_to_dict_writes() -> None:
    article = Article(url="https://www.36kr.com/p/1", title="t", text="x")
    assert set(load_schema("article")["properties"]) == set(article.to_dict())


def test_brief_schema_lists_exactly_the_keys_brief_to_json_writes() -> None:
    data = brief_to_json(sample_brief())
    schema = load_schema("brief")
    assert set(schema["properties"]) - OPTIONAL == set(data)
    assert set(schema["$defs"]["source"]["properties"]) == set(data["sources"][0])
    assert set(schema["$defs"]["figure"]["properties"]) == set(data["figures"][0]["sources"][0])


@pytest.mark.parametrize("file_name", sorted(OUTPUT_SCHEMAS))
def test_every_output_file_of_a_demo_run_validates(demo_dir: Path, file_name: str) -> None:
    path = demo_dir / file_name
    checked = validate_output_file(path)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert checked == (len(lines) if path.suffix == ".jsonl" else 1)
    if file_name == "articles.jsonl":
        assert checked >= 5


def test_hand_built_brief_with_every_part_validates() -> None:
    data = brief_to_json(sample_brief(model="Qwen/Qwen2.5-1.5B-Instruct", unsupported=("57亿",)))
    assert data["figures"][1]["disagreement"] and data["faq"] and data["banner"]
    validate("brief", data)


def test_figure_checks_of_an_unsupported_figure_validate() -> None:
    source = Article(
        url="https://www.sohu.com/a/1",
        title="智谱",
        language="zh",
        text="智谱最终发售价定为每股116.20港元，募资43亿港元。",
    )
    markdown = (
        "# Titre\n\nLe prix d'introduction est de 116,20 dollars de Hong Kong ; "
        "fonds levés : 430 milliards de dollars de Hong Kong.\n"
    )
    checks = check_brief(markdown, [source])
    assert any(c.supported for c in checks) and any(not c.supported for c in checks)
    data = brief_to_json(sample_brief())
    data["figure_checks"] = [c.to_dict() for c in checks]
    validate("brief", data)
    data["figure_checks"][0]["reason"] = "guess"
    assert any("is not one of" in e for e in schema_errors("brief", data))


def test_reject_records_of_the_runner_validate() -> None:
    outcome = ProcessOutcome()
    outcome.reject(Reject("https://www.sohu.com/a/1", RejectReason.TOO_SHORT, "120 characters"))
    outcome.reject(Reject("https://www.36kr.com/p/2", RejectReason.BLOCKED, "captcha page"))
    outcome.rejects.append(
        Reject("http://127.0.0.1:8000/slow", RejectReason.FETCH_FAILED, "timeout")
    )
    off = Article(
        url="https://technode.com/2026/01/02/other/",
        title="Other news",
        text="Nothing",
        site="technode",
        published_at=datetime(2026, 1, 2, tzinfo=UTC),
    )
    _, left = select_story([off], load_story("zhipu-ipo"))
    assert left and left[0].reason == "off_story"
    assert outcome.counts["rejected"] == 1 and outcome.counts["blocked"] == 1
    for record in outcome.rejects + left:
        validate("rejects", record.to_dict())


def test_reject_reasons_are_the_schema_enum() -> None:
    """One vocabulary: every RejectReason value is a reason rejects.jsonl accepts, and back."""
    enum = load_schema("rejects")["properties"]["reason"]["enum"]
    assert sorted(enum) == sorted(r.value for r in RejectReason)


def _break(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A deep copy of data with the key at path deleted (value is ...) or set to value."""
    broken = copy.deepcopy(data)
    node: Any = broken
    for key in path[:-1]:
        node = node[key]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("name", "path", "value", "expected"),
    [
        ("brief", ("title",), ..., "'title' is a required property"),
        ("brief", ("title",), 5, "is not of type 'string'"),
        ("brief", ("translated",), "false", "is not of type 'boolean'"),
        ("brief", ("generated_at",), "8 janvier 2026", "is not a 'date-time'"),
        ("brief", ("sources", 0, "url"), "sohu.com/a/1", "is not a 'uri'"),
        ("brief", ("figures", 0, "sources", 0, "kind"), "weight", "is not one of"),
        ("brief", ("chapeau", "sources"), [{"article_id": "x"}], "is a required property"),
        ("brief", ("extra",), 1, "Additional properties are not allowed"),
        ("article", ("url",), ..., "'url' is a required property"),
        ("article", ("published_at",), "2026-01-08T10:35:00", "is not a 'date-time'"),
        ("article", ("http_status",), "200", "is not of type 'integer', 'null'"),
        ("article", ("images",), "https://a/b.jpg", "is not of type 'array'"),
        ("article", ("id",), "XYZ", "does not match"),
        ("run", ("counts", "new"), ..., "'new' is a required property"),
        ("run", ("counts", "new"), -1, "is less than the minimum"),
        ("run", ("exit_code",), 7, "is not one of"),
        ("run", ("outputs",), ..., "'outputs' is a required property"),
        ("run", ("timings", "crawl"), "2s", "is not of type 'number'"),
    ],
)
def test_broken_records_fail_validation(
    demo_dir: Path, name: str, path: tuple[Any, ...], value: Any, expected: str
) -> None:
    data = _first_record(demo_dir, name)
    assert schema_errors(name, data) == []
    broken = _break(data, path, value)
    with pytest.raises(SchemaViolation) as info:
        validate(name, broken, "sample")
    assert any(expected in error for error in info.value.errors), info.value.errors
    assert str(info.value).startswith("sample: does not match its schema")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"url": "https://a.example/x", "reason": "paywall", "detail": ""}, "is not one of"),
        ({"url": "https://a.example/x", "reason": "blocked"}, "'detail' is a required property"),
    ],
)
def test_broken_reject_records_fail(record: dict[str, str], expected: str) -> None:
    assert any(expected in e for e in schema_errors("rejects", record))


def test_a_truncated_or_unknown_output_file_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "brief.json").write_text('{"story": "zhipu-ipo", "tit', encoding="utf-8")
    with pytest.raises(InputError, match="not JSON"):
        validate_output_file(tmp_path / "brief.json")
    (tmp_path / "articles.jsonl").write_text('{"url": "https://a.example/1"}\n', encoding="utf-8")
    with pytest.raises(SchemaViolation, match=r"articles\.jsonl:1"):
        validate_output_file(tmp_path / "articles.jsonl")
    with pytest.raises(InputError, match="no schema"):
        validate_output_file(tmp_path / "notes.json")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2026-01-08T10:35:00+08:00", True),
        ("2026-01-08T02:35:00.123Z", True),
        ("2026-01-08T10:35:00", False),
        ("2026-02-30T10:35:00Z", False),
        ("2026-01-08", False),
    ],
)
def test_date_time_format_needs_an_offset(value: str, ok: bool) -> None:
    assert is_datetime(value) is ok


def test_uri_format_is_ascii_with_a_scheme() -> None:
    assert is_uri("https://www.sohu.com/a/1?x=%E6%99%BA")
    assert not is_uri("https://www.sohu.com/a/智谱")
    assert not is_uri("/relative/path")


def test_validate_without_jsonschema_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    with pytest.raises(ConfigError, match="jsonschema"):
        validate("rejects", {"url": "https://a.example/", "reason": "blocked", "detail": ""})


def test_output_modules_do_not_import_jsonschema() -> None:
    code = (
        "import sys; import pipeline.schemas, pipeline.brief.htmlpage, pipeline.brief.feed; "
        "pipeline.schemas.load_schema('run'); print('jsonschema' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
