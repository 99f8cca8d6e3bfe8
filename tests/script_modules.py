"""Loading a script of benchmarks/ as a module, the way the tests of each script do."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path) -> ModuleType:
    """The script at `path` run as the module of its file's name: its folder first on the
    import path (a blind-set script imports dragnet_set beside it) and the module registered
    before it runs (a dataclass looks its module up in `sys.modules`)."""
    folder = str(path.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
