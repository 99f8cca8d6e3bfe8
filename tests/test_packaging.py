"""Packaging: every package and data file of the checkout is shipped in the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_listed() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("pipeline", "spiders")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, f"packages missing from pyproject.toml: {sorted(found - listed)}"
    assert "newsbrief_configs" in listed


def test_torch_is_pinned() -> None:
    deps = _pyproject()["project"]["dependencies"]
    assert "torch==2.13.0" in deps  # an unpinned torch pulls a multi-GB CUDA build


def test_demo_and_schemas_are_package_data() -> None:
    data = _pyproject()["tool"]["setuptools"]["package-data"]
    assert "manifest.json" in data["pipeline.demo"]
    assert any(p.endswith(".json") for p in data["pipeline.schemas"])
    assert "stories/*.toml" in data["newsbrief_configs"]
