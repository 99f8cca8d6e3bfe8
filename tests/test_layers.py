"""The layering contracts of pyproject.toml hold, and they do fail on the faults they exist for:
an import cycle, a pipeline -> spiders import, a leaf module importing the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy(ROOT / "pyproject.toml", tree)
    ignore = shutil.ignore_patterns("__pycache__", "demo", "*.json")
    for package in ("pipeline", "spiders"):
        shutil.copytree(ROOT / package, tree / package, ignore=ignore)
    (tree / "pipeline" / "demo").mkdir()
    (tree / "pipeline" / "demo" / "__init__.py").write_text("")
    return tree


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text() + f"\n\ndef _injected() -> None:\n    {line}\n")


def test_contracts_kept_on_the_tree() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_cycle_between_modules_breaks_a_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    # figures.parse is imported by figures.check: an import back closes a cycle (even one
    # hidden inside a function).
    _append(tree / "pipeline/figures/parse.py", "from pipeline.figures import check  # noqa")
    result = _lint(tree)
    assert result.returncode != 0
    assert "No import cycles" in result.stdout and "BROKEN" in result.stdout


def test_pipeline_importing_spiders_breaks_a_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    _append(tree / "pipeline/extract.py", "import spiders.run  # noqa")
    result = _lint(tree)
    assert result.returncode != 0
    assert "never imports spiders" in result.stdout


def test_records_importing_the_project_breaks_a_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    _append(tree / "pipeline/records.py", "from pipeline.sites import outlet_name  # noqa")
    result = _lint(tree)
    assert result.returncode != 0
    assert "leaves" in result.stdout
