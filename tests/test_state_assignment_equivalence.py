"""`appstate._assignment` (a script's next global assignment, found from its "=" signs) is
`_ASSIGNMENT.search(text, pos)` match for match (the same span and groups, or none), from
every start, on generated scripts: assignments whole, cut and run together, names of
letters, "$", "_" and other scripts, keywords inside names and after dots, members named
for state after any name ("Fusion.globalContent"), values opening with each of their
characters (a function called at once too) or none; and `state_values` reads the same values
with it."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.maintext import appstate
from pipeline.maintext.appstate import _ASSIGNMENT, _assignment, state_values

_PIECES = ("window", "self", "globalThis", "var", "let", "const", "JSON.parse(", ".", " ", "\n")
_PIECES += ("=", "==", "{", "[", '"', "'", "x", "_a$", "é", "中", "]", "(", "1", "w", "$", "}")
# a namespaced member named for state, and Nuxt 2's function call as a value
_PIECES += ("Fusion", "globalContent", "initialState", "State", "content", "(function", "tate")


def _near_assignment(rng: random.Random) -> str:
    """An assignment, each of its parts often right, sometimes not."""
    return "".join(
        (
            rng.choice(["", "x", " ", ";", "a.", "_", "é", "$", "\n"]),
            rng.choice(["window", "self", "globalThis", "var", "let", "const", "Var", "selfie"]),
            rng.choice([".", " . ", " ", "\n", "", "..", "\t"]),
            rng.choice(["__S", "a$", "$", "", "中", "-x", "self", "let"]),
            rng.choice(["", "", "", "State", "globalContent", "content", "Contents", "é.state"]),
            rng.choice(["=", " = ", "==", "", " =\n", "\t="]),
            rng.choice(["", "JSON.parse(", "JSON.parse( ", "JSON.parse"]),
            rng.choice(
                ["{", "[", '"', "'", "1", "", " {", '{"a": [1]}', "'x'", "(function", "( x"]
            ),
        )
    )


def _scripts(rng: random.Random, count: int) -> list[str]:
    texts = []
    for _ in range(count):
        if rng.random() < 0.5:
            texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30))))
        else:
            texts.append(
                rng.choice(["", ";", " ", "\n"]).join(
                    _near_assignment(rng) for _ in range(rng.randrange(1, 6))
                )
            )
    return texts


def _same(found: re.Match[str] | None, want: re.Match[str] | None) -> bool:
    if found is None or want is None:
        return found is want
    return found.span() == want.span() and found.groups() == want.groups()


def test_assignment_is_the_search_from_every_start() -> None:
    rng = random.Random(2812)
    found = 0
    for text in _scripts(rng, 20000):
        backwards = ""
        for pos in range(len(text) + 1):
            want = _ASSIGNMENT.search(text, pos)
            match, backwards = _assignment(text, pos, backwards)
            assert _same(match, want), (text, pos)
            found += want is not None
    assert found > 20000


def _state_values_former(scripts: list[tuple[str, str]]) -> list[object]:
    """`state_values` with the former search (`_assignment` answering as the search does)."""
    former = pytest.MonkeyPatch()
    former.setattr(
        appstate, "_assignment", lambda text, pos, backwards: (_ASSIGNMENT.search(text, pos), "")
    )
    try:
        return state_values(scripts)
    finally:
        former.undo()


def test_state_values_read_the_former_values() -> None:
    rng = random.Random(2813)
    read = 0
    for _ in range(3000):
        scripts = [("", text * rng.randint(1, 3)) for text in _scripts(rng, rng.randint(1, 3))]
        want = _state_values_former(scripts)
        assert state_values(scripts) == want, scripts
        read += len(want)
    assert read > 100
