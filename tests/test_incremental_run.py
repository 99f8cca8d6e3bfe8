"""A story run twice against a site that changed in between fetches only what is new (on\nboth stores: SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli_helpers import run_cli, store_args

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipeline" / "demo"
FEED = "v2.sohu.com/public-api/feed_scene-TAG_sceneId-1204_page-1_size-20.json"
OLD_PAGE = "www.sohu.com/a/9703220458_120988341.html"
NEW_ID, NEW_AUTHOR = 9709999001, 120988341
NEW_URL = f"https://www.sohu.com/a/{NEW_ID}_{NEW_AUTHOR}"


def _run(tmp: Path, replay: Path, db: str) -> dict[str, int]:
    args = store_args(tmp, db)
    done = run_cli(tmp, "run", "zhipu-ipo", "--replay", str(replay), *args, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(
        (tmp / "out" / "zhipu-ipo" / "latest" / "run.json").read_text(encoding="utf-8")
    )
    counts: dict[str, int] = report["counts"]
    return counts


def _site_with_one_new_article(tmp: Path) -> Path:
    """The demo archive, a day later: Sohu's feed lists one more (new) article page."""
    target = tmp / "later"
    shutil.copytree(DEMO, target, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    pages = target / "pages"
    html = (pages / OLD_PAGE).read_text(encoding="utf-8")
    html = html.replace("9703220458", str(NEW_ID)).replace("首条产线投产", "第二条产线开工")
    new_file = f"www.sohu.com/a/{NEW_ID}_{NEW_AUTHOR}.html"
    (pages / new_file).write_text(html, encoding="utf-8")
    feed = json.loads((pages / FEED).read_text(encoding="utf-8"))
    item = dict(
        feed[-1], id=NEW_ID, authorId=NEW_AUTHOR, title="智谱概念股：锂程科技第二条产线开工"
    )
    (pages / FEED).write_text(json.dumps([item, *feed], ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    manifest["pages"].append(
        {
            "url": NEW_URL,
            "file": new_file,
            "status": 200,
            "headers": {"Content-Type": "text/html; charset=utf-8"},
        }
    )
    (target / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False), encoding="utf-8"
    )
    return target


def test_second_run_fetches_only_the_new_article(tmp_path: Path, store_db: str) -> None:
    first = _run(tmp_path, DEMO, store_db)
    assert first["new"] >= 7 and first["fetched"] == first["new"]
    second = _run(tmp_path, _site_with_one_new_article(tmp_path), store_db)
    assert second["new"] == 1 and second["fetched"] == 1
    # the other Sohu articles of the changed feed were asked conditionally and answered 304
    assert second["unchanged"] >= 3
    assert second["errors"] == 0
    third = _run(tmp_path, _site_with_one_new_article(tmp_path / "again"), store_db)
    assert third["new"] == 0 and third["fetched"] == 0
