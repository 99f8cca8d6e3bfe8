"""Where the store and the table cache live by default, from the environment."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """The default store: $NEWSBRIEF_DB, else $XDG_DATA_HOME/newsbrief/newsbrief.sqlite3."""
    env = os.environ.get("NEWSBRIEF_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "newsbrief" / "newsbrief.sqlite3"


def default_cache_dir() -> Path | None:
    """Where tables derived from installed packages are kept between runs
    (pipeline.text.tablecache): $NEWSBRIEF_CACHE_DIR (set empty: no cache, None), else
    $XDG_CACHE_HOME/newsbrief, else ~/.cache/newsbrief."""
    env = os.environ.get("NEWSBRIEF_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = os.path.join(Path.home(), ".cache")
        except RuntimeError:  # no home directory to be found: no cache
            return None
    return Path(base) / "newsbrief"
