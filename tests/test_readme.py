"""README's "Use as a library" example runs as written, offline, in an empty directory: the
documentation of pipeline.api cannot fall behind the code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Use as a library"
CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)


def library_example() -> str:
    """The Python code blocks of README's library section, joined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert SECTION in text, f"README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = CODE_BLOCK.findall(section)
    assert blocks, f"no ```python block in README's {SECTION!r} section"
    return "\n".join(blocks)


def test_the_library_example_runs_offline(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "HF_HOME": str(tmp_path / "hf"),
        "HF_HUB_OFFLINE": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", library_example()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "Zhipu AI lists in Hong Kong en 2"
    assert lines[1] == "14 pages, 11 articles"
    assert lines[2].startswith("# ") and "Zhipu" in lines[2]
    supported, _, total = lines[3].split()[:3]
    assert supported == total and int(total) > 0
    assert lines[4].startswith("0 ") and lines[4].endswith(" pages fetched")
    brief = Path(lines[4].split()[1])
    assert brief.is_file() and brief.is_relative_to(tmp_path.resolve() / "out" / "zhipu-ipo")
    assert (tmp_path / "demo.sqlite3").is_file() and (tmp_path / "story.sqlite3").is_file()
