"""The api backend against a small OpenAI-compatible server around the tiny test model.

The server (tests/chat_server.py) runs transformers `generate` on the tiny random-weight
chat model, so replies are real completions of real prompts; nothing of the client's HTTP
stack (requests, urllib3) is mocked. Faults are served by the server, as a flaky endpoint
would: a 429 with Retry-After, silence past the timeout, replies that are no completion.
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import StoryConfig, ThemeConfig, load_pipeline_config, load_story
from pipeline.errors import ConfigError, SummarizationError
from pipeline.records import Article
from pipeline.summarize.api import MAX_REPLY_BYTES, ApiSummarizer
from pipeline.summarize.chat import SYSTEM_BRIEF, SYSTEM_NOTES, brief_messages
from pipeline.summarize.llm import LLMSummarizer, count_chat_tokens
from pipeline.summarize.models import (
    ApiSpec,
    ModelSpec,
    describe_models,
    load_models_config,
    parse_models_config,
)
from pipeline.summarize.select import choose_summarizer
from tests.chat_server import ChatServer
from tests.tiny_models import chat_article, chat_articles, tiny_chat_model

KEY = "sk-test-0123456789abcdef"
LONG_ZH = "\n".join(
    f"第{i}段：这家公司今天在香港挂牌上市，发行价为每股一百港元。首日收盘价上涨百分之三十。"
    for i in range(1, 31)
)


@pytest.fixture(scope="module")
def chat_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_chat_model(tmp_path_factory)


@pytest.fixture(scope="module")
def server(chat_dir: Path) -> Iterator[ChatServer]:
    with ChatServer(chat_dir, key=KEY) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_server(server: ChatServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.faults.clear()
    server.requests.clear()
    monkeypatch.setenv("NEWSBRIEF_API_KEY", KEY)


@pytest.fixture(scope="module")
def story() -> StoryConfig:
    return load_story("zhipu-ipo")


@pytest.fixture(scope="module")
def themes() -> tuple[ThemeConfig, ...]:
    return load_pipeline_config().themes


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return chat_articles()


def _api(server: ChatServer, **changes: Any) -> ApiSummarizer:
    spec = ApiSpec(base_url=server.base_url, model="tiny", backoff=0.0, **changes)
    return ApiSummarizer(spec)


@pytest.mark.parametrize("stream", [False, True])
def test_completion_is_the_model_greedy_output(
    server: ChatServer,
    chat_dir: Path,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
    stream: bool,
) -> None:
    api = _api(server, stream=stream, max_new_tokens=12, tokenizer=str(chat_dir))
    draft = api.summarize(articles, story, themes)
    assert draft.backend == "api" and draft.model == "tiny"
    [(_when, headers, body)] = server.requests
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert body["model"] == "tiny" and body["max_tokens"] == 12 and body["stream"] is stream
    assert body["messages"] == brief_messages(story, themes, [(a, a.text) for a in articles])
    assert ("stream_options" in body) is stream
    [step] = api.steps
    # the endpoint's usage equals the local tokenizer's count of the same chat prompt
    assert step.prompt_tokens == api.count_tokens(list(step.messages))
    assert 0 < step.new_tokens <= 12
    local = LLMSummarizer(ModelSpec(id=str(chat_dir), device="cpu", max_new_tokens=12))
    local.summarize(articles, story, themes)
    assert step.output == local.steps[0].output.strip()  # same prompt, same greedy text


def test_stream_and_plain_replies_agree(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    plain = _api(server, stream=False, max_new_tokens=20)
    streamed = _api(server, stream=True, max_new_tokens=20)
    plain.summarize(articles, story, themes)
    streamed.summarize(articles, story, themes)
    assert streamed.steps[0].output == plain.steps[0].output
    assert streamed.steps[0].new_tokens == plain.steps[0].new_tokens == 20  # usage of both


def test_map_reduce_budgets_by_local_tokenizer(
    server: ChatServer,
    chat_dir: Path,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
) -> None:
    sources = [chat_article(9, LONG_ZH), *articles]
    probe = _api(server, tokenizer=str(chat_dir))
    headers = probe.count_tokens(
        brief_messages(story, themes, [(a, "") for a in sources], notes=True)
    )
    budget = headers + 120
    api = _api(
        server,
        tokenizer=str(chat_dir),
        max_input_tokens=budget,
        note_max_new_tokens=6,
        max_new_tokens=6,
    )
    api.summarize(sources, story, themes)
    kinds = [s.kind for s in api.steps]
    assert kinds[-1] == "brief" and kinds.count("note") > len(sources)  # the long one was cut
    sent = [body for _when, _headers, body in server.requests]
    assert [b["messages"] for b in sent] == [list(s.messages) for s in api.steps]
    assert all(s.prompt_tokens <= budget for s in api.steps)  # as the endpoint counted them


def test_estimate_is_calibrated_by_usage(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    api = _api(server, max_new_tokens=4)  # no local tokenizer: estimate, then usage
    messages = brief_messages(story, themes, [(a, a.text) for a in articles])
    before = api.count_tokens(messages)
    api.summarize(articles, story, themes)
    true = count_chat_tokens(server.tokenizer, messages)
    assert api.steps[0].prompt_tokens == true  # the endpoint's usage, recorded
    assert before != true  # the raw estimate was off ...
    assert true <= api.count_tokens(messages) <= true + 1  # ... the calibrated one is not


def test_429_then_success_honours_retry_after(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    server.faults[:] = ["429"]
    server.retry_after = "1"
    api = _api(server, max_new_tokens=4)  # backoff 0: any wait comes from Retry-After
    draft = api.summarize(articles, story, themes)
    assert draft.backend == "api"
    first, second = (when for when, _h, _b in server.requests)
    assert second - first >= 1.0


def test_429_until_retries_run_out(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    server.faults[:] = ["429"] * 3
    server.retry_after = "0"
    api = _api(server, retries=2, max_new_tokens=4)
    with pytest.raises(SummarizationError, match=r"HTTP 429 after 3 attempt\(s\)") as err:
        api.summarize(articles, story, themes)
    assert server.base_url + "/chat/completions" in str(err.value)
    assert len(server.requests) == 3


def test_timeout_is_retried_then_a_clear_error(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    server.faults[:] = ["slow"] * 3
    api = _api(server, retries=2, timeout=0.4, max_new_tokens=4)
    with pytest.raises(SummarizationError, match=r"no reply after 3 attempt\(s\)") as err:
        api.summarize(articles, story, themes)
    assert server.base_url + "/chat/completions" in str(err.value)
    assert "timed out" in str(err.value).lower()
    assert len(server.requests) == 3


def test_a_timeout_then_success(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    server.faults[:] = ["slow"]
    api = _api(server, retries=2, timeout=0.4, max_new_tokens=4)
    assert api.summarize(articles, story, themes).backend == "api"
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("fault", "stream", "expected"),
    [
        ("garbage", False, "malformed reply (not JSON)"),
        ("no-choices", False, "malformed reply (no choices)"),
        ("stream-garbage", True, "malformed reply (stream event not JSON)"),
    ],
)
def test_malformed_reply_is_a_clear_error(
    server: ChatServer,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
    fault: str,
    stream: bool,
    expected: str,
) -> None:
    server.faults[:] = [fault]
    api = _api(server, stream=stream, max_new_tokens=4)
    with pytest.raises(SummarizationError) as err:
        api.summarize(articles, story, themes)
    assert expected in str(err.value)
    assert str(err.value).startswith(f"api tiny at {server.base_url}/chat/completions: ")
    assert len(server.requests) == 1  # a malformed reply is not retried


@pytest.mark.parametrize(("fault", "stream"), [("pings", True), ("blanks", False)])
def test_a_reply_that_never_ends_is_refused_at_max_reply_seconds(
    server: ChatServer,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
    fault: str,
    stream: bool,
) -> None:
    """Bytes keep coming (so `timeout`, the silence allowed, never fires): the reply is
    refused once `max_reply_seconds` have passed since its request, and not retried."""
    server.faults[:] = [fault]
    api = _api(server, stream=stream, max_new_tokens=4, max_reply_seconds=0.5, timeout=5.0)
    with pytest.raises(SummarizationError) as err:
        api.summarize(articles, story, themes)
    assert "reply not finished 0.5 s after the request (max_reply_seconds)" in str(err.value)
    assert len(server.requests) == 1


def test_a_reply_over_max_reply_bytes_is_refused_unread(
    server: ChatServer, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    server.faults[:] = ["huge"]
    api = _api(server, stream=False, max_new_tokens=4)
    with pytest.raises(SummarizationError, match=f"reply over {MAX_REPLY_BYTES} bytes"):
        api.summarize(articles, story, themes)
    assert server.huge_bytes > MAX_REPLY_BYTES


def test_key_never_in_errors_or_logs(
    server: ChatServer,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    # the CLI quiets urllib3 (a test running `main` in this process leaves it so): the
    # requests must be logged here for the check below to read them
    caplog.set_level(logging.DEBUG, logger="urllib3")
    server.faults[:] = ["echo-401"]
    api = _api(server, max_new_tokens=4)
    with pytest.raises(SummarizationError, match="HTTP 401") as err:
        api.summarize(articles, story, themes)
    assert "Bearer ***" in str(err.value) and KEY not in str(err.value)
    api.summarize(articles, story, themes)
    assert server.requests[-1][1]["Authorization"] == f"Bearer {KEY}"  # it was sent
    assert KEY not in caplog.text and "urllib3" in caplog.text  # requests were logged


def test_missing_key_gets_the_servers_401(
    server: ChatServer,
    monkeypatch: pytest.MonkeyPatch,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
) -> None:
    monkeypatch.delenv("NEWSBRIEF_API_KEY")
    api = _api(server, max_new_tokens=4)
    with pytest.raises(SummarizationError, match="HTTP 401 after 1 attempt"):
        api.summarize(articles, story, themes)
    assert "Authorization" not in server.requests[0][1]


def test_figure_and_quality_checks_apply_to_the_reply(
    server: ChatServer, story: StoryConfig, articles: list[Article]
) -> None:
    from pipeline.app.steps import make_brief

    server.faults[:] = ["reply"]
    server.canned = (
        "# Une société entre en Bourse\n\nLa société est entrée en Bourse à Hong Kong [1]. "
        "Elle a levé 987 milliards de dollars [1].\n\n## L'entreprise\n\n"
        "Elle a été fondée à Pékin [2]. Selon la presse, l'entreprise 研发投入巨大仍处于亏损状态 "
        "depuis des années, mais ses ventes progressent nettement chaque trimestre [2].\n"
    )
    cfg = load_pipeline_config()
    made = make_brief(articles, story, cfg, backend="api", model="tiny", api_base=server.base_url)
    assert made.brief.backend == "api" and "api (tiny)" in made.markdown
    assert any("987" in text for text in made.brief.unsupported)  # no source has it
    assert any(c.figure.text.startswith("987") and not c.supported for c in made.checks)
    assert [issue.kind for issue in made.quality] == ["untranslated"]  # the CJK run in French


def test_backend_choice_and_flags(server: ChatServer) -> None:
    chosen = choose_summarizer("api", model="served", api_base=server.base_url)
    assert isinstance(chosen, ApiSummarizer) and chosen.model == "served"
    assert chosen.spec.endpoint == server.base_url + "/chat/completions"
    with pytest.raises(SummarizationError, match="--api-base URL --model NAME"):
        choose_summarizer("api", model="served")
    with pytest.raises(ConfigError, match="base_url"):
        choose_summarizer("api", model="served", api_base="ftp://host/v1")


def test_models_config_api_table() -> None:
    base = {"llm": {"id": "x"}, "translate": {"id": "y"}}
    cfg = parse_models_config(
        {"models": {**base, "api": {"base_url": "http://h:8000/v1", "model": "m"}}}
    )
    assert cfg.api.endpoint == "http://h:8000/v1/chat/completions" and cfg.api.model == "m"
    with pytest.raises(ConfigError, match="secrets come only from the environment"):
        parse_models_config({"models": {**base, "api": {"api_key": KEY}}})
    with pytest.raises(ConfigError, match="timeout"):
        parse_models_config({"models": {**base, "api": {"timeout": 0}}})
    assert load_models_config().api.api_key_env == "NEWSBRIEF_API_KEY"


def test_models_list_shows_the_api_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = load_models_config()
    assert any("api" in line and "not configured" in line for line in describe_models(cfg))
    configured = parse_models_config(
        {
            "models": {
                "llm": {"id": "x"},
                "translate": {"id": "y"},
                "api": {"base_url": "http://gpu:8000/v1", "model": "qwen"},
            }
        }
    )
    lines = [line for line in describe_models(configured) if line.strip().startswith("api")]
    assert lines == [
        "  api           qwen at http://gpu:8000/v1/chat/completions  [key $NEWSBRIEF_API_KEY: set]"
    ]
    assert KEY not in json.dumps(list(describe_models(configured)))


def test_demo_end_to_end_through_the_api_backend(server: ChatServer, tmp_path: Path) -> None:
    """`newsbrief demo --backend api` in a child process, against the tiny-model server."""
    from tests.cli_helpers import cli_cmd, offline_env, store_args

    args = ["demo", "--backend", "api", "--api-base", server.base_url, "--model", "tiny"]
    proc = subprocess.run(
        cli_cmd(*args, *store_args(tmp_path)),
        capture_output=True,
        text=True,
        env={**offline_env(tmp_path), "NEWSBRIEF_API_KEY": KEY},
        cwd=tmp_path,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    [out] = sorted((tmp_path / "out" / "zhipu-ipo").glob("20*"))
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert brief["backend"] == "api" and brief["model"] == "tiny"
    assert "figure_checks" in brief and "quality" in brief  # the llm backend's checks ran
    steps = [b["messages"][0]["content"] for _w, _h, b in server.requests]
    assert steps.count(SYSTEM_BRIEF) == 1 and set(steps) <= {SYSTEM_BRIEF, SYSTEM_NOTES}
    assert "api: brief" in proc.stderr  # the step log: prompt and new tokens, seconds
    assert all(h["Authorization"] == f"Bearer {KEY}" for _w, h, _b in server.requests)
    texts = [proc.stdout, proc.stderr, json.dumps(run)] + [
        p.read_text(encoding="utf-8") for p in out.iterdir() if p.is_file()
    ]
    assert not any(KEY in text for text in texts)
