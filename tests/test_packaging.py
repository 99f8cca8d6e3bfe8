"""Packaging: every package and data file of the checkout is shipped in the wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
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


def test_model_stack_is_an_extra_with_torch_pinned() -> None:
    """Issue 12 item 3: the default (extractive) install has no torch / transformers; the
    `models` extra has them, torch pinned (an unpinned torch pulls a multi-GB CUDA build)."""
    project = _pyproject()["project"]
    core = " ".join(project["dependencies"])
    assert "torch" not in core and "transformers" not in core
    models = project["optional-dependencies"]["models"]
    assert "torch==2.13.0" in models and any(d.startswith("transformers") for d in models)


def test_license_is_an_spdx_string() -> None:
    """Issue 12 item 9: a license table is deprecated (setuptools stops building it in 2027)."""
    assert _pyproject()["project"]["license"] == "Apache-2.0"


def test_demo_and_schemas_are_package_data() -> None:
    data = _pyproject()["tool"]["setuptools"]["package-data"]
    assert "manifest.json" in data["pipeline.demo"]
    assert data["pipeline.demo.pages"] == ["**/*"]
    assert any(p.endswith(".json") for p in data["pipeline.schemas"])
    assert "*.toml" in data["newsbrief_configs.stories"]


def test_wheel_builds_without_packaging_warnings(tmp_path: Path) -> None:
    """Issue 12 item 9: no "Package would be ignored" (demo pages, story configs) and no
    license deprecation; the wheel holds the demo pages and the story configs."""
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(".git", ".venv", "output", "build", "*.egg-info", "tests"),
        symlinks=True,
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v"]
        + ["-w", str(tmp_path / "dist"), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    log = proc.stdout + proc.stderr
    assert "would be ignored" not in log and "license` as a TOML table" not in log
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsbrief_configs/stories/zhipu-ipo.toml" in names
    assert "pipeline/demo/manifest.json" in names
    assert sum(n.startswith("pipeline/demo/pages/") for n in names) >= 20
