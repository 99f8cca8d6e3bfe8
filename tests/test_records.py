"""The records' dict forms: `Article.to_dict` (written out field by field, for speed) says
what `dataclasses.asdict` says, field for field and in the same order."""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict, fields
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from pipeline.records import Article, article_id_for


def _reference(article: Article) -> dict[str, Any]:
    """What to_dict returned when it was built on dataclasses.asdict."""
    data = asdict(article)
    data["id"] = article.id
    for key in ("published_at", "modified_at", "fetched_at"):
        value = getattr(article, key)
        data[key] = value.isoformat() if value is not None else None
    for key in ("images", "outlets", "also_urls"):
        data[key] = list(data[key])
    return data


def _every_field_set() -> Article:
    """An Article with a value (not the default) in every field, naive and aware times."""
    values: dict[str, Any] = {
        "url": "https://www.36kr.com/p/1?utm_source=x",
        "title": "智谱上市",
        "text": "第一段。\n第二段 with English.",
        "site": "kr36",
        "canonical_url": "https://www.36kr.com/p/1",
        "site_article_id": "1",
        "summary": "摘要",
        "author": "作者",
        "source_outlet": "36氪",
        "published_at": datetime(2026, 1, 8, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        "language": "zh",
        "script": "Hans",
        "fetched_at": datetime(2026, 1, 8, 2, 0, 1, 123456, tzinfo=UTC),
        "http_status": 200,
        "parser": "kr36/1",
        "extraction_method": "site",
        "content_hash": "0" * 64,
        "images": ("https://img/1.jpg", "https://img/2.jpg"),
        "outlets": ("36氪", "新浪"),
        "also_urls": ("https://m.36kr.com/p/1",),
        "text_simplified": "第一段。",
        "modified_at": datetime(2026, 1, 9, 10, 0),
    }
    assert set(values) == {f.name for f in fields(Article)}, "a field was added: set it here"
    return Article(**values)


@pytest.mark.parametrize(
    "article",
    [
        _every_field_set(),
        Article(url="https://example.com/a", title="t", text="x"),
        Article(url="https://example.com/b", title="", text=""),
    ],
    ids=["every-field", "defaults", "empty"],
)
def test_article_to_dict_is_what_asdict_gives(article: Article) -> None:
    data = article.to_dict()
    expected = _reference(article)
    assert data == expected
    assert list(data) == list(expected)  # the same key order too
    assert json.dumps(data, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    assert Article.from_dict(data) == article


def test_article_to_dict_copies_the_sequences() -> None:
    article = _every_field_set()
    data = article.to_dict()
    data["images"].append("https://img/3.jpg")
    assert article.images == ("https://img/1.jpg", "https://img/2.jpg")
    assert article.to_dict()["images"] == ["https://img/1.jpg", "https://img/2.jpg"]


ODD_TEXTS = ["", "\n", '"quoted" \\ back\tslash', "𝕏 non-BMP 🀄 and \u2028 line sep", "\ud800 lone"]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_article_json_line_and_id_cached_are_what_they_were_computed_as(text: str) -> None:
    """`json_line` and `id` are cached on the (frozen) article and pickled with it, as a
    worker hands an article over: the crawling process then reads the very text it would
    have encoded, and an article changed by with_changes encodes its own."""
    article = _every_field_set().with_changes(text=text, title=text, summary=text)
    line = json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True)
    assert article.json_line == line and "\n" not in line
    assert article.id == article_id_for(article.canonical_url)
    handed_over = pickle.loads(pickle.dumps(article, pickle.HIGHEST_PROTOCOL))
    assert {"json_line", "id"} <= set(vars(handed_over))  # made in the worker, not here
    assert handed_over == article and handed_over.json_line == line
    moved = handed_over.with_changes(canonical_url="https://www.36kr.com/p/2")
    assert moved.id == article_id_for("https://www.36kr.com/p/2") != article.id
    assert moved.json_line == json.dumps(moved.to_dict(), ensure_ascii=False, sort_keys=True)
    assert moved.json_line != line


def test_with_changes_makes_what_dataclasses_replace_makes() -> None:
    """with_changes copies the fields itself: the same article as dataclasses.replace, its
    __post_init__ included (an emptied canonical_url or content_hash filled again, a new
    text with or without a hash), field for field and in the pickled state; an unknown
    name raises as replace does."""
    import pickle
    import random
    from dataclasses import replace

    rng = random.Random(3)
    values: dict[str, list[Any]] = {
        "url": ["https://a.example/1", "https://b.example/2"],
        "title": ["", "Title"],
        "text": ["", "one\ntwo", "x  y"],
        "canonical_url": ["", "https://a.example/c"],
        "content_hash": ["", "f" * 64],
        "language": [None, "en"],
        "script": [None, "Hant"],
        "summary": [None, "s"],
        "images": [(), ("https://a.example/i.png",)],
        "published_at": [None, datetime(2026, 1, 2, tzinfo=UTC)],
    }
    for _ in range(500):
        required = ("url", "title", "text")
        base = Article(
            **{k: rng.choice(v) for k, v in values.items() if k in required or rng.random() < 0.6}
        )
        names = rng.sample(sorted(values), rng.randint(0, 4))
        changes = {name: rng.choice(values[name]) for name in names}
        made, replaced = base.with_changes(**changes), replace(base, **changes)
        assert made == replaced
        assert [getattr(made, f.name) for f in fields(Article)] == [
            getattr(replaced, f.name) for f in fields(Article)
        ]
        assert pickle.dumps(made) == pickle.dumps(replaced)
        assert type(made) is Article
    with pytest.raises(TypeError):
        Article(url="u", title="t", text="x").with_changes(nonsense=1)
