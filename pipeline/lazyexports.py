"""Names a package offers, each imported from its module the first time it is asked for.

`pipeline.app`, `pipeline.text`, `pipeline.web` and `pipeline.sites._common` name what they
offer at the top, but a process that needs one piece (the crawl reads URLs, block pages and
the sites' specs, not the parser or language detection) should not load the rest with it.
`lazy_exports` makes the module's `__getattr__` (PEP 562) from a table of names and modules;
the module keeps `if TYPE_CHECKING:` imports of the same names for type checkers. Ten lines of the
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
    it maps to when first asked for ("module", or "module:other_name" for a name offered
    under another one), then kept in the package's namespace; any other name raises
    AttributeError, as a module does."""

    def __getattr__(name: str) -> Any:
        target = exports.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = target.partition(":")
        value = getattr(importlib.import_module(module), attribute or name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
