"""The stage packages' public surface: a docstring and a curated `__all__` each, names that
resolve, no submodule importing its own package's re-exports (a runtime cycle waiting for an
import order), and a library API that stays light to import."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("text", "web", "maintext", "storage", "figures", "summarize", "brief", "app")
API = ("check_figures", "crawl", "extract_page", "process_archive", "run_story", "write_brief")


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_package_names_its_surface(stage: str) -> None:
    package = importlib.import_module(f"pipeline.{stage}")
    assert package.__doc__ and len(package.__doc__.split()) > 20, "a docstring on the stage"
    exported = package.__all__
    assert exported and len(set(exported)) == len(exported)
    for name in exported:
        value = getattr(package, name)
        origin = getattr(value, "__module__", None)
        # a function or class comes from the stage itself, not from a lower layer
        assert origin is None or origin.startswith(f"pipeline.{stage}."), (name, origin)


@pytest.mark.parametrize("stage", STAGES)
def test_submodules_import_their_siblings_directly(stage: str) -> None:
    folder = ROOT / "pipeline" / stage
    submodules = {p.stem for p in folder.glob("*.py")}
    for path in folder.glob("*.py"):
        if path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == f"pipeline.{stage}":
                names = {alias.name for alias in node.names}
                assert names <= submodules, f"{path.name} imports {names} from its package"


def test_the_api_is_the_documented_one() -> None:
    api = importlib.import_module("pipeline.api")
    assert set(API) <= set(api.__all__)
    for name in api.__all__:
        assert getattr(api, name).__doc__, f"pipeline.api.{name} has no docstring"


def _child(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-W", "error", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_importing_the_api_loads_no_crawler_and_no_model_library() -> None:
    heavy = "('scrapy', 'twisted', 'torch', 'transformers')"
    done = _child(
        "-c", f"import sys, pipeline.api; print([m for m in {heavy} if m in sys.modules])"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_cli_module_runs_without_a_double_import() -> None:
    # the app package must not import pipeline.app.cli: `-m` would then run it twice (runpy
    # warns, and -W error makes that fatal here)
    done = _child("-m", "pipeline.app.cli", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: newsbrief")


def test_the_crawl_command_loads_no_brief() -> None:
    # `newsbrief crawl` (and each extraction worker process, which imports the CLI's module
    # when it starts) never writes a brief: the brief, figures and summarizers stay unloaded.
    brief = "('pipeline.brief', 'pipeline.figures', 'pipeline.summarize', 'pipeline.app.steps')"
    done = _child(
        "-c",
        "import sys, pipeline.app.cli, pipeline.app.stream; "
        f"print(sorted(m for m in sys.modules if m.startswith({brief})))",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
