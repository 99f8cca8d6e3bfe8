"""Tables kept on disk between runs (pipeline.text.tablecache): read back when what they are
built from is unchanged, built again otherwise, and never a reason to fail."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from pipeline.config import default_cache_dir
from pipeline.text import ngramprofiles, scripts
from pipeline.text.tablecache import cached_arrays

FIELDS = ("values", "names")


class Builder:
    """Builds a small table from `source`'s bytes, counting how often it is asked to."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> dict[str, npt.NDArray[np.generic]]:
        self.calls += 1
        data = self.source.read_bytes()
        return {"values": np.frombuffer(data, dtype=np.uint8).astype(np.int64) * 3,
                "names": np.array(["a", "bé"], dtype=np.str_)}  # fmt: skip

    def cached(self, cache: Path | None) -> dict[str, npt.NDArray[np.generic]]:
        return cached_arrays("demo", FIELDS, [self.source], __file__, self, cache_dir=cache)


@pytest.fixture
def builder(tmp_path: Path) -> Builder:
    source = tmp_path / "source.bin"
    source.write_bytes(b"\x01\x02\x03")
    return Builder(source)


def same(
    left: dict[str, npt.NDArray[np.generic]], right: dict[str, npt.NDArray[np.generic]]
) -> bool:
    return left.keys() == right.keys() and all(np.array_equal(left[k], right[k]) for k in left)


def test_a_table_is_built_once_then_read_back(builder: Builder, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = builder.cached(cache)
    again = builder.cached(cache)
    assert builder.calls == 1
    assert same(first, again) and again["values"].tolist() == [3, 6, 9]
    assert again["names"].tolist() == ["a", "bé"]
    assert [p.suffix for p in cache.iterdir()] == [".npz"]  # no temporary file left


def test_a_changed_source_builds_the_table_again_and_drops_the_old_file(
    builder: Builder, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    builder.cached(cache)
    (old,) = cache.iterdir()
    builder.source.write_bytes(b"\x05\x06\x07\x08")
    assert builder.cached(cache)["values"].tolist() == [15, 18, 21, 24]
    assert builder.calls == 2
    (new,) = cache.iterdir()
    assert new != old


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other arrays", "one array"])
def test_a_damaged_file_is_built_again_and_replaced(
    builder: Builder, tmp_path: Path, damage: str
) -> None:
    cache = tmp_path / "cache"
    built = builder.cached(cache)
    (path,) = cache.iterdir()
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(500))
    elif damage == "other arrays":
        np.savez(path, values=np.arange(3))
    else:
        with open(path, "wb") as handle:
            np.save(handle, np.arange(3))  # a .npy where a .npz should be
    assert same(builder.cached(cache), built)
    assert builder.calls == 2
    assert same(builder.cached(cache), built)
    assert builder.calls == 2  # the file was replaced by a good one


def test_a_cache_that_cannot_be_written_only_costs_the_building(
    builder: Builder, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert builder.cached(blocked / "cache")["values"].tolist() == [3, 6, 9]
    assert builder.cached(blocked / "cache")["values"].tolist() == [3, 6, 9]
    assert builder.calls == 2


def test_the_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", "/somewhere/else")
    assert default_cache_dir() == Path("/somewhere/else")
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", "")
    assert default_cache_dir() is None  # off
    monkeypatch.delenv("NEWSBRIEF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert default_cache_dir() == Path("/xdg/newsbrief")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/someone")
    assert default_cache_dir() == Path("/home/someone/.cache/newsbrief")


def test_the_cache_off_writes_nothing(
    builder: Builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", "")
    before = set(tmp_path.rglob("*"))
    builder.cached(None)
    builder.cached(None)
    assert builder.calls == 2 and set(tmp_path.rglob("*")) == before


def test_the_language_tables_read_back_are_the_ones_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # langdetect's profile matrix and OpenCC's changing characters, through a fresh cache:
    # built (and written), then read back, equal to the built ones to the last bit
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "cache"))
    tables = []
    for _ in range(2):
        ngramprofiles.profile_model.cache_clear()
        scripts.changing_characters.cache_clear()
        scripts._changing_points.cache_clear()
        model = ngramprofiles.profile_model()
        tables.append(
            (model.langs, model.matrix, model.keys, model.key_rows,
             scripts.changing_characters("t2s"), scripts.changing_characters("s2t"))
        )  # fmt: skip
    ngramprofiles.profile_model.cache_clear()
    scripts.changing_characters.cache_clear()
    scripts._changing_points.cache_clear()
    assert len(list((tmp_path / "cache").iterdir())) == 3
    built, read = tables
    assert built[0] == read[0] and len(built[0]) == 55
    for left, right in zip(built[1:4], read[1:4], strict=True):
        assert left.dtype == right.dtype and np.array_equal(left, right)
    assert built[4] == read[4] and built[5] == read[5] and len(built[4]) > 2000
    assert "們" in read[4] and "们" in read[5]
