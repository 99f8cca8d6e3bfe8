"""Names a package offers, each imported from its module the first time it is asked for.

`pipeline.app`, `pipeline.text` and `pipeline.web` name what they offer at the top of the
package, but a process that needs one piece (the crawl reads URLs and block pages, not the
parser or language detection) should not load the rest with it. `lazy_exports` makes the
package's module `__getattr__` (PEP 562) from a table of names and modules; the package
keeps `if TYPE_CHECKING:` imports of the same names for type checkers. Ten lines of the
standard library: lazy_loader does the same but carries no type information for mypy
--strict and takes submodule-relative names.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """The module `__getattr__` of `package`: a name of `exports` is imported from the module
    it maps to when first asked for, then kept in the package's namespace; any other name
    raises AttributeError, as a module does."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
